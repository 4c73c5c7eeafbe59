//! Native tests of the draft: reading, paths, profiles and the peak total.

use super::presets::PRESETS;
use super::*;
use crate::engine::{Override, Plan};

#[test]
fn every_preset_round_trips_through_the_draft() {
    for preset in PRESETS {
        let plan = (preset.plan)();
        assert_eq!(
            PlanDraft::from_plan(&plan).parse(),
            Ok(plan),
            "{}",
            preset.id
        );
    }
}

#[test]
fn web4_default_draft_reads_200_sessions() {
    // WEB-4: the worked example starts at 200 concurrent sessions.
    let d = PlanDraft::from_plan(&Plan::default());
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("200"));
    assert_eq!(d.parse().unwrap().peak_sessions(), 200);
}

#[test]
fn letters_keep_the_text_and_name_the_field() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    assert!(d.set_text("zones[0].profiles[0].cpu_cores", "12a".into()));
    assert_eq!(
        d.text("zones[0].profiles[0].cpu_cores").as_deref(),
        Some("12a")
    );
    let errs = d.parse().unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].field, "zones[0].profiles[0].cpu_cores");
}

/// The paths of the fields a draft cannot read, in order.
fn error_fields(d: &PlanDraft) -> Vec<String> {
    d.parse()
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect()
}

#[test]
fn several_bad_fields_are_all_listed() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_text("agents.cpus", "".into());
    d.set_text("web_app.redundancy", "-1".into());
    d.set_text("costs.agent", "lots".into());
    let fields = error_fields(&d);
    assert_eq!(fields, ["web_app.redundancy", "agents.cpus", "costs.agent"]);
}

#[test]
fn unknown_paths_are_refused_not_panicked_on() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    assert!(!d.set_text("zones[9].profiles[0].sessions", "5".into()));
    assert!(!d.set_text("zones[0].profiles[0].nope", "5".into()));
    assert!(!d.set_text("zones[x]", "5".into()));
    assert_eq!(d.text("zones[0].profiles[4].name"), None);
    assert!(!d.set_choice("web_app.use_case", "fast"));
    assert_eq!(d.flag("agents.cpus"), None);
}

#[test]
fn choices_and_flags_use_the_json_codes() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    assert_eq!(d.choice("web_app.use_case"), Some("remote_work"));
    assert!(d.set_choice("web_app.architecture", "direct_to_agent"));
    assert!(d.set_choice("agents.cpu_override.kind", "ratio"));
    d.set_text("agents.cpu_override", "4".into());
    assert!(d.set_flag("zones[0].profiles[0].recording", true));
    assert!(d.set_choice("zones[0].profiles[0].kind", "server_connection"));
    let plan = d.parse().unwrap();
    assert_eq!(
        plan.web_app.architecture,
        crate::engine::Architecture::DirectToAgent
    );
    assert_eq!(plan.agents.cpu_override, Override::Ratio(4.0));
    assert!(plan.zones[0].profiles[0].recording);
    assert_eq!(
        plan.zones[0].profiles[0].kind,
        crate::engine::WorkspaceKind::ServerConnection
    );
    assert_eq!(d.choice("agents.cpu_override.kind"), Some("ratio"));
}

#[test]
fn ag1_override_value_is_ignored_while_the_kind_is_none() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_text("agents.cpu_override", "junk".into());
    assert_eq!(d.parse().unwrap().agents.cpu_override, Override::None);
    d.set_choice("agents.cpu_override.kind", "absolute");
    assert_eq!(d.parse().unwrap_err()[0].field, "agents.cpu_override");
}

#[test]
fn profiles_and_zones_are_added_with_fresh_names_and_never_emptied() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.add_profile(0);
    d.add_profile(0);
    let names: Vec<&str> = d.zones[0]
        .profiles
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Desktop", "Workspace 2", "Workspace 3"]);
    // Item 15: new workspaces start without sessions; the peak stays 200.
    assert_eq!(d.parse().unwrap().peak_sessions(), 200);
    d.remove_profile(0, 1);
    assert_eq!(d.zones[0].profiles.len(), 2);
    d.remove_profile(0, 0);
    d.remove_profile(0, 0);
    assert_eq!(d.zones[0].profiles.len(), 1, "the last profile stays");
    d.add_zone();
    assert_eq!(d.zones[1].name, "Zone 2");
    d.remove_zone(0);
    d.remove_zone(0);
    assert_eq!(d.zones.len(), 1, "the last zone stays");
    assert_eq!(d.zones[0].name, "Zone 2");
}

#[test]
fn peak_with_one_profile_is_that_profiles_text() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_text(PEAK_PATH, "12a".into());
    assert_eq!(d.zones[0].profiles[0].sessions, "12a");
    assert_eq!(d.peak_edit, None);
    assert_eq!(
        d.parse().unwrap_err()[0].field,
        "zones[0].profiles[0].sessions"
    );
    d.set_text(PEAK_PATH, "1000".into());
    assert_eq!(d.parse().unwrap().peak_sessions(), 1000);
}

#[test]
fn peak_with_several_profiles_scales_them_while_typing() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.add_profile(0); // 200 + 0
    d.set_text("zones[0].profiles[1].sessions", "100".into());
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("300"));
    // Typed digit by digit: proportions come from the start of the edit, not "1" or "10".
    for t in ["", "1", "10", "100", "1000"] {
        d.set_text(PEAK_PATH, t.into());
    }
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("1000"));
    let plan = d.parse().unwrap();
    assert_eq!(plan.zones[0].profiles[0].sessions, 667);
    assert_eq!(plan.zones[0].profiles[1].sessions, 333);
    d.finish_peak_edit();
    assert_eq!(d.peak_edit, None);
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("1000"));
}

#[test]
fn bad_peak_text_with_several_profiles_is_kept_and_flagged() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.add_profile(0);
    d.set_text(PEAK_PATH, "9x".into());
    d.finish_peak_edit();
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("9x"));
    let errs = d.parse().unwrap_err();
    assert_eq!(errs[0].field, PEAK_PATH);
    // Profiles are untouched by the bad text.
    assert_eq!(d.zones[0].profiles[0].sessions, "200");
    // Editing a profile's own sessions ends the total edit.
    d.set_text("zones[0].profiles[0].sessions", "50".into());
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("50"));
    assert!(d.parse().is_ok());
}

#[test]
fn scale_sessions_sums_exactly() {
    assert_eq!(scale_sessions(&[200, 100], 1000), [667, 333]);
    assert_eq!(scale_sessions(&[1, 1, 1], 10), [4, 3, 3]);
    assert_eq!(scale_sessions(&[0, 0], 5), [3, 2]);
    assert_eq!(scale_sessions(&[5, 0], 7), [7, 0]);
    assert_eq!(scale_sessions(&[], 7), Vec::<u64>::new());
    let big = scale_sessions(&[u64::MAX / 2, u64::MAX / 2], 1_000_000_000_000);
    assert_eq!(big.iter().sum::<u64>(), 1_000_000_000_000);
}

#[test]
fn field_paths_cover_every_text_input() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.add_profile(0);
    let paths = d.field_paths();
    for p in &paths {
        let known = d.text(p).is_some() || d.choice(p).is_some() || d.flag(p).is_some();
        assert!(known, "{p} is listed but not reachable");
    }
    assert!(paths.contains(&"zones[0].profiles[1].ram_gb".to_string()));
}

#[test]
fn peak_alias_is_the_single_profiles_sessions() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    assert_eq!(
        d.peak_alias().as_deref(),
        Some("zones[0].profiles[0].sessions")
    );
    d.add_profile(0);
    assert_eq!(d.peak_alias(), None);
}

#[test]
fn engine_messages_read_as_sentences() {
    let errs = FieldErrors::from_engine(&[crate::engine::FieldError {
        field: "agents.cpus".into(),
        reason: crate::engine::Reason::Zero,
        message: "must be above zero".into(),
    }]);
    assert_eq!(
        errs.message_for("agents.cpus").as_deref(),
        Some("Must be above zero.")
    );
}

#[test]
fn every_choice_reads_back_what_was_set() {
    let cases: &[(&str, &[&str])] = &[
        (
            "zones[0].profiles[0].kind",
            &["server_connection", "container"],
        ),
        ("web_app.architecture", &["direct_to_agent", "standard"]),
        (
            "web_app.use_case",
            &["gaming", "mixed", "custom", "remote_work"],
        ),
        ("load_balancing.method", &["network_load_balancer", "dns"]),
        ("agents.mode", &["autoscale", "static"]),
        ("agents.cpu_override.kind", &["absolute", "ratio", "none"]),
        ("agents.ram_override.kind", &["ratio", "absolute", "none"]),
        ("agents.cpu_allocation", &["quotas", "shares"]),
        ("proxy.load", &["full_screen_video", "custom", "business"]),
        ("database.kind", &["external", "bundled"]),
        ("database.logging", &["siem", "built_in"]),
        ("cloud.provider", &["aws", "azure", "gcp", "oci", "none"]),
    ];
    let mut d = PlanDraft::from_plan(&Plan::default());
    for (path, codes) in cases {
        for code in *codes {
            assert!(d.set_choice(path, code), "{path} = {code}");
            assert_eq!(d.choice(path), Some(*code), "{path}");
        }
    }
    assert!(d.set_flag("database.standby", false));
    assert_eq!(d.flag("database.standby"), Some(false));
    assert_eq!(d.flag("zones[0].profiles[0].recording"), Some(false));
}

/// Issue 14's two-zone plan: Paris 750 desktops and 200 RDP jump hosts, Berlin 450.
pub(crate) fn two_zone_draft() -> PlanDraft {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_text("zones[0].name", "Paris".into());
    d.set_text("zones[0].profiles[0].sessions", "750".into());
    d.add_profile(0);
    d.set_text("zones[0].profiles[1].sessions", "200".into());
    d.set_choice("zones[0].profiles[1].kind", "server_connection");
    d.add_zone();
    d.set_text("zones[1].profiles[0].sessions", "450".into());
    d
}

fn sessions(d: &PlanDraft) -> Vec<u64> {
    d.parse()
        .unwrap()
        .profiles()
        .map(|(_, p)| p.sessions)
        .collect()
}

#[test]
fn peak_totals_typed_one_after_another_keep_each_workspaces_share() {
    // Item 5: 7, Tab, 1500, Tab turned 750/200/450 into 857/214/429 and lost the jump hosts.
    let mut d = two_zone_draft();
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("1400"));
    d.set_text(PEAK_PATH, "7".into());
    d.finish_peak_edit();
    assert_eq!(sessions(&d), [4, 1, 2]);
    d.set_text(PEAK_PATH, "1500".into());
    d.finish_peak_edit();
    // 1500 x 750/1400 = 803.57, x 200/1400 = 214.29, x 450/1400 = 482.14: largest remainder.
    assert_eq!(sessions(&d), [804, 214, 482]);
    d.set_text(PEAK_PATH, "1400".into());
    d.finish_peak_edit();
    assert_eq!(sessions(&d), [750, 200, 450]);
    // The connection proxies are still there at the new total.
    let report = crate::engine::size(&d.parse().unwrap()).unwrap();
    assert!(report.proxies.total > 0);
}

#[test]
fn peak_any_sequence_of_totals_sums_exactly_and_comes_back_to_the_split() {
    let mut d = two_zone_draft();
    let mut seed = 12345u64;
    for _ in 0..200 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let total = match seed >> 61 {
            0 => 0,
            1 => (seed >> 40) % 10,
            _ => (seed >> 20) % 100_000,
        };
        d.set_text(PEAK_PATH, total.to_string());
        if seed & 1 == 0 {
            d.finish_peak_edit();
        }
        assert_eq!(sessions(&d).iter().sum::<u64>(), total);
    }
    d.set_text(PEAK_PATH, "1400".into());
    assert_eq!(sessions(&d), [750, 200, 450]);
    // A profile's own edit starts new shares from the counts shown.
    d.set_text("zones[1].profiles[0].sessions", "50".into());
    d.set_text(PEAK_PATH, "2000".into());
    assert_eq!(sessions(&d), [1500, 400, 100]);
}

#[test]
fn adding_a_zone_or_workspace_leaves_the_peak_total_as_it_was() {
    // Item 15: adding a workspace used to add 10 sessions (200 became 210).
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.add_profile(0);
    d.add_zone();
    assert_eq!(d.text(PEAK_PATH).as_deref(), Some("200"));
    let plan = d.parse().unwrap();
    assert_eq!(plan.peak_sessions(), 200);
    assert_eq!(plan.zones[1].name, "Zone 2");
    assert_eq!(plan.zones[1].profiles[0].sessions, 0);
}

/// A plan with every cloud input set (issue 16).
fn cloud_plan() -> Plan {
    let mut plan = Plan::default();
    plan.agents.mode = crate::engine::AgentMode::Autoscale;
    let a = &mut plan.agents.autoscale;
    a.baseline_sessions = 20;
    a.arrivals_per_minute = 0.5;
    a.startup_s = 420.0;
    a.off_hours_standby_sessions = 2;
    a.downscale_backoff_s = 1800.0;
    a.schedule[5] = Some(crate::engine::BusyHours {
        start_hour: 9.0,
        end_hour: 12.5,
    });
    plan.cloud.provider = crate::engine::Provider::Oci;
    plan.cloud.agent.type_id = Some("E4.Flex".into());
    plan.cloud.agent.ocpus = Some(4.0);
    plan.cloud.agent.memory_gib = Some(8.0);
    plan.costs.hourly.agent = Some(0.12);
    plan.costs.monthly.database = Some(90.0);
    plan.costs.currency = "€".into();
    plan
}

#[test]
fn as_ic_every_cloud_input_round_trips_through_the_draft() {
    let plan = cloud_plan();
    let d = PlanDraft::from_plan(&plan);
    assert_eq!(d.parse(), Ok(plan));
    assert_eq!(
        d.text("agents.autoscale.schedule[5].end_hour").as_deref(),
        Some("12.5")
    );
    assert_eq!(
        d.text("agents.autoscale.schedule[6].start_hour").as_deref(),
        Some("")
    );
    assert_eq!(d.text("cloud.agent.type").as_deref(), Some("E4.Flex"));
    assert_eq!(d.text("costs.hourly.agent").as_deref(), Some("0.12"));
    assert_eq!(d.text("costs.currency").as_deref(), Some("€"));
    assert_eq!(d.choice("cloud.provider"), Some("oci"));
    let paths = d.field_paths();
    for p in [
        "agents.autoscale.baseline_sessions",
        "agents.autoscale.arrivals_per_minute",
        "agents.autoscale.startup_s",
        "agents.autoscale.off_hours_standby_sessions",
        "agents.autoscale.downscale_backoff_s",
        "agents.autoscale.schedule[0].start_hour",
        "agents.autoscale.schedule[6].end_hour",
        "cloud.provider",
        "cloud.web_app.type",
        "cloud.proxy.memory_gib",
        "costs.hourly.load_balancer",
        "costs.currency",
    ] {
        assert!(paths.iter().any(|x| x == p), "{p}");
        if p != "cloud.provider" {
            assert!(d.text(p).is_some(), "{p} is a text input");
        }
    }
    assert!(!paths.iter().any(|x| x == "agents.sessions_per_instance"));
}

#[test]
fn as_4_a_day_with_one_hour_names_the_missing_one() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_choice("agents.mode", "autoscale");
    assert!(d.set_text("agents.autoscale.schedule[1].end_hour", "".into()));
    assert!(d.set_text("agents.autoscale.schedule[6].start_hour", "9".into()));
    let fields = error_fields(&d);
    assert_eq!(
        fields,
        [
            "agents.autoscale.schedule[1].end_hour",
            "agents.autoscale.schedule[6].end_hour"
        ]
    );
    // Both hours cleared: a day without busy hours.
    d.set_text("agents.autoscale.schedule[1].start_hour", "".into());
    d.set_text("agents.autoscale.schedule[6].start_hour", "".into());
    let plan = d.parse().unwrap();
    assert_eq!(plan.agents.autoscale.schedule[1], None);
    assert!(!d.set_text("agents.autoscale.schedule[7].start_hour", "1".into()));
}

#[test]
fn ic_1_picking_a_type_sets_the_role_hardware_and_flex_starts_from_it() {
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_choice("cloud.provider", "aws");
    assert!(d.pick_instance("agent", "m6i.2xlarge"));
    assert_eq!(
        (d.agents.cpus.as_str(), d.agents.ram_gb.as_str()),
        ("8", "32")
    );
    assert!(d.set_text("cloud.proxy.type", "c6i.4xlarge".into()));
    assert_eq!(d.proxy.cores, "16");
    // Removing the type keeps the hardware it set.
    assert!(d.pick_instance("agent", ""));
    assert_eq!(d.text("cloud.agent.type").as_deref(), Some(""));
    assert_eq!(d.agents.cpus, "8");
    // An OCI Flex shape starts from the typed hardware: 8 CPU / 32 GB is 4 OCPUs, 32 GiB.
    d.set_choice("cloud.provider", "oci");
    assert!(d.pick_instance("agent", "e4.flex"));
    assert_eq!(d.text("cloud.agent.type").as_deref(), Some("E4.Flex"));
    assert_eq!(d.text("cloud.agent.ocpus").as_deref(), Some("4"));
    assert_eq!(d.text("cloud.agent.memory_gib").as_deref(), Some("32"));
    // Editing the OCPUs moves the agent's CPUs with them (2 vCPU each).
    assert!(d.set_text("cloud.agent.ocpus", "6".into()));
    assert_eq!(d.agents.cpus, "12");
    // Unknown types and roles are refused; typed text stays for the engine to judge.
    assert!(!d.pick_instance("agent", "m9z.huge"));
    assert!(!d.pick_instance("load_balancer", "m6i.large"));
    assert!(d.set_text("cloud.web_app.type", "m9z.huge".into()));
    assert_eq!(d.text("cloud.web_app.type").as_deref(), Some("m9z.huge"));
}

#[test]
fn ic_1_a_new_provider_drops_the_types_another_provider_sells() {
    // Switching AWS to GCP would leave m6i types the engine refuses (not in the GCP
    // catalogue): they go, and the hardware they set stays typed.
    let mut d = PlanDraft::from_plan(&Plan::default());
    d.set_choice("cloud.provider", "aws");
    assert!(d.pick_instance("agent", "m6i.2xlarge"));
    assert!(d.pick_instance("web_app", "m6i.xlarge"));
    // No provider: the picks are kept, unused, for when AWS comes back.
    assert!(d.set_choice("cloud.provider", "none"));
    assert_eq!(d.text("cloud.agent.type").as_deref(), Some("m6i.2xlarge"));
    assert!(d.set_choice("cloud.provider", "aws"));
    assert_eq!(d.text("cloud.web_app.type").as_deref(), Some("m6i.xlarge"));
    assert!(d.set_choice("cloud.provider", "gcp"));
    assert_eq!(d.text("cloud.agent.type").as_deref(), Some(""));
    assert_eq!(d.text("cloud.web_app.type").as_deref(), Some(""));
    assert_eq!(
        (d.agents.cpus.as_str(), d.agents.ram_gb.as_str()),
        ("8", "32")
    );
    assert!(crate::engine::validate(&d.parse().unwrap()).is_ok());
    assert!(d.pick_instance("agent", "e2-standard-4"));
    assert!(d.set_choice("cloud.provider", "gcp"));
    assert_eq!(d.text("cloud.agent.type").as_deref(), Some("e2-standard-4"));
}
