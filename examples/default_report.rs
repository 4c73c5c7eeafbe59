//! Prints the default plan's report as JSON (used to document the schema).
fn main() {
    let plan = kasm_sizer::engine::Plan::default();
    let report = kasm_sizer::engine::size(&plan).expect("the default plan is valid");
    println!(
        "{}",
        serde_json::to_string_pretty(&serde_json::json!({ "plan": plan, "report": report }))
            .unwrap()
    );
}
