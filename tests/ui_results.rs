//! Browser component tests of the results: every hook shows its figure, figures follow
//! typing, and cards show scenarios, settings and the "why".
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kasm_sizer::engine::{size, Plan};
use kasm_sizer::form::presets;
use ui_support::mount;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_default_plan_shows_the_guides_worked_example() {
    let app = mount(None).await;
    let report = size(&Plan::default()).unwrap();
    assert_eq!(app.text("webapp-servers"), "3");
    assert_eq!(app.text("db-spec"), "4 CPU / 4 GB RAM / 80 GB disk");
    assert_eq!(app.text("agent-servers"), "27");
    assert_eq!(app.text("agent-sessions-per-agent"), "8");
    assert_eq!(app.text("proxy-servers"), "0");
    assert_eq!(app.text("total-servers"), report.totals.servers.to_string());
    assert!(app.find("stale-notice").is_none());
    assert_eq!(app.count("[data-testid^=\"error-\"]"), 0);
}

#[wasm_bindgen_test]
async fn typing_1000_sessions_updates_every_figure() {
    let app = mount(None).await;
    app.type_into("peak-sessions", "1000").await;
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].sessions = 1000;
    let report = size(&plan).unwrap();
    // WEB-1: ceil(1000 / 150) + 1.
    assert_eq!(app.text("webapp-servers"), "8");
    assert_eq!(app.text("agent-servers"), report.agents.total.to_string());
    assert_eq!(app.text("total-servers"), report.totals.servers.to_string());
    assert_eq!(app.text("db-spec"), "8 CPU / 8 GB RAM / 150 GB disk");
}

#[wasm_bindgen_test]
async fn a_proxy_preset_shows_the_cp7_row() {
    let app = mount(Some(presets::proxy_row_2())).await;
    // CP-7 with recording: 16 cores, half streaming, 32 sessions on one proxy.
    assert_eq!(app.text("proxy-sessions-per-server"), "32");
    assert_eq!(app.text("proxy-spec"), "16 CPU / 8 GB RAM / 112 GB disk");
    // The CP-7 per-session load is this project's reading: its "why" carries the badge.
    let summary: web_sys::HtmlElement = app
        .root
        .query_selector("#role-proxy details.why summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    summary.click();
    ui_support::settle().await;
    assert!(app.count("#role-proxy .badge.assumption") >= 1);
}

#[wasm_bindgen_test]
async fn role_cards_show_scenarios_settings_and_why() {
    let app = mount(None).await;
    let web = app.root.query_selector("#role-webapp").unwrap().unwrap();
    let text = web.text_content().unwrap();
    // DEP-3: with one web app server down 300 sessions remain, enough for 200.
    assert!(text.contains("Patching + 1 failure"), "{text}");
    // WEB-4: 2 down leaves 150 for 200, 50 short, which N+1 never promised: expected, not
    // a failure (issue 14, item 4).
    let two_down = web
        .query_selector("tr.expected")
        .unwrap()
        .expect("2 down is expected");
    let row = two_down.text_content().unwrap();
    assert!(row.contains("50 short") && row.contains("WEB-4"), "{row}");
    assert!(
        web.query_selector("tr.short").unwrap().is_none(),
        "no broken promise under N+1"
    );
    let why = web.query_selector("details.why").unwrap().unwrap();
    assert!(!why.has_attribute("open"), "the reasons start folded away");
    let summary: web_sys::HtmlElement = why
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    summary.click();
    ui_support::settle().await;
    let why = app
        .root
        .query_selector("#role-webapp details.why")
        .unwrap()
        .unwrap();
    let text = why.text_content().unwrap();
    // WEB-4 worked example: ceil(200 / 150) = 2, + 1 for redundancy = 3.
    assert!(
        text.contains("WEB-4") && text.contains("+ 1 for redundancy = 3"),
        "{text}"
    );
    assert!(
        app.count("#role-agent button.copy") >= 1,
        "agent settings have copy buttons"
    );
    assert!(app.count("#role-lb button.copy") >= 1);
}

/// Open the "Why these numbers?" of card `key` as a click on its summary does.
async fn open_why(app: &ui_support::Mounted, key: &str) {
    let summary: web_sys::HtmlElement = app
        .root
        .query_selector(&format!("#role-{key} details.why summary"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    summary.click();
    ui_support::settle().await;
}

#[wasm_bindgen_test]
async fn an_open_why_stays_open_while_typing() {
    let app = mount(None).await;
    open_why(&app, "webapp").await;
    app.type_into("peak-sessions", "1000").await;
    let details = app
        .root
        .query_selector("#role-webapp details.why")
        .unwrap()
        .unwrap();
    assert!(details.has_attribute("open"));
}

#[wasm_bindgen_test]
async fn a_new_report_is_patched_into_the_cards_in_place() {
    let app = mount(None).await;
    let card = app.root.query_selector("#role-webapp").unwrap().unwrap();
    let figure = app.get("webapp-servers");
    assert_eq!(figure.text_content().unwrap(), "3");
    app.type_into("peak-sessions", "1000").await;
    // Same elements, new text: the card was patched, not rebuilt.
    let after = app.root.query_selector("#role-webapp").unwrap().unwrap();
    assert!(card.is_same_node(Some(&after)));
    assert!(figure.is_same_node(Some(&app.get("webapp-servers"))));
    assert_eq!(figure.text_content().unwrap(), "8");
    // The utilisation bar is sized through the CSSOM (the page's CSP refuses style attributes).
    let bar: web_sys::HtmlElement = card
        .query_selector(".meter > span")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(bar
        .style()
        .get_property_value("width")
        .unwrap()
        .ends_with('%'));
}

#[wasm_bindgen_test]
async fn costs_add_a_monthly_total() {
    let app = mount(None).await;
    assert_eq!(app.text("total-cost"), "—");
    for slug in [
        "costs-web-app",
        "costs-database",
        "costs-agent",
        "costs-proxy",
        "costs-load-balancer",
    ] {
        app.type_into(slug, "100").await;
    }
    let report = size(&Plan::default()).unwrap();
    let servers = report.totals.servers;
    assert_eq!(
        app.text("total-cost"),
        kasm_sizer::support::format::money(servers as f64 * 100.0)
    );
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn a_second_zone_gets_its_own_servers_and_a_zone_table() {
    let app = mount(None).await;
    assert!(app
        .root
        .query_selector("#role-webapp table.zones")
        .unwrap()
        .is_none());
    app.click("add-zone").await;
    // DEP-2, WEB-5: each zone has its own web app servers: (2 + 1) for 200, (1 + 1) for 10.
    assert_eq!(app.text("webapp-servers"), "5");
    let table = app
        .root
        .query_selector("#role-webapp table.zones")
        .unwrap()
        .expect("a by-zone table");
    let text = table.text_content().unwrap();
    assert!(
        text.contains("Default") && text.contains("Zone 2"),
        "{text}"
    );
    app.type_into("zones-1-name", "Frankfurt").await;
    let text = app
        .root
        .query_selector("#role-webapp table.zones")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.contains("Frankfurt"), "{text}");
}

#[wasm_bindgen_test]
async fn long_lists_draw_their_first_rows_and_the_rest_on_request() {
    use kasm_sizer::ui::results::paged::{FIRST_ROWS, MORE_ROWS};
    // 60 container workspaces: longer agent settings and "why" lists than a card draws.
    let plan = ui_support::one_zone_of(60, 5);
    let report = size(&plan).unwrap();
    let (settings, why) = (report.agents.settings.len(), report.agents.why.len());
    // Three settings per workspace (AG-1 cores and memory, the AG-7 CPU flag), then the AG-7
    // allocation method and the SW-1 swap once each: 182 in all; AG-2 one figure each.
    assert_eq!(settings, 182);
    assert!(why > FIRST_ROWS && why <= FIRST_ROWS + MORE_ROWS, "{why}");
    let app = mount(Some(plan)).await;

    // Settings: 50, then 100 more, then the other 32.
    assert_eq!(app.count("#role-agent li.setting"), 50);
    assert_eq!(
        app.text("shown-settings-agent"),
        "50 of 182 settings shown; the JSON export holds all of them."
    );
    assert_eq!(app.text("show-settings-agent"), "Show 100 more");
    app.click("show-settings-agent").await;
    assert_eq!(app.count("#role-agent li.setting"), 150);
    assert_eq!(app.text("show-settings-agent"), "Show the other 32");
    app.click("show-settings-agent").await;
    assert_eq!(app.count("#role-agent li.setting"), 182);
    assert!(app.find("show-settings-agent").is_none());
    // A copy button of a row drawn later is served by the column's one handler.
    let last_copy = app
        .root
        .query_selector("#role-agent li.setting:last-child button.copy")
        .unwrap()
        .expect("the last row has a copy button");
    assert!(last_copy.get_attribute("data-copy").is_some());

    // The agents' "why": its first figures, the rest on request; short lists have no button.
    assert_eq!(app.count("#role-agent .why-item"), FIRST_ROWS as u32);
    assert_eq!(
        app.text("show-why-agent"),
        format!("Show the other {}", why - FIRST_ROWS)
    );
    assert!(app.find("show-why-webapp").is_none());
    assert!(app.find("show-settings-webapp").is_none());
    app.click("show-why-agent").await;
    assert_eq!(app.count("#role-agent .why-item"), why as u32);
    // The settings list stays as far open as it was.
    assert_eq!(app.count("#role-agent li.setting"), 182);
}

/// Fire a window event the browser fires around printing.
async fn window_event(kind: &str) {
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&web_sys::Event::new(kind).unwrap())
        .unwrap();
    ui_support::settle().await;
}

#[wasm_bindgen_test]
async fn printing_starts_with_what_was_sized_and_opens_every_why_then_puts_them_back() {
    // Issue 14, item 11: a printed plan starts with its inputs and link, and prints the
    // why lists open; after printing the page is as the person left it.
    let app = mount(None).await;
    assert!(
        app.find("print-summary").is_none(),
        "drawn only for the print"
    );
    open_why(&app, "webapp").await;
    let open = |app: &ui_support::Mounted| -> Vec<bool> {
        let list = app
            .root
            .query_selector_all("details.why:not([hidden])")
            .unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open()
            })
            .collect()
    };
    let before = open(&app);
    assert_eq!(before.iter().filter(|o| **o).count(), 1, "{before:?}");

    window_event("beforeprint").await;
    let printed = app.get("print-summary");
    let text = printed.text_content().unwrap();
    // The worked example: zone Default, 200 sessions of Desktop at 2 CPU / 4 GB (AG-1).
    assert!(
        text.contains("Default") && text.contains("Desktop"),
        "{text}"
    );
    assert!(text.contains("2 CPU / 4 GB RAM / 5 GB disk"), "{text}");
    let settings = app.get("print-settings");
    let agent_cpu = settings
        .query_selector("[data-key=agent_cpu] dd")
        .unwrap()
        .unwrap();
    assert_eq!(agent_cpu.text_content().unwrap(), "16 cores");
    assert!(
        app.text("print-link").contains('?'),
        "the plan link as text"
    );
    assert!(open(&app).iter().all(|o| *o), "every why prints open");

    window_event("afterprint").await;
    assert!(app.find("print-summary").is_none());
    assert_eq!(open(&app), before, "back as the person left them");
}

#[wasm_bindgen_test]
async fn the_database_and_load_balancing_serve_all_zones_as_the_exports_say() {
    // Issue 14, item 18: the page names the zone of the shared roles as CSV and Markdown do.
    let app = mount(None).await;
    assert!(app.find("db-zones").is_none(), "one zone: no zones named");
    app.click("add-zone").await;
    assert_eq!(app.text("db-zones"), kasm_sizer::export::bom::ALL_ZONES);
    assert_eq!(app.text("lb-zones"), kasm_sizer::export::bom::ALL_ZONES);
}
