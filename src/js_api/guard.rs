//! Bounds on what JavaScript hands the API, checked before any of it is copied into wasm
//! memory.
//!
//! A list or text from JavaScript can be as long as the browser allows, and reading it
//! through serde copies it into wasm memory: every text in full, and a value of the wrong
//! kind quoted whole in serde-wasm-bindgen's error message. `size({zones: new Array(1e8)})`
//! must be refused, not trap the page. So the plan object is walked first along the JSON
//! shape of a plan with every optional part set ([`shape`]), only its known fields (unknown
//! ones are never read), and refused with the field's path where:
//!
//! - a list is longer than the engine accepts ([`MAX_ZONES`] zones, [`MAX_PROFILES`]
//!   workspace profiles over all zones, [`WEEKDAYS`] days of a schedule), judged from its
//!   length before any item is read;
//! - a text is longer than the engine accepts (names beyond twice [`MAX_NAME_CHARS`] UTF-16
//!   units, so surely beyond that many characters, currencies beyond twice
//!   [`MAX_CURRENCY_CHARS`]; host names beyond [`MAX_HOSTNAME_CHARS`]; codes, type ids and
//!   other values beyond [`MAX_CODE_UNITS`]);
//! - an object is expected and something other than an object or null is given, or a
//!   plain value is expected and an object or array is given (other than a one-key object
//!   such as `{"ratio": 2}`);
//! - in `costs`, which serde reads entry by entry (its monthly prices are flattened into
//!   it), an unknown field holds more than a plain value, or there are more than
//!   [`MAX_FIELDS`] fields.
//!
//! Everything else, null and kinds of plain values included, is serde's to judge.

use js_sys::{Array, JsString, Object, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::validate::{
    MAX_CURRENCY_CHARS, MAX_HOSTNAME_CHARS, MAX_NAME_CHARS, MAX_PROFILES, MAX_ZONES,
};
use crate::engine::{BusyHours, FieldError, Plan, WEEKDAYS};

/// Longest code or other plain text accepted where the plan holds no name (UTF-16 units):
/// the longest code is 21 characters (`network_load_balancer`).
pub const MAX_CODE_UNITS: u32 = 64;

/// Most fields of an object serde reads entry by entry (`costs`).
pub const MAX_FIELDS: u32 = 64;

/// Objects serde reads entry by entry, unknown fields included (a `#[serde(flatten)]`).
const READ_WHOLE: [&str; 1] = ["costs"];

/// The JSON shape the walk follows: the default plan with every optional part set, so that
/// each field the plan can hold is in it (a schedule's day as its object, a retired field
/// that is only ever read).
pub fn shape() -> Value {
    let mut plan = Plan::default();
    plan.agents.sessions_per_instance = Some(0);
    let day = BusyHours {
        start_hour: 0.0,
        end_hour: 0.0,
    };
    plan.agents
        .autoscale
        .schedule
        .iter_mut()
        .for_each(|d| *d = Some(day));
    let c = &mut plan.cloud;
    for role in [&mut c.web_app, &mut c.database, &mut c.agent, &mut c.proxy] {
        role.type_id = Some(String::new());
    }
    serde_json::to_value(plan).unwrap_or(Value::Null)
}

/// Refuse a plan object whose lists, texts or objects go beyond what the engine accepts,
/// naming the first such field; nothing of it is copied into wasm memory.
pub fn check(plan: &JsValue) -> Result<(), FieldError> {
    if !is_record(plan) {
        return Err(FieldError::malformed("", "not a plan: expected an object"));
    }
    Walk { profiles: 0 }.value(plan, &shape(), "", "")
}

/// A plain object: not null, an array or a function.
fn is_record(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

/// An object, array or function: what a plain value must not be.
fn is_composite(v: &JsValue) -> bool {
    v.is_object() || v.is_function()
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// What a plain value of the default plan's kind should be, for a refusal.
fn expected(shape: &Value) -> &'static str {
    match shape {
        Value::Bool(_) => "expected true or false",
        Value::Number(_) => "expected a number",
        Value::Null => "expected a number or null",
        _ => "expected one of its codes (see docs/schema.md)",
    }
}

/// The walk's running count of workspace profiles over all zones.
struct Walk {
    profiles: usize,
}

impl Walk {
    fn value(
        &mut self,
        v: &JsValue,
        shape: &Value,
        path: &str,
        key: &str,
    ) -> Result<(), FieldError> {
        match shape {
            // Null has no size: serde reads it as None or refuses it.
            Value::Object(_) | Value::Array(_) if v.is_null() => Ok(()),
            Value::Object(fields) => {
                if !is_record(v) {
                    return Err(FieldError::malformed(path, "expected an object"));
                }
                if READ_WHOLE.contains(&path) {
                    read_whole(v, fields, path)?;
                }
                for (k, sub) in fields {
                    let field = join(path, k);
                    let item = Reflect::get(v, &JsValue::from_str(k))
                        .map_err(|_| FieldError::malformed(&field, "could not be read"))?;
                    if !item.is_undefined() {
                        self.value(&item, sub, &field, k)?;
                    }
                }
                Ok(())
            }
            Value::Array(items) => {
                let Some(list) = v.dyn_ref::<Array>() else {
                    return Err(FieldError::malformed(path, "expected an array"));
                };
                self.length(path, list.length() as usize)?;
                let Some(item_shape) = items.first() else {
                    return Ok(());
                };
                for (i, item) in list.iter().enumerate() {
                    self.value(&item, item_shape, &format!("{path}[{i}]"), key)?;
                }
                Ok(())
            }
            _ => plain(v, shape, path, key),
        }
    }

    /// The zone list, a schedule's days, or a zone's profiles (counted over all zones).
    fn length(&mut self, path: &str, len: usize) -> Result<(), FieldError> {
        if path == "zones" {
            if len > MAX_ZONES {
                return Err(FieldError::too_many_zones(path));
            }
            return Ok(());
        }
        if !path.ends_with(".profiles") {
            // A schedule: the engine takes exactly one entry per weekday.
            if len > WEEKDAYS.len() {
                return Err(FieldError::too_many(path, WEEKDAYS.len(), "days"));
            }
            return Ok(());
        }
        self.profiles = self.profiles.saturating_add(len);
        if self.profiles > MAX_PROFILES {
            return Err(FieldError::too_many_profiles(path));
        }
        Ok(())
    }
}

/// The fields of `v`, an object serde reads whole, not in the plan's `fields`: each a plain
/// value, and not too many of them.
fn read_whole(
    v: &JsValue,
    fields: &serde_json::Map<String, Value>,
    path: &str,
) -> Result<(), FieldError> {
    let keys = Object::keys(v.unchecked_ref::<Object>());
    if keys.length() > MAX_FIELDS {
        return Err(FieldError::malformed(
            path,
            format!("at most {MAX_FIELDS} fields"),
        ));
    }
    for k in keys.iter() {
        let Some(name) = k.dyn_ref::<JsString>() else {
            continue;
        };
        if name.length() > MAX_CODE_UNITS {
            return Err(FieldError::malformed(
                path,
                format!("a field name longer than {MAX_CODE_UNITS} characters"),
            ));
        }
        let name = String::from(name);
        if fields.contains_key(&name) {
            continue;
        }
        let field = join(path, &name);
        let item =
            Reflect::get(v, &k).map_err(|_| FieldError::malformed(&field, "could not be read"))?;
        if is_composite(&item) {
            return Err(FieldError::malformed(&field, "expected a plain value"));
        }
        if let Some(text) = item.dyn_ref::<JsString>() {
            text_within(text, &field, "", &Value::Null)?;
        }
    }
    Ok(())
}

/// A plain value at `key`: a short text, a number or flag, or a one-key object of one.
fn plain(v: &JsValue, shape: &Value, path: &str, key: &str) -> Result<(), FieldError> {
    if let Some(text) = v.dyn_ref::<JsString>() {
        return text_within(text, path, key, shape);
    }
    if !is_composite(v) {
        return Ok(());
    }
    // An enum with data, such as an override's `{"absolute": 96}`: one short key, a plain value.
    let keys = is_record(v).then(|| Object::keys(v.unchecked_ref::<Object>()));
    match keys {
        Some(keys) if keys.length() == 1 => {
            let k = keys.get(0);
            let item = Reflect::get(v, &k)
                .map_err(|_| FieldError::malformed(path, "could not be read"))?;
            let short = k
                .dyn_ref::<JsString>()
                .is_some_and(|k| k.length() <= MAX_CODE_UNITS);
            if short && !is_composite(&item) {
                return match item.dyn_ref::<JsString>() {
                    Some(text) => text_within(text, path, "", shape),
                    None => Ok(()),
                };
            }
            Err(FieldError::malformed(path, expected(shape)))
        }
        _ => Err(FieldError::malformed(path, expected(shape))),
    }
}

/// A text at `key` no longer than the engine accepts there.
fn text_within(text: &JsString, path: &str, key: &str, shape: &Value) -> Result<(), FieldError> {
    let units = text.length() as usize;
    match key {
        "name" if units > 2 * MAX_NAME_CHARS => Err(FieldError::too_long(path, MAX_NAME_CHARS)),
        "currency" if units > 2 * MAX_CURRENCY_CHARS => Err(FieldError::currency_too_long(path)),
        "hostname" if units > MAX_HOSTNAME_CHARS => {
            Err(FieldError::too_long(path, MAX_HOSTNAME_CHARS))
        }
        "name" | "currency" | "hostname" => Ok(()),
        _ if units > MAX_CODE_UNITS as usize => Err(FieldError::malformed(path, expected(shape))),
        _ => Ok(()),
    }
}
