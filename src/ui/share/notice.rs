//! The two messages plan links can show: what a bad link could not use, and the offer to
//! restore the last plan on the bare page. Names from links are shown as text only.

use leptos::html::Section;
use leptos::prelude::*;

use super::use_share_state;
use crate::ui::focus::focus_later;
use crate::ui::state::use_app_state;

/// Lists every part of the opening link that was ignored or adjusted, and why.
///
/// It sits above the form and the results, and takes the keyboard focus when the page
/// opens with it (issue 14, item 7): a live region that is already on the page when it
/// loads is not announced, a focused one is read out. Dismissing it moves the focus on to
/// the results.
#[component]
pub fn LinkNotice() -> impl IntoView {
    let share = use_share_state();
    let notice: NodeRef<Section> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(el) = notice.get() {
            _ = el.focus();
        }
    });
    let dismiss = move |_| {
        share.notices.set(Vec::new());
        focus_later("results".into());
    };
    view! {
        <Show when=move || share.notices.with(|n| !n.is_empty())>
            <section
                class="link-notice no-print"
                node_ref=notice
                tabindex="-1"
                role="status"
                aria-labelledby="link-notice-title"
                data-testid="link-notice"
            >
                <p>
                    <strong id="link-notice-title">"Part of this link could not be used as written."</strong>
                    " Everything else opened as shared; these parts were ignored or adjusted:"
                </p>
                <ul>
                    <For each=move || share.notices.get() key=|n| n.to_line() let:notice>
                        <li>{notice.to_line()}</li>
                    </For>
                </ul>
                <button type="button" data-testid="dismiss-link-notice" on:click=dismiss>
                    "Dismiss"
                </button>
            </section>
        </Show>
    }
}

/// On the bare page, offers the plan from the last visit.
#[component]
pub fn RestoreBanner() -> impl IntoView {
    let state = use_app_state();
    let share = use_share_state();
    view! {
        <Show when=move || share.offer.with(Option::is_some)>
            <section class="restore-banner no-print" role="status">
                <p>"Your last plan is saved in this browser."</p>
                <button type="button" data-testid="restore-plan" on:click=move |_| share.restore(&state)>
                    "Restore it"
                </button>
                <button type="button" data-testid="dismiss-restore" on:click=move |_| share.offer.set(None)>
                    "Dismiss"
                </button>
            </section>
        </Show>
    }
}
