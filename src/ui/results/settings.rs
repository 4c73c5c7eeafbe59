//! Derived settings to type into Kasm, Docker or a DNS/LB console, each with a copy button.

use leptos::prelude::*;

use crate::engine::Setting;

/// Copy `value` to the clipboard and say so for a moment; failures are shown, not thrown.
#[component]
pub fn CopyButton(
    /// Text to copy.
    value: String,
    /// What is copied, for screen readers.
    what: String,
) -> impl IntoView {
    let status = RwSignal::new("Copy");
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        // No clipboard outside secure contexts: say so instead of calling into `undefined`.
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if !has_clipboard {
            status.set("Select and copy");
            return;
        }
        let promise = navigator.clipboard().write_text(&value);
        status.set("Copying…");
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            status.set(if ok { "Copied" } else { "Copy failed" });
            set_timeout(
                move || status.set("Copy"),
                std::time::Duration::from_millis(1500),
            );
        });
    };
    view! {
        <button type="button" class="copy" aria-label=format!("Copy {what}") on:click=copy>
            <span aria-live="polite">{move || status.get()}</span>
        </button>
    }
}

/// The settings of one role as a list of name, value and copy button.
#[component]
pub fn SettingsList(
    /// The settings to show.
    settings: Vec<Setting>,
) -> impl IntoView {
    if settings.is_empty() {
        return None;
    }
    Some(view! {
        <div class="settings">
            <h4>"Settings to enter"</h4>
            <ul>
                {settings
                    .into_iter()
                    .map(|s| {
                        let what = s.name.clone();
                        let value = s.value.clone();
                        view! {
                            <li class="setting">
                                <div class="setting-head">
                                    <span class="setting-name">{s.name}</span>
                                    {s.scope.map(|sc| view! { <span class="scope">{sc}</span> })}
                                    <span class="rule">{s.rule}</span>
                                </div>
                                <div class="setting-value">
                                    <code>{s.value}</code>
                                    <CopyButton value=value what=what />
                                </div>
                                <p class="note">{s.note}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    })
}
