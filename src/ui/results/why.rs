//! The expandable "why": each figure with its value, rule ids and formula.

use leptos::prelude::*;

use crate::engine::Why;

/// A `<details>` listing every reason; `open` survives re-rendering while typing.
///
/// The list is built only while the details are open, so closed cards stay light to redraw.
#[component]
pub fn WhyDetails(
    /// The reasons.
    why: Vec<Why>,
    /// Whether the details are open (kept by the parent card).
    open: RwSignal<bool>,
) -> impl IntoView {
    if why.is_empty() {
        return None;
    }
    let why = StoredValue::new(why);
    Some(view! {
        <details
            class="why"
            prop:open=move || open.get_untracked()
            on:toggle=move |ev| {
                use leptos::wasm_bindgen::JsCast;
                if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    open.set(d.has_attribute("open"));
                }
            }
        >
            <summary>"Why these numbers?"</summary>
            {move || open.get().then(|| why_list(why.get_value()))}
        </details>
    })
}

fn why_list(why: Vec<Why>) -> impl IntoView {
    view! {
            <dl>
                {why
                    .into_iter()
                    .map(|w| {
                        view! {
                            <div class="why-item">
                                <dt>
                                    {w.figure}
                                    ": "
                                    <strong>{w.value}</strong>
                                    {w.assumption
                                        .then(|| {
                                            view! {
                                                <span
                                                    class="badge assumption"
                                                    title="This project's reading where the guide is silent"
                                                >
                                                    "assumption"
                                                </span>
                                            }
                                        })}
                                </dt>
                                <dd>
                                    <code class="formula">{w.formula}</code>
                                    <span class="rules">
                                        {w
                                            .rules
                                            .into_iter()
                                            .map(|r| view! { <span class="rule">{r}</span> })
                                            .collect_view()}
                                    </span>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
    }
}
