//! Browser component tests of the form: bad input is flagged at its field, results stay
//! (marked stale), profiles and zones can be added and removed, presets load.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use ui_support::mount;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn letters_in_peak_sessions_show_a_message_and_keep_the_results_marked_stale() {
    let app = mount(None).await;
    assert_eq!(app.text("webapp-servers"), "3");
    assert!(app.find("stale-notice").is_none());

    app.type_into("peak-sessions", "12a").await;

    assert_eq!(
        app.input("peak-sessions").value(),
        "12a",
        "the text typed is kept"
    );
    assert_eq!(app.text("error-peak-sessions"), "Use digits only, like 12.");
    let input = app.input("peak-sessions");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("e-peak-sessions")
    );
    assert!(
        app.find("stale-notice").is_some(),
        "results are marked stale"
    );
    assert_eq!(
        app.text("webapp-servers"),
        "3",
        "the last good results stay"
    );
    assert_eq!(app.text("agent-servers"), "27");
}

#[wasm_bindgen_test]
async fn negative_and_empty_values_each_get_their_own_message() {
    let app = mount(None).await;
    app.type_into("agents-cpus", "-4").await;
    assert_eq!(app.text("error-agents-cpus"), "Must be more than zero.");
    app.type_into("agents-cpus", "").await;
    assert_eq!(app.text("error-agents-cpus"), "Enter a number.");
    app.type_into("agents-cpus", "1e400").await;
    assert_eq!(
        app.text("error-agents-cpus"),
        "That number is far too large."
    );
    assert_eq!(app.text("agent-servers"), "27", "results kept throughout");
}

#[wasm_bindgen_test]
async fn a_workspace_bigger_than_its_agent_is_flagged_by_the_engine_at_its_field() {
    let app = mount(None).await;
    app.type_into("zones-0-profiles-0-cpu-cores", "20").await;
    let message = app.text("error-zones-0-profiles-0-cpu-cores");
    assert!(message.contains("do not fit"), "{message}");
    assert!(app.find("stale-notice").is_some());
    assert_eq!(
        app.text("agent-sessions-per-agent"),
        "8",
        "last good report kept"
    );
}

#[wasm_bindgen_test]
async fn fixing_the_field_clears_the_message_and_the_stale_mark() {
    let app = mount(None).await;
    app.type_into("peak-sessions", "abc").await;
    assert!(app.find("error-peak-sessions").is_some());
    app.type_into("peak-sessions", "1000").await;
    assert!(app.find("error-peak-sessions").is_none());
    assert!(app.find("stale-notice").is_none());
    assert_eq!(app.text("webapp-servers"), "8");
    assert_eq!(
        app.input("peak-sessions")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn adding_and_removing_a_profile_updates_the_total_and_the_agents() {
    let app = mount(None).await;
    assert!(app.find("profile-0-1").is_none());
    app.click("add-profile-0").await;
    assert!(app.find("profile-0-1").is_some());
    assert_eq!(app.input("zones-0-profiles-1-name").value(), "Workspace 2");
    // A new workspace starts without sessions: the total stays as typed (issue 14, item 15).
    assert_eq!(app.input("zones-0-profiles-1-sessions").value(), "0");
    assert_eq!(app.input("peak-sessions").value(), "200");
    app.type_into("zones-0-profiles-1-sessions", "10").await;
    assert_eq!(app.input("peak-sessions").value(), "210");
    // AG-1: 8 sessions per agent, 210 sessions -> 27 needed + 2 spare.
    assert_eq!(app.text("agent-servers"), "29");

    app.click("remove-profile-0-1").await;
    assert!(app.find("profile-0-1").is_none());
    assert_eq!(app.input("peak-sessions").value(), "200");
    assert_eq!(app.text("agent-servers"), "27");
}

#[wasm_bindgen_test]
async fn the_peak_total_is_shared_out_in_proportion_over_several_profiles() {
    let app = mount(None).await;
    app.click("add-profile-0").await;
    app.type_into("zones-0-profiles-1-sessions", "10").await; // 200 + 10
    for t in ["1", "10", "100", "1000"] {
        app.type_into("peak-sessions", t).await;
    }
    assert_eq!(app.input("zones-0-profiles-0-sessions").value(), "952");
    assert_eq!(app.input("zones-0-profiles-1-sessions").value(), "48");
    assert_eq!(app.text("webapp-servers"), "8");
}

#[wasm_bindgen_test]
async fn the_last_profile_and_zone_cannot_be_removed() {
    let app = mount(None).await;
    let remove = app.get("remove-profile-0-0");
    assert!(remove.has_attribute("disabled"));
    app.click("add-zone").await;
    assert!(app.find("zone-1").is_some());
    assert!(!app.get("remove-zone-0").has_attribute("disabled"));
    assert_eq!(app.input("zones-1-name").value(), "Zone 2");
    app.click("remove-zone-1").await;
    assert!(app.find("zone-1").is_none());
    assert!(app.get("remove-zone-0").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_choice_changes_the_results() {
    let app = mount(None).await;
    // WEB-3: gaming sits at the low end (70 per server): ceil(200 / 70) + 1 = 4.
    app.choose("web-app-use-case", "gaming").await;
    assert_eq!(app.text("webapp-servers"), "4");
    assert!(app.input("web-app-custom-standard-per-server").disabled());
    app.choose("web-app-use-case", "custom").await;
    assert!(!app.input("web-app-custom-standard-per-server").disabled());
}

#[wasm_bindgen_test]
async fn presets_replace_the_whole_plan_and_clear_errors() {
    let app = mount(None).await;
    app.click("preset-agent-row-3").await;
    // AG-1 third row: 4/4 on 32/128 with overrides 192/192 -> 48 sessions per agent.
    assert_eq!(app.text("agent-sessions-per-agent"), "48");
    assert_eq!(app.input("agents-cpu-override").value(), "192");
    app.type_into("agents-cpus", "x").await;
    app.click("preset-default").await;
    assert_eq!(app.text("agent-sessions-per-agent"), "8");
    assert!(app.find("error-agents-cpus").is_none());
    assert_eq!(app.input("agents-cpus").value(), "16");
}

/// Three zones of 15 profiles: the first 20 editors are drawn (zone 0 whole, 5 of zone 1).
fn three_zones_of_fifteen() -> kasm_sizer::engine::Plan {
    let mut plan = kasm_sizer::engine::Plan::default();
    let profile = plan.zones[0].profiles[0].clone();
    plan.zones = (0..3)
        .map(|z| kasm_sizer::engine::Zone {
            name: format!("Z{z}"),
            profiles: (0..15)
                .map(|p| kasm_sizer::engine::WorkspaceProfile {
                    name: format!("W{z}-{p}"),
                    sessions: 10,
                    ..profile.clone()
                })
                .collect(),
        })
        .collect();
    plan
}

#[wasm_bindgen_test]
async fn a_big_plan_draws_its_first_editors_and_shows_more_on_request() {
    let app = mount(Some(three_zones_of_fifteen())).await;
    // All 450 sessions count, whatever is drawn.
    assert_eq!(app.input("peak-sessions").value(), "450");
    assert!(app.find("profile-0-14").is_some());
    assert!(app.find("profile-1-4").is_some());
    assert!(app.find("profile-1-5").is_none());
    assert!(app.find("profile-2-0").is_none());
    assert!(app.find("shown-profiles-0").is_none());
    assert_eq!(
        app.text("shown-profiles-1"),
        "5 of 15 workspace profiles shown; the others count in every result."
    );
    assert_eq!(app.text("show-profiles-2"), "Show the other 15");
    app.click("show-profiles-1").await;
    assert!(app.find("profile-1-14").is_some());
    assert!(app.find("shown-profiles-1").is_none());
    // Adding a profile to a folded zone shows the whole zone, the new one last.
    app.click("add-profile-2").await;
    assert!(app.find("profile-2-15").is_some());
    assert!(app.find("profile-2-0").is_some());
}

#[wasm_bindgen_test]
async fn a_folded_profile_with_an_error_is_drawn() {
    let mut plan = three_zones_of_fifteen();
    // Bigger than its agent (AG-1 refuses it): the engine names zone 2, profile 7.
    plan.zones[2].profiles[7].cpu_cores = 10_000.0;
    let app = mount(Some(plan)).await;
    assert!(
        app.find("profile-2-7").is_some(),
        "the editor with the error is drawn"
    );
    assert!(app.find("error-zones-2-profiles-7-cpu-cores").is_some());
    assert!(app.find("profile-2-8").is_none());
}

#[wasm_bindgen_test]
async fn view_state_starts_afresh_after_each_loaded_plan_and_not_after_edits() {
    use kasm_sizer::ui::state::AppState;
    use leptos::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    // Mounting the app sets up Leptos's task executor that effects run on.
    let _app = mount(None).await;
    let owner = Owner::new();
    let resets = Arc::new(AtomicUsize::new(0));
    let state = owner.with(|| {
        let state = AppState::new(kasm_sizer::engine::Plan::default());
        let resets = resets.clone();
        state.on_plan_loaded(move || {
            resets.fetch_add(1, Ordering::SeqCst);
        });
        state
    });
    ui_support::settle().await;
    assert_eq!(
        resets.load(Ordering::SeqCst),
        0,
        "not when the state is made"
    );
    state.load_plan(ui_support::one_zone_of(30, 10));
    ui_support::settle().await;
    assert_eq!(resets.load(Ordering::SeqCst), 1);
    state.set_text("zones[0].profiles[3].sessions", "12".into());
    ui_support::settle().await;
    assert_eq!(
        resets.load(Ordering::SeqCst),
        1,
        "an edit keeps the view state"
    );
    state.load_plan(kasm_sizer::engine::Plan::default());
    ui_support::settle().await;
    assert_eq!(resets.load(Ordering::SeqCst), 2);
    drop(owner);
}
