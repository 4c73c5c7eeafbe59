//! Rules outside the guide (`shared/guide/BEYOND.md`): the single-server install (SS-1..4),
//! named users (NU-1), swap (SW-1) and the override advisor (OV-1), with figures worked by
//! hand from the rules. Each test names its rule.

use kasm_sizer::engine::*;

/// The guide's first agent row's workspace (2 CPU / 4 GB, 5 GB per session) on its agent
/// (16 CPU / 64 GB), with `sessions` at peak.
fn guide_row(sessions: u64) -> Plan {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].sessions = sessions;
    plan
}

fn single(sessions: u64, reserve: Reserve) -> Plan {
    let mut plan = guide_row(sessions);
    plan.deployment = Deployment::SingleServer;
    plan.single_server.reserve = reserve;
    plan
}

fn server(r: &Report) -> &SingleServerReport {
    r.single_server.as_ref().expect("a single-server report")
}

fn setting<'a>(settings: &'a [Setting], name: &str) -> &'a Setting {
    settings
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no setting {name}: {settings:?}"))
}

fn errors(plan: &Plan) -> Vec<(String, Reason)> {
    size(plan)
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.reason))
        .collect()
}

// ---- SS-1 .. SS-4: the single server ----

#[test]
fn ss_3_ss_4_twenty_sessions_of_2_cpu_4_gb_on_16_64_hold_6_with_the_requests_reserve() {
    // SS-3 (requests): 16 - 2.1 = 13.9 CPU, 64 - 0.875 = 63.125 GB for sessions.
    // AG-1: min(floor(13.9 / 2), floor(63.125 / 4)) = min(6, 15) = 6 of 20: it does not fit.
    let r = size(&single(20, Reserve::Requests)).unwrap();
    let s = server(&r);
    assert_eq!((s.counted_cpus, s.counted_ram_gb), (13.9, 63.125));
    assert_eq!((s.capacity, s.demand, s.fits), (6, 20, false));
    assert_eq!(s.sessions_held, 6);
    assert_eq!(s.per_workspace[0].per_server, 6);
    // SS-2: 80 + 6 x 5 = 110 GB Docker volume, + 0.55 GB database = 110.55 GB.
    assert_eq!(s.disk.docker_volume_gb, 110.0);
    assert_eq!(s.disk.total_gb, 110.55);
    assert_eq!(
        s.spec,
        ServerSpec {
            cpus: 16.0,
            ram_gb: 64.0,
            disk_gb: 110.55
        }
    );
    // SW-1: 2 GB x 6 sessions it holds.
    assert_eq!(s.swap_gb, 12.0);
    // SS-4: says how many fit and offers the distributed plan for the same 20 sessions:
    // 1 + 1 web app, 1 + 1 database (DB-2 minimum), ceil(20 / 8) = 3 + 2 agents = 9.
    assert!(r.warnings.iter().any(|w| w.rule == "SS-4"
        && w.severity == Severity::Critical
        && w.message.contains("6 of the 20")));
    assert_eq!(s.distributed.as_ref().map(|t| t.servers), Some(9));
    // SS-1: still one server, and the report says so everywhere.
    assert_eq!(r.totals.servers, 1);
    assert_eq!(r.deployment, Deployment::SingleServer);
    // SS-3: the overrides that make Kasm itself keep the services' share free.
    assert_eq!(setting(&s.settings, "Agent CPU Override").value, "13.9");
    assert_eq!(setting(&s.settings, "Agent CPU Override").rule, "SS-3");
    // 63.125 x 1024^3 = 67,779,952,640 bytes.
    assert_eq!(
        setting(&s.settings, "Agent Memory Override (bytes)").value,
        "67779952640"
    );
    // Every figure of the server names its rule and is marked outside the guide.
    assert!(s.why.iter().all(|w| w.outside_guide && !w.rules.is_empty()));
    assert!(s
        .why
        .iter()
        .any(|w| w.assumption && w.rules.contains(&"SS-3".to_string())));
}

#[test]
fn ss_3_no_reserve_gives_the_guide_row_8_and_limits_keep_3_5_cpu_and_2_3_gb() {
    // No reserve: AG-1's first row exactly, min(16 / 2, 64 / 4) = 8.
    let r = size(&single(20, Reserve::None)).unwrap();
    let s = server(&r);
    assert_eq!((s.capacity, s.fits), (8, false));
    assert_eq!(s.disk.total_gb, 120.55); // 80 + 8 x 5 + 0.55
    assert!(!s.settings.iter().any(|x| x.name == "Agent CPU Override"));
    // Limits: 16 - 3.5 = 12.5 CPU -> 6 sessions; 64 - 2.3 = 61.7 GB.
    let r = size(&single(20, Reserve::Limits)).unwrap();
    let s = server(&r);
    assert_eq!((s.counted_cpus, s.counted_ram_gb), (12.5, 61.7));
    assert_eq!(s.capacity, 6);
}

#[test]
fn ss_1_a_fitting_server_is_one_server_and_a_single_point_of_failure() {
    // 20 sessions on 64 CPU / 128 GB, no reserve: min(32, 32) = 32 >= 20.
    let mut plan = single(20, Reserve::None);
    plan.agents.cpus = 64.0;
    plan.agents.ram_gb = 128.0;
    let r = size(&plan).unwrap();
    let s = server(&r);
    assert_eq!((s.capacity, s.sessions_held, s.fits), (32, 20, true));
    assert!(s.distributed.is_none());
    // SS-2: 80 + 20 x 5 + 0.55; SW-1: 2 x 20.
    assert_eq!(s.disk.total_gb, 180.55);
    assert_eq!(s.swap_gb, 40.0);
    assert_eq!(
        (
            r.totals.servers,
            r.totals.vcpus,
            r.totals.ram_gb,
            r.totals.disk_gb
        ),
        (1, 64.0, 128.0, 180.55)
    );
    // No proxies, load balancers or spares: the roles are empty.
    for role in [&r.web_app, &r.database, &r.agents, &r.proxies] {
        assert_eq!(role.total, 0, "{:?}", role.role);
    }
    assert_eq!(r.load_balancing.load_balancers, 0);
    // DEP-3 on one server: with it down nothing is left.
    let down = s
        .scenarios
        .iter()
        .find(|x| x.down == 1 && !x.maintenance)
        .unwrap();
    assert_eq!((down.capacity, down.enough), (0, false));
    assert!(s.single_point_of_failure.contains("every session stops"));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.rule == "SS-1" && w.role == Role::SingleServer));
    assert!(!r.warnings.iter().any(|w| w.rule == "SS-4"));
}

#[test]
fn ss_1_never_below_kasms_minimum_of_2_cores_4_gb_and_50_gb() {
    let mut plan = single(1, Reserve::None);
    plan.agents.cpus = 1.0;
    plan.agents.ram_gb = 2.0;
    // (A workspace that fits, so only the server is refused.)
    plan.zones[0].profiles[0].cpu_cores = 1.0;
    plan.zones[0].profiles[0].ram_gb = 2.0;
    assert_eq!(
        errors(&plan),
        [
            ("agents.cpus".to_string(), Reason::TooSmall),
            ("agents.ram_gb".to_string(), Reason::TooSmall)
        ]
    );
    // At the minimum with no sessions the disk is 80 GB + the database, above 50 GB.
    let mut plan = single(0, Reserve::None);
    plan.agents.cpus = 2.0;
    plan.agents.ram_gb = 4.0;
    let r = size(&plan).unwrap();
    assert_eq!(server(&r).disk.minimum_gb, 50.0);
    assert_eq!(server(&r).disk.total_gb, 80.55);
    // The requests reserve (2.1 CPU) leaves nothing for sessions on 2 cores.
    plan.single_server.reserve = Reserve::Requests;
    assert_eq!(
        errors(&plan),
        [("single_server.reserve".to_string(), Reason::TooSmall)]
    );
}

#[test]
fn ss_1_a_workspace_larger_than_the_counted_server_is_refused_by_name() {
    // 16 cores on a 16-CPU server that keeps 2.1 for the services (13.9 counted).
    let mut plan = single(4, Reserve::Requests);
    plan.zones[0].profiles[0].cpu_cores = 16.0;
    let errs = size(&plan).unwrap_err();
    assert_eq!(errs[0].field, "zones[0].profiles[0].cpu_cores");
    assert_eq!(errs[0].reason, Reason::WorkspaceTooBig);
    assert!(
        errs[0].message.contains("the single server"),
        "{}",
        errs[0].message
    );
}

#[test]
fn ss_2_proxied_sessions_stream_beside_and_recorded_ones_add_disk() {
    // 30 RDP sessions, recorded: not counted by AG-1, streamed at 0.25 x 2 cores (CP-7,
    // CP-4), and 1 GB each for the clip (CP-5) on the server's disk.
    let mut plan = single(8, Reserve::None);
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "RDP".into(),
        sessions: 30,
        recording: true,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    });
    plan.proxy.cores = 0.1; // proxy servers do not exist on one server: not validated
    let r = size(&plan).unwrap();
    let s = server(&r);
    assert_eq!((s.demand, s.capacity, s.proxied_sessions), (8, 8, 30));
    assert!(s.fits);
    assert_eq!(s.disk.proxy_recording_gb, 30.0);
    assert_eq!(s.disk.total_gb, 80.0 + 40.0 + 0.55 + 30.0);
    assert!(s
        .warnings
        .iter()
        .any(|w| w.message.contains("about 15 cores")));
}

#[test]
fn ss_4_mixed_workspaces_share_the_server_by_their_fractions() {
    // 4 sessions of 2/4 (8 per server) and 4 of 4/8 (4 per server): 4/8 + 4/4 = 1.5
    // servers, so the server holds floor(8 / 1.5) = 5 of 8 at this mix.
    let mut plan = single(4, Reserve::None);
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Big".into(),
        sessions: 4,
        cpu_cores: 4.0,
        ram_gb: 8.0,
        ..WorkspaceProfile::default()
    });
    let r = size(&plan).unwrap();
    let s = server(&r);
    assert_eq!((s.demand, s.capacity, s.fits), (8, 5, false));
    assert_eq!(s.sessions_held, 5);
    // Disk for the 5 held, in the workspaces' proportions: 80 + 5/8 x (4 x 5 + 4 x 5).
    assert_eq!(s.disk.docker_volume_gb, 105.0);
}

// ---- NU-1: named users ----

#[test]
fn nu_1_200_named_users_at_20_percent_give_40_sessions() {
    let mut plan = guide_row(999); // the typed count is not used
    let p = &mut plan.zones[0].profiles[0];
    p.named_users = Some(200);
    p.concurrency_percent = 20.0;
    assert_eq!(plan.peak_sessions(), 40);
    let r = size(&plan).unwrap();
    assert_eq!((r.peak_sessions, r.container_sessions), (40, 40));
    // AG-1: 40 / 8 = 5 agents + 2.
    assert_eq!(r.agents.total, 7);
    let d = &r.demand.named_users[0];
    assert_eq!(
        (d.named_users, d.sessions_per_user, d.sessions),
        (200, 1, 40)
    );
    let why = &r.demand.why[0];
    assert_eq!(why.rules, ["NU-1"]);
    assert!(why.outside_guide);
    assert_eq!(
        why.formula,
        "ceil(200 named users x 20 % x 1 per user) = 40 (20 %: a school running Kasm for two classrooms)"
    );
    assert_eq!(
        setting(&r.demand.settings, "max_kasms_per_user (group setting)").value,
        "1"
    );
}

#[test]
fn nu_1_rounds_up_and_counts_sessions_per_user() {
    assert_eq!(named_user_sessions(7, 50.0, 1), 4); // ceil(3.5)
    assert_eq!(named_user_sessions(200, 70.0, 1), 140);
    assert_eq!(named_user_sessions(3, 33.3, 1), 1); // ceil(0.999)
    assert_eq!(named_user_sessions(0, 50.0, 2), 0);
    // Three sessions each is more than a stock install's max_kasms_per_user of 2.
    let mut plan = guide_row(0);
    let p = &mut plan.zones[0].profiles[0];
    p.named_users = Some(100);
    p.concurrency_percent = 50.0;
    p.sessions_per_user = 3;
    let r = size(&plan).unwrap();
    assert_eq!(r.peak_sessions, 150);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.rule == "NU-1" && w.message.contains("3 sessions per user")));
    assert_eq!(
        setting(&r.demand.settings, "max_kasms_per_user (group setting)").value,
        "3"
    );
}

#[test]
fn nu_1_bad_named_user_figures_are_refused_per_field() {
    let mut plan = guide_row(0);
    let p = &mut plan.zones[0].profiles[0];
    p.named_users = Some(10);
    p.concurrency_percent = 150.0;
    p.sessions_per_user = 0;
    assert_eq!(
        errors(&plan),
        [
            (
                "zones[0].profiles[0].concurrency_percent".to_string(),
                Reason::TooLarge { max: 100.0 }
            ),
            (
                "zones[0].profiles[0].sessions_per_user".to_string(),
                Reason::Zero
            )
        ]
    );
    // A readable but enormous peak names the users field.
    let p = &mut plan.zones[0].profiles[0];
    p.named_users = Some(1_000_000_000);
    p.concurrency_percent = 100.0;
    p.sessions_per_user = 2;
    assert_eq!(
        errors(&plan)[0],
        (
            "zones[0].profiles[0].named_users".to_string(),
            Reason::TooLarge { max: 10_000_000.0 }
        )
    );
    // Without named users the other two are not read, so they never block a plan.
    plan.zones[0].profiles[0].named_users = None;
    plan.zones[0].profiles[0].concurrency_percent = 150.0;
    assert!(size(&plan).is_ok());
}

// ---- SW-1: swap ----

#[test]
fn sw_1_the_guides_16_64_agent_with_2_4_workspaces_gets_16_gb_of_swap() {
    let r = size(&Plan::default()).unwrap();
    let f = &r.swap[0];
    assert_eq!(
        (f.host.as_str(), f.zone.as_deref()),
        ("agent", Some("Default"))
    );
    assert_eq!((f.sessions, f.swap_gb), (8, 16.0));
    // Vendor automation beside it: installer RAM / 4 capped at 8, scripts 8, Terraform 2,
    // Ansible 5.
    let vendor: Vec<f64> = f.vendor.iter().map(|v| v.swap_gb).collect();
    assert_eq!(vendor, [8.0, 8.0, 2.0, 5.0]);
    let s = setting(&r.agents.settings, "Swap on each agent");
    assert_eq!((s.value.as_str(), s.rule.as_str()), ("16 GB", "SW-1"));
    assert!(r
        .agents
        .why
        .iter()
        .any(|w| w.rules == ["SW-1"] && w.outside_guide && w.value == "16 GB"));
}

#[test]
fn sw_1_autoscaled_instances_follow_their_sessions_per_instance() {
    // AS-1: an instance of 4 CPU / 8 GB holds min(4 / 2, 8 / 4) = 2 sessions of 2 / 4:
    // 2 GB x 2 = 4 GB of swap; the installer's RAM / 4 would give 2 GB.
    let mut plan = Plan::default();
    plan.agents.mode = AgentMode::Autoscale;
    plan.agents.cpus = 4.0;
    plan.agents.ram_gb = 8.0;
    let r = size(&plan).unwrap();
    assert_eq!(r.swap[0].host, "autoscaled instance");
    assert_eq!((r.swap[0].sessions, r.swap[0].swap_gb), (2, 4.0));
    assert_eq!(r.swap[0].vendor[0].swap_gb, 2.0);
    // A 10 CPU / 20 GB instance holds 5: 10 GB.
    plan.agents.cpus = 10.0;
    plan.agents.ram_gb = 20.0;
    assert_eq!(size(&plan).unwrap().swap[0].swap_gb, 10.0);
}

#[test]
fn sw_1_swap_is_in_the_bill_of_materials_per_zone() {
    let mut plan = Plan::default();
    plan.zones.push(Zone {
        name: "Lab".into(),
        profiles: vec![WorkspaceProfile {
            sessions: 10,
            cpu_cores: 1.0,
            ram_gb: 2.0,
            ..WorkspaceProfile::default()
        }],
    });
    let r = size(&plan).unwrap();
    // Lab: min(16 / 1, 64 / 2) = 16 sessions per agent -> 32 GB.
    let rows = kasm_sizer::export::bill_of_materials(&plan, &r);
    let swap = |zone: &str| {
        rows.iter()
            .find(|row| row.role == "Agent" && row.zone == zone)
            .and_then(|row| row.swap_gb)
    };
    assert_eq!((swap("Default"), swap("Lab")), (Some(16.0), Some(32.0)));
    assert!(rows
        .iter()
        .filter(|row| row.role != "Agent")
        .all(|row| row.swap_gb.is_none()));
}

// ---- OV-1: the override advisor ----

#[test]
fn ov_1_the_guides_first_row_gets_a_32_core_cpu_override_saving_12_agents() {
    // AG-1: 8 sessions per agent, bound by CPU while RAM is 8 x 4 / 64 = 50 % used.
    // Balanced: RAM allows 16, so 16 x 2 = 32 cores; 200 / 16 = 13 + 2 = 15 agents, not 27.
    let r = size(&Plan::default()).unwrap();
    let a = r
        .override_advice
        .as_ref()
        .expect("advice for the guide's first row");
    assert_eq!(a.resource, Resource::Cpu);
    assert_eq!(a.other_used, 0.5);
    assert_eq!((a.sessions_per_host, a.sessions_per_host_after), (8, 16));
    assert_eq!(a.plan_field, "agents.cpu_override");
    assert_eq!(a.plan_value, Override::Absolute(32.0));
    assert_eq!(
        (a.setting.name.as_str(), a.setting.value.as_str()),
        ("Agent CPU Override", "32")
    );
    assert_eq!(a.oversubscription, 2.0);
    assert_eq!((a.hosts, a.hosts_after, a.hosts_saved), (27, 15, 12));
    assert_eq!((a.capacity, a.capacity_after), (216, 240));
    assert!(a.caution.contains("AG-4"));
    assert!(a.why.iter().all(|w| w.outside_guide && w.assumption));
    // Applied, CPU and RAM bind together: no more advice.
    let mut applied = Plan::default();
    applied.agents.cpu_override = a.plan_value;
    let again = size(&applied).unwrap();
    assert_eq!(again.agents.total, 15);
    assert!(again.override_advice.is_none());
}

#[test]
fn ov_1_a_ram_bound_agent_gets_a_memory_override_in_bytes() {
    // 1 CPU / 8 GB on 16 / 64: RAM allows 8, CPU is 8 / 16 = 50 % used. Balanced at 16:
    // 16 x 8 = 128 GB = 137,438,953,472 bytes; 200 / 16 = 13 + 2 = 15 agents, not 25 + 2.
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].cpu_cores = 1.0;
    plan.zones[0].profiles[0].ram_gb = 8.0;
    let r = size(&plan).unwrap();
    let a = r.override_advice.as_ref().unwrap();
    assert_eq!(a.resource, Resource::Ram);
    assert_eq!(a.plan_field, "agents.ram_override");
    assert_eq!(a.plan_value, Override::Absolute(128.0));
    assert_eq!(
        (a.setting.name.as_str(), a.setting.value.as_str()),
        ("Agent Memory Override (bytes)", "137438953472")
    );
    assert_eq!((a.hosts, a.hosts_after, a.hosts_saved), (27, 15, 12));
    assert!(a.caution.contains("SW-1"));
}

#[test]
fn ov_1_no_advice_when_the_other_resource_is_more_than_half_used_or_for_gaming() {
    // AG-1's second row: 4/4 on overrides 96/80 gives min(24, 20) = 20, CPU 80/96 used.
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].cpu_cores = 4.0;
    plan.agents.cpu_override = Override::Absolute(96.0);
    plan.agents.ram_override = Override::Absolute(80.0);
    assert!(size(&plan).unwrap().override_advice.is_none());
    // 2/5 on 16/64: min(8, 12) = 8, RAM 40 / 64 = 62.5 % used.
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].ram_gb = 5.0;
    assert!(size(&plan).unwrap().override_advice.is_none());
    // 2/3 on 16/64: RAM 24 / 64 = 37.5 % used: advice, 21 x 2 = 42 cores.
    plan.zones[0].profiles[0].ram_gb = 3.0;
    let a = size(&plan).unwrap().override_advice.unwrap();
    assert_eq!(a.plan_value, Override::Absolute(42.0));
    // AG-4: never for game streaming.
    plan.web_app.use_case = UseCase::Gaming;
    assert!(size(&plan).unwrap().override_advice.is_none());
    // Autoscaled instances are sized by their type, not by the agent overrides.
    let mut plan = Plan::default();
    plan.agents.mode = AgentMode::Autoscale;
    assert!(size(&plan).unwrap().override_advice.is_none());
}

#[test]
fn ov_1_on_a_single_server_the_override_counts_the_reserve_back_in() {
    // Counted 13.9 / 63.125: 6 sessions, RAM 24 / 63.125 = 38 % used. RAM allows 15:
    // 15 x 2 = 30 cores counted, so the plan's override is 30 + 2.1 = 32.1 and Kasm's
    // setting (the reserve taken off again) reads 30.
    let r = size(&single(20, Reserve::Requests)).unwrap();
    let a = r.override_advice.as_ref().unwrap();
    assert_eq!(a.role, Role::SingleServer);
    assert_eq!(a.plan_value, Override::Absolute(32.1));
    assert_eq!(a.setting.value, "30");
    assert_eq!((a.capacity, a.capacity_after), (6, 15));
    assert_eq!((a.hosts, a.hosts_saved), (1, 0));
    let mut applied = single(20, Reserve::Requests);
    applied.agents.cpu_override = a.plan_value;
    let after = size(&applied).unwrap();
    assert_eq!(server(&after).capacity, 15);
    assert_eq!(
        setting(&server(&after).settings, "Agent CPU Override").value,
        "30"
    );
    assert!(after.override_advice.is_none());
}

#[test]
fn ov_1_several_workspaces_take_the_largest_balancing_override() {
    // Desktop (2/4, 200 sessions) and Big (4 CPU, 40 sessions) on the guide's 16/64 agent.
    let mut plan = Plan::default();
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Big".into(),
        sessions: 40,
        cpu_cores: 4.0,
        ram_gb: 12.0,
        ..WorkspaceProfile::default()
    });
    // Big: min(4, 5) = 4, RAM 48 / 64 = 75 % used: one workspace over half, no advice.
    assert!(size(&plan).unwrap().override_advice.is_none());
    plan.zones[0].profiles[1].ram_gb = 6.0;
    // Big: min(4, 10) = 4, RAM 24 / 64 = 37.5 %: both CPU-bound. Balance: Desktop 32,
    // Big 10 x 4 = 40 cores: the larger, so each is balanced or held by RAM.
    let a = size(&plan).unwrap().override_advice.unwrap();
    assert_eq!(a.plan_value, Override::Absolute(40.0));
    assert_eq!(a.workspace, "Big");
    assert_eq!(a.other_used, 0.5);
}

// ---- the school of the issue: 40 of 200 students on one server ----

#[test]
fn ss_1_nu_1_sw_1_ov_1_a_school_sizes_40_of_200_students_on_one_server() {
    // 200 students at 20 % (NU-1) = 40 sessions of 2 CPU / 4 GB on a 32 CPU / 192 GB server
    // with the requests reserve: 29.9 CPU and 191.125 GB counted, min(14, 47) = 14 of 40.
    let mut plan = single(0, Reserve::Requests);
    plan.agents.cpus = 32.0;
    plan.agents.ram_gb = 192.0;
    let p = &mut plan.zones[0].profiles[0];
    p.named_users = Some(200);
    p.concurrency_percent = 20.0;
    let r = size(&plan).unwrap();
    assert_eq!(server(&r).capacity, 14);
    // OV-1: RAM is 14 x 4 / 191.125 = 29 % used; RAM allows 47: 47 x 2 = 94 cores counted,
    // 96.1 in the plan. Applied, the server holds 47 >= 40.
    let a = r.override_advice.as_ref().unwrap();
    assert_eq!(a.plan_value, Override::Absolute(96.1));
    assert_eq!(a.capacity_after, 47);
    plan.agents.cpu_override = a.plan_value;
    let r = size(&plan).unwrap();
    let s = server(&r);
    assert!(s.fits);
    assert_eq!((s.sessions_held, r.totals.servers), (40, 1));
    // SW-1: 2 GB x 40 sessions; SS-2: 80 + 40 x 5 + 0.55.
    assert_eq!(s.swap_gb, 80.0);
    assert_eq!(s.disk.total_gb, 280.55);
}

#[test]
fn ov_1_no_advice_when_the_reserve_takes_the_whole_physical_cpu() {
    // A 2-CPU server (Kasm's minimum) keeping 2.1 for the services runs sessions only on
    // an override; an oversubscription ratio over nothing would mean nothing.
    let mut plan = single(2, Reserve::Requests);
    plan.agents.cpus = 2.0;
    plan.agents.cpu_override = Override::Absolute(8.0);
    let r = size(&plan).unwrap();
    assert_eq!(server(&r).counted_cpus, 8.0 - 2.1);
    assert!(r.override_advice.is_none());
}

#[test]
fn ss_1_nu_1_sw_1_ov_1_large_figures_in_their_text_group_their_digits() {
    // 5,000,000 named users on a 1,024 CPU / 4,096 GB server: every figure a person reads
    // in the new whys, warnings, scenarios and the advice has separators.
    let mut plan = single(0, Reserve::Requests);
    plan.agents.cpus = 1024.0;
    plan.agents.ram_gb = 4096.0;
    plan.zones[0].profiles[0].named_users = Some(5_000_000);
    let r = size(&plan).unwrap();
    let s = server(&r);
    let a = r
        .override_advice
        .as_ref()
        .expect("RAM 510 x 4 / 4,095.125 is under half");
    let mut texts: Vec<String> = s.warnings.iter().map(|w| w.message.clone()).collect();
    for w in s.why.iter().chain(&r.demand.why).chain(&a.why) {
        texts.push(w.value.clone());
        texts.push(w.formula.clone());
    }
    texts.extend(s.scenarios.iter().filter_map(|x| x.reason.clone()));
    texts.push(a.caution.clone());
    for t in &texts {
        let run = t
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(run <= 3, "ungrouped figure in {t:?}");
    }
    assert!(texts.iter().any(|t| t.contains("5,000,000 named users")));
}
