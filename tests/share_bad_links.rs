//! Bad links open anyway: every broken part is listed with its reason and only that part
//! falls back to its default (issue 4, "Bad links").

use kasm_sizer::engine::*;
use kasm_sizer::share::codec::MAX_PAIRS;
use kasm_sizer::share::{decode_link, encode_link, encode_plan, Notice, LINK_VERSION};

fn notice_for<'a>(notices: &'a [Notice], key: &str) -> &'a Notice {
    notices
        .iter()
        .find(|n| n.key == key)
        .unwrap_or_else(|| panic!("no notice for {key}: {notices:?}"))
}

#[test]
fn default_plan_is_just_the_version() {
    assert_eq!(encode_link(&Plan::default(), None), "v=2");
}

#[test]
fn a_session_count_change_is_one_readable_key() {
    let mut p = Plan::default();
    p.zones[0].profiles[0].sessions = 1000;
    assert_eq!(encode_link(&p, None), "v=2&sessions=1000");
}

#[test]
fn scalars_use_short_readable_keys() {
    let mut p = Plan::default();
    p.web_app.architecture = Architecture::DirectToAgent;
    p.agents.cpus = 32.0;
    p.agents.cpu_override = Override::Ratio(1.5);
    p.agents.ram_override = Override::Absolute(192.0);
    p.costs.monthly.agent = Some(120.5);
    assert_eq!(
        encode_link(&p, None),
        "v=2&arch=d2a&agent_cpu=32&agent_cpu_override=x1.5&agent_ram_override=192&cost_agent=120.5"
    );
}

#[test]
fn several_workspaces_use_the_list_form_with_escaped_separators() {
    let mut p = Plan::default();
    p.zones[0].profiles.push(WorkspaceProfile {
        name: "Dev~Ops! & co".into(),
        sessions: 20,
        cpu_cores: 4.0,
        ram_gb: 8.0,
        recording: true,
        disk_per_session_gb: 10.0,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    });
    p.zones.push(Zone {
        name: "Empty zone".into(),
        profiles: vec![],
    });
    let q = encode_link(&p, None);
    assert_eq!(
        q,
        "v=2&p=Default~Desktop~200~2~4~0~5~container\
         &p=Default~Dev!~Ops!!%20%26%20co~20~4~8~1~10~server&z=Empty%20zone"
    );
    let back = decode_link(&q);
    assert_eq!(back.plan, p);
    assert!(back.notices.is_empty());
}

#[test]
fn a_plan_without_zones_is_written_as_such_and_opens_with_the_default_zone() {
    // A plan without zones cannot be sized: the link opens with the default zone and
    // says so (issue 14, item 7: every link opens with a usable plan).
    let mut p = Plan::default();
    p.zones.clear();
    assert_eq!(encode_link(&p, None), "v=2&zones=0");
    let link = decode_link("v=1&zones=0");
    assert_eq!(link.plan, Plan::default());
    assert!(notice_for(&link.notices, "zones")
        .reason
        .contains("at least one zone"));
}

#[test]
fn the_pinned_plan_rides_under_the_a_prefix() {
    let mut b = Plan::default();
    b.web_app.architecture = Architecture::DirectToAgent;
    let a = Plan::default();
    let q = encode_link(&b, Some(&a));
    assert_eq!(q, "v=2&arch=d2a&a.v=2");
    let link = decode_link(&q);
    assert_eq!(link.plan, b);
    assert_eq!(link.pinned, Some(a));
    assert_eq!(decode_link("v=1").pinned, None);
}

#[test]
fn notices_for_the_pinned_plan_name_its_prefixed_key() {
    let link = decode_link("v=1&sessions=300&a.v=1&a.sessions=abc");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 300);
    assert_eq!(link.pinned.unwrap().zones[0].profiles[0].sessions, 200);
    let n = notice_for(&link.notices, "a.sessions");
    assert!(n.reason.contains("not a whole number"), "{n:?}");
}

#[test]
fn unknown_keys_are_listed_and_the_rest_is_used() {
    let link = decode_link("v=1&sessions=500&colour=blue&utm_source=mail");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 500);
    assert_eq!(link.notices.len(), 2);
    assert_eq!(notice_for(&link.notices, "colour").value, "blue");
    assert!(notice_for(&link.notices, "utm_source")
        .reason
        .contains("not a setting"));
}

#[test]
fn malformed_values_fall_back_to_their_default_only() {
    let link = decode_link("v=1&sessions=12x&agent_cpu=32&arch=sideways&rec=maybe&agent_ram=NaN");
    let p = &link.plan;
    assert_eq!(p.zones[0].profiles[0].sessions, 200, "default kept");
    assert_eq!(p.agents.cpus, 32.0, "good value used");
    assert_eq!(p.web_app.architecture, Architecture::Standard);
    assert!(!p.zones[0].profiles[0].recording);
    assert_eq!(p.agents.ram_gb, 64.0);
    assert_eq!(link.notices.len(), 4);
    assert_eq!(
        notice_for(&link.notices, "sessions").reason,
        "not a whole number; the default 200 is used"
    );
    assert!(notice_for(&link.notices, "arch")
        .reason
        .contains("std, d2a"));
    assert!(notice_for(&link.notices, "agent_ram")
        .reason
        .contains("not a number"));
}

#[test]
fn out_of_range_values_fall_back_with_the_limit_named() {
    let link = decode_link(
        "sessions=99999999999999999999999&cpu=0&ram=-4&agent_cpu=1e400&web_spare=101&hc_failures=0",
    );
    let p = &link.plan;
    assert_eq!(p, &Plan::default());
    assert_eq!(link.notices.len(), 6, "{:?}", link.notices);
    assert!(notice_for(&link.notices, "sessions")
        .reason
        .contains("10000000"));
    assert!(notice_for(&link.notices, "cpu").reason.contains("above 0"));
    assert!(notice_for(&link.notices, "ram").reason.contains("negative"));
    assert!(notice_for(&link.notices, "agent_cpu")
        .reason
        .contains("finite"));
    assert!(notice_for(&link.notices, "web_spare")
        .reason
        .contains("100"));
    assert!(notice_for(&link.notices, "hc_failures")
        .reason
        .contains("smallest"));
}

#[test]
fn a_truncated_link_keeps_what_was_complete() {
    let mut p = Plan::default();
    p.zones[0].profiles.push(WorkspaceProfile {
        name: "Lab".into(),
        sessions: 40,
        ..WorkspaceProfile::default()
    });
    p.agents.cpus = 48.0;
    let full = encode_link(&p, None);
    // Cut in the middle of the second workspace entry.
    let cut_at = full.find("Lab~40").unwrap() + "Lab~4".len();
    let link = decode_link(&full[..cut_at]);
    assert_eq!(link.plan.zones[0].profiles[0], p.zones[0].profiles[0]);
    let lab = &link.plan.zones[0].profiles[1];
    assert_eq!((lab.name.as_str(), lab.sessions), ("Lab", 4));
    assert_eq!(lab.cpu_cores, 2.0, "missing field uses its default");
    assert_eq!(link.plan.agents.cpus, 16.0, "cut before agent_cpu");
    let n = notice_for(&link.notices, "p");
    assert!(n.reason.contains("has only 3 of 8 fields"), "{n:?}");
    assert!(n.reason.contains("cpu, ram, rec, disk, kind"), "{n:?}");
}

#[test]
fn a_cut_percent_escape_is_reported_and_skipped() {
    let link = decode_link("v=1&agent_cpu=32&host=kasm%2");
    assert_eq!(link.plan.agents.cpus, 32.0);
    assert_eq!(link.plan.load_balancing.hostname, "kasm.example.com");
    let n = notice_for(&link.notices, "host");
    assert!(n.reason.contains("percent-encoding"), "{n:?}");
}

#[test]
fn percent_encoding_errors_are_reported() {
    let link = decode_link("v=1&name=%zz&zone=%C3%28&sessions=%31%30");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 10, "%31%30 is 10");
    assert_eq!(link.plan.zones[0].profiles[0].name, "Desktop");
    assert_eq!(link.plan.zones[0].name, "Default");
    assert!(notice_for(&link.notices, "name")
        .reason
        .contains("percent-encoding"));
    assert!(notice_for(&link.notices, "zone").reason.contains("UTF-8"));
}

#[test]
fn garbled_text_opens_the_default_plan_with_notices() {
    for garbage in [
        "%%%",
        "====",
        "&&&=&=",
        "🙂🙃=🙂",
        "?p",
        "a.",
        "a.=",
        "\u{0}\u{1}=\u{2}",
    ] {
        let link = decode_link(garbage);
        assert_eq!(link.plan.zones.len(), 1, "{garbage}");
        assert!(
            !link.notices.is_empty() || garbage == "&&&=&=",
            "{garbage}: {:?}",
            link.notices
        );
    }
}

#[test]
fn duplicated_keys_last_one_wins_and_the_others_are_listed() {
    let link = decode_link("v=1&sessions=100&sessions=300&arch=d2a&arch=std");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 300);
    assert_eq!(link.plan.web_app.architecture, Architecture::Standard);
    let n = notice_for(&link.notices, "sessions");
    assert_eq!(n.value, "100");
    assert!(
        n.reason.contains("last sessions= in the link wins"),
        "{n:?}"
    );
    assert_eq!(link.notices.len(), 2);
}

#[test]
fn markup_in_names_stays_text_and_is_reported() {
    let evil = "<img src=x onerror=alert(1)>";
    let mut p = Plan::default();
    p.zones[0].profiles[0].name = evil.into();
    let link = decode_link(&encode_link(&p, None));
    assert_eq!(
        link.plan.zones[0].profiles[0].name, evil,
        "kept as plain text"
    );
    let n = notice_for(&link.notices, "name");
    assert!(n.reason.contains("plain text"), "{n:?}");
    // Same in the list form.
    let link = decode_link("p=Z~%3Cscript%3Ealert(1)%3C/script%3E~5");
    assert_eq!(
        link.plan.zones[0].profiles[0].name,
        "<script>alert(1)</script>"
    );
    assert!(notice_for(&link.notices, "p").reason.contains("markup"));
}

#[test]
fn long_names_are_cut_and_control_characters_dropped() {
    let long = "x".repeat(500);
    let link = decode_link(&format!("name={long}&zone=a%0Ab"));
    assert_eq!(link.plan.zones[0].profiles[0].name.chars().count(), 64);
    assert_eq!(link.plan.zones[0].name, "ab");
    assert!(notice_for(&link.notices, "name")
        .reason
        .contains("cut to 64"));
    assert!(notice_for(&link.notices, "zone").reason.contains("control"));
}

#[test]
fn a_link_without_version_is_migrated_from_version_zero_silently() {
    let link = decode_link("sessions=500&arch=d2a");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 500);
    assert_eq!(link.plan.web_app.architecture, Architecture::DirectToAgent);
    assert!(link.notices.is_empty());
}

#[test]
fn a_newer_version_opens_with_a_notice() {
    let link = decode_link("v=3&sessions=500&peak_hours=3");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 500);
    assert!(notice_for(&link.notices, "v")
        .reason
        .contains("newer version"));
    assert!(notice_for(&link.notices, "peak_hours")
        .reason
        .contains("not a setting"));
}

#[test]
fn an_unreadable_version_opens_as_the_current_version_with_a_notice() {
    let link = decode_link("v=banana&sessions=7");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 7);
    let n = notice_for(&link.notices, "v");
    assert!(
        n.reason.contains(&format!("version {LINK_VERSION}")),
        "{n:?}"
    );
}

#[test]
fn single_workspace_keys_are_ignored_next_to_a_list() {
    let link = decode_link("p=A~One~10&p=A~Two~20&sessions=999");
    assert_eq!(link.plan.zones[0].profiles.len(), 2);
    assert_eq!(link.plan.peak_sessions(), 30);
    assert!(notice_for(&link.notices, "sessions").reason.contains("p="));
}

#[test]
fn a_list_with_nothing_readable_keeps_the_default_workspace() {
    let link = decode_link("p=&p=");
    assert_eq!(link.plan.zones, Plan::default().zones);
    assert_eq!(link.notices.len(), 3, "{:?}", link.notices);
}

#[test]
fn extra_fields_and_bad_fields_in_a_list_entry_are_listed() {
    // Eight fields, the three optional named-user fields (NU-1), then one too many.
    let link = decode_link("p=Z~W~10~abc~8~1~5~server~200~20~1~extra");
    let w = &link.plan.zones[0].profiles[0];
    assert_eq!((w.sessions, w.cpu_cores, w.ram_gb), (10, 2.0, 8.0));
    assert_eq!(w.named_users, Some(200));
    assert!(w.recording);
    assert_eq!(w.kind, WorkspaceKind::ServerConnection);
    assert_eq!(link.notices.len(), 2, "{:?}", link.notices);
    assert!(link.notices.iter().any(|n| n.reason.contains("extra ones")));
    assert!(link
        .notices
        .iter()
        .any(|n| n.reason.starts_with("cpu: not a number")));
}

#[test]
fn too_many_workspaces_are_capped() {
    let q: Vec<String> = (0..2_050).map(|i| format!("p=Z~W{i}~1")).collect();
    let link = decode_link(&q.join("&"));
    assert_eq!(link.plan.zones[0].profiles.len(), 2_000);
    assert_eq!(
        link.notices
            .iter()
            .filter(|n| n.reason.contains("more than 2000 workspaces"))
            .count(),
        50
    );
}

#[test]
fn too_many_zones_are_capped() {
    let q: Vec<String> = (0..105).map(|i| format!("p=Z{i}~W~1")).collect();
    let link = decode_link(&q.join("&"));
    assert_eq!(link.plan.zones.len(), 100);
    assert_eq!(
        link.notices
            .iter()
            .filter(|n| n.reason.contains("more than 100 zones"))
            .count(),
        5
    );
}

/// Issue 6 (stress): the largest plan the engine sizes, 2,000 workspaces over 100 zones,
/// reopens from its own link, so a big plan survives a reload or a shared link.
#[test]
fn a_plan_at_the_engine_limits_round_trips() {
    let plan = kasm_sizer::engine::stress::stress_plan(100, 5_000);
    assert!(size(&plan).is_ok());
    let query = encode_link(&plan, Some(&plan));
    let link = decode_link(&query);
    assert!(
        link.notices.is_empty(),
        "{:?}",
        &link.notices[..3.min(link.notices.len())]
    );
    assert_eq!(link.plan, plan);
    assert_eq!(link.pinned, Some(plan));
}

#[test]
fn a_huge_link_is_cut_with_a_notice() {
    let q = format!("sessions=9&{}", "x=1&".repeat(70_000));
    let link = decode_link(&q);
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 9);
    assert!(link
        .notices
        .iter()
        .any(|n| n.reason.contains("longer than")));
    assert!(link.notices.len() <= 2 * MAX_PAIRS + 5);
}

#[test]
fn keys_are_read_case_insensitively_and_plus_is_a_space() {
    let link = decode_link("Sessions=42&NAME=Call+centre");
    assert_eq!(link.plan.zones[0].profiles[0].sessions, 42);
    assert_eq!(link.plan.zones[0].profiles[0].name, "Call centre");
    assert!(link.notices.is_empty());
}

#[test]
fn every_encoded_key_is_short_and_readable() {
    let mut p = Plan::default();
    p.zones[0].profiles.push(WorkspaceProfile::default());
    for (k, _) in encode_plan(&p) {
        assert!(
            k.len() <= 18
                && k.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()),
            "{k}"
        );
    }
}

#[test]
fn links_the_engine_would_refuse_open_repaired_with_a_notice_and_results() {
    // Issue 14, item 7: these opened with "Fix the highlighted fields" and empty cards.
    let cases: [(&str, &str, &str); 4] = [
        ("?v=1&host=bad%20host!", "host", "the default kasm.example.com is used"),
        ("?v=1&name=", "name", "\"Desktop\" is used"),
        ("?v=1&zone=%20%20", "zone", "\"Default\" is used"),
        (
            "?v=1&p=Paris~Desktop~100~2~4~0~5~container&p=Paris~Desktop~50~2~4~0~5~container&p=Berlin~Desktop~10~2~4~0~5~container",
            "p",
            "zone \"Paris\" already has a workspace called \"Desktop\"; \"Desktop (2)\" is used",
        ),
    ];
    for (query, key, says) in cases {
        let link = decode_link(query);
        assert!(size(&link.plan).is_ok(), "{query}: {:?}", link.notices);
        let n = notice_for(&link.notices, key);
        assert!(n.reason.contains(says), "{query}: {n:?}");
    }
    let link = decode_link("?v=1&host=bad%20host!");
    assert_eq!(link.plan.load_balancing.hostname, "kasm.example.com");
    assert_eq!(
        notice_for(&link.notices, "host").to_line(),
        "host=bad host!: use letters, digits, dots and hyphens only (and :port); the default kasm.example.com is used"
    );
    let link = decode_link("?v=1&p=Paris~Desktop~100~2~4~0~5~container&p=Paris~Desktop~50~2~4~0~5~container&p=Berlin~Desktop~10~2~4~0~5~container");
    let names: Vec<&str> = link.plan.profiles().map(|(_, p)| p.name.as_str()).collect();
    assert_eq!(names, ["Desktop", "Desktop (2)", "Desktop"]);
    assert_eq!(link.plan.zones[0].profiles[1].sessions, 50);
}

#[test]
fn sessions_adding_up_past_the_limit_are_scaled_down_in_proportion() {
    let link = decode_link("v=1&p=A~X~8000000~2~4~0~5~container&p=A~Y~4000000~2~4~0~5~container");
    let s: Vec<u64> = link.plan.profiles().map(|(_, p)| p.sessions).collect();
    assert_eq!(s, [6_666_667, 3_333_333]);
    assert!(notice_for(&link.notices, "p")
        .reason
        .contains("12,000,000 sessions"));
}

#[test]
fn a_broken_escape_notice_names_the_key_and_its_value_once() {
    // Item 18: the notice read "%zz=%zz=1".
    let link = decode_link("v=1&%zz=1");
    let n = notice_for(&link.notices, "%zz");
    assert_eq!(n.value, "1");
    assert!(
        n.to_line().starts_with("%zz=1: broken percent-encoding"),
        "{}",
        n.to_line()
    );
}
