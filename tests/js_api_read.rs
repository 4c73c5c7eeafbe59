//! Browser tests of the JavaScript API's plan reader (`src/js_api/read.rs`): it reads every
//! plan object exactly as serde-wasm-bindgen with the engine's `Deserialize` does (the
//! reference it replaced), and refuses what serde refuses, naming the field.
#![cfg(target_arch = "wasm32")]

use kasm_sizer::engine::stress::stress_plan;
use kasm_sizer::engine::{AgentMode, BusyHours, Override, Plan, Provider};
use kasm_sizer::form::presets::PRESETS;
use kasm_sizer::js_api::read::read_plan;
use serde::Serialize;
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

/// What the serde reference makes of `value`.
fn serde_reads(value: &JsValue) -> Result<Plan, String> {
    serde_wasm_bindgen::from_value(value.clone()).map_err(|e| e.to_string())
}

#[wasm_bindgen_test]
fn every_preset_and_the_stress_plan_read_back_unchanged() {
    let mut plans: Vec<Plan> = PRESETS.iter().map(|p| (p.plan)()).collect();
    plans.push(stress_plan(50, 10_000_000));
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
        let value = to_js(&plan);
        assert_eq!(read_plan(&value), Ok(plan.clone()));
        assert_eq!(serde_reads(&value), Ok(plan));
    }
}

#[wasm_bindgen_test]
fn reads_partial_and_odd_plans_as_serde_does() {
    for json in [
        "{}",
        r#"{"zones":[{"name":"Lab","profiles":[{"name":"Chrome","sessions":40}]}]}"#,
        r#"{"zones":[{"profiles":[{}]}, {}]}"#,
        r#"{"zones":[]}"#,
        r#"{"web_app":{"architecture":"direct_to_agent","use_case":"custom","custom_direct_per_server":250}}"#,
        r#"{"agents":{"mode":"autoscale","cpu_override":"none","ram_override":{"ratio":2},"disk_limit_gb":null}}"#,
        r#"{"agents":{"cpu_override":{"absolute":48}}}"#,
        r#"{"load_balancing":{"method":"network_load_balancer","hostname":"kasm.example.com","dns_ttl_s":30.5}}"#,
        r#"{"proxy":{"load":"full_screen_video","cores":16,"custom_cores_per_session":0.25}}"#,
        r#"{"database":{"kind":"external","logging":"siem","standby":true}}"#,
        r#"{"costs":{"web_app":80,"database":null,"load_balancer":12.5}}"#,
        r#"{"version":1,"unknown":"ignored","zones":[{"extra":[1,2],"profiles":[{"kind":"server_connection","recording":true}]}]}"#,
        r#"{"zones":[{"profiles":[{"sessions":40.0}]}]}"#,
        r#"{"agents":{"cpus":-4}}"#,
        r#"{"agents":{"sessions_per_instance":2,"autoscale":{"startup_s":300,"schedule":[null,{"start_hour":1,"end_hour":2}]}}}"#,
        r#"{"cloud":{"provider":"aws","agent":{"type":"t3.medium"},"web_app":{"type":null}}}"#,
        r#"{"costs":{"agent":5,"hourly":{"web_app":0.19},"currency":"USD"}}"#,
    ] {
        let value = js(json);
        assert_eq!(read_plan(&value).ok(), serde_reads(&value).ok(), "{json}");
        assert!(read_plan(&value).is_ok(), "{json}");
    }
}

#[wasm_bindgen_test]
fn refuses_what_serde_refuses_and_names_the_field() {
    for (json, field) in [
        (r#""not a plan""#, ""),
        ("null", ""),
        (r#"{"zones":{}}"#, "zones"),
        (r#"{"zones":[3]}"#, "zones[0]"),
        (
            r#"{"zones":[{"profiles":[{"sessions":"40"}]}]}"#,
            "zones[0].profiles[0].sessions",
        ),
        (
            r#"{"zones":[{"profiles":[{},{"sessions":-1}]}]}"#,
            "zones[0].profiles[1].sessions",
        ),
        (
            r#"{"zones":[{"profiles":[{"sessions":2.5}]}]}"#,
            "zones[0].profiles[0].sessions",
        ),
        (r#"{"zones":[{"name":7}]}"#, "zones[0].name"),
        (
            r#"{"web_app":{"architecture":"sideways"}}"#,
            "web_app.architecture",
        ),
        (r#"{"web_app":{"redundancy":null}}"#, "web_app.redundancy"),
        (r#"{"agents":{"cpus":"16"}}"#, "agents.cpus"),
        (
            r#"{"agents":{"cpu_override":{"percent":50}}}"#,
            "agents.cpu_override",
        ),
        (
            r#"{"agents":{"cpu_override":{"absolute":"48"}}}"#,
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
            r#"{"agents":{"autoscale":{"schedule":{}}}}"#,
            "agents.autoscale.schedule",
        ),
        (
            r#"{"agents":{"sessions_per_instance":1.5}}"#,
            "agents.sessions_per_instance",
        ),
        (r#"{"version":-1}"#, "version"),
    ] {
        let value = js(json);
        assert!(serde_reads(&value).is_err(), "serde accepts {json}");
        let err = read_plan(&value).expect_err(json);
        assert_eq!(err.field, field, "{json}");
        assert!(
            err.message.starts_with("expected "),
            "{json}: {}",
            err.message
        );
    }
}

#[wasm_bindgen_test]
fn a_plan_is_an_object_never_serde_s_positional_array() {
    // serde also reads a struct from an array of its fields in order; that form is not part
    // of the documented shape (docs/schema.md), and the reader refuses it.
    for (json, field) in [("[1]", ""), (r#"{"web_app":[]}"#, "web_app")] {
        let value = js(json);
        assert!(serde_reads(&value).is_ok(), "{json}");
        let err = read_plan(&value).unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.message.as_str()),
            (field, "expected an object")
        );
    }
}
