//! Browser component tests of the rules on the page (issue 17, item 3): a rule chip tells
//! what its rule says (its description is the rule's summary and source), the Rules view
//! lists every rule of the engine's table with its kind, and the figures it lists for a
//! rule follow the plan.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kasm_sizer::engine::rules::{groups, rule, RuleKind, RULES};
use kasm_sizer::engine::{size, AgentMode, Plan};
use kasm_sizer::rule_uses::rule_uses;
use kasm_sizer::ui::results::rules::FOLLOW_DELAY;
use ui_support::{mount, settle, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Text with runs of white space made one space, as a screen reader hears it.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first chip showing `id` inside `scope` (a CSS selector).
fn chip(app: &Mounted, scope: &str, id: &str) -> HtmlElement {
    let chips = app
        .root
        .query_selector_all(&format!("{scope} a.rule"))
        .unwrap();
    (0..chips.length())
        .filter_map(|i| chips.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|c| c.text_content().unwrap_or_default().trim() == id)
        .unwrap_or_else(|| panic!("no {id} chip in {scope}"))
}

/// The text an element's `aria-describedby` names, as the accessibility tree joins it.
fn description(app: &Mounted, el: &Element) -> String {
    let ids = el.get_attribute("aria-describedby").expect("a description");
    let parts: Vec<String> = ids
        .split(' ')
        .map(|id| {
            let target = app
                .root
                .query_selector(&format!("#{id}"))
                .unwrap()
                .unwrap_or_else(|| panic!("aria-describedby names {id}, which is not on the page"));
            target.text_content().unwrap_or_default()
        })
        .collect();
    words(&parts.join(" "))
}

fn row(app: &Mounted, id: &str) -> Element {
    app.get(&format!("rule-{id}"))
}

#[wasm_bindgen_test]
async fn a_chip_is_a_link_to_its_rule_described_by_the_rules_summary_and_source() {
    let app = mount(None).await;
    // WEB-4 beside the "2 down" case of the web app card.
    let web4 = chip(&app, "#role-webapp", "WEB-4");
    assert_eq!(web4.get_attribute("href").unwrap(), "#rule-WEB-4");
    let rule = rule("WEB-4").unwrap();
    let said = description(&app, &web4);
    assert_eq!(said, words(&rule.description()));
    assert!(said.starts_with(rule.summary), "{said}");
    assert!(
        said.contains(&format!("Source: {}", rule.source_text())),
        "{said}"
    );
    // A rule with our interpretation says so, and a chip in the "why" list works the same.
    let details = app
        .root
        .query_selector("#role-db details.why")
        .unwrap()
        .unwrap();
    details.set_attribute("open", "").unwrap();
    settle().await;
    let db3 = chip(&app, "#role-db .why", "DB-3");
    let said = description(&app, &db3);
    assert!(
        said.contains("Our interpretation: below 50 sessions the DB-2 minimum"),
        "{said}"
    );
    assert!(said.ends_with("(guide, our interpretation)."), "{said}");
    // Every chip on the page names a description that exists, and no id is used twice.
    let chips = app.root.query_selector_all("a.rule").unwrap();
    assert!(chips.length() > 10);
    for i in 0..chips.length() {
        let c: Element = chips.item(i).unwrap().unchecked_into();
        description(&app, &c);
    }
    let ids = app.root.query_selector_all("[id]").unwrap();
    let mut seen = std::collections::HashSet::new();
    for i in 0..ids.length() {
        let id = ids.item(i).unwrap().unchecked_into::<Element>().id();
        assert!(seen.insert(id.clone()), "id {id} used twice");
    }
}

#[wasm_bindgen_test]
async fn a_focused_chip_opens_a_note_with_its_rule_beside_it_and_escape_closes_it() {
    let app = mount(None).await;
    assert!(app.find("rule-note").is_none(), "no note until a chip asks");
    let web4 = chip(&app, "#role-webapp", "WEB-4");
    web4.focus().unwrap();
    settle().await;
    let note = app.get("rule-note");
    let text = words(&note.text_content().unwrap());
    let web4_rule = rule("WEB-4").unwrap();
    assert!(text.starts_with("WEB-4 guide"), "{text}");
    assert!(text.contains(web4_rule.summary), "{text}");
    assert!(
        text.contains(&format!("Source: {}", web4_rule.source_text())),
        "{text}"
    );
    assert_eq!(note.get_attribute("aria-hidden").as_deref(), Some("true"));
    // The note sits beside the chip, never over it.
    let (n, c) = (
        note.get_bounding_client_rect(),
        web4.get_bounding_client_rect(),
    );
    let overlaps = n.left() < c.right()
        && c.left() < n.right()
        && n.top() < c.bottom()
        && c.top() < n.bottom();
    assert!(
        !overlaps,
        "note {:?} covers the chip {:?}",
        (n.top(), n.bottom()),
        (c.top(), c.bottom())
    );
    // Another chip's focus shows that chip's rule.
    let db5 = chip(&app, "#role-db", "DB-5");
    db5.focus().unwrap();
    settle().await;
    assert!(words(&app.text("rule-note")).contains(rule("DB-5").unwrap().summary));
    // Escape closes it; focus stays on the chip.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    db5.dispatch_event(&escape).unwrap();
    settle().await;
    assert!(app.find("rule-note").is_none(), "Escape closes the note");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert!(active.is_same_node(Some(&db5)));
}

#[wasm_bindgen_test]
async fn the_rules_view_lists_every_rule_of_the_table_with_its_kind() {
    let app = mount(None).await;
    let view = app.get("rules-view");
    assert_eq!(app.count("#rules .rule-row"), RULES.len() as u32);
    assert_eq!(app.count("#rules .rule-group h3"), groups().count() as u32);
    for r in RULES {
        let row = row(&app, r.id);
        assert_eq!(row.id(), format!("rule-{}", r.id), "stable anchor");
        let head = row.query_selector(".rule-id").unwrap().unwrap();
        assert_eq!(head.text_content().unwrap(), r.id);
        let kind = row.query_selector(".kind").unwrap().unwrap();
        assert_eq!(kind.text_content().unwrap(), r.kind.label(), "{}", r.id);
        let class = match r.kind {
            RuleKind::Guide => "guide",
            RuleKind::Interpretation => "interpretation",
            RuleKind::OutsideGuide => "outside",
        };
        assert!(kind.class_list().contains(class), "{}", r.id);
        let about = row.query_selector(".rule-about").unwrap().unwrap();
        assert_eq!(
            words(&about.text_content().unwrap()),
            words(&r.description()),
            "{}",
            r.id
        );
        if let Some(reading) = r.interpretation {
            assert!(about.text_content().unwrap().contains(reading));
        }
    }
    // GPU-1 is shown for reference, not computed.
    assert!(row(&app, "GPU-1")
        .text_content()
        .unwrap()
        .contains("Not modelled by this calculator."));
    // The groups in the table's order, under the view's heading.
    let headings: Vec<String> = {
        let list = view.query_selector_all(".rule-group h3").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(
        headings,
        groups()
            .map(|(name, _)| name.to_string())
            .collect::<Vec<_>>()
    );
}

/// The page's clock, in milliseconds.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The card names and items a row lists, line by line: "Agents: a · b".
fn listed(app: &Mounted, id: &str) -> Vec<String> {
    let lines = row(app, id)
        .query_selector_all(".rule-uses > ul > li")
        .unwrap();
    (0..lines.length())
        .map(|i| words(&lines.item(i).unwrap().text_content().unwrap()))
        .collect()
}

/// What the Rules view should list for `id` in the report of `plan`.
fn expected(plan: &Plan, id: &str) -> Vec<String> {
    let i = RULES.iter().position(|r| r.id == id).unwrap();
    rule_uses(&size(plan).unwrap())[i]
        .cards
        .iter()
        .map(|c| {
            let mut items = c.items.clone();
            if c.more > 0 {
                items.push(format!("and {} more", c.more));
            }
            format!("{}: {}", c.card, items.join(""))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_figures_listed_for_a_rule_follow_the_plan() {
    let app = mount(None).await;
    let plan = Plan::default();
    // WEB-4 on the guide's example: 3 web app servers and the cases with servers down.
    let web4 = listed(&app, "WEB-4");
    assert_eq!(web4, expected(&plan, "WEB-4"));
    assert!(
        web4[0].starts_with("Web app servers: Web app servers in zone Default: 3"),
        "{web4:?}"
    );
    // AS-1 (autoscaling) is not used by a static pool, AG-8 (N+2) is.
    assert!(row(&app, "AS-1").class_list().contains("unused"));
    assert_eq!(
        words(
            &row(&app, "AS-1")
                .query_selector(".rule-uses")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        ),
        "Not used by this plan."
    );
    assert!(!row(&app, "AG-8").class_list().contains("unused"));
    let used = |p: &Plan| {
        rule_uses(&size(p).unwrap())
            .iter()
            .filter(|u| u.used())
            .count()
    };
    assert_eq!(
        app.text("rules-used"),
        format!(
            "This plan uses {} of the {} rules.",
            used(&plan),
            RULES.len()
        )
    );

    // Autoscaling: AS-1 now sizes the agents and AG-8's spare agents are gone (AG-9).
    let start = now_ms();
    app.choose("agents-mode", "autoscale").await;
    // The view follows the plan once typing pauses (FOLLOW_DELAY), not on the keystroke
    // (checked when the change took less than that, as it does unless the machine stalls).
    if now_ms() - start < FOLLOW_DELAY.as_millis() as f64 {
        assert_eq!(listed(&app, "AS-1"), Vec::<String>::new(), "not yet");
    }
    ui_support::wait_ms(FOLLOW_DELAY.as_millis() as i32 + 50).await;
    ui_support::settle().await;
    let mut autoscaled = Plan::default();
    autoscaled.agents.mode = AgentMode::Autoscale;
    assert!(!row(&app, "AS-1").class_list().contains("unused"));
    assert_eq!(listed(&app, "AS-1"), expected(&autoscaled, "AS-1"));
    assert!(listed(&app, "AS-1")[0].starts_with("Agents: "));
    assert!(row(&app, "AG-8").class_list().contains("unused"));
    assert_eq!(
        app.text("rules-used"),
        format!(
            "This plan uses {} of the {} rules.",
            used(&autoscaled),
            RULES.len()
        )
    );

    // Back to a static pool, then straight to print: the printed rules are the plan's own,
    // without waiting for a pause.
    let start = now_ms();
    app.choose("agents-mode", "static").await;
    if now_ms() - start < FOLLOW_DELAY.as_millis() as f64 {
        assert!(row(&app, "AG-8").class_list().contains("unused"), "not yet");
    }
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&web_sys::Event::new("beforeprint").unwrap())
        .unwrap();
    settle().await;
    assert!(!row(&app, "AG-8").class_list().contains("unused"));
    assert_eq!(listed(&app, "WEB-4"), expected(&plan, "WEB-4"));
    assert_eq!(
        app.text("rules-used"),
        format!(
            "This plan uses {} of the {} rules.",
            used(&plan),
            RULES.len()
        )
    );
    window
        .dispatch_event(&web_sys::Event::new("afterprint").unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn figures_resting_on_rules_outside_the_guide_carry_the_badge() {
    let mut plan = Plan::default();
    plan.agents.mode = AgentMode::Autoscale;
    let report = size(&plan).unwrap();
    let outside = report.agents.why.iter().filter(|w| w.outside_guide).count();
    assert!(outside > 0, "autoscaled agents rest on AS-1");
    let app = mount(Some(plan)).await;
    // The agents' AutoScale reasons (AS-2..AS-4) sit in the AutoScale card (issue 16), the
    // rest in the agents card: between them, every reason carries its badge once.
    for card in ["#role-agent", "#role-autoscale"] {
        let details = app
            .root
            .query_selector(&format!("{card} details.why"))
            .unwrap()
            .unwrap();
        details.set_attribute("open", "").unwrap();
    }
    settle().await;
    assert_eq!(
        app.count("#role-agent .why .badge.outside-guide")
            + app.count("#role-autoscale .why .badge.outside-guide"),
        outside as u32
    );
    let badge = app
        .root
        .query_selector("#role-agent .why .badge.outside-guide")
        .unwrap()
        .unwrap();
    // Its words, and an explanation for screen readers.
    assert_eq!(
        words(&badge.text_content().unwrap()),
        "outside the guide: not from Kasm's sizing guide; its rule says where it comes from"
    );
    // A static pool's agent figures rest on the guide, but for their swap (SW-1).
    let app = mount(None).await;
    let details = app
        .root
        .query_selector("#role-agent details.why")
        .unwrap()
        .unwrap();
    details.set_attribute("open", "").unwrap();
    settle().await;
    assert_eq!(app.count("#role-agent .why .badge.outside-guide"), 1);
    let marked = app
        .root
        .query_selector("#role-agent .why .why-item:has(.badge.outside-guide) .rules")
        .unwrap()
        .unwrap();
    assert_eq!(words(&marked.text_content().unwrap()), "SW-1");
}
