//! Browser component tests of the cloud parts of the page (issue 16, issue 14 item 14): the
//! AutoScale inputs and schedule drive the AutoScale settings, a picked instance type sets
//! the role's hardware, and a partial cost total names what it leaves out.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use ui_support::{mount, Mounted};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The value of the setting named `name` in the card `#card`, if it lists it.
fn setting(app: &Mounted, card: &str, name: &str) -> Option<String> {
    let rows = app
        .root
        .query_selector_all(&format!("{card} li.setting"))
        .unwrap();
    (0..rows.length()).find_map(|i| {
        let row: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(rows.item(i)?);
        let label = row.query_selector(".setting-name").ok()??.text_content()?;
        (label.trim() == name).then(|| {
            row.query_selector("code")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        })
    })
}

fn disabled(app: &Mounted, slug: &str) -> bool {
    app.get(&format!("input-{slug}")).has_attribute("disabled")
}

#[wasm_bindgen_test]
async fn as_2_as_3_typing_into_the_autoscale_inputs_changes_the_autoscale_settings() {
    let app = mount(None).await;
    assert!(
        app.find("autoscale-inputs").is_none(),
        "static pool: no AutoScale inputs"
    );
    assert!(app.find("autoscale-peak-instances").is_none());
    app.choose("agents-mode", "autoscale").await;
    assert!(app.find("autoscale-inputs").is_some());
    // AS-1: 16 CPU / 64 GB instances hold min(16 / 2, 64 / 4) = 8 desktops; 200 need 25.
    assert_eq!(app.text("autoscale-peak-instances"), "25");
    let staging = "Staging Config: Desired Sessions";
    let cores = "AutoScale config (busy hours): Standby Cores";
    let memory = "AutoScale config (busy hours): Standby Memory (MB)";
    let max_nodes = "VM Provider: Max Nodes";

    app.type_into("agents-autoscale-baseline-sessions", "20")
        .await;
    assert_eq!(
        setting(&app, "#role-autoscale", staging).as_deref(),
        Some("20")
    );
    // The AutoScale config moved off the agents card onto its own.
    assert_eq!(setting(&app, "#role-agent", staging), None);

    // AS-3: 3 arrivals a minute over the default 600 s start-up: 30 sessions, 30 x 2 cores,
    // 30 x 4 GB x 1024 MB, ceil(30 / 8) = 4 instances kept free: Max Nodes 25 + 4 = 29.
    app.type_into("agents-autoscale-arrivals-per-minute", "3")
        .await;
    assert_eq!(
        setting(&app, "#role-autoscale", cores).as_deref(),
        Some("60")
    );
    assert_eq!(
        setting(&app, "#role-autoscale", memory).as_deref(),
        Some("122880")
    );
    assert_eq!(
        setting(&app, "#role-autoscale", max_nodes).as_deref(),
        Some("29")
    );
    assert_eq!(app.text("autoscale-max-nodes"), "29");
    // A 300 s start-up halves it: 15 sessions, 30 cores, ceil(15 / 8) = 2 instances.
    app.type_into("agents-autoscale-startup-s", "300").await;
    assert_eq!(
        setting(&app, "#role-autoscale", cores).as_deref(),
        Some("30")
    );
    assert_eq!(app.text("autoscale-max-nodes"), "27");

    app.type_into("agents-autoscale-downscale-backoff-s", "900")
        .await;
    assert_eq!(
        setting(
            &app,
            "#role-autoscale",
            "AutoScale config: Downscale Backoff (s)"
        )
        .as_deref(),
        Some("900")
    );
    // Back to a static pool: the inputs go, and so does the card.
    app.choose("agents-mode", "static").await;
    assert!(app.find("autoscale-inputs").is_none());
    assert!(app.find("autoscale-peak-instances").is_none());
}

#[wasm_bindgen_test]
async fn as_4_the_schedule_quick_fills_and_hours_give_the_instance_hours() {
    let app = mount(None).await;
    app.choose("agents-mode", "autoscale").await;
    // Default Mon-Fri 8-18: 50 h a week, 50 x 730 / 168 = 217.26 h a month at Max Nodes
    // 25 + ceil(10 / 8) = 27: 5,866 instance-hours; 27 x 730 = 19,710 kept running.
    assert_eq!(app.text("autoscale-instance-hours"), "5,866");
    assert_eq!(app.text("autoscale-always-on-hours"), "19,710");
    app.click("schedule-fill-clear").await;
    assert_eq!(
        app.input("agents-autoscale-schedule-0-start-hour").value(),
        ""
    );
    assert_eq!(app.text("schedule-hours-0"), "—");
    // No busy hours and no off-hours standby: nothing runs.
    assert_eq!(app.text("autoscale-instance-hours"), "0");
    assert!(app.text("autoscale-schedule").contains("none"));
    // Monday 7.5 to 16, copied to Tuesday .. Friday: 8.5 h x 5 = 42.5 h a week.
    app.type_into("agents-autoscale-schedule-0-start-hour", "7.5")
        .await;
    assert!(
        app.find("error-agents-autoscale-schedule-0-end-hour")
            .is_some(),
        "both hours or neither"
    );
    app.type_into("agents-autoscale-schedule-0-end-hour", "16")
        .await;
    assert!(app
        .find("error-agents-autoscale-schedule-0-end-hour")
        .is_none());
    app.click("schedule-fill-copy-monday").await;
    assert_eq!(
        app.input("agents-autoscale-schedule-4-end-hour").value(),
        "16"
    );
    assert_eq!(app.text("schedule-hours-4"), "8.5");
    assert!(app.text("schedule-total").starts_with("Busy 42.5 h a week"));
    assert!(app
        .text("autoscale-schedule")
        .contains("Mon-Fri 07:30-16:00"));
    app.click("schedule-fill-office").await;
    assert_eq!(app.text("autoscale-instance-hours"), "5,866");
}

#[wasm_bindgen_test]
async fn ic_1_picking_an_instance_type_sets_the_role_hardware() {
    let app = mount(None).await;
    assert!(
        app.find("input-cloud-agent-type").is_none(),
        "no provider: no pickers"
    );
    app.choose("cloud-provider", "aws").await;
    // The web app needs the guide's 4 CPU / 4 GB: the smallest sustained AWS type is
    // c6i.xlarge (4 vCPU / 8 GiB), fewer GiB than m6i.xlarge.
    assert!(app
        .text("type-need-web-app")
        .contains("suggested c6i.xlarge (4 vCPU / 8 GiB)"));
    app.choose("cloud-agent-type", "m6i.2xlarge").await;
    // 8 vCPU / 32 GiB hold min(8 / 2, 32 / 4) = 4 desktops: 200 / 4 = 50 agents + 2 spare.
    assert_eq!(app.input("agents-cpus").value(), "8");
    assert!(disabled(&app, "agents-cpus"), "the type sets the CPUs");
    assert_eq!(app.text("agent-sessions-per-agent"), "4");
    assert_eq!(app.text("agent-servers"), "52");
    assert!(app.text("agent-spec").starts_with("8 CPU / 32 GB RAM"));
    assert!(app.text("agent-type").contains("m6i.2xlarge"));
    assert!(app.text("type-status-agent").ends_with("meets it."));
    app.click("use-suggested-web-app").await;
    let select: web_sys::HtmlSelectElement =
        wasm_bindgen::JsCast::unchecked_into(app.get("input-cloud-web-app-type"));
    assert_eq!(select.value(), "c6i.xlarge");
    assert!(app.text("type-picked-webapp").contains("meets it"));
    // IC-2: Kasm's Terraform deploys a t3.small web app server, below the guide's 4 CPU.
    assert!(app.text("type-vendor-webapp").contains("below the guide"));
    // A t3 agent is burstable: the warning is on the card.
    app.choose("cloud-agent-type", "t3.medium").await;
    let card = app.root.query_selector("#cloud-types").unwrap().unwrap();
    assert!(card
        .text_content()
        .unwrap()
        .contains("t3.medium is burstable"));
    // Another provider drops the AWS types and keeps the hardware they set.
    app.choose("cloud-provider", "gcp").await;
    let select: web_sys::HtmlSelectElement =
        wasm_bindgen::JsCast::unchecked_into(app.get("input-cloud-agent-type"));
    assert_eq!(select.value(), "");
    assert_eq!(app.input("agents-cpus").value(), "2");
    assert!(!disabled(&app, "agents-cpus"));
    assert!(app.find("stale-notice").is_none(), "the plan stays valid");
}

#[wasm_bindgen_test]
async fn ic_1_an_oci_flex_shape_takes_ocpus_and_memory() {
    let app = mount(None).await;
    app.choose("cloud-provider", "oci").await;
    assert!(app.find("input-cloud-agent-ocpus").is_none());
    app.choose("cloud-agent-type", "E4.Flex").await;
    // From the typed 16 CPU / 64 GB: 8 OCPUs (2 vCPU each) and 64 GiB.
    assert_eq!(app.input("cloud-agent-ocpus").value(), "8");
    assert_eq!(app.input("cloud-agent-memory-gib").value(), "64");
    app.type_into("cloud-agent-ocpus", "4").await;
    assert_eq!(app.input("agents-cpus").value(), "8");
    assert!(app.text("agent-spec").starts_with("8 CPU / 64 GB RAM"));
}

#[wasm_bindgen_test]
async fn a_partial_cost_total_names_the_roles_without_a_price() {
    let app = mount(None).await;
    assert!(app.find("cost-summary").is_none());
    app.type_into("costs-currency", "EUR").await;
    app.type_into("costs-hourly-agent", "0.5").await;
    // 27 static agents x 0.5 EUR x 730 h = 9,855 EUR a month, x 12 = 118,260 a year.
    assert_eq!(app.text("total-cost"), "9,855");
    assert_eq!(app.text("cost-monthly"), "9,855");
    assert_eq!(app.text("cost-yearly"), "118,260");
    assert_eq!(
        app.text("agent-cost"),
        "9,855 EUR / month · 118,260 EUR / year"
    );
    assert_eq!(app.text("webapp-cost"), "no price given");
    assert_eq!(
        app.text("cost-partial"),
        "Partial: no price for web app servers, database servers; the totals leave them out."
    );
    assert_eq!(app.text("bill-cost-note"), app.text("cost-partial"));
    assert!(app
        .text("cost-summary")
        .contains("partial: no price for web app servers, database servers"));
    // Both prices for one role are refused together.
    app.type_into("costs-agent", "300").await;
    assert!(
        app.find("error-costs-agent").is_some() || app.find("error-costs-hourly-agent").is_some(),
        "a monthly and an hourly price for the agents conflict"
    );
    app.type_into("costs-agent", "").await;
    // Every role priced: the totals are complete.
    app.type_into("costs-web-app", "100").await;
    app.type_into("costs-database", "200").await;
    // 3 x 100 + 2 x 200 + 9,855 = 10,555.
    assert_eq!(app.text("total-cost"), "10,555");
    assert!(app.find("cost-partial").is_none());
    assert!(app.find("bill-cost-note").is_none());
    assert!(!app.text("cost-summary").contains("partial"));
}
