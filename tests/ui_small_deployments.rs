//! Browser component tests of issue 15's page parts: the single-server install (SS-1..4),
//! named users (NU-1), swap (SW-1) and the override advisor (OV-1).
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kasm_sizer::engine::rules::{RESERVE_LIMITS, RESERVE_REQUESTS};
use kasm_sizer::engine::{size, Plan};
use kasm_sizer::support::format::readable;
use ui_support::{mount, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlSelectElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The code a select holds.
fn chosen(app: &Mounted, slug: &str) -> String {
    app.get(&format!("input-{slug}"))
        .unchecked_into::<HtmlSelectElement>()
        .value()
}

const ROLE_CARDS: [&str; 5] = [
    "#role-webapp",
    "#role-db",
    "#role-agent",
    "#role-proxy",
    "#role-lb",
];

#[wasm_bindgen_test]
async fn ss_1_a_single_server_replaces_the_role_cards_and_one_click_sizes_it_distributed() {
    let app = mount(None).await;
    assert!(app.find("input-single-server-reserve").is_none());
    assert_eq!(app.count("#role-single"), 0);
    assert!(
        app.find("summary-short").is_none(),
        "a distributed plan has no single server to fall short"
    );
    app.choose("deployment", "single_server").await;
    for card in ROLE_CARDS {
        assert_eq!(
            app.count(card),
            0,
            "{card} is not a role of a single server"
        );
    }
    assert_eq!(app.count("#role-single"), 1);
    assert_eq!(app.text("total-servers"), "1");
    // SS-3 requests: 16 - 2.1 = 13.9 CPU and 64 - 0.875 GB counted; AG-1: min(6, 15) = 6.
    assert_eq!(app.text("single-counted"), "13.9 CPU / 63.125 GB");
    assert_eq!(app.text("single-sessions-held"), "6");
    assert!(
        app.text("single-fit").contains("Holds 6 of the 200"),
        "{}",
        app.text("single-fit")
    );
    // SS-4: the headline says so too, so "1 server" never reads as a finished answer.
    let short = app.text("summary-short");
    assert!(
        short.starts_with("This server holds 6 of the 200 container sessions at peak (194 short)"),
        "{short}"
    );
    assert!(app
        .text("single-spof")
        .starts_with("Single point of failure."));
    // Its chart: up it holds 6, down none (SS-1); the role charts are gone.
    let chart = app.get("chart-redundancy-single");
    let bars: Vec<String> = (0..3)
        .map(|i| {
            chart
                .query_selector_all("[data-testid=bar]")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-capacity")
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(bars, ["6", "0", "0"]);
    assert!(app.find("chart-redundancy-webapp").is_none());
    // SS-2: 80 GB + 6 sessions x 5 GB, + 0.55 GB database.
    assert_eq!(app.text("single-disk-total"), "110.55 GB");
    // The reserve is offered with the Helm chart's figures.
    let reserves = app
        .get("input-single-server-reserve")
        .text_content()
        .unwrap();
    for (cpus, _) in [RESERVE_REQUESTS, RESERVE_LIMITS] {
        assert!(
            reserves.contains(&format!("{} CPU", readable(cpus))),
            "{reserves}"
        );
    }
    assert!(reserves.contains(&format!("{} MiB", readable(RESERVE_REQUESTS.1 * 1024.0))));
    assert!(reserves.contains(&format!("{} GiB", readable(RESERVE_LIMITS.1))));
    // SS-4: the distributed plan for the same peak, one click away.
    let distributed = size(&Plan::default()).unwrap().totals.servers;
    assert!(app
        .text("single-distributed")
        .contains(&format!("{distributed} servers")));
    app.click("single-to-distributed").await;
    assert_eq!(chosen(&app, "deployment"), "distributed");
    assert_eq!(app.count("#role-single"), 0);
    for card in ROLE_CARDS {
        assert_eq!(app.count(card), 1, "{card} is back");
    }
    assert_eq!(app.text("webapp-servers"), "3");
    // One step: Undo brings the single server back.
    app.click("undo").await;
    assert_eq!(chosen(&app, "deployment"), "single_server");
    assert_eq!(app.count("#role-single"), 1);
}

#[wasm_bindgen_test]
async fn ss_3_no_reserve_counts_the_whole_server() {
    let app = mount(None).await;
    app.choose("deployment", "single_server").await;
    app.choose("single-server-reserve", "none").await;
    // AG-1 on the whole 16 CPU / 64 GB: min(8, 16) = 8.
    assert_eq!(app.text("single-sessions-held"), "8");
    assert_eq!(app.text("single-reserve"), "0 CPU / 0 GB (none chosen)");
    assert_eq!(app.text("single-counted"), "16 CPU / 64 GB");
}

#[wasm_bindgen_test]
async fn nu_1_200_named_users_at_20_percent_give_a_peak_of_40() {
    let app = mount(None).await;
    app.type_into("peak-named-users", "200").await;
    // At the default 100 %, switching named users on keeps the peak.
    assert_eq!(app.input("peak-sessions").value(), "200");
    let twenty = "anchor-peak-concurrency-percent-20";
    assert_eq!(
        app.get(twenty).get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    app.click(twenty).await;
    assert_eq!(app.input("peak-concurrency-percent").value(), "20");
    assert_eq!(
        app.get(twenty).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // NU-1: ceil(200 x 20 % x 1) = 40.
    assert_eq!(app.input("peak-sessions").value(), "40");
    // WEB-1: max(1, ceil(40 / 150)) + 1 = 2; AG-1: ceil(40 / 8) + 2 = 7.
    assert_eq!(app.text("webapp-servers"), "2");
    assert_eq!(app.text("agent-servers"), "7");
    let table = app.text("named-users-table");
    assert!(table.contains("200") && table.contains("40"), "{table}");
    assert!(
        table.contains("a school running Kasm for two classrooms"),
        "{table}"
    );
    // The workspace editor shows the same named users, its toggle on.
    assert!(app.input("zones-0-profiles-0-uses-named-users").checked());
    assert_eq!(app.input("zones-0-profiles-0-named-users").value(), "200");
    assert_eq!(app.text("peak-from-users-0-0"), "40");
    // Emptying the users box goes back to the typed sessions.
    app.type_into("peak-named-users", "").await;
    assert_eq!(app.input("peak-sessions").value(), "200");
    assert!(!app.input("zones-0-profiles-0-uses-named-users").checked());
    assert_eq!(app.count("[data-testid=\"named-users-table\"]"), 0);
}

#[wasm_bindgen_test]
async fn nu_1_bad_users_show_their_message_beside_the_total() {
    let app = mount(None).await;
    app.type_into("peak-named-users", "2x").await;
    assert!(app.find("error-peak-named-users").is_some());
    assert!(app.find("stale-notice").is_some());
    app.type_into("peak-named-users", "200").await;
    assert!(app.find("error-peak-named-users").is_none());
}

#[wasm_bindgen_test]
async fn nu_1_a_workspace_toggle_counts_its_named_users_and_the_total_becomes_their_sum() {
    let app = mount(None).await;
    app.click("add-profile-0").await;
    app.click("input-zones-0-profiles-1-uses-named-users").await;
    app.type_into("zones-0-profiles-1-named-users", "100").await;
    app.type_into("zones-0-profiles-1-concurrency-percent", "50")
        .await;
    // 200 typed sessions + ceil(100 x 50 %) = 250; the total cannot be typed into.
    assert_eq!(app.text("peak-from-users-0-1"), "50");
    let peak = app.input("peak-sessions");
    assert_eq!(peak.value(), "250");
    assert!(peak.read_only());
    // "Users at %" beside the total is for a plan of one workspace.
    assert!(app.find("peak-users").is_none());
}

#[wasm_bindgen_test]
async fn ov_1_applying_the_advice_sets_the_override_and_undo_takes_it_back() {
    let app = mount(None).await;
    // OV-1 on the worked example: CPU binds at 8 per agent with RAM half used; 32 cores
    // counted make both bind at 16, agents 27 -> 15.
    assert_eq!(app.text("advice-value"), "32");
    assert_eq!(app.text("advice-hosts"), "27 → 15 (12 fewer)");
    assert_eq!(app.text("advice-oversubscription"), "× 2");
    app.click("apply-override").await;
    assert_eq!(chosen(&app, "agents-cpu-override-kind"), "absolute");
    assert_eq!(app.input("agents-cpu-override").value(), "32");
    assert_eq!(app.text("agent-servers"), "15");
    assert!(
        app.find("apply-override").is_none(),
        "the advice is gone once applied"
    );
    assert!(app.find("advice-undo").is_some());
    // The share bar's Undo takes it back as one step.
    app.click("undo").await;
    assert_eq!(chosen(&app, "agents-cpu-override-kind"), "none");
    assert_eq!(app.text("agent-servers"), "27");
    assert!(app.find("apply-override").is_some());
    // So does the card's own Undo.
    app.click("apply-override").await;
    app.click("advice-undo").await;
    assert_eq!(chosen(&app, "agents-cpu-override-kind"), "none");
    assert!(app.find("apply-override").is_some());
}

#[wasm_bindgen_test]
async fn sw_1_every_session_host_shows_its_swap_beside_the_vendor_sizes() {
    let app = mount(None).await;
    // 2 GB x 8 sessions per agent.
    assert_eq!(app.text("swap-gb-agent"), "16 GB");
    let agent = app.text("swap-agent");
    assert!(
        agent.contains("kasmtech/terraform") && agent.contains("outside the guide"),
        "{agent}"
    );
    let bill = app
        .root
        .query_selector("table.bill")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(bill.contains("Swap each (GB)"), "{bill}");
    // Only the agents' row runs sessions, so it alone has a swap figure.
    let cells = app
        .root
        .query_selector_all("table.bill td[data-label='Swap each (GB)']")
        .unwrap();
    let figures: Vec<String> = (0..cells.length())
        .map(|i| cells.item(i).unwrap().text_content().unwrap())
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(figures, ["16"]);
    app.choose("deployment", "single_server").await;
    // 2 GB x the 6 sessions it holds.
    assert_eq!(app.text("swap-gb-single"), "12 GB");
    assert!(app.find("swap-agent").is_none());
}
