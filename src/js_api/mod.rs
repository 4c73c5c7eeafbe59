//! The sizing engine exposed to JavaScript.
//!
//! Trunk publishes the module's exports as `window.wasmBindings`, so a page script or the
//! browser console can call `window.wasmBindings.size(plan)`; see `docs/schema.md`.

pub mod read;

use crate::engine::{self, FieldError, Plan, Reason};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The error object returned for a plan that cannot be sized.
#[derive(Serialize)]
struct ErrorObject {
    /// Always true, so callers can test `result.error`.
    error: bool,
    /// Every refused field.
    errors: Vec<FieldError>,
}

/// The value as a plain JavaScript object (None becomes null), built by `JSON.parse` from
/// the text of [`crate::export::json_text`].
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    crate::export::json_text::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// Size a plan object (the JSON shape of `docs/schema.md`; missing fields take their
/// defaults). Returns the report object, or `{ error: true, errors: [{ field, reason,
/// message }] }` for a plan that cannot be sized. Never throws.
#[wasm_bindgen(js_name = size)]
pub fn size_js(plan: JsValue) -> JsValue {
    let plan: Plan = match read::read_plan(&plan) {
        Ok(plan) => plan,
        Err(e) => {
            let message = if e.field.is_empty() {
                format!("not a plan: {}", e.message)
            } else {
                e.message
            };
            return to_js(&ErrorObject {
                error: true,
                errors: vec![FieldError {
                    field: e.field,
                    reason: Reason::Malformed,
                    message,
                }],
            });
        }
    };
    match engine::size(&plan) {
        Ok(report) => to_js(&report),
        Err(errors) => to_js(&ErrorObject {
            error: true,
            errors,
        }),
    }
}

/// The default plan (the guide's worked example), as a starting point for scripts.
#[wasm_bindgen(js_name = defaultPlan)]
pub fn default_plan_js() -> JsValue {
    to_js(&Plan::default())
}

/// The instance catalogue (IC-1): every type with its provider, family, vCPU, memory in
/// GiB (`null` for OCI Flex shapes, which take OCPUs and memory), whether it is burstable,
/// and where its figures come from. No prices: they travel in the plan.
#[wasm_bindgen(js_name = instanceTypes)]
pub fn instance_types_js() -> JsValue {
    to_js(&engine::catalogue::instance_types())
}

/// Test hook for the end-to-end suite: panics on purpose, so the test can check that the
/// page shows its recovery box instead of dying silently. Harmless: it only stops this page.
#[wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("simulated panic (test hook)");
}
