//! Browser tests of the JavaScript API, `window.wasmBindings.size(plan)` (`src/js_api/`):
//! plans read through serde-wasm-bindgen, refusals that name the field's path, reports
//! equal to the engine's, and lists and texts from JavaScript bounded before they are read.
#![cfg(target_arch = "wasm32")]

use kasm_sizer::engine::stress::stress_plan;
use kasm_sizer::engine::{
    self, AgentMode, BusyHours, FieldError, Override, Plan, Provider, Reason, Report,
};
use kasm_sizer::form::presets::PRESETS;
use kasm_sizer::js_api::{default_plan_js, read_plan, size_js};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or_else(|_| panic!("bad test JSON: {json}"))
}

fn to_js(plan: &Plan) -> JsValue {
    plan.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

/// What `size` answered: the report, or the refusals.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(untagged)]
enum Answer {
    Refused {
        error: bool,
        errors: Vec<FieldError>,
    },
    Sized(Box<Report>),
}

fn size(value: &JsValue) -> Answer {
    serde_wasm_bindgen::from_value(size_js(value.clone()))
        .expect("size() answers a report or errors")
}

fn refusal(value: &JsValue) -> FieldError {
    match size(value) {
        Answer::Refused {
            error: true,
            mut errors,
        } => errors.remove(0),
        other => panic!("not refused: {other:?}"),
    }
}

#[wasm_bindgen_test]
fn results_equal_engine_size_for_every_preset_and_the_stress_plan() {
    let mut plans: Vec<Plan> = PRESETS.iter().map(|p| (p.plan)()).collect();
    plans.push(stress_plan(50, 10_000));
    let mut odd = Plan::default();
    odd.agents.cpu_override = Override::Absolute(96.0);
    odd.agents.ram_override = Override::Ratio(1.5);
    odd.agents.disk_limit_gb = Some(20.0);
    odd.costs.monthly.agent = Some(120.5);
    odd.zones[0].name = "Zürich «east» <b>".into();
    plans.push(odd);
    // Issue 16: every cloud input set.
    let mut cloud = Plan::default();
    cloud.agents.mode = AgentMode::Autoscale;
    cloud.agents.autoscale.baseline_sessions = 20;
    cloud.agents.autoscale.arrivals_per_minute = 0.5;
    cloud.agents.autoscale.schedule[6] = Some(BusyHours {
        start_hour: 9.5,
        end_hour: 12.0,
    });
    cloud.cloud.provider = Provider::Oci;
    cloud.cloud.agent.type_id = Some("E4.Flex".into());
    cloud.cloud.agent.ocpus = Some(4.0);
    cloud.cloud.agent.memory_gib = Some(8.0);
    cloud.costs.hourly.agent = Some(0.12);
    cloud.costs.currency = "€".into();
    plans.push(cloud);
    for plan in plans {
        let report = engine::size(&plan).expect("presets size");
        assert_eq!(size(&to_js(&plan)), Answer::Sized(Box::new(report)));
        assert_eq!(read_plan(&to_js(&plan)), Ok(plan));
    }
    // WEB-4: the default plan (200 sessions, remote work) needs 2 + 1 web app servers.
    let Answer::Sized(report) = size(&default_plan_js()) else {
        panic!("the default plan sizes")
    };
    assert_eq!(report.web_app.total, 3);
}

#[wasm_bindgen_test]
fn partial_plans_take_the_defaults_and_unknown_fields_are_ignored() {
    let plan = read_plan(&js(
        r#"{"unknown":[1,2],"zones":[{"name":"Lab","extra":{},"profiles":[{"name":"Chrome","sessions":40}]}],
            "agents":{"cpu_override":{"absolute":48},"disk_limit_gb":null}}"#,
    ))
    .unwrap();
    let mut expected = Plan::default();
    expected.zones[0].name = "Lab".into();
    expected.zones[0].profiles[0].name = "Chrome".into();
    expected.zones[0].profiles[0].sessions = 40;
    expected.agents.cpu_override = Override::Absolute(48.0);
    expected.agents.disk_limit_gb = None;
    assert_eq!(plan, expected);
    assert_eq!(read_plan(&js("{}")), Ok(Plan::default()));
    for json in [
        r#"{"agents":{"sessions_per_instance":2,"autoscale":{"startup_s":300,"schedule":[null,{"start_hour":1,"end_hour":2}]}}}"#,
        r#"{"cloud":{"provider":"aws","agent":{"type":"t3.medium"},"web_app":{"type":null}}}"#,
        r#"{"costs":{"agent":5,"hourly":{"web_app":0.19},"currency":"USD","note":"list price"}}"#,
    ] {
        assert!(read_plan(&js(json)).is_ok(), "{json}");
    }
    let costs = read_plan(&js(r#"{"costs":{"agent":5,"hourly":{"web_app":0.19}}}"#)).unwrap();
    assert_eq!(costs.costs.monthly.agent, Some(5.0));
    assert_eq!(costs.costs.hourly.web_app, Some(0.19));
}

#[wasm_bindgen_test]
fn refusals_name_the_path_of_the_field() {
    for (json, field) in [
        (
            r#"{"zones":[{"profiles":[{},{"cpu_cores":"2"}]}]}"#,
            "zones[0].profiles[1].cpu_cores",
        ),
        (
            r#"{"zones":[{"profiles":[{"sessions":2.5}]}]}"#,
            "zones[0].profiles[0].sessions",
        ),
        (
            r#"{"zones":[{},{"profiles":[{"sessions":-1}]}]}"#,
            "zones[1].profiles[0].sessions",
        ),
        (r#"{"zones":[{"name":7}]}"#, "zones[0].name"),
        (
            r#"{"web_app":{"architecture":"sideways"}}"#,
            "web_app.architecture",
        ),
        (r#"{"web_app":{"redundancy":null}}"#, "web_app.redundancy"),
        (
            r#"{"agents":{"cpu_override":{"percent":50}}}"#,
            "agents.cpu_override",
        ),
        (r#"{"database":{"standby":"yes"}}"#, "database.standby"),
        (r#"{"costs":{"agent":"cheap"}}"#, "costs.agent"),
        (
            r#"{"costs":{"hourly":{"agent":"x"}}}"#,
            "costs.hourly.agent",
        ),
        (r#"{"costs":{"currency":3}}"#, "costs.currency"),
        (r#"{"cloud":{"provider":"ibm"}}"#, "cloud.provider"),
        (r#"{"cloud":{"agent":{"type":5}}}"#, "cloud.agent.type"),
        (
            r#"{"agents":{"autoscale":{"schedule":[{"start_hour":8}]}}}"#,
            "agents.autoscale.schedule[0]",
        ),
        (
            r#"{"agents":{"sessions_per_instance":1.5}}"#,
            "agents.sessions_per_instance",
        ),
        (r#"{"version":-1}"#, "version"),
    ] {
        let e = refusal(&js(json));
        assert_eq!(
            (e.field.as_str(), &e.reason),
            (field, &Reason::Malformed),
            "{json}: {}",
            e.message
        );
        assert!(!e.message.is_empty());
    }
    // The engine's own checks keep their reasons (AG-1: agents need CPUs).
    let e = refusal(&js(r#"{"agents":{"cpus":-4}}"#));
    assert_eq!(
        (e.field.as_str(), e.reason),
        ("agents.cpus", Reason::Negative)
    );
}

#[wasm_bindgen_test]
fn a_plan_and_its_parts_are_objects_never_arrays_or_plain_values() {
    for (json, field, message) in [
        (r#""not a plan""#, "", "not a plan: expected an object"),
        ("null", "", "not a plan: expected an object"),
        ("[1]", "", "not a plan: expected an object"),
        (r#"{"web_app":[]}"#, "web_app", "expected an object"),
        (r#"{"zones":{}}"#, "zones", "expected an array"),
        (r#"{"zones":[3]}"#, "zones[0]", "expected an object"),
        (
            r#"{"agents":{"autoscale":{"schedule":{}}}}"#,
            "agents.autoscale.schedule",
            "expected an array",
        ),
        (
            r#"{"agents":{"cpus":[1,2]}}"#,
            "agents.cpus",
            "expected a number",
        ),
    ] {
        let e = refusal(&js(json));
        assert_eq!(
            (e.field.as_str(), e.message.as_str()),
            (field, message),
            "{json}"
        );
        assert_eq!(e.reason, Reason::Malformed);
    }
}

/// `{ zones: new Array(n) }`, every slot empty, as a script would write it.
fn zones_of_length(n: u32) -> JsValue {
    let plan = js_sys::Object::new();
    js_sys::Reflect::set(&plan, &"zones".into(), &js_sys::Array::new_with_length(n)).unwrap();
    plan.into()
}

#[wasm_bindgen_test]
fn a_hundred_million_zones_are_refused_by_length_not_read_or_preallocated() {
    // The bug: the reader reserved room for as many zones as JavaScript claimed, the wasm
    // trapped and the page showed its recovery box; size() promises never to throw.
    let e = refusal(&zones_of_length(100_000_000));
    assert_eq!(e, FieldError::too_many_zones("zones"));
    assert_eq!(e.message, "at most 100 zones");
    assert_eq!(e.reason, Reason::TooMany { max: 100 });
    // One zone over the engine's limit is refused the same way; at the limit the list is read.
    assert_eq!(
        refusal(&zones_of_length(101)),
        FieldError::too_many_zones("zones")
    );
    assert_eq!(refusal(&zones_of_length(100)).field, "zones[0]");
}

#[wasm_bindgen_test]
fn workspace_profiles_beyond_the_engine_limit_in_all_are_refused_at_the_list_that_crosses_it() {
    let profiles = |n: usize| vec!["{}"; n].join(",");
    let json = format!(
        r#"{{"zones":[{{"name":"A","profiles":[{}]}},{{"name":"B","profiles":[{}]}}]}}"#,
        profiles(1_500),
        profiles(501)
    );
    let e = refusal(&js(&json));
    assert_eq!(e, FieldError::too_many_profiles("zones[1].profiles"));
    assert_eq!(e.message, "at most 2000 workspace profiles in all");
    let big = js_sys::Object::new();
    let zone = js_sys::Object::new();
    js_sys::Reflect::set(
        &zone,
        &"profiles".into(),
        &js_sys::Array::new_with_length(1e8 as u32),
    )
    .unwrap();
    js_sys::Reflect::set(&big, &"zones".into(), &js_sys::Array::of1(&zone)).unwrap();
    assert_eq!(
        refusal(&big),
        FieldError::too_many_profiles("zones[0].profiles")
    );
}

/// The plan `json` with `value` set at `path` (every step but the last present in `json`).
fn with(json: &str, path: &[&str], value: JsValue) -> JsValue {
    let plan = js(json);
    let (last, steps) = path.split_last().unwrap();
    let at = steps.iter().fold(plan.clone(), |at, key| {
        js_sys::Reflect::get(&at, &JsValue::from_str(key)).unwrap()
    });
    js_sys::Reflect::set(&at, &JsValue::from_str(last), &value).unwrap();
    plan
}

#[wasm_bindgen_test]
fn texts_beyond_the_engine_limits_are_refused_before_they_are_copied() {
    const PLAN: &str =
        r#"{"zones":[{"profiles":[{}]}],"web_app":{},"load_balancing":{},"agents":{},"costs":{}}"#;
    let long = |n: usize| JsValue::from_str(&"x".repeat(n));
    let e = refusal(&with(PLAN, &["zones", "0", "name"], long(1_000_000)));
    assert_eq!(e, FieldError::too_long("zones[0].name", 64));
    let e = refusal(&with(
        PLAN,
        &["zones", "0", "profiles", "0", "name"],
        long(129),
    ));
    assert_eq!(e, FieldError::too_long("zones[0].profiles[0].name", 64));
    let e = refusal(&with(PLAN, &["costs", "currency"], long(17)));
    assert_eq!(e, FieldError::currency_too_long("costs.currency"));
    let e = refusal(&with(PLAN, &["load_balancing", "hostname"], long(254)));
    assert_eq!(e, FieldError::too_long("load_balancing.hostname", 253));
    let e = refusal(&with(PLAN, &["web_app", "architecture"], long(65)));
    assert_eq!(
        (e.field.as_str(), e.reason),
        ("web_app.architecture", Reason::Malformed)
    );
    let e = refusal(&with(PLAN, &["agents", "cpus"], long(1_000_000)));
    assert_eq!(
        (e.field.as_str(), e.message.as_str()),
        ("agents.cpus", "expected a number")
    );
    let e = refusal(&with(
        PLAN,
        &["agents", "cpu_override"],
        js(r#"{"ratio":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}"#),
    ));
    assert_eq!(e.field, "agents.cpu_override");
    // A name the engine may still accept (64 characters of two UTF-16 units each) is read,
    // and the engine judges it.
    let plan = with(
        PLAN,
        &["zones", "0", "name"],
        JsValue::from_str(&"😀".repeat(64)),
    );
    assert_eq!(
        read_plan(&plan).map(|p| p.zones[0].name.chars().count()),
        Ok(64)
    );
}

#[wasm_bindgen_test]
fn a_schedule_of_more_than_seven_days_is_refused_by_its_length() {
    // AS-2: one busy period per weekday; a script's `new Array(1e8)` is never read.
    let plan = with(
        r#"{"agents":{"autoscale":{}}}"#,
        &["agents", "autoscale", "schedule"],
        js_sys::Array::new_with_length(1e8 as u32).into(),
    );
    let e = refusal(&plan);
    assert_eq!(
        e,
        FieldError::too_many("agents.autoscale.schedule", 7, "days")
    );
    assert_eq!(e.message, "at most 7 days");
}

#[wasm_bindgen_test]
fn costs_are_read_field_by_field_so_their_unknown_fields_must_be_plain() {
    // Costs flattens its monthly prices, so serde reads every field of `costs`, unknown
    // ones too: a big value there would be copied whole.
    let plan = with(
        r#"{"costs":{}}"#,
        &["costs", "junk"],
        js_sys::Array::new_with_length(1e8 as u32).into(),
    );
    let e = refusal(&plan);
    assert_eq!(
        (e.field.as_str(), e.message.as_str()),
        ("costs.junk", "expected a plain value")
    );
    let many = (0..65)
        .map(|i| format!(r#""f{i}":1"#))
        .collect::<Vec<_>>()
        .join(",");
    let e = refusal(&js(&format!(r#"{{"costs":{{{many}}}}}"#)));
    assert_eq!(
        (e.field.as_str(), e.message.as_str()),
        ("costs", "at most 64 fields")
    );
}

#[wasm_bindgen_test]
fn the_guard_s_shape_holds_every_field_of_a_plan_with_every_option_set() {
    // A field missing from the shape would never be measured before serde copies it.
    fn paths(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    paths(v, format!("{at}.{k}"), out);
                }
            }
            serde_json::Value::Array(items) => {
                for v in items.iter().take(1) {
                    paths(v, format!("{at}[]"), out);
                }
            }
            _ => out.push(at),
        }
    }
    let mut full = Plan::default();
    full.agents.sessions_per_instance = Some(3);
    full.agents.disk_limit_gb = Some(20.0);
    let day = BusyHours {
        start_hour: 8.0,
        end_hour: 18.0,
    };
    full.agents.autoscale.schedule = vec![Some(day); 7];
    full.zones[0].profiles[0].named_users = Some(100);
    full.cloud.agent.type_id = Some("t3.medium".into());
    let (mut want, mut have) = (Vec::new(), Vec::new());
    paths(
        &serde_json::to_value(&full).unwrap(),
        String::new(),
        &mut want,
    );
    paths(
        &kasm_sizer::js_api::guard::shape(),
        String::new(),
        &mut have,
    );
    for p in want {
        assert!(have.contains(&p), "{p} is not in the guard's shape");
    }
}
