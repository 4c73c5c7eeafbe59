//! docs/schema.md's complete example is exactly what the engine produces, so the docs stay true.

use kasm_sizer::engine::{size, Plan, Report};

fn json_blocks(doc: &str) -> Vec<String> {
    doc.split("```json\n")
        .skip(1)
        .filter_map(|b| b.split("\n```").next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_documented_example_matches_the_engine() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/schema.md")).unwrap();
    let blocks = json_blocks(&doc);
    assert_eq!(blocks.len(), 2, "expected the plan and the report blocks");
    let plan: Plan = serde_json::from_str(&blocks[0]).unwrap();
    assert_eq!(plan, Plan::default());
    let report: Report = serde_json::from_str(&blocks[1]).unwrap();
    assert_eq!(
        report,
        size(&plan).unwrap(),
        "run python3 scripts/update-schema-doc.py"
    );
}

#[test]
fn a_partial_plan_takes_defaults_for_missing_fields() {
    let plan: Plan = serde_json::from_str(
        r#"{ "zones": [{ "name": "Lab", "profiles": [{ "name": "Chrome", "sessions": 40 }] }] }"#,
    )
    .unwrap();
    let report = size(&plan).unwrap();
    assert_eq!(report.peak_sessions, 40);
    assert_eq!(report.agents.zones[0].sessions_per_server, 8.0);
}
