//! Derived settings to type into Kasm, Docker or a DNS/LB console, each with a copy button.
//!
//! Copy buttons carry their text in `data-copy`; one click handler on the results column
//! ([`copy_on_click`]) serves them all.

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;

use super::paged::more_rows;
use crate::engine::Setting;
use crate::markup::{el, El};
use crate::support::paging::Shown;

/// A button that copies `value`; `what` names it for screen readers.
pub fn copy_button(value: &str, what: &str) -> El {
    el("button")
        .attr("type", "button")
        .class("copy")
        .attr("aria-label", format!("Copy {what}"))
        .attr("data-copy", value)
        .child(el("span").attr("aria-live", "polite").text("Copy"))
}

/// The settings of a card (`key`, as in `role-{key}`) as a list of name, value and copy
/// button, the first `limit` of them drawn (list id `settings-{key}`); `None` when there are
/// none.
pub fn settings_list(settings: &[Setting], limit: usize, key: &str) -> Option<El> {
    if settings.is_empty() {
        return None;
    }
    let page = Shown::first(settings.len(), limit);
    let items = settings[..page.shown].iter().map(|s| {
        el("li")
            .class("setting")
            .child(
                el("div")
                    .class("setting-head")
                    .child(el("span").class("setting-name").text(s.name.as_str()))
                    .child_opt(
                        s.scope
                            .as_deref()
                            .map(|sc| el("span").class("scope").text(sc)),
                    )
                    .child(el("span").class("rule").text(s.rule.as_str())),
            )
            .child(
                el("div")
                    .class("setting-value")
                    .child(el("code").text(s.value.as_str()))
                    .child(copy_button(&s.value, &s.name)),
            )
            .child(el("p").class("note").text(s.note.as_str()))
            .into()
    });
    let more = more_rows(&format!("settings-{key}"), page, "settings");
    Some(
        el("div")
            .class("settings")
            .child(el("h4").text("Settings to enter"))
            .child(el("ul").children(items))
            .child_opt(more),
    )
}

/// Click handler for a container of copy buttons: copies the clicked button's `data-copy`
/// and says so in the button for a moment; failures are shown, not thrown.
pub fn copy_on_click(ev: web_sys::Event) {
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("button[data-copy]").ok().flatten())
    else {
        return;
    };
    let value = button.get_attribute("data-copy").unwrap_or_default();
    // The live region inside the button says what happened.
    let live = button
        .query_selector("span")
        .ok()
        .flatten()
        .unwrap_or_else(|| button.clone());
    let label = move |text: &str| live.set_text_content(Some(text));
    let Some(window) = web_sys::window() else {
        return;
    };
    // No clipboard outside secure contexts: say so instead of calling into `undefined`.
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        label("Select and copy");
        return;
    }
    let promise = navigator.clipboard().write_text(&value);
    label("Copying…");
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        label(if ok { "Copied" } else { "Copy failed" });
        let reset = label.clone();
        set_timeout(
            move || reset("Copy"),
            std::time::Duration::from_millis(1500),
        );
    });
}
