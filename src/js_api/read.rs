//! Reads a plan from a JavaScript object, the JSON shape of `docs/schema.md`: every field may
//! be left out and then keeps its default, unknown fields are ignored, and a field of the
//! wrong kind is refused with its path.
//!
//! Why not serde? `#[derive(Deserialize)]` with serde-wasm-bindgen compiled to about 25 KB
//! of wasm (a visitor per struct and enum, and error messages that pull in float
//! formatting), a tenth of the page's first load. Reading the few dozen fields by name is a
//! small fraction of that. The browser tests (`tests/js_api_read.rs`) check that it reads
//! every plan exactly as serde does.

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::{
    AgentPlan, AutoscalePlan, BusyHours, CloudPlan, Costs, DatabasePlan, InstanceChoice,
    LoadBalancingPlan, Override, Plan, ProxyPlan, RolePrices, WebAppPlan, WorkspaceProfile, Zone,
};
use crate::form::{
    alloc_code, arch_code, db_code, kind_code, lb_code, load_code, logging_code, mode_code,
    provider_code, use_case_code,
};

/// A field that cannot be read: its dotted path and what it should have been.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    /// `zones[0].profiles[1].sessions`; empty for the plan itself.
    pub field: String,
    /// What was expected, e.g. `expected a whole number`.
    pub message: String,
}

type Read<T> = Result<T, ReadError>;

/// An object being read and its path.
struct Obj<'a> {
    value: &'a JsValue,
    path: &'a str,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn refuse<T>(field: String, expected: &str) -> Read<T> {
    Err(ReadError {
        field,
        message: format!("expected {expected}"),
    })
}

/// An object with fields; arrays and plain values are not.
fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

/// Objects are read field by field; arrays and plain values are not objects.
fn as_object<'a>(value: &'a JsValue, path: &'a str) -> Read<Obj<'a>> {
    if is_plain_object(value) {
        Ok(Obj { value, path })
    } else {
        refuse(path.to_string(), "an object")
    }
}

/// The largest integer a JavaScript number holds exactly (2^53 - 1).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

fn whole(v: &JsValue) -> Option<u64> {
    let n = v.as_f64()?;
    ((0.0..=MAX_SAFE).contains(&n) && n.fract() == 0.0).then_some(n as u64)
}

fn small_whole(v: &JsValue) -> Option<u32> {
    whole(v).and_then(|n| u32::try_from(n).ok())
}

fn optional_number(v: &JsValue) -> Option<Option<f64>> {
    if v.is_null() {
        Some(None)
    } else {
        v.as_f64().map(Some)
    }
}

fn optional_whole(v: &JsValue) -> Option<Option<u64>> {
    if v.is_null() {
        Some(None)
    } else {
        whole(v).map(Some)
    }
}

fn optional_text(v: &JsValue) -> Option<Option<String>> {
    if v.is_null() {
        Some(None)
    } else {
        v.as_string().map(Some)
    }
}

/// `"none"`, `{ "absolute": 96 }` or `{ "ratio": 2 }`.
fn override_of(v: &JsValue) -> Option<Override> {
    if v.as_string().as_deref() == Some("none") {
        return Some(Override::None);
    }
    if !is_plain_object(v) {
        return None;
    }
    let keys = js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>());
    if keys.length() != 1 {
        return None;
    }
    let key = keys.get(0).as_string()?;
    let n = Reflect::get(v, &keys.get(0)).ok()?.as_f64()?;
    match key.as_str() {
        "absolute" => Some(Override::Absolute(n)),
        "ratio" => Some(Override::Ratio(n)),
        _ => None,
    }
}

/// A choice's code table (`"direct_to_agent"` to `Architecture::DirectToAgent`), shared
/// with the form.
type Codes<T> = fn(Option<&str>, Option<T>) -> (Option<&'static str>, Option<T>);

impl Obj<'_> {
    /// The field `key`, or `None` when it is left out (missing or `undefined`).
    fn get(&self, key: &str) -> Option<JsValue> {
        let v = Reflect::get(self.value, &JsValue::from_str(key)).ok()?;
        (!v.is_undefined()).then_some(v)
    }

    /// Overwrite `slot` with field `key` when it is given; `expected` names its kind.
    fn set<T>(
        &self,
        key: &str,
        slot: &mut T,
        expected: &str,
        read: fn(&JsValue) -> Option<T>,
    ) -> Read<()> {
        self.fill(key, slot, expected, self.get(key).map(|v| read(&v)))
    }

    /// Put `read` (the field's value: `None` when left out, `Some(None)` when of the wrong
    /// kind) into `slot`.
    fn fill<T>(
        &self,
        key: &str,
        slot: &mut T,
        expected: &str,
        read: Option<Option<T>>,
    ) -> Read<()> {
        match read {
            None => Ok(()),
            Some(Some(x)) => {
                *slot = x;
                Ok(())
            }
            Some(None) => refuse(join(self.path, key), expected),
        }
    }

    fn whole(&self, key: &str, slot: &mut u64) -> Read<()> {
        self.set(key, slot, "a whole number", whole)
    }

    fn number(&self, key: &str, slot: &mut f64) -> Read<()> {
        self.set(key, slot, "a number", JsValue::as_f64)
    }

    fn optional_number(&self, key: &str, slot: &mut Option<f64>) -> Read<()> {
        self.set(key, slot, "a number or null", optional_number)
    }

    fn text(&self, key: &str, slot: &mut String) -> Read<()> {
        self.set(key, slot, "a string", JsValue::as_string)
    }

    fn flag(&self, key: &str, slot: &mut bool) -> Read<()> {
        self.set(key, slot, "true or false", JsValue::as_bool)
    }

    fn choice<T>(&self, key: &str, slot: &mut T, table: Codes<T>) -> Read<()> {
        let read = self
            .get(key)
            .map(|v| table(Some(v.as_string()?.as_str()), None).1);
        self.fill(key, slot, "one of its codes (see docs/schema.md)", read)
    }

    /// Read the object at `key` into `slot` (which keeps the defaults of what is left out).
    fn part<T>(&self, key: &str, slot: &mut T, read: fn(&Obj, &mut T) -> Read<()>) -> Read<()> {
        if let Some(v) = self.get(key) {
            let path = join(self.path, key);
            read(&as_object(&v, &path)?, slot)?;
        }
        Ok(())
    }

    /// Read the array at `key`, each item from a default `T`.
    fn list<T: Default>(
        &self,
        key: &str,
        slot: &mut Vec<T>,
        read: fn(&Obj, &mut T) -> Read<()>,
    ) -> Read<()> {
        let Some(v) = self.get(key) else {
            return Ok(());
        };
        let path = join(self.path, key);
        if !Array::is_array(&v) {
            return refuse(path, "an array");
        }
        let items: Array = v.unchecked_into();
        *slot = Vec::with_capacity(items.length() as usize);
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            let mut t = T::default();
            read(&as_object(&item, &item_path)?, &mut t)?;
            slot.push(t);
        }
        Ok(())
    }
}

fn profile(o: &Obj, p: &mut WorkspaceProfile) -> Read<()> {
    o.text("name", &mut p.name)?;
    o.whole("sessions", &mut p.sessions)?;
    o.number("cpu_cores", &mut p.cpu_cores)?;
    o.number("ram_gb", &mut p.ram_gb)?;
    o.flag("recording", &mut p.recording)?;
    o.number("disk_per_session_gb", &mut p.disk_per_session_gb)?;
    o.choice("kind", &mut p.kind, kind_code)
}

fn zone(o: &Obj, z: &mut Zone) -> Read<()> {
    o.text("name", &mut z.name)?;
    o.list("profiles", &mut z.profiles, profile)
}

fn web_app(o: &Obj, w: &mut WebAppPlan) -> Read<()> {
    o.choice("architecture", &mut w.architecture, arch_code)?;
    o.choice("use_case", &mut w.use_case, use_case_code)?;
    o.whole(
        "custom_standard_per_server",
        &mut w.custom_standard_per_server,
    )?;
    o.whole("custom_direct_per_server", &mut w.custom_direct_per_server)?;
    o.whole("redundancy", &mut w.redundancy)
}

fn load_balancing(o: &Obj, l: &mut LoadBalancingPlan) -> Read<()> {
    o.choice("method", &mut l.method, lb_code)?;
    o.number("health_check_interval_s", &mut l.health_check_interval_s)?;
    o.whole("failures_to_remove", &mut l.failures_to_remove)?;
    o.number("dns_ttl_s", &mut l.dns_ttl_s)?;
    o.whole("lb_redundancy", &mut l.lb_redundancy)?;
    o.text("hostname", &mut l.hostname)
}

fn agents(o: &Obj, a: &mut AgentPlan) -> Read<()> {
    const OVERRIDE: &str = "\"none\", { \"absolute\": n } or { \"ratio\": n }";
    o.choice("mode", &mut a.mode, mode_code)?;
    o.number("cpus", &mut a.cpus)?;
    o.number("ram_gb", &mut a.ram_gb)?;
    o.set("cpu_override", &mut a.cpu_override, OVERRIDE, override_of)?;
    o.set("ram_override", &mut a.ram_override, OVERRIDE, override_of)?;
    o.whole("redundancy", &mut a.redundancy)?;
    o.set(
        "sessions_per_instance",
        &mut a.sessions_per_instance,
        "a whole number or null",
        optional_whole,
    )?;
    o.choice("cpu_allocation", &mut a.cpu_allocation, alloc_code)?;
    o.optional_number("disk_limit_gb", &mut a.disk_limit_gb)?;
    o.part("autoscale", &mut a.autoscale, autoscale)
}

fn autoscale(o: &Obj, a: &mut AutoscalePlan) -> Read<()> {
    o.whole("baseline_sessions", &mut a.baseline_sessions)?;
    o.number("arrivals_per_minute", &mut a.arrivals_per_minute)?;
    o.number("startup_s", &mut a.startup_s)?;
    o.whole(
        "off_hours_standby_sessions",
        &mut a.off_hours_standby_sessions,
    )?;
    o.number("downscale_backoff_s", &mut a.downscale_backoff_s)?;
    let Some(v) = o.get("schedule") else {
        return Ok(());
    };
    let path = join(o.path, "schedule");
    if !Array::is_array(&v) {
        return refuse(path, "an array");
    }
    let days: Array = v.unchecked_into();
    a.schedule = Vec::with_capacity(days.length() as usize);
    for (i, day) in days.iter().enumerate() {
        if day.is_null() {
            a.schedule.push(None);
            continue;
        }
        let day_path = format!("{path}[{i}]");
        let d = as_object(&day, &day_path)?;
        let mut h = BusyHours {
            start_hour: 0.0,
            end_hour: 0.0,
        };
        let start = d.get("start_hour").is_some();
        let end = d.get("end_hour").is_some();
        if !(start && end) {
            return refuse(day_path, "start_hour and end_hour, or null");
        }
        d.number("start_hour", &mut h.start_hour)?;
        d.number("end_hour", &mut h.end_hour)?;
        a.schedule.push(Some(h));
    }
    Ok(())
}

fn proxy(o: &Obj, p: &mut ProxyPlan) -> Read<()> {
    o.number("cores", &mut p.cores)?;
    o.choice("load", &mut p.load, load_code)?;
    o.number("custom_cores_per_session", &mut p.custom_cores_per_session)?;
    o.whole("redundancy", &mut p.redundancy)
}

fn database(o: &Obj, d: &mut DatabasePlan) -> Read<()> {
    o.choice("kind", &mut d.kind, db_code)?;
    o.choice("logging", &mut d.logging, logging_code)?;
    o.flag("standby", &mut d.standby)
}

fn prices(o: &Obj, c: &mut RolePrices) -> Read<()> {
    o.optional_number("web_app", &mut c.web_app)?;
    o.optional_number("database", &mut c.database)?;
    o.optional_number("agent", &mut c.agent)?;
    o.optional_number("proxy", &mut c.proxy)?;
    o.optional_number("load_balancer", &mut c.load_balancer)
}

fn costs(o: &Obj, c: &mut Costs) -> Read<()> {
    prices(o, &mut c.monthly)?;
    o.part("hourly", &mut c.hourly, prices)?;
    o.text("currency", &mut c.currency)
}

fn instance(o: &Obj, c: &mut InstanceChoice) -> Read<()> {
    o.set("type", &mut c.type_id, "a type id or null", optional_text)?;
    o.optional_number("ocpus", &mut c.ocpus)?;
    o.optional_number("memory_gib", &mut c.memory_gib)
}

fn cloud(o: &Obj, c: &mut CloudPlan) -> Read<()> {
    o.choice("provider", &mut c.provider, provider_code)?;
    o.part("web_app", &mut c.web_app, instance)?;
    o.part("database", &mut c.database, instance)?;
    o.part("agent", &mut c.agent, instance)?;
    o.part("proxy", &mut c.proxy, instance)
}

/// Read a plan object; what is left out keeps the default plan's value.
pub fn read_plan(value: &JsValue) -> Result<Plan, ReadError> {
    let o = as_object(value, "")?;
    let mut plan = Plan::default();
    o.set("version", &mut plan.version, "a whole number", small_whole)?;
    o.list("zones", &mut plan.zones, zone)?;
    o.part("web_app", &mut plan.web_app, web_app)?;
    o.part("load_balancing", &mut plan.load_balancing, load_balancing)?;
    o.part("agents", &mut plan.agents, agents)?;
    o.part("proxy", &mut plan.proxy, proxy)?;
    o.part("database", &mut plan.database, database)?;
    o.part("costs", &mut plan.costs, costs)?;
    o.part("cloud", &mut plan.cloud, cloud)?;
    Ok(plan)
}
