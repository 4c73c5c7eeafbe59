//! Fuzzing the link decoder: arbitrary text and arbitrary key-value pairs never panic and
//! always give a plan plus notices (a bounded number of cases, so it runs in `cargo test`).
#![cfg(not(target_arch = "wasm32"))]

use kasm_sizer::engine::Plan;
use kasm_sizer::share::{decode_link, decode_plan, encode_link};
use proptest::prelude::*;

/// Keys the decoder knows, so random values reach the value parsers, not only "unknown key".
const KEYS: &[&str] = &[
    "v",
    "p",
    "z",
    "zones",
    "zone",
    "name",
    "sessions",
    "cpu",
    "ram",
    "rec",
    "disk",
    "kind",
    "arch",
    "usecase",
    "agent_cpu",
    "agent_cpu_override",
    "disk_limit",
    "cost_web",
    "host",
    "a.v",
    "a.p",
    "a.sessions",
    "hc_interval",
    "standby",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(KEYS).prop_map(String::from),
        ".{0,12}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[0-9.eE+x-]{0,12}",
        "[~!%0-9A-Fa-z]{0,30}",
        "(none|nan|inf|-0|1e308|x0|x-1|container|server|d2a|%ZZ|%C3)",
    ]
}

/// What every decoded link must satisfy, whatever went in.
fn check_sane(plan: &Plan) -> Result<(), TestCaseError> {
    prop_assert!(plan.zones.len() <= 50);
    prop_assert!(plan.profiles().count() <= 200);
    for (_, w) in plan.profiles() {
        prop_assert!(w.cpu_cores.is_finite() && w.cpu_cores > 0.0);
        prop_assert!(w.ram_gb.is_finite() && w.ram_gb > 0.0);
        prop_assert!(w.name.chars().count() <= 64);
        prop_assert!(!w.name.chars().any(char::is_control));
    }
    prop_assert!(plan.agents.cpus.is_finite() && plan.agents.cpus > 0.0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(q in ".{0,300}") {
        let link = decode_link(&q);
        check_sane(&link.plan)?;
    }

    #[test]
    fn arbitrary_query_shaped_text_never_panics(q in "[a-z._=&%~!0-9A-F+<>]{0,200}") {
        let link = decode_link(&q);
        check_sane(&link.plan)?;
        if let Some(a) = &link.pinned {
            check_sane(a)?;
        }
    }

    #[test]
    fn arbitrary_pairs_never_panic_and_every_bad_one_is_listed(
        pairs in proptest::collection::vec((key(), value()), 0..30)
    ) {
        let (plan, notices) = decode_plan(&pairs);
        check_sane(&plan)?;
        // A link with no usable part reports at least one notice per unusable key.
        let known_and_clean = pairs.iter().all(|(k, _)| KEYS.contains(&k.as_str()));
        if !known_and_clean {
            prop_assert!(!notices.is_empty());
        }
    }

    #[test]
    fn reencoding_a_decoded_link_is_stable(q in "[a-z_=&~!0-9.]{0,120}") {
        // Whatever a link held, the plan it opened as writes a link that opens as itself.
        let first = decode_link(&q);
        let again = decode_link(&encode_link(&first.plan, first.pinned.as_ref()));
        prop_assert_eq!(&again.plan, &first.plan);
        prop_assert_eq!(&again.pinned, &first.pinned);
    }
}
