//! The status line above the results: up to date, or stale with what to fix.

use leptos::prelude::*;

use crate::form::stale_message;
use crate::ui::state::use_app_state;

/// Always takes the same room, so the results do not jump when it changes.
#[component]
pub fn StatusLine() -> impl IntoView {
    let state = use_app_state();
    let stale = state.stale;
    // Counted as the form highlights them, so the banner and the fields agree (issue 14,
    // item 8).
    let message = move || {
        let has_report = state.report.with(Option::is_some);
        state.errors.with(|e| {
            state.draft.with(|d| {
                stale_message(
                    e.highlighted(d).len(),
                    e.unplaced(&d.field_paths()).len(),
                    has_report,
                )
            })
        })
    };
    // Errors the form cannot show at a field; with no errors the draft is not even read.
    let unplaced = Memo::new(move |_| {
        if state.errors.with(|e| e.is_empty()) {
            return Vec::new();
        }
        let shown = state.draft.with(|d| d.field_paths());
        state.errors.with(|e| e.unplaced(&shown))
    });
    view! {
        <div class=move || if stale.get() { "status is-stale" } else { "status" } role="status">
            <Show
                when=move || stale.get()
                fallback=|| {
                    view! {
                        <p class="fresh" data-testid="fresh-notice">
                            <span class="badge ok">"Live"</span>
                            "Results follow every change you make."
                        </p>
                    }
                }
            >
                <p class="stale-notice" data-testid="stale-notice">
                    <span class="badge warning">"Out of date"</span>
                    {message}
                </p>
            </Show>
            <Show when=move || unplaced.with(|u| !u.is_empty())>
                <ul class="plan-errors" data-testid="plan-errors">
                    <For each=move || unplaced.get() key=|e| e.clone() let:error>
                        <li>
                            <code>{error.0}</code>
                            " "
                            {error.1}
                        </li>
                    </For>
                </ul>
            </Show>
        </div>
    }
}
