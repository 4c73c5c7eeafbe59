//! The status line above the results: up to date, or stale with what to fix.

use leptos::prelude::*;

use crate::ui::state::use_app_state;

/// Always takes the same room, so the results do not jump when it changes.
#[component]
pub fn StatusLine() -> impl IntoView {
    let state = use_app_state();
    let stale = state.stale;
    let message = move || {
        let n = state.errors.with(|e| e.len());
        if state.report.with(|r| r.is_some()) {
            format!(
                "Showing the last valid plan: fix {} highlighted field{} to update.",
                n,
                if n == 1 { "" } else { "s" },
            )
        } else {
            "Fix the highlighted fields to see results.".to_string()
        }
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
