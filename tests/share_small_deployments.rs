//! Plan links for small deployments: the single server (SS-1, SS-3) and named users (NU-1)
//! travel under readable keys, old links open unchanged, bad values are repaired with a notice.

use kasm_sizer::engine::*;
use kasm_sizer::share::{decode_link, encode_link};

fn school() -> Plan {
    let mut plan = Plan {
        deployment: Deployment::SingleServer,
        single_server: SingleServerPlan {
            reserve: Reserve::Limits,
        },
        ..Plan::default()
    };
    let p = &mut plan.zones[0].profiles[0];
    p.sessions = 40;
    p.named_users = Some(200);
    p.concurrency_percent = 20.0;
    plan
}

#[test]
fn ss_1_nu_1_a_school_link_is_readable_and_round_trips() {
    let q = encode_link(&school(), None);
    assert_eq!(
        q,
        "v=2&sessions=40&users=200&concurrency=20&deploy=single&reserve=limits"
    );
    let link = decode_link(&q);
    assert!(link.notices.is_empty(), "{:?}", link.notices);
    assert_eq!(link.plan, school());
    // The same plan in the JSON shape of docs/schema.md sizes the same.
    let json: Plan = serde_json::from_value(serde_json::json!({
        "deployment": "single_server",
        "single_server": { "reserve": "limits" },
        "zones": [{ "name": "Default", "profiles": [{
            "name": "Desktop", "sessions": 40, "named_users": 200, "concurrency_percent": 20
        }]}]
    }))
    .unwrap();
    assert_eq!(size(&json), size(&link.plan));
}

#[test]
fn nu_1_list_entries_carry_named_users_only_when_used() {
    let mut plan = school();
    plan.zones[0].profiles.push(WorkspaceProfile {
        name: "Lab".into(),
        sessions: 12,
        ..WorkspaceProfile::default()
    });
    let q = encode_link(&plan, None);
    assert!(
        q.contains(
            "p=Default~Desktop~40~2~4~0~5~container~200~20~1&p=Default~Lab~12~2~4~0~5~container&"
        ),
        "{q}"
    );
    let link = decode_link(&q);
    assert!(link.notices.is_empty(), "{:?}", link.notices);
    assert_eq!(link.plan, plan);
}

#[test]
fn nu_1_links_made_before_named_users_open_unchanged() {
    // Eight-field entries and single-workspace keys, as every earlier link wrote them.
    let old =
        "v=1&p=Paris~Office~300~2~4~0~5~container&p=Berlin~Jump%20hosts~25~2~4~0~0~server&arch=d2a";
    let link = decode_link(old);
    assert!(link.notices.is_empty(), "{:?}", link.notices);
    assert!(link.plan.profiles().all(|(_, p)| p.named_users.is_none()));
    assert_eq!(link.plan.deployment, Deployment::Distributed);
    // Written again by this build: the same keys under its link version.
    assert_eq!(format!("v=2{}", &old[3..]), encode_link(&link.plan, None));
    let link = decode_link("sessions=1000");
    assert!(link.notices.is_empty());
    assert_eq!(link.plan.peak_sessions(), 1000);
}

#[test]
fn ss_3_nu_1_bad_values_keep_their_defaults_with_a_notice() {
    let link = decode_link(
        "v=1&sessions=40&users=-3&concurrency=150&per_user=0&deploy=cloud&reserve=all&agent_cpu=32",
    );
    let p = &link.plan.zones[0].profiles[0];
    assert_eq!(
        (
            p.sessions,
            p.named_users,
            p.concurrency_percent,
            p.sessions_per_user
        ),
        (40, None, 100.0, 1)
    );
    assert_eq!(link.plan.deployment, Deployment::Distributed);
    assert_eq!(link.plan.single_server.reserve, Reserve::Requests);
    assert_eq!(link.plan.agents.cpus, 32.0, "the rest of the link is used");
    let reasons: Vec<String> = link.notices.iter().map(|n| n.to_line()).collect();
    assert_eq!(
        reasons,
        [
            "users=-3: not a whole number; the default none is used",
            "concurrency=150: above the largest accepted value 100; the default 100 is used",
            "per_user=0: below the smallest accepted value 1; the default 1 is used",
            "deploy=cloud: not one of dist, single; the default dist is used",
            "reserve=all: not one of none, requests, limits; the default requests is used",
        ]
    );
}

#[test]
fn nu_1_a_list_entry_cut_inside_the_named_user_fields_says_so() {
    let link = decode_link("p=Z~W~10~2~4~0~5~container~200");
    let w = &link.plan.zones[0].profiles[0];
    assert_eq!((w.named_users, w.concurrency_percent), (Some(200), 100.0));
    assert_eq!(link.notices.len(), 1, "{:?}", link.notices);
    assert!(link.notices[0].reason.contains(
        "has 9 of 11 fields (the link may be cut); defaults used for concurrency, per_user"
    ));
}

#[test]
fn ss_1_ss_3_nu_1_links_the_engine_would_refuse_are_repaired_with_a_notice() {
    // SS-1: a single server below Kasm's 2 cores gets the default agent CPU back.
    let link = decode_link("v=1&deploy=single&agent_cpu=1");
    assert_eq!(link.plan.agents.cpus, 16.0);
    assert!(size(&link.plan).is_ok());
    assert!(
        link.notices
            .iter()
            .any(|n| n.key == "agent_cpu" && n.reason.contains("at least 2 CPU cores")),
        "{:?}",
        link.notices
    );
    // SS-3: a reserve that leaves a 2-core server nothing keeps none instead.
    let link = decode_link("v=1&deploy=single&agent_cpu=2&agent_ram=4&reserve=limits");
    assert_eq!(link.plan.single_server.reserve, Reserve::None);
    assert!(size(&link.plan).is_ok());
    assert!(
        link.notices
            .iter()
            .any(|n| n.key == "reserve" && n.reason.ends_with("none is kept")),
        "{:?}",
        link.notices
    );
    // NU-1: named users whose peak is beyond the engine's limit fall back to the sessions.
    let link = decode_link("v=1&sessions=40&users=1000000000&per_user=100");
    let p = &link.plan.zones[0].profiles[0];
    assert_eq!((p.named_users, p.sessions), (None, 40));
    assert!(size(&link.plan).is_ok());
    assert!(
        link.notices.iter().any(|n| n.key == "users"),
        "{:?}",
        link.notices
    );
}

#[test]
fn nu_1_named_users_adding_up_past_the_limit_are_scaled_like_sessions() {
    // Two workspaces of 6,000,000 named users each: 12,000,000 sessions, scaled down in
    // proportion to the 10,000,000 the sizer takes, as session counts.
    let link = decode_link(
        "v=1&p=Z~A~0~2~4~0~5~container~6000000~100~1&p=Z~B~0~2~4~0~5~container~6000000~100~1",
    );
    assert_eq!(link.plan.peak_sessions(), 10_000_000);
    assert!(link.plan.profiles().all(|(_, p)| p.named_users.is_none()));
    assert!(size(&link.plan).is_ok());
    assert!(
        link.notices
            .iter()
            .any(|n| n.reason.contains("scaled down")),
        "{:?}",
        link.notices
    );
}
