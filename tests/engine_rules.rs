//! The guide's worked examples and table rows, reproduced exactly. Each test names its rule.

use kasm_sizer::engine::agent::{cpu_shares, docker_volume_gb, quota_share, sessions_per_agent};
use kasm_sizer::engine::database::db_tier;
use kasm_sizer::engine::load_balancing::{dns_failover_seconds, health_check_url};
use kasm_sizer::engine::proxy::{proxy_spec, recording_queue_length, sessions_per_proxy};
use kasm_sizer::engine::*;

fn plan_with(profiles: Vec<WorkspaceProfile>) -> Plan {
    Plan {
        zones: vec![Zone {
            name: "Z".into(),
            profiles,
        }],
        ..Plan::default()
    }
}

fn container(sessions: u64, cpu: f64, ram: f64) -> WorkspaceProfile {
    WorkspaceProfile {
        sessions,
        cpu_cores: cpu,
        ram_gb: ram,
        ..WorkspaceProfile::default()
    }
}

fn server(sessions: u64, recording: bool) -> WorkspaceProfile {
    WorkspaceProfile {
        name: "RDP".into(),
        sessions,
        recording,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    }
}

fn setting<'a>(settings: &'a [Setting], name: &str) -> &'a Setting {
    settings
        .iter()
        .find(|s| s.name.starts_with(name))
        .unwrap_or_else(|| panic!("no setting {name}: {settings:?}"))
}

#[test]
fn web_4_worked_example_200_remote_work_standard_gives_3_servers_450_and_300() {
    let r = size(&Plan::default()).unwrap();
    assert_eq!(
        (r.web_app.needed, r.web_app.redundant, r.web_app.total),
        (2, 1, 3)
    );
    assert_eq!(r.web_app.capacity, 450);
    let one_down = r
        .web_app
        .scenarios
        .iter()
        .find(|s| s.down == 1 && !s.maintenance)
        .unwrap();
    assert_eq!(one_down.capacity, 300);
    assert!(one_down.enough);
    assert_eq!(
        r.web_app.spec,
        ServerSpec {
            cpus: 4.0,
            ram_gb: 4.0,
            disk_gb: 80.0
        }
    ); // WEB-1
}

#[test]
fn web_1_web_3_standard_range_70_to_150_by_use_case() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].sessions = 700;
    plan.web_app.use_case = UseCase::Gaming;
    assert_eq!(size(&plan).unwrap().web_app.needed, 10); // 700 / 70
    plan.web_app.use_case = UseCase::RemoteWork;
    assert_eq!(size(&plan).unwrap().web_app.needed, 5); // ceil(700 / 150)
    plan.web_app.use_case = UseCase::Mixed;
    let r = size(&plan).unwrap();
    assert_eq!(r.web_app.needed, 7); // 700 / 110 = 6.4 -> 7, the midpoint is an interpretation
    assert!(r
        .web_app
        .why
        .iter()
        .any(|w| w.assumption && w.rules.contains(&"WEB-3".to_string())));
}

#[test]
fn web_2_direct_to_agent_300_to_500_and_server_connections_stay_standard() {
    let mut plan = plan_with(vec![container(1000, 2.0, 4.0), server(150, false)]);
    plan.web_app.architecture = Architecture::DirectToAgent;
    let r = size(&plan).unwrap();
    // 1000 / 500 + 150 / 150 = 3 servers needed, + 1.
    assert_eq!((r.web_app.needed, r.web_app.total), (3, 4));
    assert!(r.warnings.iter().any(|w| w.rule == "WEB-2"));
    plan.web_app.use_case = UseCase::Gaming;
    // 1000 / 300 + 150 / 70 = 3.33 + 2.14 = 5.48 -> 6.
    assert_eq!(size(&plan).unwrap().web_app.needed, 6);
}

#[test]
fn web_3_custom_figure_outside_the_range_warns() {
    let mut plan = Plan::default();
    plan.web_app.use_case = UseCase::Custom;
    plan.web_app.custom_standard_per_server = 400;
    let r = size(&plan).unwrap();
    assert_eq!(r.web_app.needed, 1);
    assert!(r.web_app.warnings.iter().any(|w| w.rule == "WEB-3"));
    plan.web_app.custom_standard_per_server = 100;
    assert!(!size(&plan)
        .unwrap()
        .web_app
        .warnings
        .iter()
        .any(|w| w.rule == "WEB-3"));
}

#[test]
fn web_5_dep_2_each_zone_gets_its_own_web_app_servers() {
    let mut plan = Plan::default();
    plan.zones.push(Zone {
        name: "East".into(),
        profiles: vec![container(10, 2.0, 4.0)],
    });
    let r = size(&plan).unwrap();
    assert_eq!(r.web_app.zones.len(), 2);
    assert_eq!(r.web_app.zones[0].total, 3);
    assert_eq!(r.web_app.zones[1].total, 2); // at least one per zone, + 1
    assert_eq!(r.web_app.total, 5);
    assert!(r.warnings.iter().any(|w| w.rule == "DEP-2"));
}

#[test]
fn lb_1_dns_failover_is_10_s_x_3_plus_60_s_ttl_90_s() {
    assert_eq!(dns_failover_seconds(10.0, 3, 60.0), 90.0);
    let r = size(&Plan::default()).unwrap();
    assert_eq!(r.load_balancing.detection_s, 30.0);
    assert_eq!(r.load_balancing.failover_s, 90.0);
    assert_eq!(r.load_balancing.load_balancers, 0);
    let mut plan = Plan::default();
    plan.load_balancing.dns_ttl_s = 300.0;
    let r = size(&plan).unwrap();
    assert_eq!(r.load_balancing.failover_s, 330.0);
    assert!(r.load_balancing.warnings.iter().any(|w| w.rule == "LB-1"));
}

#[test]
fn lb_2_network_load_balancer_needs_n_plus_1_and_converges_in_seconds() {
    let mut plan = Plan::default();
    plan.load_balancing.method = LoadBalancingMethod::NetworkLoadBalancer;
    plan.load_balancing.health_check_interval_s = 5.0;
    plan.load_balancing.failures_to_remove = 2;
    plan.costs.monthly.load_balancer = Some(20.0);
    let r = size(&plan).unwrap();
    assert_eq!(r.load_balancing.load_balancers, 2);
    assert_eq!(r.load_balancing.failover_s, 10.0);
    assert_eq!(r.load_balancing.monthly_cost, Some(40.0));
    assert_eq!(
        r.totals.servers,
        r.web_app.total + r.database.total + r.agents.total + r.proxies.total + 2
    );
    plan.load_balancing.lb_redundancy = 0;
    assert!(size(&plan)
        .unwrap()
        .load_balancing
        .warnings
        .iter()
        .any(|w| w.rule == "LB-2"));
}

#[test]
fn lb_3_health_check_url_and_lb_4_maintenance_wait() {
    assert_eq!(
        health_check_url("kasm.example.com"),
        "https://kasm.example.com/api/__healthcheck"
    );
    let r = size(&Plan::default()).unwrap();
    assert_eq!(
        r.load_balancing.health_check_url,
        "https://kasm.example.com/api/__healthcheck"
    );
    assert!(r
        .load_balancing
        .warnings
        .iter()
        .any(|w| w.rule == "LB-4" && w.message.contains("60 s")));
}

#[test]
fn db_2_db_3_every_tier_boundary() {
    let spec = |n| {
        let t = db_tier(n, Logging::Siem);
        (t.spec.cpus, t.spec.ram_gb, t.spec.disk_gb)
    };
    assert_eq!(spec(0), (2.0, 4.0, 80.0)); // DB-2 minimum
    assert_eq!(spec(49), (2.0, 4.0, 80.0));
    assert_eq!(spec(50), (4.0, 4.0, 80.0));
    assert_eq!(spec(200), (4.0, 4.0, 80.0));
    assert_eq!(spec(201), (4.0, 8.0, 100.0));
    assert_eq!(spec(500), (4.0, 8.0, 100.0));
    assert_eq!(spec(501), (8.0, 8.0, 150.0));
    assert_eq!(spec(1000), (8.0, 8.0, 150.0));
    assert!(!db_tier(1000, Logging::Siem).beyond_table);
    assert_eq!(spec(1001), (8.0, 8.0, 150.0));
    assert!(db_tier(1001, Logging::Siem).beyond_table);
}

#[test]
fn db_3_beyond_the_table_warns_and_says_so_in_the_why() {
    let plan = plan_with(vec![container(5000, 1.0, 1.0)]);
    let r = size(&plan).unwrap();
    assert!(r.database.warnings.iter().any(|w| w.rule == "DB-3"));
    assert!(r
        .database
        .why
        .iter()
        .any(|w| w.assumption && w.formula.contains("beyond")));
}

#[test]
fn db_4_built_in_logging_above_50_sessions_warns_and_small_installs_get_150_gb() {
    assert_eq!(db_tier(40, Logging::BuiltIn).spec.disk_gb, 150.0);
    let mut plan = plan_with(vec![container(50, 2.0, 4.0)]);
    assert!(!size(&plan)
        .unwrap()
        .database
        .warnings
        .iter()
        .any(|w| w.rule == "DB-4"));
    plan.zones[0].profiles[0].sessions = 51;
    assert!(size(&plan)
        .unwrap()
        .database
        .warnings
        .iter()
        .any(|w| w.rule == "DB-4"));
    plan.database.logging = Logging::Siem;
    let r = size(&plan).unwrap();
    assert!(!r.database.warnings.iter().any(|w| w.rule == "DB-4"));
    assert!(setting(&r.database.settings, "Log retention")
        .value
        .starts_with('0'));
}

#[test]
fn db_1_db_5_one_shared_database_with_a_standby() {
    let mut plan = Plan::default();
    plan.zones.push(Zone {
        name: "East".into(),
        profiles: vec![container(100, 2.0, 4.0)],
    });
    let r = size(&plan).unwrap();
    assert_eq!(
        (r.database.needed, r.database.redundant, r.database.total),
        (1, 1, 2)
    );
    assert_eq!(r.database.demand, 300);
    assert_eq!(r.database.spec.ram_gb, 8.0); // 300 sessions: the 200-500 row
    plan.database.standby = false;
    plan.database.kind = DatabaseKind::External;
    let r = size(&plan).unwrap();
    assert_eq!(r.database.total, 1);
    assert!(r.database.warnings.iter().any(|w| w.rule == "DB-5"));
    assert!(r.database.warnings.iter().any(|w| w.rule == "DB-1"));
}

#[test]
fn ag_1_table_rows_8_20_48() {
    assert_eq!(sessions_per_agent(16.0, 64.0, 2.0, 4.0), 8);
    assert_eq!(sessions_per_agent(96.0, 80.0, 4.0, 4.0), 20);
    assert_eq!(sessions_per_agent(192.0, 192.0, 4.0, 4.0), 48);
    // Through the whole engine, with overrides as absolute figures and as ratios.
    let mut plan = plan_with(vec![container(40, 4.0, 4.0)]);
    plan.agents.cpu_override = Override::Absolute(96.0);
    plan.agents.ram_override = Override::Absolute(80.0);
    let r = size(&plan).unwrap();
    assert_eq!(r.agents.zones[0].sessions_per_server, 20.0);
    assert_eq!((r.agents.needed, r.agents.total), (2, 4));
    plan.agents.cpus = 32.0;
    plan.agents.ram_gb = 128.0;
    plan.agents.cpu_override = Override::Ratio(6.0);
    plan.agents.ram_override = Override::Ratio(1.5);
    assert_eq!(
        size(&plan).unwrap().agents.zones[0].sessions_per_server,
        48.0
    );
}

#[test]
fn ag_1_settings_give_the_override_in_the_units_of_the_admin_ui() {
    let mut plan = plan_with(vec![container(40, 4.0, 4.0)]);
    plan.agents.cpu_override = Override::Absolute(96.0);
    plan.agents.ram_override = Override::Absolute(80.0);
    let r = size(&plan).unwrap();
    assert_eq!(
        setting(&r.agents.settings, "Agent CPU Override").value,
        "96"
    );
    assert_eq!(
        setting(&r.agents.settings, "Agent Memory Override (bytes)").value,
        "85899345920"
    );
    assert_eq!(
        setting(&r.agents.settings, "Workspace Memory (MB)").value,
        "4096"
    );
}

#[test]
fn ag_2_recording_adds_one_cpu_to_the_workspace() {
    let mut p = container(8, 2.0, 4.0);
    p.recording = true;
    let r = size(&plan_with(vec![p])).unwrap();
    // 3 cores per session: floor(16 / 3) = 5 sessions per agent.
    assert_eq!(r.agents.zones[0].sessions_per_server, 5.0);
    assert_eq!(setting(&r.agents.settings, "Workspace Cores").value, "3");
    assert_eq!(
        setting(&r.agents.settings, "Docker CPU flag").value,
        "--cpu-shares=3072"
    );
}

#[test]
fn ag_3_server_connections_do_not_use_agents() {
    let r = size(&plan_with(vec![server(100, false)])).unwrap();
    assert_eq!(r.agents.total, 0);
    assert_eq!(r.proxies.demand, 100);
    assert!(r.warnings.iter().any(|w| w.rule == "AG-3"));
}

#[test]
fn ag_4_committed_ram_above_physical_warns_and_gaming_overrides_warn() {
    let mut plan = plan_with(vec![container(40, 4.0, 4.0)]);
    plan.agents.cpu_override = Override::Absolute(96.0);
    plan.agents.ram_override = Override::Absolute(80.0);
    let r = size(&plan).unwrap();
    // 20 sessions x 4 GB = 80 GB committed on 64 GB.
    assert!(r.agents.warnings.iter().any(|w| w.rule == "AG-4"
        && w.message.contains("80 GB")
        && w.severity == Severity::Warning));
    assert!(!size(&Plan::default())
        .unwrap()
        .agents
        .warnings
        .iter()
        .any(|w| w.rule == "AG-4"));
    plan.web_app.use_case = UseCase::Gaming;
    let gaming = size(&plan).unwrap();
    assert!(
        gaming
            .agents
            .warnings
            .iter()
            .filter(|w| w.rule == "AG-4")
            .count()
            >= 3
    );
}

#[test]
fn ag_5_docker_volume_rows_120_280_656() {
    assert_eq!(docker_volume_gb(8, 5.0), 120.0);
    assert_eq!(docker_volume_gb(20, 10.0), 280.0);
    assert_eq!(docker_volume_gb(48, 12.0), 656.0);
    // The default plan is the first row: 8 sessions x 5 GB.
    assert_eq!(size(&Plan::default()).unwrap().agents.spec.disk_gb, 120.0);
    // Recording adds 1 GB per session for the clip (interpretation, labelled).
    let mut p = container(10, 1.0, 4.0);
    p.recording = true;
    let r = size(&plan_with(vec![p])).unwrap();
    assert_eq!(r.agents.spec.disk_gb, 80.0 + 8.0 * 6.0); // min(16/2, 64/4) = 8
    assert!(r
        .agents
        .why
        .iter()
        .any(|w| w.rules.contains(&"AG-5".to_string()) && w.assumption));
}

#[test]
fn ag_6_disk_limit_gives_the_run_override_json_and_caps_the_volume() {
    let mut plan = Plan::default();
    plan.agents.disk_limit_gb = Some(2.0);
    let r = size(&plan).unwrap();
    assert_eq!(
        setting(&r.agents.settings, "Docker Run Override JSON").value,
        r#"{"storage_opt":{"size":"2g"}}"#
    );
    assert_eq!(r.agents.spec.disk_gb, 80.0 + 8.0 * 2.0);
    assert!(r.agents.warnings.iter().any(|w| w.rule == "AG-6"));
}

#[test]
fn ag_7_cpu_shares_2048_4096_and_quota_25_percent() {
    assert_eq!(cpu_shares(2.0), 2048);
    assert_eq!(cpu_shares(4.0), 4096);
    assert_eq!(quota_share(2.0, 8.0), 0.25);
    let mut plan = Plan::default();
    plan.agents.cpus = 8.0;
    plan.agents.cpu_allocation = CpuAllocation::Quotas;
    let r = size(&plan).unwrap();
    let flag = setting(&r.agents.settings, "Docker CPU flag");
    assert_eq!(flag.value, "--cpus=2");
    assert!(flag.note.contains("25 %"));
    assert_eq!(
        setting(&r.agents.settings, "Default CPU Allocation Method").value,
        "Quotas"
    );
}

#[test]
fn ag_8_static_agents_keep_n_plus_2_and_survive_two_losses() {
    let r = size(&Plan::default()).unwrap();
    assert_eq!(
        (r.agents.needed, r.agents.redundant, r.agents.total),
        (25, 2, 27)
    );
    let two_down = r
        .agents
        .scenarios
        .iter()
        .find(|s| s.down == 2 && !s.maintenance)
        .unwrap();
    assert!(two_down.enough);
    let three_down = r.agents.scenarios.iter().find(|s| s.down == 3).unwrap();
    assert!(!three_down.enough);
    let mut plan = Plan::default();
    plan.agents.redundancy = 1;
    assert!(size(&plan)
        .unwrap()
        .agents
        .warnings
        .iter()
        .any(|w| w.rule == "AG-8"));
}

#[test]
fn ag_9_as_1_autoscaled_instances_are_sized_by_ag_1_without_spares() {
    // A 4 CPU / 8 GB instance holds min(4 / 2, 8 / 4) = 2 sessions of the 2 / 4 workspace:
    // 200 sessions need 100 instances, and Kasm manages capacity (no N+2).
    let mut plan = Plan::default();
    plan.agents.mode = AgentMode::Autoscale;
    plan.agents.cpus = 4.0;
    plan.agents.ram_gb = 8.0;
    let r = size(&plan).unwrap();
    assert_eq!((r.agents.needed, r.agents.redundant), (100, 0));
    assert_eq!(
        r.agents.spec,
        ServerSpec {
            cpus: 4.0,
            ram_gb: 8.0,
            disk_gb: 90.0
        }
    );
    assert!(r.agents.warnings.iter().any(|w| w.rule == "AG-9"));
}

#[test]
fn ag_10_dep_3_maintenance_case_is_one_patching_plus_one_failed() {
    let r = size(&Plan::default()).unwrap();
    for role in [&r.web_app, &r.agents, &r.database] {
        let m = role.scenarios.last().unwrap();
        assert!(m.maintenance, "{:?}", role.role);
        assert_eq!(m.down, 2.min(role.total));
    }
    // Agents: N+2 covers patching one while another fails; web app N+1 does not.
    assert!(r.agents.scenarios.last().unwrap().enough);
    assert!(!r.web_app.scenarios.last().unwrap().enough);
}

#[test]
fn dep_3_scenarios_run_from_0_to_redundancy_plus_1_down() {
    let r = size(&Plan::default()).unwrap();
    let downs: Vec<u64> = r
        .web_app
        .scenarios
        .iter()
        .filter(|s| !s.maintenance)
        .map(|s| s.down)
        .collect();
    assert_eq!(downs, vec![0, 1, 2]);
    let caps: Vec<u64> = r.web_app.scenarios.iter().map(|s| s.capacity).collect();
    assert_eq!(caps, vec![450, 300, 150, 150]);
}

#[test]
fn dep_1_single_server_is_sized_with_the_agent_rules() {
    // A small single-server install: the agent figures carry it.
    let r = size(&plan_with(vec![container(8, 2.0, 4.0)])).unwrap();
    assert_eq!(r.agents.needed, 1);
    assert_eq!(r.agents.spec.disk_gb, 120.0);
}

#[test]
fn cp_4_queue_length_is_half_the_cores() {
    assert_eq!(recording_queue_length(16.0), 8);
    let mut plan = plan_with(vec![server(64, true)]);
    plan.proxy.cores = 16.0;
    let r = size(&plan).unwrap();
    assert_eq!(
        setting(&r.proxies.settings, "Session Recording Queue Length").value,
        "8"
    );
}

#[test]
fn cp_7_rows_32_and_32_with_80_and_112_gb() {
    assert_eq!(sessions_per_proxy(8.0, 0.25, false), 32);
    assert_eq!(sessions_per_proxy(16.0, 0.25, true), 32);
    assert_eq!(
        proxy_spec(8.0, 32, false),
        ServerSpec {
            cpus: 8.0,
            ram_gb: 4.0,
            disk_gb: 80.0
        }
    );
    assert_eq!(
        proxy_spec(16.0, 32, true),
        ServerSpec {
            cpus: 16.0,
            ram_gb: 8.0,
            disk_gb: 112.0
        }
    );
    let mut plan = plan_with(vec![server(64, true)]);
    plan.proxy.cores = 16.0;
    let r = size(&plan).unwrap();
    assert_eq!(
        r.proxies.spec,
        ServerSpec {
            cpus: 16.0,
            ram_gb: 8.0,
            disk_gb: 112.0
        }
    );
    assert_eq!((r.proxies.needed, r.proxies.total), (2, 3));
}

#[test]
fn cp_1_cp_6_at_least_two_proxies_per_zone_all_identical() {
    let mut plan = plan_with(vec![server(10, false)]);
    let r = size(&plan).unwrap();
    assert_eq!(r.proxies.total, 2);
    assert!(!r.proxies.warnings.iter().any(|w| w.rule == "CP-1"));
    plan.proxy.redundancy = 0;
    assert!(size(&plan)
        .unwrap()
        .proxies
        .warnings
        .iter()
        .any(|w| w.rule == "CP-1"));
    // Two zones, recording only in one: every proxy gets the recording size (CP-6).
    let mut plan = Plan {
        zones: vec![
            Zone {
                name: "A".into(),
                profiles: vec![server(10, true)],
            },
            Zone {
                name: "B".into(),
                profiles: vec![server(10, false)],
            },
        ],
        ..Plan::default()
    };
    plan.proxy.cores = 16.0;
    let r = size(&plan).unwrap();
    assert_eq!(r.proxies.zones[0].spec, r.proxies.zones[1].spec);
    assert_eq!(r.proxies.total, 4);
}

#[test]
fn cp_2_full_screen_video_is_1_25_cores_per_session() {
    let mut plan = plan_with(vec![server(100, false)]);
    plan.proxy.load = ProxyLoad::FullScreenVideo;
    plan.proxy.cores = 16.0;
    let r = size(&plan).unwrap();
    assert_eq!(r.proxies.zones[0].sessions_per_server, 12.0); // floor(16 / 1.25)
    assert_eq!(r.proxies.needed, 9);
    assert!(r.proxies.warnings.iter().any(|w| w.rule == "CP-2"));
}

#[test]
fn cp_3_cp_5_memory_floor_4_gb_and_recording_disk_per_session() {
    assert_eq!(proxy_spec(4.0, 16, false).ram_gb, 4.0);
    assert_eq!(proxy_spec(32.0, 64, true).disk_gb, 144.0);
    let mut plan = plan_with(vec![server(10, true)]);
    plan.proxy.cores = 16.0;
    assert!(size(&plan)
        .unwrap()
        .proxies
        .warnings
        .iter()
        .any(|w| w.rule == "CP-5"));
}

#[test]
fn totals_add_up_and_costs_multiply_by_count() {
    let mut plan = plan_with(vec![container(200, 2.0, 4.0), server(40, false)]);
    plan.costs.monthly = RolePrices {
        web_app: Some(50.0),
        database: Some(80.0),
        agent: Some(300.0),
        proxy: Some(60.0),
        load_balancer: None,
    };
    let r = size(&plan).unwrap();
    let cost = 50.0 * r.web_app.total as f64
        + 80.0 * 2.0
        + 300.0 * r.agents.total as f64
        + 60.0 * r.proxies.total as f64;
    assert_eq!(r.totals.monthly_cost, Some(cost));
    assert_eq!(
        r.totals.servers,
        r.web_app.total + r.database.total + r.agents.total + r.proxies.total
    );
    assert_eq!(r.peak_sessions, 240);
    assert_eq!((r.container_sessions, r.server_sessions), (200, 40));
    assert_eq!(size(&Plan::default()).unwrap().totals.monthly_cost, None);
}
