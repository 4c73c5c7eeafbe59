//! The share bar: Copy link, Reset, exports (JSON, CSV, Markdown) and Print.

use std::time::Duration;

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::{spawn_local, tick};

use super::{dom, use_share_state};
use crate::export::{export_state, to_csv, to_json, to_markdown};
use crate::ui::state::use_app_state;

/// Buttons that share, reset and export the current plan.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_app_state();
    let share = use_share_state();
    let status = RwSignal::new(String::new());
    // The read-only link field, shown only when the clipboard cannot be used.
    let show_field = RwSignal::new(false);
    let field: NodeRef<Input> = NodeRef::new();
    let link = move || dom::page_url_with(&share.query());

    let say = move |text: &str| {
        status.set(text.to_string());
        let shown = text.to_string();
        set_timeout(
            move || {
                if status.try_get_untracked().is_some_and(|s| s == shown) {
                    status.set(String::new());
                }
            },
            Duration::from_secs(4),
        );
    };

    let copy = move |_| {
        let url = dom::page_url_with(&state.plan.with_untracked(|p| {
            crate::share::encode_link(p, share.pinned.get_untracked().as_ref())
        }));
        spawn_local(async move {
            if dom::copy_with_clipboard_api(&url).await {
                show_field.set(false);
                say("Link copied");
                return;
            }
            // No Clipboard API (or refused): select the link in a read-only field.
            show_field.set(true);
            tick().await;
            let copied = field
                .get_untracked()
                .map(|input| {
                    input.set_value(&url);
                    dom::copy_by_selection(&input)
                })
                .unwrap_or(false);
            if copied {
                say("Link copied");
            } else {
                status.set("Press Ctrl+C (or Cmd+C) to copy the selected link".into());
            }
        });
    };

    let export = move |kind: &'static str| {
        let plan = state.plan.get_untracked();
        let report = state.report.get_untracked();
        let url = link();
        let done = match (kind, report.as_ref()) {
            ("json", r) => {
                dom::download("kasm-sizing.json", "application/json", &to_json(&plan, r))
            }
            ("csv", Some(r)) => dom::download("kasm-sizing-bom.csv", "text/csv", &to_csv(&plan, r)),
            ("md", Some(r)) => dom::download(
                "kasm-sizing.md",
                "text/markdown",
                &to_markdown(&plan, r, Some(&url)),
            ),
            _ => false,
        };
        if !done {
            say("The browser refused the download");
        }
    };
    // One rule for all three exports (issue 14, item 7). Only a page whose plan has never
    // been valid has no report; asked that way, drawing the bar never waits for the sizing.
    let exports = Memo::new(move |_| {
        let stale = state.stale.get();
        let has_report = !stale || state.report.with_untracked(Option::is_some);
        export_state(has_report, stale)
    });
    let no_report = move || !exports.get().enabled;
    view! {
        <div class="share-bar no-print" role="group" aria-label="Share and export">
            <button type="button" data-testid="copy-link" on:click=copy>"Copy link"</button>
            <button type="button" data-testid="reset-plan" on:click=move |_| share.reset(&state)>
                "Reset plan"
            </button>
            <button
                type="button"
                data-testid="undo"
                aria-keyshortcuts="Control+Z"
                title="Undo the last change (Ctrl+Z)"
                disabled=move || !state.can_undo_redo.get().0
                on:click=move |_| state.undo_redo(false)
            >
                "Undo"
            </button>
            <button
                type="button"
                data-testid="redo"
                aria-keyshortcuts="Control+Shift+Z"
                title="Redo what was undone (Ctrl+Shift+Z)"
                disabled=move || !state.can_undo_redo.get().1
                on:click=move |_| state.undo_redo(true)
            >
                "Redo"
            </button>
            <button type="button" data-testid="export-json" disabled=no_report on:click=move |_| export("json")>
                "Export JSON"
            </button>
            <button type="button" data-testid="export-csv" disabled=no_report on:click=move |_| export("csv")>
                "Export CSV"
            </button>
            <button type="button" data-testid="export-md" disabled=no_report on:click=move |_| export("md")>
                "Export Markdown"
            </button>
            <button type="button" data-testid="print-plan" on:click=|_| dom::print()>"Print"</button>
            <input
                node_ref=field
                type="text"
                readonly=true
                class="share-url"
                class:shown=move || show_field.get()
                hidden=move || !show_field.get()
                aria-label="Link to this plan"
                data-testid="share-url"
                // Written only while the field is shown: the copy fallback fills it itself.
                prop:value=move || if show_field.get() { link() } else { String::new() }
            />
            <span class="share-status" role="status" aria-live="polite" data-testid="share-status">
                {move || status.get()}
            </span>
            <p class="export-note" data-testid="export-note" hidden=move || exports.get().note.is_none()>
                {move || exports.get().note.unwrap_or_default()}
            </p>
        </div>
    }
}
