//! Preset buttons for the guide's worked examples (Reset lives in the share bar).

use leptos::prelude::*;

use crate::form::presets::PRESETS;
use crate::ui::state::use_app_state;

/// A row of buttons that load a whole example plan.
#[component]
pub fn PresetBar() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="card presets" aria-labelledby="h-presets">
            <div class="presets-head">
                <h2 id="h-presets">"Start from an example"</h2>
            </div>
            <div class="preset-buttons">
                {PRESETS
                    .iter()
                    .map(|p| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                data-testid=format!("preset-{}", p.id)
                                title=p.note
                                on:click=move |_| state.apply_preset(p)
                            >
                                {p.label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
