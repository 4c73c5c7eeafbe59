//! Helpers for the browser component tests: mount the app, find by test id, type, click.
#![allow(dead_code)]

use kasm_sizer::engine::Plan;
use kasm_sizer::ui::app::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// A mounted app in its own container; unmounted and removed when dropped.
pub struct Mounted {
    /// The container the app is mounted in.
    pub root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Let the app finish reacting: render effects run on later ticks of the executor, the
/// parts drawn on zero-delay timers (`ui::stages`) in later tasks, and what depends on the
/// drawn size (the charts' `ResizeObserver`) after the next frame's layout.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    next_task().await;
    leptos::task::tick().await;
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    next_task().await;
    leptos::task::tick().await;
}

/// Wait for a zero-delay timer: every task queued before it has run.
async fn next_task() {
    wait_ms(0).await;
}

/// Wait for a timer of `ms` milliseconds (what the page does once typing pauses).
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The default plan with its one zone holding `n` copies of its workspace, `W0`, `W1`, ...,
/// of `sessions` peak sessions each (more than 20 make a big plan).
pub fn one_zone_of(n: usize, sessions: u64) -> Plan {
    let mut plan = Plan::default();
    let profile = plan.zones[0].profiles[0].clone();
    plan.zones[0].profiles = (0..n)
        .map(|p| kasm_sizer::engine::WorkspaceProfile {
            name: format!("W{p}"),
            sessions,
            ..profile.clone()
        })
        .collect();
    plan
}

/// Mount the app with `plan` (or the default) and let it render.
pub async fn mount(plan: Option<Plan>) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), move || match plan {
        Some(p) => view! { <App plan=p /> }.into_any(),
        None => view! { <App /> }.into_any(),
    });
    settle().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

impl Mounted {
    /// The element with `data-testid = id`, if present.
    pub fn find(&self, id: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid=\"{id}\"]"))
            .unwrap()
    }

    /// The element with `data-testid = id`; panics with the id when missing.
    pub fn get(&self, id: &str) -> Element {
        self.find(id)
            .unwrap_or_else(|| panic!("no element with data-testid={id}"))
    }

    /// The trimmed text of the element with `data-testid = id`.
    pub fn text(&self, id: &str) -> String {
        self.get(id)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// The input with `data-testid = input-<slug>`.
    pub fn input(&self, slug: &str) -> HtmlInputElement {
        self.get(&format!("input-{slug}")).unchecked_into()
    }

    /// Replace an input's text as typing would (the event bubbles, as a real one does, up to
    /// the form's single listener), then let the app react.
    pub async fn type_into(&self, slug: &str, value: &str) {
        let input = self.input(slug);
        input.set_value(value);
        input.dispatch_event(&bubbling("input")).unwrap();
        settle().await;
    }

    /// Pick an option of a select, then let the app react.
    pub async fn choose(&self, slug: &str, code: &str) {
        let select: HtmlSelectElement = self.get(&format!("input-{slug}")).unchecked_into();
        select.set_value(code);
        select.dispatch_event(&bubbling("change")).unwrap();
        settle().await;
    }

    /// Click the element with `data-testid = id`, then let the app react.
    pub async fn click(&self, id: &str) {
        self.get(id).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// How many elements match a CSS selector inside the app.
    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }
}

/// An event of `kind` that bubbles, like the browser's own input and change events.
pub fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}
