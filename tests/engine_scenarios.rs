//! Failure scenarios (DEP-3) as the page must show them: the shortfall itself, one way of
//! counting servers down, and a status that tells a broken promise from a case the chosen
//! redundancy never covered (issue 14, items 1, 2, 4 and 16).

use kasm_sizer::engine::*;

fn case<'a>(role: &'a RoleReport, label: &str) -> &'a Scenario {
    role.scenarios
        .iter()
        .find(|s| s.label == label)
        .unwrap_or_else(|| panic!("no scenario {label}: {:?}", role.scenarios))
}

fn zone(name: &str, sessions: u64) -> Zone {
    Zone {
        name: name.into(),
        profiles: vec![WorkspaceProfile {
            sessions,
            ..WorkspaceProfile::default()
        }],
    }
}

#[test]
fn web_4_two_down_is_50_short_and_expected_under_n_plus_1() {
    // WEB-4 worked example: 3 servers of 150 for 200 sessions. Two down leave 150: 50 short,
    // which N+1 never promised to carry, so it is expected (amber), not a failure (red).
    let r = size(&Plan::default()).unwrap();
    let one = case(&r.web_app, "1 down");
    assert_eq!((one.capacity, one.shortfall), (300, 0));
    assert_eq!(one.status, ScenarioStatus::Enough);
    let two = case(&r.web_app, "2 down");
    assert_eq!((two.capacity, two.demand, two.shortfall), (150, 200, 50));
    assert_eq!(two.status, ScenarioStatus::Expected);
    assert_eq!(two.rule.as_deref(), Some("WEB-4"));
    assert!(two
        .reason
        .as_deref()
        .unwrap()
        .contains("N+1 covers 1 server down"));
    // Patching plus one failure under N+1: 50 short, expected, and the reason names N+2.
    let m = case(&r.web_app, "patching + 1 failure");
    assert!(m.maintenance);
    assert_eq!(m.shortfall, 50);
    assert_eq!(m.status, ScenarioStatus::Expected);
    assert!(m.reason.as_deref().unwrap().contains("N+2"), "{m:?}");
}

#[test]
fn ag_8_n_plus_2_covers_patching_plus_a_failure_and_three_down_is_expected() {
    // AG-1 row 1: 8 sessions per agent, 200 sessions: 25 + 2 agents (AG-8).
    let r = size(&Plan::default()).unwrap();
    let m = case(&r.agents, "patching + 1 failure");
    assert_eq!((m.capacity, m.status), (200, ScenarioStatus::Enough));
    let three = case(&r.agents, "3 down");
    assert_eq!((three.capacity, three.shortfall), (192, 8));
    assert_eq!(three.status, ScenarioStatus::Expected);
    assert_eq!(three.rule.as_deref(), Some("AG-8"));
}

#[test]
fn db_5_the_standby_serves_only_after_restoring_the_backups() {
    // DB-5: losing the primary leaves nothing until the standby has restored the backups.
    let r = size(&Plan::default()).unwrap();
    let none = case(&r.database, "0 down");
    assert_eq!((none.capacity, none.status), (200, ScenarioStatus::Enough));
    let one = case(&r.database, "1 down");
    assert_eq!((one.capacity, one.shortfall), (0, 200));
    assert_eq!(one.restored_capacity, Some(200));
    assert_eq!(one.status, ScenarioStatus::Expected);
    assert_eq!(one.rule.as_deref(), Some("DB-5"));
    assert!(one.reason.as_deref().unwrap().contains("restored"));
    // Both down: nothing to restore onto, 200 short (not "0 short").
    let two = case(&r.database, "2 down");
    assert_eq!((two.capacity, two.shortfall), (0, 200));
    assert_eq!(two.restored_capacity, None);
    // Without a standby the first loss already needs a new server.
    let mut plan = Plan::default();
    plan.database.standby = false;
    let r = size(&plan).unwrap();
    let one = case(&r.database, "1 down");
    assert_eq!((one.shortfall, one.restored_capacity), (200, None));
    assert!(one.reason.as_deref().unwrap().starts_with("no standby"));
}

#[test]
fn ag_9_autoscaled_agents_lost_are_replaced_not_short() {
    let mut plan = Plan::default();
    plan.agents.mode = AgentMode::Autoscale;
    // AS-1: a 4 CPU / 8 GB instance holds 2 sessions of the 2 CPU / 4 GB workspace.
    plan.agents.cpus = 4.0;
    plan.agents.ram_gb = 8.0;
    let r = size(&plan).unwrap();
    // 100 instances of 2 sessions, no spares: one down is 2 short, and Kasm replaces it.
    let one = case(&r.agents, "1 down");
    assert_eq!((one.capacity, one.shortfall), (198, 2));
    assert_eq!(one.status, ScenarioStatus::Replaced);
    assert_eq!(one.rule.as_deref(), Some("AG-9"));
    assert!(r
        .agents
        .scenarios
        .iter()
        .all(|s| s.status != ScenarioStatus::Short));
}

#[test]
fn db_3_beyond_the_table_the_recommendation_is_never_short_with_nothing_down() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].sessions = 1500;
    let r = size(&plan).unwrap();
    let none = case(&r.database, "0 down");
    assert_eq!(none.status, ScenarioStatus::Enough);
    assert_eq!((none.capacity, none.shortfall), (1500, 0));
    // Said as an estimate beyond the table, with the rule.
    assert_eq!(none.rule.as_deref(), Some("DB-3"));
    assert!(none.reason.as_deref().unwrap().contains("estimate"));
    assert!(r.database.utilisation <= 1.0);
    let w = r
        .database
        .warnings
        .iter()
        .find(|w| w.rule == "DB-3")
        .unwrap();
    assert!(w.message.contains("1,500 sessions"), "{}", w.message);
    let spec = r
        .database
        .why
        .iter()
        .find(|w| w.figure == "Database server spec")
        .unwrap();
    assert!(spec.value.ends_with("scaled up"), "{}", spec.value);
    assert!(spec.assumption);
}

#[test]
fn dep_2_down_counts_per_zone_and_shortfalls_add_up_zone_by_zone() {
    // Two zones: Paris 300 (2 + 1 web app servers), Lyon 10 (1 + 1). "2 down" is two down
    // in each zone: Paris keeps 150 (150 short), Lyon keeps none (10 short): 160 short,
    // although Paris' spare capacity could not help Lyon (DEP-2).
    let plan = Plan {
        zones: vec![zone("Paris", 300), zone("Lyon", 10)],
        ..Plan::default()
    };
    let r = size(&plan).unwrap();
    assert_eq!(r.web_app.down_basis(), "Servers down in each zone");
    let two = case(&r.web_app, "2 down");
    assert_eq!((two.down_per_zone, two.down), (2, 4));
    assert_eq!((two.capacity, two.demand, two.shortfall), (150, 310, 160));
    // The zone tables use the same words: "2 down" is two down in that zone.
    assert_eq!(r.web_app.zones[0].scenarios[2].label, "2 down");
    assert_eq!(r.web_app.zones[0].scenarios[2].down, 2);
    // One zone, one count: the database serves every zone from one place.
    assert_eq!(r.database.down_basis(), "Servers down");
    assert_eq!(r.database.zones[0].zone, "All zones");
}

#[test]
fn dep_3_shortfall_is_demand_minus_capacity_in_every_scenario_of_every_role() {
    let mut plan = Plan {
        zones: vec![zone("A", 1234), zone("B", 77)],
        ..Plan::default()
    };
    plan.zones[1].profiles[0].kind = WorkspaceKind::ServerConnection;
    let r = size(&plan).unwrap();
    for role in [&r.web_app, &r.database, &r.agents, &r.proxies] {
        for z in &role.zones {
            for s in &z.scenarios {
                assert_eq!(s.shortfall, s.demand.saturating_sub(s.capacity), "{s:?}");
                assert_eq!(s.enough, s.shortfall == 0);
                assert_eq!(s.status == ScenarioStatus::Enough, s.shortfall == 0);
            }
        }
        for s in &role.scenarios {
            let by_zone: u64 = role
                .zones
                .iter()
                .filter_map(|z| z.scenarios.iter().find(|t| t.label == s.label))
                .map(|t| t.shortfall)
                .sum();
            assert_eq!(s.shortfall, by_zone, "{:?} {}", role.role, s.label);
        }
    }
}
