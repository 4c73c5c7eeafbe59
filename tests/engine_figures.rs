//! Figures a person reads in the report: digits grouped, whole numbers where servers are
//! counted, and the small wording fixes of issue 14 (items 8, 9, 13, 17 and 18).

use kasm_sizer::engine::*;

/// The longest run of digits in a text (a grouped figure has runs of at most three).
fn longest_digit_run(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0)
}

/// The "why" of one figure of a role.
fn why<'a>(role: &'a RoleReport, figure: &str) -> &'a Why {
    role.why.iter().find(|w| w.figure == figure).unwrap()
}

fn big_plan() -> Plan {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].sessions = 10_000_000;
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Jump hosts".into(),
        sessions: 0,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    });
    plan.agents.cpu_override = Override::Absolute(4096.0);
    plan.agents.ram_override = Override::Absolute(65_536.0);
    plan.load_balancing.dns_ttl_s = 86_400.0;
    plan.web_app.architecture = Architecture::DirectToAgent;
    plan
}

#[test]
fn dep_3_every_warning_and_why_at_10_million_sessions_groups_its_digits() {
    let r = size(&big_plan()).unwrap();
    let mut texts: Vec<String> = r.warnings.iter().map(|w| w.message.clone()).collect();
    for role in [&r.web_app, &r.database, &r.agents, &r.proxies] {
        for w in &role.why {
            texts.push(w.value.clone());
            texts.push(w.formula.clone());
        }
        for s in &role.scenarios {
            texts.extend(s.reason.clone());
        }
    }
    for w in &r.load_balancing.why {
        texts.push(w.value.clone());
        texts.push(w.formula.clone());
    }
    // A records are counted, not typed: grouped too.
    texts.extend(
        r.load_balancing
            .settings
            .iter()
            .filter(|s| s.name.starts_with("A records"))
            .map(|s| s.value.clone()),
    );
    for t in &texts {
        assert!(longest_digit_run(t) <= 3, "ungrouped figure in {t:?}");
    }
    assert!(r
        .warnings
        .iter()
        .any(|w| w.message.contains("10,000,000 sessions")));
}

#[test]
fn ag_1_values_typed_into_kasm_stay_plain_digits() {
    // AG-1: Kasm takes memory in MB and the override in bytes: no separators there.
    let r = size(&big_plan()).unwrap();
    let value = |name: &str| {
        let s = r.agents.settings.iter().find(|s| s.name.starts_with(name));
        s.unwrap().value.clone()
    };
    assert_eq!(value("Workspace Memory"), "4096");
    assert_eq!(value("Agent Memory Override"), "70368744177664");
}

#[test]
fn ag_1_web_1_whole_sessions_per_server_per_workspace_not_a_blend() {
    // AG-1: a 2 CPU / 4 GB workspace fits 8 on a 16 / 64 agent, a 4 CPU / 8 GB one 4.
    let mut plan = Plan::default();
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Dev".into(),
        sessions: 100,
        cpu_cores: 4.0,
        ram_gb: 8.0,
        ..WorkspaceProfile::default()
    });
    let r = size(&plan).unwrap();
    let z = &r.agents.zones[0];
    let fits: Vec<(&str, u64, u64)> = z
        .workspaces
        .iter()
        .map(|w| (w.workspace.as_str(), w.sessions, w.per_server))
        .collect();
    assert_eq!(fits, [("Desktop", 200, 8), ("Dev", 100, 4)]);
    // 300 sessions on 25 + 25 agents: the blend (6) is an average, not a figure to count.
    assert_eq!(z.sessions_per_server, 6.0);
    assert_eq!(z.whole_per_server(), None);
    assert_eq!(r.agents.whole_per_server(), None);
    // WEB-1: both are Standard traffic, 150 per web app server each: one whole figure.
    assert_eq!(r.web_app.whole_per_server(), Some(150));
    // The default plan: 8 per agent, 150 per web app server, the database row's 200.
    let d = size(&Plan::default()).unwrap();
    assert_eq!(d.agents.whole_per_server(), Some(8));
    assert_eq!(d.web_app.whole_per_server(), Some(150));
    assert_eq!(d.database.whole_per_server(), Some(200));
}

#[test]
fn web_2_direct_and_standard_workspaces_each_show_their_own_figure() {
    let mut plan = Plan::default();
    plan.web_app.architecture = Architecture::DirectToAgent;
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "RDP".into(),
        sessions: 150,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    });
    let r = size(&plan).unwrap();
    let per: Vec<u64> = r.web_app.zones[0]
        .workspaces
        .iter()
        .map(|w| w.per_server)
        .collect();
    assert_eq!(per, [500, 150]);
    assert_eq!(r.web_app.whole_per_server(), None);
    // CP-7: the proxies list only the server connection, 32 per proxy.
    let p = &r.proxies.zones[0].workspaces;
    assert_eq!((p.len(), p[0].per_server), (1, 32));
}

#[test]
fn cp_7_proxy_disk_formula_without_recording_is_not_80_equals_80() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].kind = WorkspaceKind::ServerConnection;
    let r = size(&plan).unwrap();
    let spec = why(&r.proxies, "Connection proxy spec");
    assert!(!spec.formula.contains("80 = 80"), "{}", spec.formula);
    assert!(spec.formula.contains("disk = 80 GB"), "{}", spec.formula);
}

#[test]
fn db_5_database_servers_why_does_not_say_1_in_all_beside_2_servers() {
    let r = size(&Plan::default()).unwrap();
    let servers = why(&r.database, "Database servers");
    assert_eq!(servers.value, "2");
    assert!(!servers.formula.contains("in all"), "{}", servers.formula);
    let plan = Plan {
        zones: vec![
            Zone::default(),
            Zone {
                name: "B".into(),
                ..Zone::default()
            },
        ],
        ..Plan::default()
    };
    let r = size(&plan).unwrap();
    let servers = why(&r.database, "Database servers");
    assert!(
        servers.formula.contains("2 zones share them"),
        "{}",
        servers.formula
    );
}

#[test]
fn ag_1_a_figure_that_must_be_positive_says_more_than_zero_when_negative() {
    let mut plan = Plan::default();
    plan.agents.cpus = -16.0;
    plan.zones[0].profiles[0].ram_gb = -16.0;
    plan.agents.disk_limit_gb = Some(-16.0);
    plan.zones[0].profiles[0].disk_per_session_gb = -1.0;
    let errs = validate(&plan).unwrap_err();
    let msg = |f: &str| {
        errs.iter()
            .find(|e| e.field == f)
            .map(|e| e.message.as_str())
    };
    assert_eq!(msg("agents.cpus"), Some("must be more than zero"));
    assert_eq!(
        msg("zones[0].profiles[0].ram_gb"),
        Some("must be more than zero")
    );
    assert_eq!(msg("agents.disk_limit_gb"), Some("must be more than zero"));
    // Disk per session may be zero: for it, "not negative" is the right words.
    assert_eq!(
        msg("zones[0].profiles[0].disk_per_session_gb"),
        Some("must not be negative")
    );
}

#[test]
fn ag_3_server_connections_do_not_judge_cpu_ram_or_disk() {
    // AG-3: an RDP/VNC/SSH workspace runs on its own server, not on an agent.
    let kind = WorkspaceKind::ServerConnection;
    for f in ["cpu_cores", "ram_gb", "disk_per_session_gb"] {
        assert!(!kind.uses(f), "{f}");
        assert!(WorkspaceKind::Container.uses(f), "{f}");
    }
    for f in ["name", "sessions", "recording", "kind"] {
        assert!(kind.uses(f), "{f}");
    }
    let mut plan = Plan::default();
    let p = &mut plan.zones[0].profiles[0];
    p.kind = kind;
    p.cpu_cores = 0.0;
    p.ram_gb = 0.0;
    p.disk_per_session_gb = -1.0;
    assert!(validate(&plan).is_ok());
}
