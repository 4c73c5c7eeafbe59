//! Browser component tests of plan links: the bad-link notice shows names as text only,
//! Reset clears it, the restore offer loads the stored plan, and component tests (link off)
//! never touch the page address.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kasm_sizer::engine::Plan;
use kasm_sizer::share::decode_link;
use kasm_sizer::ui::share::bar::ShareBar;
use kasm_sizer::ui::share::notice::{LinkNotice, RestoreBanner};
use kasm_sizer::ui::share::{start, ShareState};
use kasm_sizer::ui::state::AppState;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

struct Shared {
    root: HtmlElement,
    state: AppState,
    share: ShareState,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Shared {
    fn drop(&mut self) {
        self.root.remove();
    }
}

async fn mount_share() -> Shared {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let slot = std::rc::Rc::new(std::cell::RefCell::new(None));
    let out = slot.clone();
    let handle = mount_to(root.clone(), move || {
        let state = AppState::provide(Plan::default());
        let share = start(state, None);
        *out.borrow_mut() = Some((state, share));
        view! {
            <ShareBar />
            <LinkNotice />
            <RestoreBanner />
        }
    });
    leptos::task::tick().await;
    let (state, share) = slot.borrow_mut().take().unwrap();
    Shared {
        root,
        state,
        share,
        _handle: Box::new(handle),
    }
}

fn by_id(root: &HtmlElement, id: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_bad_link_notice_lists_markup_as_text_and_creates_no_element() {
    let app = mount_share().await;
    let link = decode_link("name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&sessions=abc&x=1");
    assert_eq!(link.notices.len(), 3);
    app.share.notices.set(link.notices);
    leptos::task::tick().await;

    let notice = by_id(&app.root, "link-notice").expect("notice shown");
    let text = notice.text_content().unwrap();
    assert!(text.contains("<img src=x onerror=alert(1)>"), "{text}");
    assert!(text.contains("sessions=abc"), "{text}");
    assert_eq!(notice.query_selector_all("li").unwrap().length(), 3);
    assert!(
        app.root.query_selector("img").unwrap().is_none(),
        "no img element"
    );
}

#[wasm_bindgen_test]
async fn reset_clears_the_notice_and_loads_the_default_plan() {
    let app = mount_share().await;
    let link = decode_link("sessions=900&colour=blue");
    app.state.load_plan(link.plan);
    app.share.notices.set(link.notices);
    leptos::task::tick().await;
    assert_eq!(app.state.plan.get_untracked().peak_sessions(), 900);

    by_id(&app.root, "reset-plan")
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert_eq!(app.state.plan.get_untracked(), Plan::default());
    assert!(by_id(&app.root, "link-notice").is_none());
}

#[wasm_bindgen_test]
async fn restore_loads_the_offered_plan_and_closes_the_offer() {
    let app = mount_share().await;
    let stored = decode_link("v=1&sessions=777&arch=d2a").plan;
    app.share.offer.set(Some((stored.clone(), None)));
    leptos::task::tick().await;

    by_id(&app.root, "restore-plan")
        .expect("offer shown")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert_eq!(app.state.plan.get_untracked(), stored);
    assert!(by_id(&app.root, "restore-plan").is_none());
}

#[wasm_bindgen_test]
async fn the_share_field_stays_hidden_and_out_of_the_tab_order_until_the_clipboard_fails() {
    // Issue 13, bug 5: the fallback field used to sit off screen as an invisible Tab stop.
    let app = mount_share().await;
    app.state.load_plan(decode_link("sessions=1000").plan);
    leptos::task::tick().await;
    let field: web_sys::HtmlInputElement = by_id(&app.root, "share-url").unwrap().unchecked_into();
    assert!(field.hidden(), "hidden until Copy link needs it");
    assert!(field.read_only());
    assert_eq!(
        field.value(),
        "",
        "nothing computed for a field nobody sees"
    );
}

#[wasm_bindgen_test]
async fn an_app_mounted_without_link_never_touches_the_address() {
    let before = web_sys::window().unwrap().location().href().unwrap();
    let app = ui_support::mount(None).await;
    app.type_into("peak-sessions", "1234").await;
    leptos::task::tick().await;
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before
    );
}
