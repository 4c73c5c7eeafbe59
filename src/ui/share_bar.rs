//! The share bar: Copy link, Reset, exports (JSON, CSV, Markdown) and Print.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use wasm_bindgen::JsCast;

use super::actions::{action_button, clicked_action};
use super::markup::live_on;
use super::share_dom;
use super::share_sync::use_share_state;
use super::state::use_app_state;
use crate::export::{to_csv, to_json, to_markdown};
use crate::markup::{el, El, Node};

/// Buttons that share, reset and export the current plan.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_app_state();
    let share = use_share_state();
    let status = RwSignal::new(String::new());
    let show_field = RwSignal::new(false);
    let link = move || share_dom::page_url_with(&share.query());

    let say = move |text: &str| {
        status.set(text.to_string());
        let shown = text.to_string();
        set_timeout(
            move || {
                if status.get_untracked() == shown {
                    status.set(String::new());
                }
            },
            Duration::from_secs(4),
        );
    };

    let copy = move || {
        let url = share_dom::page_url_with(&state.plan.with_untracked(|p| {
            crate::share::encode_link(p, share.pinned.get_untracked().as_ref())
        }));
        spawn_local(async move {
            if share_dom::copy_with_clipboard_api(&url).await {
                show_field.set(false);
                say("Link copied");
                return;
            }
            // No Clipboard API (or refused): select the link in a read-only field.
            show_field.set(true);
            let copied = document()
                .query_selector("[data-testid=share-url]")
                .ok()
                .flatten()
                .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| {
                    input.set_value(&url);
                    share_dom::copy_by_selection(&input)
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
                share_dom::download("kasm-sizing.json", "application/json", &to_json(&plan, r))
            }
            ("csv", Some(r)) => {
                share_dom::download("kasm-sizing-bom.csv", "text/csv", &to_csv(&plan, r))
            }
            ("md", Some(r)) => share_dom::download(
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
    // Only a page whose plan has never been valid has no report; asked that way, drawing
    // the bar never waits for the sizing.
    let no_report = move || state.stale.get() && state.report.with_untracked(Option::is_none);
    // Every button's click bubbles up to here and names what it does in data-action.
    let on_click = move |ev: web_sys::Event| {
        let action = clicked_action(&ev);
        match action.as_deref() {
            Some("copy") => copy(),
            Some("reset") => share.reset(&state),
            Some("json") => export("json"),
            Some("csv") => export("csv"),
            Some("md") => export("md"),
            Some("print") => share_dom::print(),
            _ => {}
        }
    };
    live_on(vec![("click", Box::new(on_click))], move || {
        Some(el("div").class("share-host").child(share_bar(
            &link(),
            show_field.get(),
            &status.get(),
            no_report(),
        )))
    })
}

fn button(action: &str, testid: &str, label: &str, disabled: bool) -> Node {
    action_button(action, label)
        .testid(testid)
        .attr_opt("disabled", disabled.then_some(""))
        .into()
}

/// The bar: buttons, the link field (shown when the clipboard cannot be used) and a status.
fn share_bar(link: &str, show_field: bool, status: &str, no_report: bool) -> El {
    el("div")
        .class("share-bar no-print")
        .attr("role", "group")
        .attr("aria-label", "Share and export")
        .children([
            button("copy", "copy-link", "Copy link", false),
            button("reset", "reset-plan", "Reset plan", false),
            button("json", "export-json", "Export JSON", false),
            button("csv", "export-csv", "Export CSV", no_report),
            button("md", "export-md", "Export Markdown", no_report),
            button("print", "print-plan", "Print", false),
        ])
        .child(
            el("input")
                .attr("type", "text")
                .attr("readonly", "")
                .class(if show_field {
                    "share-url shown"
                } else {
                    "share-url"
                })
                .attr("aria-label", "Link to this plan")
                .testid("share-url")
                .attr("value", link),
        )
        .child(
            el("span")
                .class("share-status")
                .attr("role", "status")
                .attr("aria-live", "polite")
                .testid("share-status")
                .text(status),
        )
}
