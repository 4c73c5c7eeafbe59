//! The status line above the results: up to date, or stale with what to fix.

use leptos::prelude::*;

use crate::ui::state::use_app_state;

/// Always takes the same room, so the results do not jump when it changes.
#[component]
pub fn StatusLine() -> impl IntoView {
    let state = use_app_state();
    let unplaced = move || {
        // No errors, nothing to place: do not even look at the draft (keeps typing cheap).
        if state.errors.with(|e| e.is_empty()) {
            return Vec::new();
        }
        let shown = state.draft.with(|d| d.field_paths());
        state.errors.with(|e| e.unplaced(&shown))
    };
    view! {
        <div class="status" class:is-stale=move || state.stale.get() role="status">
            {move || {
                if state.stale.get() {
                    let n = state.errors.with(|e| e.len());
                    let text = if state.report.with(|r| r.is_some()) {
                        format!(
                            "Showing the last valid plan: fix {} highlighted field{} to update.",
                            n,
                            if n == 1 { "" } else { "s" },
                        )
                    } else {
                        "Fix the highlighted fields to see results.".to_string()
                    };
                    view! {
                        <p class="stale-notice" data-testid="stale-notice">
                            <span class="badge warning">"Out of date"</span>
                            {text}
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p class="fresh" data-testid="fresh-notice">
                            <span class="badge ok">"Live"</span>
                            "Results follow every change you make."
                        </p>
                    }
                        .into_any()
                }
            }}
            {move || {
                let list = unplaced();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <ul class="plan-errors" data-testid="plan-errors">
                                {list
                                    .into_iter()
                                    .map(|(path, m)| view! { <li><code>{path}</code>" "{m}</li> })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </div>
    }
}
