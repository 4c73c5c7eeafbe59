//! Cloud deployments (issue 16): autoscaled instances sized by AG-1 (AS-1), the AutoScale
//! settings (AS-2..AS-4), the instance catalogue (IC-1), the vendor's defaults (IC-2) and
//! costs by the hour. Every figure is worked by hand in the comments.

use kasm_sizer::engine::autoscale::{burst_sessions, standby};
use kasm_sizer::engine::catalogue::{self, lookup, smallest_in, suggest, Provider, FAMILIES};
use kasm_sizer::engine::schedule::{busy_hours_per_month, instance_hours};
use kasm_sizer::engine::*;
use kasm_sizer::share::{decode_link, encode_link};

fn workspace(sessions: u64, cpu: f64, ram: f64) -> Plan {
    let mut plan = Plan::default();
    let p = &mut plan.zones[0].profiles[0];
    p.sessions = sessions;
    p.cpu_cores = cpu;
    p.ram_gb = ram;
    plan
}

fn autoscaled_on(plan: &mut Plan, provider: Provider, agent_type: &str) {
    plan.agents.mode = AgentMode::Autoscale;
    plan.cloud.provider = provider;
    plan.cloud.agent.type_id = Some(agent_type.into());
}

fn setting<'a>(r: &'a Report, name: &str) -> &'a Setting {
    r.agents
        .settings
        .iter()
        .find(|s| s.name.ends_with(name))
        .unwrap_or_else(|| panic!("no setting {name}: {:#?}", r.agents.settings))
}

fn why<'a>(whys: &'a [Why], figure: &str) -> &'a Why {
    whys.iter()
        .find(|w| w.figure.starts_with(figure))
        .unwrap_or_else(|| panic!("no why {figure}: {whys:#?}"))
}

fn errors(plan: &Plan) -> Vec<FieldError> {
    validate(plan).expect_err("the plan is refused")
}

fn has(e: &[FieldError], field: &str, reason: Reason) -> bool {
    e.iter().any(|x| x.field == field && x.reason == reason)
}

#[test]
fn as_1_ag_1_a_t3_medium_holds_one_session_of_2_cpu_2_7_gb() {
    // t3.medium: 2 vCPU / 4 GiB. min(floor(2 / 2), floor(4 / 2.7)) = min(1, 1) = 1.
    let mut plan = workspace(30, 2.0, 2.7);
    autoscaled_on(&mut plan, Provider::Aws, "t3.medium");
    let r = size(&plan).unwrap();
    assert_eq!(r.agents.zones[0].sessions_per_server, 1.0);
    assert_eq!(r.agents.needed, 30);
    assert_eq!(r.autoscale.as_ref().unwrap().zones[0].peak_instances, 30);
    let w = why(&r.agents.why, "Sessions per autoscaled instance");
    assert_eq!(w.value, "1");
    assert!(w.rules.contains(&"AS-1".to_string()) && w.outside_guide);
    assert_eq!(r.agents.spec.cpus, 2.0);
    assert_eq!(r.agents.spec.ram_gb, 4.0);
}

#[test]
fn as_1_ag_1_16_vcpu_64_gib_holds_8_sessions_of_2_cpu_4_gb() {
    // min(floor(16 / 2), floor(64 / 4)) = min(8, 16) = 8; 200 sessions need 25 instances.
    let mut plan = workspace(200, 2.0, 4.0);
    autoscaled_on(&mut plan, Provider::Aws, "m6i.4xlarge");
    let r = size(&plan).unwrap();
    assert_eq!(r.agents.zones[0].sessions_per_server, 8.0);
    assert_eq!((r.agents.needed, r.agents.redundant), (25, 0));
    // The same figures typed by hand, without a catalogue type.
    let mut typed = workspace(200, 2.0, 4.0);
    typed.agents.mode = AgentMode::Autoscale;
    assert_eq!(size(&typed).unwrap().agents.needed, 25);
}

#[test]
fn as_1_overrides_of_the_autoscale_config_count_and_are_settings_in_gb() {
    // 8 vCPU / 32 GiB counted as 16 cores (x2): min(16 / 2, 32 / 4) = 8 sessions.
    let mut plan = workspace(80, 2.0, 4.0);
    autoscaled_on(&mut plan, Provider::Aws, "m6i.2xlarge");
    plan.agents.cpu_override = Override::Ratio(2.0);
    let r = size(&plan).unwrap();
    assert_eq!(r.agents.zones[0].sessions_per_server, 8.0);
    assert_eq!(setting(&r, "Agent Cores Override").value, "16");
    assert_eq!(setting(&r, "Agent Cores Override").rule, "AS-1");
    // Memory override in GB (not bytes as in the agent settings).
    assert_eq!(setting(&r, "Agent Memory Override (GB)").value, "32");
    assert!(r.agents.settings.iter().all(|s| !s.name.contains("bytes")));
}

#[test]
fn issue_14_no_agent_input_is_ignored_in_autoscale_mode() {
    // CPU, RAM and both overrides each change the sessions per instance (AS-1).
    let mut base = workspace(100, 2.0, 4.0);
    base.agents.mode = AgentMode::Autoscale;
    let per = |p: &Plan| size(p).unwrap().agents.zones[0].sessions_per_server;
    assert_eq!(per(&base), 8.0);
    let mut cpu = base.clone();
    cpu.agents.cpus = 8.0;
    assert_eq!(per(&cpu), 4.0);
    let mut ram = base.clone();
    ram.agents.ram_gb = 16.0;
    assert_eq!(per(&ram), 4.0);
    let mut cpu_o = base.clone();
    cpu_o.agents.cpu_override = Override::Absolute(8.0);
    assert_eq!(per(&cpu_o), 4.0);
    let mut ram_o = base.clone();
    ram_o.agents.ram_override = Override::Absolute(8.0);
    assert_eq!(per(&ram_o), 2.0);
    // The disk limit and CPU allocation still give their settings.
    let mut disk = base.clone();
    disk.agents.disk_limit_gb = Some(10.0);
    disk.agents.cpu_allocation = CpuAllocation::Quotas;
    let r = size(&disk).unwrap();
    assert!(r.agents.settings.iter().any(|s| s.rule == "AG-6"));
    assert!(r.agents.settings.iter().any(|s| s.value == "--cpus=2"));
}

#[test]
fn as_3_standby_for_a_burst_of_10_sessions_of_2_cores_on_8_core_instances_is_20_cores_3_instances()
{
    // 8-core / 32 GiB instances hold min(8 / 2, 32 / 4) = 4 sessions of 2 cores / 4 GB.
    // 10 sessions x 2 cores = 20 cores, x 4 GB x 1024 = 40960 MB, ceil(10 / 4) = 3.
    let s = standby(10, 2.0, 4.0, 4);
    assert_eq!((s.cores, s.memory_mb, s.instances), (20.0, 40_960, 3));
    // Through the engine: one arrival a minute for the default 600 s start-up is 10.
    assert_eq!(burst_sessions(1.0, 600.0), 10);
    let mut plan = workspace(200, 2.0, 4.0);
    autoscaled_on(&mut plan, Provider::Aws, "m6i.2xlarge");
    let r = size(&plan).unwrap();
    let z = &r.autoscale.as_ref().unwrap().zones[0];
    assert_eq!(
        (z.burst_sessions, z.standby_cores, z.standby_instances),
        (10, 20.0, 3)
    );
    assert_eq!(setting(&r, "(busy hours): Standby Cores").value, "20");
    assert_eq!(setting(&r, "(busy hours): Standby Cores").rule, "AS-3");
    assert_eq!(
        setting(&r, "(busy hours): Standby Memory (MB)").value,
        "40960"
    );
    assert_eq!(setting(&r, "(busy hours): Standby GPUs").value, "0");
    // Max Nodes = 50 at peak (200 / 4) + 3 standby.
    assert_eq!(setting(&r, "Max Nodes").value, "53");
    let w = why(&r.agents.why, "Standby (busy hours)");
    assert!(w.assumption && w.outside_guide, "AS-3 is an interpretation");
}

#[test]
fn as_3_the_burst_never_exceeds_the_peak_and_a_longer_start_up_needs_more() {
    // 2 a minute for 900 s = 30 sessions, but only 20 ever run: standby 20 x 2 = 40.
    assert_eq!(burst_sessions(2.0, 900.0), 30);
    let mut plan = workspace(20, 2.0, 4.0);
    plan.agents.mode = AgentMode::Autoscale;
    plan.agents.autoscale.arrivals_per_minute = 2.0;
    plan.agents.autoscale.startup_s = 900.0;
    let r = size(&plan).unwrap();
    assert_eq!(r.autoscale.unwrap().zones[0].standby_cores, 40.0);
}

#[test]
fn as_2_desired_sessions_come_from_the_baseline_and_recorded_sessions_are_not_staged() {
    // 30 sessions ready at the start of the busy period, one workspace: Desired 30.
    let mut plan = workspace(40, 2.0, 4.0);
    plan.agents.mode = AgentMode::Autoscale;
    plan.agents.autoscale.baseline_sessions = 30;
    let r = size(&plan).unwrap();
    let s = setting(&r, "Desired Sessions");
    assert_eq!((s.value.as_str(), s.rule.as_str()), ("30", "AS-2"));
    assert_eq!(s.scope.as_deref(), Some("Desktop"));
    // Half the sessions recorded: their share of the baseline starts on demand.
    plan.zones[0].profiles[0].sessions = 20;
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Exam".into(),
        sessions: 20,
        recording: true,
        ..WorkspaceProfile::default()
    });
    let r = size(&plan).unwrap();
    let desired: Vec<&Setting> = r
        .agents
        .settings
        .iter()
        .filter(|s| s.name.ends_with("Desired Sessions"))
        .collect();
    // ceil(30 x 20 / 40) = 15 for Desktop; none for the recorded Exam.
    assert_eq!(desired.len(), 1);
    assert_eq!(desired[0].value, "15");
    assert_eq!(r.autoscale.as_ref().unwrap().zones[0].staged_sessions, 15);
    assert!(r
        .agents
        .warnings
        .iter()
        .any(|w| w.rule == "AS-2" && w.message.starts_with("15 of the 30")));
}

#[test]
fn as_4_instance_hours_for_8_busy_hours_on_5_weekdays() {
    // 5 x 8 = 40 busy hours a week; a month is 8760 / 12 = 730 h, so 40 x 730 / 168
    // = 173.81 busy hours a month and 556.19 off-hours.
    let mut plan = workspace(30, 2.0, 2.7);
    autoscaled_on(&mut plan, Provider::Aws, "t3.medium");
    let day = Some(BusyHours {
        start_hour: 8.0,
        end_hour: 16.0,
    });
    plan.agents.autoscale.schedule = vec![day, day, day, day, day, None, None];
    let busy = 40.0 * 730.0 / 168.0;
    assert!((busy_hours_per_month(&plan.agents.autoscale.schedule) - busy).abs() < 1e-9);
    // 3 instances busy and 1 off-hours: 3 x 173.81 + 1 x 556.19 = 1077.62 instance-hours.
    assert!((instance_hours(busy, 3, 1) - (3.0 * busy + (730.0 - busy))).abs() < 1e-9);
    assert!((instance_hours(busy, 3, 1) - 1_077.619_047_6).abs() < 1e-6);
    // The engine: 30 at peak + 10 standby = 40 busy, 1 off-hours session = 1 instance.
    plan.agents.autoscale.off_hours_standby_sessions = 1;
    let r = size(&plan).unwrap();
    let a = r.autoscale.as_ref().unwrap();
    assert_eq!(a.busy_hours_per_week, 40.0);
    assert_eq!(a.zones[0].max_nodes, 40);
    assert_eq!(a.zones[0].off_hours_instances, 1);
    assert!((a.instance_hours - (40.0 * busy + (730.0 - busy))).abs() < 1e-9);
    assert!((a.always_on_instance_hours - 40.0 * 730.0).abs() < 1e-9);
    assert_eq!(
        setting(&r, "AutoScale Schedule: busy-hours config").value,
        "Mon-Fri 08:00-16:00"
    );
    assert_eq!(setting(&r, "Downscale Backoff (s)").value, "3600");
    assert_eq!(setting(&r, "(off-hours): Standby Cores").value, "2");
}

#[test]
fn ic_1_the_smallest_aws_m6i_for_the_4_cpu_4_gb_web_app_server_is_m6i_xlarge() {
    let m6i = FAMILIES.iter().find(|f| f.name == "m6i").unwrap();
    assert_eq!(smallest_in(m6i, 4.0, 4.0).unwrap().id, "m6i.xlarge");
    // Over every sustained AWS family the smallest is c6i.xlarge (4 / 8 beats 4 / 16).
    assert_eq!(suggest(Provider::Aws, 4.0, 4.0).unwrap().id, "c6i.xlarge");
    let mut plan = Plan::default();
    plan.cloud.provider = Provider::Aws;
    let r = size(&plan).unwrap();
    let cloud = r.cloud.as_ref().unwrap();
    let web = cloud.roles.iter().find(|x| x.role == Role::WebApp).unwrap();
    assert_eq!((web.needs_cpus, web.needs_ram_gb), (4.0, 4.0));
    assert!(web.per_family.iter().any(|t| t.id == "m6i.xlarge"));
    assert_eq!(web.suggested.as_ref().unwrap().id, "c6i.xlarge");
    // Burstable t3 is listed per family but never suggested: for 2 / 2 the t3.small
    // (2 / 2) would be smallest, the suggestion is c6i.large (2 / 4).
    assert!(web.per_family.iter().any(|t| t.id == "t3.xlarge"));
    assert_eq!(suggest(Provider::Aws, 2.0, 2.0).unwrap().id, "c6i.large");
}

#[test]
fn ic_1_oci_flex_is_sized_in_ocpus_at_two_vcpus_each() {
    // E4.Flex with 4 OCPUs / 8 GB: 8 vCPU; 2 / 4 workspaces: min(8 / 2, 8 / 4) = 2.
    let t = lookup("E4.Flex", Some(4.0), Some(8.0)).unwrap();
    assert_eq!((t.vcpus, t.memory_gib, t.ocpus), (8.0, 8.0, Some(4.0)));
    let mut plan = workspace(20, 2.0, 4.0);
    plan.cloud.provider = Provider::Oci;
    plan.cloud.agent = InstanceChoice {
        type_id: Some("E4.Flex".into()),
        ocpus: Some(4.0),
        memory_gib: Some(8.0),
    };
    let r = size(&plan).unwrap();
    assert_eq!(r.agents.zones[0].sessions_per_server, 2.0);
    // The suggestion for the 4 / 4 web app server: 2 OCPUs, 4 GB.
    let web = &r.cloud.as_ref().unwrap().roles[0];
    let s = web.suggested.as_ref().unwrap();
    assert_eq!(
        (s.id.as_str(), s.ocpus, s.memory_gib),
        ("E4.Flex", Some(2.0), 4.0)
    );
}

#[test]
fn ic_1_a_picked_type_sets_the_role_hardware_and_below_spec_types_warn() {
    let mut plan = Plan::default();
    plan.cloud.provider = Provider::Aws;
    plan.cloud.web_app.type_id = Some("m6i.xlarge".into());
    plan.cloud.database.type_id = Some("t3.small".into());
    let r = size(&plan).unwrap();
    // The web app server deployed is the type's 4 vCPU / 16 GiB; capacity stays WEB-1's.
    assert_eq!((r.web_app.spec.cpus, r.web_app.spec.ram_gb), (4.0, 16.0));
    assert_eq!(r.web_app.capacity, 450);
    let w = why(&r.web_app.why, "Instance type");
    assert!(w.outside_guide && w.formula.contains("meets it"));
    // t3.small (2 / 2) is below the 4 CPU / 4 GB database row for 200 sessions (DB-3).
    assert_eq!((r.database.spec.cpus, r.database.spec.ram_gb), (2.0, 2.0));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.rule == "IC-1" && w.role == Role::Database && w.message.contains("below")));
}

#[test]
fn ic_1_a_burstable_agent_type_warns_when_it_runs_sessions() {
    let mut plan = workspace(30, 2.0, 2.7);
    autoscaled_on(&mut plan, Provider::Aws, "t3.medium");
    let r = size(&plan).unwrap();
    let w = r
        .warnings
        .iter()
        .find(|w| w.rule == "IC-1" && w.role == Role::Agent)
        .expect("a burstable warning");
    assert!(w.message.contains("about 20 %"), "{}", w.message);
    plan.cloud.agent.type_id = Some("m6i.large".into());
    let r = size(&plan).unwrap();
    assert!(!r.warnings.iter().any(|w| w.rule == "IC-1"));
}

#[test]
fn ic_2_vendor_defaults_show_where_they_fall_below_the_guide() {
    // kasmtech/terraform on AWS: web app t3.small (2 / 2) is below WEB-1's 4 / 4; the
    // t3.medium agent (2 / 4) holds 1 session of 2 CPU / 2.7 GB; the database t3.medium
    // meets DB-2's 2 / 4 under 50 sessions.
    let mut plan = workspace(30, 2.0, 2.7);
    plan.cloud.provider = Provider::Aws;
    let r = size(&plan).unwrap();
    let cloud = r.cloud.as_ref().unwrap();
    assert_eq!(
        cloud.vendor_source.as_deref(),
        Some("kasmtech/terraform (AWS)")
    );
    let v = |role| {
        cloud
            .vendor_defaults
            .iter()
            .find(|v| v.role == role)
            .unwrap()
    };
    assert_eq!(v(Role::WebApp).instance.id, "t3.small");
    assert!(v(Role::WebApp).below_guide);
    assert!(!v(Role::Database).below_guide);
    assert!(!v(Role::Agent).below_guide);
    assert!(v(Role::Agent).note.contains("holds 1 session of"));
    let w = r.warnings.iter().find(|w| w.rule == "IC-2").unwrap();
    assert!(
        w.message.contains("web app server t3.small"),
        "{}",
        w.message
    );
    // GCP: e2-standard-2 (2 / 8) for every role; Azure: no figures in the sources.
    plan.cloud.provider = Provider::Gcp;
    let r = size(&plan).unwrap();
    assert!(r
        .cloud
        .unwrap()
        .vendor_defaults
        .iter()
        .all(|v| v.instance.id == "e2-standard-2"));
    plan.cloud.provider = Provider::Azure;
    assert!(size(&plan)
        .unwrap()
        .cloud
        .unwrap()
        .vendor_defaults
        .is_empty());
}

#[test]
fn ic_1_costs_by_the_hour_autoscaled_agents_by_their_instance_hours() {
    // Agents autoscaled on m6i.4xlarge at 0.768 per hour: 25 at peak + 2 standby = 27
    // for 50 busy hours a week (730 x 50 / 168 h a month); static roles all month.
    let mut plan = workspace(200, 2.0, 4.0);
    autoscaled_on(&mut plan, Provider::Aws, "m6i.4xlarge");
    plan.costs.currency = "USD".into();
    plan.costs.hourly.agent = Some(0.768);
    plan.costs.hourly.web_app = Some(0.192);
    plan.costs.monthly.database = Some(300.0);
    let r = size(&plan).unwrap();
    let busy = 730.0 * 50.0 / 168.0;
    let agents = 27.0 * busy * 0.768;
    let web = 3.0 * 0.192 * 730.0;
    let db = 2.0 * 300.0;
    let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
    assert!(close(r.agents.monthly_cost.unwrap(), agents));
    assert!(close(r.web_app.monthly_cost.unwrap(), web));
    assert_eq!(r.database.monthly_cost, Some(db));
    let c = &r.costs;
    assert!(close(c.monthly.unwrap(), agents + web + db));
    assert!(close(c.yearly.unwrap(), 12.0 * (agents + web + db)));
    assert!(c.complete && c.unpriced.is_empty());
    assert_eq!(r.totals.monthly_cost, c.monthly);
    let agent = c.roles.iter().find(|x| x.role == Role::Agent).unwrap();
    assert!(close(agent.billed_hours.unwrap(), 27.0 * busy));
    assert!(close(
        agent.always_on_monthly.unwrap(),
        27.0 * 730.0 * 0.768
    ));
    assert!(why(&c.why, "Monthly cost of the agents")
        .formula
        .contains("instance-hours"));
}

#[test]
fn issue_14_a_partial_total_names_what_is_not_priced_and_carries_its_currency() {
    // Prices for the web app servers and agents only: the database is left out.
    let mut plan = Plan::default();
    plan.costs.monthly.web_app = Some(100.0);
    plan.costs.monthly.agent = Some(2500.0);
    plan.costs.currency = "€".into();
    let r = size(&plan).unwrap();
    assert_eq!(r.costs.monthly, Some(3.0 * 100.0 + 27.0 * 2500.0));
    assert!(!r.costs.complete);
    assert_eq!(r.costs.unpriced, vec![Role::Database]);
    let total = why(&r.costs.why, "Monthly cost in all");
    assert_eq!(total.value, "€67,800");
    assert!(total
        .formula
        .contains("partial: no price for the database servers"));
    assert_eq!(
        kasm_sizer::export::cost_note(&r),
        "partial: no price for database servers"
    );
    // Nothing priced: no total at all, and nothing claims to be complete.
    let r = size(&Plan::default()).unwrap();
    assert_eq!((r.costs.monthly, r.costs.complete), (None, false));
}

#[test]
fn issue_16_the_school_of_workspaces_issues_591_gets_settings_a_schedule_and_a_cost() {
    // 20 to 30 students at peak on t3.medium agents (2 vCPU / 4 GiB), 2 CPU / 2.7 GB
    // desktops: 1 session per instance, 30 at peak. 20 ready at 8:00, one arrival a minute
    // while an agent starts (600 s): standby 10 sessions = 20 cores, 27648 MB, 10
    // instances; Max Nodes 40. Lessons Monday to Friday 8 to 16, nothing off-hours.
    let q = "v=2&sessions=30&ram=2.7&agent_mode=autoscale&baseline=20\
             &busy=mon-fri:8-16&cloud=aws&agent_type=t3.medium\
             &cost_agent_hourly=0.0416&currency=USD";
    let link = decode_link(q);
    assert!(link.notices.is_empty(), "{:?}", link.notices);
    let r = size(&link.plan).unwrap();
    assert_eq!(setting(&r, "Desired Sessions").value, "20");
    assert_eq!(setting(&r, "(busy hours): Standby Cores").value, "20");
    assert_eq!(
        setting(&r, "(busy hours): Standby Memory (MB)").value,
        "27648"
    );
    assert_eq!(setting(&r, "(off-hours): Standby Cores").value, "0");
    assert_eq!(setting(&r, "Agent Cores Override").value, "2");
    assert_eq!(setting(&r, "Agent Memory Override (GB)").value, "4");
    assert_eq!(setting(&r, "Max Nodes").value, "40");
    assert_eq!(
        setting(&r, "AutoScale Schedule: busy-hours config").value,
        "Mon-Fri 08:00-16:00"
    );
    // 40 instances x 173.81 h x 0.0416 USD = 289.22 USD a month, against 1214.72 USD
    // with the 40 kept running all month.
    let busy = 40.0 * 730.0 / 168.0;
    let cost = r.agents.monthly_cost.unwrap();
    assert!((cost - 40.0 * busy * 0.0416).abs() < 1e-9);
    assert_eq!(
        kasm_sizer::support::format::amount(cost, "USD"),
        "289.22 USD"
    );
    let agent = r
        .costs
        .roles
        .iter()
        .find(|c| c.role == Role::Agent)
        .unwrap();
    assert_eq!(
        kasm_sizer::support::format::amount(agent.always_on_monthly.unwrap(), "USD"),
        "1,214.72 USD"
    );
    // Its warnings: t3 is burstable (IC-1); the vendor's t3.small web app is below WEB-1.
    assert!(r.warnings.iter().any(|w| w.rule == "IC-1"));
    assert!(r.warnings.iter().any(|w| w.rule == "IC-2"));
    // Only the agents are priced: the total says so.
    assert!(!r.costs.complete);
    // The link written for this plan reads back to the same plan and report.
    let again = decode_link(&encode_link(&link.plan, None));
    assert_eq!(again.plan, link.plan);
    assert_eq!(size(&again.plan), Ok(r));
}

#[test]
fn issue_16_an_enterprise_picks_m6i_for_every_role_and_the_link_reproduces_it() {
    // 1000 sessions of 2 / 4, Standard: 7 + 1 web app servers (m6i.xlarge 4 / 16, meets
    // 4 / 4); database row 500-1000, 8 / 8 (m6i.2xlarge 8 / 32); agents m6i.8xlarge
    // (32 / 128): min(16, 32) = 16 sessions, ceil(1000 / 16) = 63 + 2; 40 RDP sessions
    // through m6i.2xlarge proxies (8 cores: 32 each), 2 + 1.
    let mut plan = workspace(1000, 2.0, 4.0);
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Jump hosts".into(),
        sessions: 40,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    });
    plan.cloud.provider = Provider::Aws;
    plan.cloud.web_app.type_id = Some("m6i.xlarge".into());
    plan.cloud.database.type_id = Some("m6i.2xlarge".into());
    plan.cloud.agent.type_id = Some("m6i.8xlarge".into());
    plan.cloud.proxy.type_id = Some("m6i.2xlarge".into());
    plan.costs.currency = "USD".into();
    plan.costs.hourly = RolePrices {
        web_app: Some(0.192),
        database: Some(0.384),
        agent: Some(1.536),
        proxy: Some(0.384),
        load_balancer: None,
    };
    let r = size(&plan).unwrap();
    assert_eq!(r.web_app.total, 8);
    assert_eq!((r.web_app.spec.cpus, r.web_app.spec.ram_gb), (4.0, 16.0));
    assert_eq!((r.database.spec.cpus, r.database.spec.ram_gb), (8.0, 32.0));
    assert_eq!(r.agents.zones[0].sessions_per_server, 16.0);
    assert_eq!(r.agents.total, 65);
    assert_eq!((r.proxies.total, r.proxies.spec.cpus), (3, 8.0));
    assert!(
        !r.warnings.iter().any(|w| w.rule == "IC-1"),
        "{:#?}",
        r.warnings
    );
    let chosen: Vec<String> = r
        .cloud
        .as_ref()
        .unwrap()
        .roles
        .iter()
        .map(|x| x.chosen.as_ref().unwrap().id.clone())
        .collect();
    assert_eq!(
        chosen,
        ["m6i.xlarge", "m6i.2xlarge", "m6i.8xlarge", "m6i.2xlarge"]
    );
    // Every role priced by the hour, all month: (8 x 0.192 + 2 x 0.384 + 65 x 1.536 +
    // 3 x 0.384) x 730 h.
    let monthly = (8.0 * 0.192 + 2.0 * 0.384 + 65.0 * 1.536 + 3.0 * 0.384) * 730.0;
    assert!((r.costs.monthly.unwrap() - monthly).abs() < 1e-6);
    assert!(r.costs.complete);
    // The link and the plan's JSON (what the JS API reads) reproduce plan and report.
    let link = encode_link(&plan, None);
    assert!(link.contains("agent_type=m6i.8xlarge"), "{link}");
    assert_eq!(size(&decode_link(&link).plan), Ok(r.clone()));
    let json: Plan = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
    assert_eq!(size(&json), Ok(r));
}

#[test]
fn as_1_a_version_1_autoscale_link_opens_with_the_same_figures() {
    // Version 1 sized each instance for per_instance = 3 sessions: 200 / 3 = 67 instances
    // of 6 CPU / 12 GB. Version 2 reads it as a 6 / 12 instance: min(6 / 2, 12 / 4) = 3.
    let link = decode_link("v=1&agent_mode=autoscale&per_instance=3");
    assert!(link.notices.is_empty(), "{:?}", link.notices);
    assert_eq!(
        (link.plan.agents.cpus, link.plan.agents.ram_gb),
        (6.0, 12.0)
    );
    let r = size(&link.plan).unwrap();
    assert_eq!(r.agents.needed, 67);
    assert_eq!((r.agents.spec.cpus, r.agents.spec.ram_gb), (6.0, 12.0));
}

#[test]
fn as_and_ic_inputs_are_refused_field_by_field() {
    let mut plan = Plan::default();
    plan.agents.mode = AgentMode::Autoscale;
    plan.agents.sessions_per_instance = Some(2);
    plan.agents.autoscale.startup_s = 0.0;
    plan.agents.autoscale.schedule[0] = Some(BusyHours {
        start_hour: 18.0,
        end_hour: 8.0,
    });
    plan.costs.monthly.agent = Some(100.0);
    plan.costs.hourly.agent = Some(0.2);
    plan.costs.currency = "dollars and cents".into();
    plan.cloud.provider = Provider::Gcp;
    plan.cloud.web_app.type_id = Some("E4.Flex".into());
    plan.cloud.database.type_id = Some("m9z.huge".into());
    plan.cloud.agent.type_id = Some("m6i.xlarge".into());
    plan.cloud.agent.ocpus = Some(2.0);
    let e = errors(&plan);
    assert!(has(&e, "agents.sessions_per_instance", Reason::Retired));
    assert!(has(&e, "agents.autoscale.startup_s", Reason::Zero));
    assert!(has(
        &e,
        "agents.autoscale.schedule[0].end_hour",
        Reason::TooSmall
    ));
    assert!(has(&e, "costs.hourly.agent", Reason::Conflict));
    assert!(has(&e, "costs.currency", Reason::TooLarge { max: 8.0 }));
    // An AWS type on GCP; a type the catalogue does not list; a Flex shape without its
    // OCPUs and memory (an OCI shape on GCP too).
    assert!(has(&e, "cloud.agent.type", Reason::Conflict));
    assert!(has(&e, "cloud.database.type", Reason::NotInCatalogue));
    assert!(has(&e, "cloud.web_app.type", Reason::Conflict));
    assert!(has(&e, "cloud.web_app.ocpus", Reason::Empty));
    assert!(has(&e, "cloud.web_app.memory_gib", Reason::Empty));
    let agent = e.iter().find(|x| x.field == "cloud.agent.type").unwrap();
    assert_eq!(
        agent.message,
        "m6i.xlarge belongs to AWS, but the plan's provider is GCP"
    );
    // OCPUs given with a fixed type are not used, so not judged.
    assert!(!e.iter().any(|x| x.field == "cloud.agent.ocpus"));
    // Without a provider, picked types are not used (nor judged).
    plan.cloud.provider = Provider::None;
    let e = errors(&plan);
    assert!(!e.iter().any(|x| x.field.starts_with("cloud.")));
    // In static mode the retired field never applied, so an old export still sizes; the
    // autoscale inputs are not judged there either.
    let mut old = Plan::default();
    old.agents.sessions_per_instance = Some(2);
    old.agents.autoscale.startup_s = 0.0;
    assert!(size(&old).is_ok());
}

#[test]
fn as_1_a_workspace_too_big_for_the_instance_is_refused() {
    // 4 cores do not fit on a t3.medium's 2 vCPU.
    let mut plan = workspace(10, 4.0, 2.0);
    autoscaled_on(&mut plan, Provider::Aws, "t3.medium");
    let e = errors(&plan);
    let x = e
        .iter()
        .find(|x| x.field == "zones[0].profiles[0].cpu_cores")
        .unwrap();
    assert_eq!(x.reason, Reason::WorkspaceTooBig);
    assert!(x.message.contains("instance"), "{}", x.message);
}

#[test]
fn ic_1_the_catalogue_lists_the_figures_of_beyond_md() {
    let all = catalogue::instance_types();
    let find = |id: &str| all.iter().find(|t| t.id == id).unwrap();
    assert_eq!(
        (find("m7i.48xlarge").vcpus, find("m7i.48xlarge").memory_gib),
        (Some(192.0), Some(768.0))
    );
    assert_eq!(find("t3.micro").memory_gib, Some(1.0));
    assert!(find("t3.micro").burstable);
    assert_eq!(find("n2-standard-80").vcpus, Some(80.0));
    assert_eq!(find("D96s_v5").memory_gib, Some(384.0));
    assert!(find("E5.Flex").flex && find("E5.Flex").vcpus.is_none());
    assert!(all.iter().all(|t| !t.source.is_empty()));
    // 9 m6i + 8 m7i + 9 c6i + 6 t3 + 5 e2 + 9 n2 + 8 Dsv5 + 2 Flex shapes.
    assert_eq!(all.len(), 56);
    assert_eq!(catalogue::canonical_id("M6I.XLARGE"), Some("m6i.xlarge"));
}
