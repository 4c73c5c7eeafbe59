//! The status line above the results: up to date, or stale with what to fix.

use leptos::prelude::*;

use crate::markup::{el, El};
use crate::ui::markup::live;
use crate::ui::state::{use_app_state, AppState};

/// Always takes the same room, so the results do not jump when it changes.
#[component]
pub fn StatusLine() -> impl IntoView {
    let state = use_app_state();
    live(move || Some(status_line(state)))
}

fn status_line(state: AppState) -> El {
    let stale = state.stale.get();
    let notice = if stale {
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
        el("p")
            .class("stale-notice")
            .testid("stale-notice")
            .child(el("span").class("badge warning").text("Out of date"))
            .text(text)
    } else {
        el("p")
            .class("fresh")
            .testid("fresh-notice")
            .child(el("span").class("badge ok").text("Live"))
            .text("Results follow every change you make.")
    };
    // Errors the form cannot show at a field; with no errors the draft is not even read.
    let unplaced = if state.errors.with(|e| e.is_empty()) {
        Vec::new()
    } else {
        let shown = state.draft.with(|d| d.field_paths());
        state.errors.with(|e| e.unplaced(&shown))
    };
    let list = (!unplaced.is_empty()).then(|| {
        el("ul")
            .class("plan-errors")
            .testid("plan-errors")
            .children(unplaced.into_iter().map(|(path, m)| {
                el("li")
                    .child(el("code").text(path))
                    .text(" ")
                    .text(m)
                    .into()
            }))
    });
    el("div")
        .class(if stale { "status is-stale" } else { "status" })
        .attr("role", "status")
        .child(notice)
        .child_opt(list)
}
