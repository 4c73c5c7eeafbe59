//! The sizing engine exposed to JavaScript.
//!
//! Trunk publishes the module's exports as `window.wasmBindings`, so a page script or the
//! browser console can call `window.wasmBindings.size(plan)`; see `docs/schema.md`. Plans
//! come in through serde-wasm-bindgen's `from_value` (after [`guard::check`] has bounded
//! their lists and texts), with the path of a refused field from serde_path_to_error;
//! reports and refusals go out as plain objects through its JSON-compatible serializer.

pub mod guard;

use crate::engine::{self, FieldError, Plan, RolePrices};
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

/// The value as a plain JavaScript object: maps as objects, `None` as null, every number a
/// JavaScript number.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// Read a plan object (the JSON shape of `docs/schema.md`; missing fields take their
/// defaults, unknown ones are ignored), or the refusal of the first field that cannot be
/// read, with its path (`zones[0].profiles[1].cpu_cores`).
pub fn read_plan(value: &JsValue) -> Result<Plan, FieldError> {
    guard::check(value)?;
    read_at(value, "").map_err(|e| {
        // serde cannot name a field of a flattened struct: `costs` holds the monthly prices
        // directly, so a refusal of `costs` itself is looked for in those prices alone.
        let costs = js_sys::Reflect::get(value, &JsValue::from_str("costs"));
        match costs {
            Ok(costs) if e.field == "costs" => {
                read_at::<RolePrices>(&costs, "costs").err().unwrap_or(e)
            }
            _ => e,
        }
    })
}

/// Read a `T` from `value`, the part of a plan at `path`; a refusal names the field.
fn read_at<T: serde::de::DeserializeOwned>(value: &JsValue, path: &str) -> Result<T, FieldError> {
    let de = serde_wasm_bindgen::Deserializer::from(value.clone());
    serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.path().to_string();
        let field = match (path, inner.as_str()) {
            (_, ".") => path.to_string(),
            ("", inner) => inner.to_string(),
            (path, inner) => format!("{path}.{inner}"),
        };
        FieldError::malformed(&field, e.into_inner().to_string())
    })
}

/// Size a plan object. Returns the report object, or `{ error: true, errors: [{ field,
/// reason, message }] }` for a plan that cannot be sized. Never throws.
#[wasm_bindgen(js_name = size)]
pub fn size_js(plan: JsValue) -> JsValue {
    let answer = read_plan(&plan)
        .map_err(|e| vec![e])
        .and_then(|plan| engine::size(&plan));
    match answer {
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
