//! The two messages plan links can show: what a bad link could not use, and the offer to
//! restore the last plan on the bare page. Names from links are shown as text only.

use leptos::prelude::*;

use super::share_sync::use_share_state;
use super::state::use_app_state;

/// Lists every part of the opening link that was ignored or adjusted, and why.
#[component]
pub fn LinkNotice() -> impl IntoView {
    let share = use_share_state();
    move || {
        let notices = share.notices.get();
        (!notices.is_empty()).then(|| {
            let items = notices
                .into_iter()
                .map(|n| view! { <li>{n.to_line()}</li> })
                .collect_view();
            view! {
                <section class="link-notice no-print" role="status" data-testid="link-notice">
                    <p>
                        <strong>"Part of this link could not be used as written."</strong>
                        " Everything else opened as shared; these parts were ignored or adjusted:"
                    </p>
                    <ul>{items}</ul>
                    <button type="button" on:click=move |_| share.notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </section>
            }
        })
    }
}

/// On the bare page, offers the plan from the last visit.
#[component]
pub fn RestoreBanner() -> impl IntoView {
    let state = use_app_state();
    let share = use_share_state();
    move || {
        share.offer.with(|o| o.is_some()).then(|| {
            view! {
                <section class="restore-banner no-print" role="status">
                    <p>"Your last plan is saved in this browser."</p>
                    <button
                        type="button"
                        data-testid="restore-plan"
                        on:click=move |_| share.restore(&state)
                    >
                        "Restore it"
                    </button>
                    <button
                        type="button"
                        data-testid="dismiss-restore"
                        on:click=move |_| share.offer.set(None)
                    >
                        "Dismiss"
                    </button>
                </section>
            }
        })
    }
}
