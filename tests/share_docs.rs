//! docs/plan-links.md documents every link parameter the codec reads, with its default.

use kasm_sizer::engine::{Plan, WorkspaceProfile};
use kasm_sizer::share::params::{PLAN_PARAMS, PROFILE_PARAMS};

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/plan-links.md"))
        .expect("docs/plan-links.md exists")
}

fn row_for(doc: &str, key: &str) -> Option<String> {
    doc.lines()
        .find(|l| l.starts_with(&format!("| `{key}` |")))
        .map(str::to_string)
}

#[test]
fn every_parameter_has_a_row_with_its_unit_default_and_range() {
    let doc = doc();
    let plan = Plan::default();
    let profile = WorkspaceProfile::default();
    let rows = PROFILE_PARAMS
        .iter()
        .map(|p| (p.key, p.unit, p.range, (p.get)(&profile)))
        .chain(
            PLAN_PARAMS
                .iter()
                .map(|p| (p.key, p.unit, p.range, (p.get)(&plan))),
        );
    for (key, unit, range, default) in rows {
        let row = row_for(&doc, key).unwrap_or_else(|| panic!("no row for `{key}`"));
        assert!(
            row.contains(&format!("| {unit} |")),
            "{key}: unit {unit}: {row}"
        );
        assert!(
            row.contains(&format!("| `{default}` |")),
            "{key}: default {default}: {row}"
        );
        assert!(
            row.contains(&format!("| {range} |")),
            "{key}: range {range}: {row}"
        );
    }
}

#[test]
fn the_list_and_version_keys_are_documented() {
    let doc = doc();
    for key in ["v", "zone", "p", "z", "zones"] {
        assert!(row_for(&doc, key).is_some(), "no row for `{key}`");
    }
}

#[test]
fn the_example_links_open_without_notices() {
    let doc = doc();
    let examples: Vec<&str> = doc
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("`?v="))
        .map(|l| l.trim_matches('`'))
        .collect();
    assert_eq!(examples.len(), 4);
    for q in &examples {
        let link = kasm_sizer::share::decode_link(q);
        assert!(link.notices.is_empty(), "{q}: {:?}", link.notices);
        // Re-encoding gives the documented link back: the examples are canonical.
        let again = kasm_sizer::share::encode_link(&link.plan, link.pinned.as_ref());
        assert_eq!(format!("?{again}"), *q);
    }
    let second = kasm_sizer::share::decode_link(examples[1]).plan;
    assert_eq!(second.zones.len(), 2);
    assert_eq!(second.zones[0].profiles[1].name, "Dev~Ops!");
    assert_eq!(second.peak_sessions(), 365);
}

#[test]
fn the_readme_example_links_open_without_notices() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let examples: Vec<&str> = readme.split('`').filter(|s| s.starts_with("?v=")).collect();
    assert!(examples.len() >= 2, "two example links in the README");
    for q in examples {
        let link = kasm_sizer::share::decode_link(q);
        assert!(link.notices.is_empty(), "{q}: {:?}", link.notices);
    }
}
