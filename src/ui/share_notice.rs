//! The two messages plan links can show: what a bad link could not use, and the offer to
//! restore the last plan on the bare page. Names from links are shown as text only.

use leptos::prelude::*;

use super::actions::{action_button, clicked_action};
use super::markup::live_on;
use super::share_sync::use_share_state;
use super::state::use_app_state;
use crate::markup::el;

/// Lists every part of the opening link that was ignored or adjusted, and why.
#[component]
pub fn LinkNotice() -> impl IntoView {
    let share = use_share_state();
    let notice = move || {
        share.notices.with(|notices| {
            (!notices.is_empty()).then(|| {
                el("section")
                        .class("link-notice no-print")
                        .attr("role", "status")
                        .testid("link-notice")
                        .child(
                            el("p")
                                .child(el("strong").text("Part of this link could not be used as written."))
                                .text(" Everything else opened as shared; these parts were ignored or adjusted:"),
                        )
                        .child(el("ul").children(notices.iter().map(|n| el("li").text(n.to_line()).into())))
                        .child(action_button("dismiss", "Dismiss"))
            })
        })
    };
    let on_click = move |ev: web_sys::Event| {
        if clicked_action(&ev).as_deref() == Some("dismiss") {
            share.notices.set(Vec::new());
        }
    };
    live_on(vec![("click", Box::new(on_click))], move || {
        Some(el("div").class("notice-host").child_opt(notice()))
    })
}

/// On the bare page, offers the plan from the last visit.
#[component]
pub fn RestoreBanner() -> impl IntoView {
    let state = use_app_state();
    let share = use_share_state();
    let banner = move || {
        share.offer.with(|o| o.is_some()).then(|| {
            el("section")
                .class("restore-banner no-print")
                .attr("role", "status")
                .child(el("p").text("Your last plan is saved in this browser."))
                .child(action_button("restore", "Restore it").testid("restore-plan"))
                .child(action_button("dismiss", "Dismiss").testid("dismiss-restore"))
        })
    };
    let on_click = move |ev: web_sys::Event| match clicked_action(&ev).as_deref() {
        Some("restore") => share.restore(&state),
        Some("dismiss") => share.offer.set(None),
        _ => {}
    };
    live_on(vec![("click", Box::new(on_click))], move || {
        Some(el("div").class("notice-host").child_opt(banner()))
    })
}
