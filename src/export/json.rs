//! The plan and its report as one JSON document.

use serde::{Deserialize, Serialize};

use crate::engine::{Plan, Report};

/// Value of the `format` field, so a reader can tell what the file is.
pub const EXPORT_FORMAT: &str = "kasm-sizer";
/// Version of the export document; the plan and report carry their own `version` too.
pub const EXPORT_VERSION: u32 = 1;

/// The exported document: `{ "format": "kasm-sizer", "version": 1, "plan": .., "report": .. }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`EXPORT_VERSION`] when written by this build.
    pub version: u32,
    /// The plan, in the engine's JSON shape (`docs/schema.md`).
    pub plan: Plan,
    /// The report for that plan, or `null` when the plan does not size.
    pub report: Option<Report>,
}

/// The plan and report as pretty-printed JSON.
pub fn to_json(plan: &Plan, report: Option<&Report>) -> String {
    let doc = Export {
        format: EXPORT_FORMAT.to_string(),
        version: EXPORT_VERSION,
        plan: plan.clone(),
        report: report.cloned(),
    };
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
