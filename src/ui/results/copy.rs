//! A button that copies a value to the clipboard and says, inside itself, what happened.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copy `value`; `what` names it for screen readers ("Copy health check URL").
#[component]
pub fn CopyButton(
    /// The text to copy.
    #[prop(into)]
    value: Signal<String>,
    /// What it is, for the button's accessible name.
    #[prop(into)]
    what: Signal<String>,
) -> impl IntoView {
    // This button's own feedback: it stays with the value it copied.
    let said = RwSignal::new("Copy");
    let copy = move |_| {
        let text = value.get_untracked();
        let Some(window) = web_sys::window() else {
            return;
        };
        // No clipboard outside secure contexts: say so instead of calling into `undefined`.
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if !has_clipboard {
            said.set("Select and copy");
            return;
        }
        let promise = navigator.clipboard().write_text(&text);
        said.set("Copying…");
        spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            _ = said.try_set(if ok { "Copied" } else { "Copy failed" });
            set_timeout(
                move || _ = said.try_set("Copy"),
                Duration::from_millis(1500),
            );
        });
    };
    view! {
        <button
            type="button"
            class="copy"
            aria-label=move || format!("Copy {}", what.get())
            data-copy=value
            on:click=copy
        >
            <span aria-live="polite">{said}</span>
        </button>
    }
}
