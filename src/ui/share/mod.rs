//! Plan links in the running app: read the link on start, keep the address bar and
//! localStorage in step with the plan, and hold what the share components show.
//!
//! On start a link's plan wins; the bare page only *offers* the stored last plan (a banner
//! with Restore / Dismiss), so opening the page never silently changes what it shows.
//!
//! - [`dom`]: the browser calls (address bar, storage, clipboard, downloads, print).
//! - [`bar`]: the share bar (Copy link, Reset, exports, Print).
//! - [`notice`]: what a bad link could not use, and the offer to restore the last plan.

pub mod bar;
pub mod dom;
pub mod notice;

use std::cell::RefCell;
use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;

use super::state::AppState;
use crate::engine::Plan;
use crate::share::{decode_link, encode_link, Link, Notice};

/// How long typing must pause before the address bar and storage are written.
pub const SYNC_DELAY: Duration = Duration::from_millis(250);

/// The share feature's state, provided as context by [`start`].
#[derive(Clone, Copy)]
pub struct ShareState {
    /// What the opening link could not use, shown once until dismissed.
    pub notices: RwSignal<Vec<Notice>>,
    /// The stored last plan (and its pinned plan) offered on the bare page, until answered.
    pub offer: RwSignal<Option<(Plan, Option<Plan>)>>,
    /// The pinned plan A of the compare view; travels in the link under `a.`.
    pub pinned: RwSignal<Option<Plan>>,
    /// The link's query string, encoded once per change of either plan and read by both
    /// the address bar and the share field (a 1,000-workspace plan takes milliseconds).
    link_query: Memo<String>,
}

impl ShareState {
    /// The query string (without `?`) for the current plan and pinned plan (reactive).
    pub fn query(&self) -> String {
        self.link_query.get()
    }

    /// Load the offered stored plan and close the offer.
    pub fn restore(&self, state: &AppState) {
        if let Some((plan, pinned)) = self.offer.get_untracked() {
            self.offer.set(None);
            self.pinned.set(pinned);
            state.load_plan(plan);
        }
    }

    /// Back to the default plan (the pinned plan is left to the compare view).
    pub fn reset(&self, state: &AppState) {
        self.notices.set(Vec::new());
        self.offer.set(None);
        state.load_plan(Plan::default());
    }
}

/// The [`ShareState`] provided by [`start`].
pub fn use_share_state() -> ShareState {
    expect_context::<ShareState>()
}

thread_local! {
    /// The link of the last good plan while its write to the address bar and storage waits
    /// for typing to pause; [`flush`] writes it at once.
    static UNWRITTEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Write the address bar and storage now if a write is waiting. The panic hook calls it
/// before it tells the user the plan is in the address bar, and so does leaving the page.
pub fn flush() {
    let query = UNWRITTEN.with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.take()));
    if let Some(query) = query {
        dom::replace_query(&query);
        dom::store_query(&query);
    }
}

/// What the page was opened with, read before anything is drawn (see [`read_page_link`]).
pub enum PageLink {
    /// A plan link in the address bar: it replaces the starting plan.
    Opened(Link),
    /// No link, and a plan from the last visit in storage: offered, not loaded.
    Stored(Link),
    /// A bare address and nothing stored.
    Bare,
}

/// Read the page's link, or the plan stored by the last visit. `ui::start` does this in a
/// task of its own before the page is drawn: decoding a 1,000-workspace link is a good part
/// of opening it (issue 6, stress).
pub fn read_page_link() -> PageLink {
    let query = dom::current_query();
    if !query.is_empty() {
        PageLink::Opened(decode_link(&query))
    } else if let Some(stored) = dom::stored_query() {
        PageLink::Stored(decode_link(&stored))
    } else {
        PageLink::Bare
    }
}

/// Provide [`ShareState`]; with the page's link, first open it (or offer the stored plan),
/// then keep the address bar and storage in step with every change of the plan. Without
/// (component tests) the address bar and storage are never touched.
pub fn start(state: AppState, page: Option<PageLink>) -> ShareState {
    let pinned = RwSignal::new(None::<Plan>);
    let share = ShareState {
        notices: RwSignal::new(Vec::new()),
        offer: RwSignal::new(None),
        pinned,
        link_query: Memo::new(move |_| {
            pinned.with(|a| state.plan.with(|p| encode_link(p, a.as_ref())))
        }),
    };
    provide_context(share);
    let Some(page) = page else {
        return share;
    };
    match page {
        PageLink::Opened(link) => {
            state.open_plan(link.plan);
            share.pinned.set(link.pinned);
            share.notices.set(link.notices);
        }
        PageLink::Stored(link) => {
            if link.plan != Plan::default() || link.pinned.is_some() {
                share.offer.set(Some((link.plan, link.pinned)));
            }
        }
        PageLink::Bare => {}
    }
    // Leaving the page (or putting it in the back-forward cache) writes what is waiting.
    let leave = window_event_listener(leptos::ev::pagehide, |_| flush());
    on_cleanup(move || leave.remove());

    // Synchronise the plan with things outside the reactive system: the address bar and,
    // from the first change on, storage (so an unanswered offer is not overwritten by the
    // default plan the bare page starts with). Writing both costs the browser about 20 ms,
    // far more than the whole update, so edits are written once typing pauses for
    // SYNC_DELAY; the page's own links (Copy link, exports) are always computed fresh.
    // While the form has errors the plan shown is an older one; the address keeps what it
    // holds (the link as opened, or the last good plan) until the form is valid again.
    let mut pending: Option<TimeoutHandle> = None;
    Effect::new(move |first_done: Option<bool>| {
        if state.stale.get() {
            return first_done.is_some();
        }
        state.plan.track();
        share.pinned.track();
        if let Some(handle) = pending.take() {
            handle.clear();
        }
        let query = share.link_query.get_untracked();
        if first_done.is_none() {
            dom::replace_query(&query);
        } else {
            UNWRITTEN.with(|q| *q.borrow_mut() = Some(query));
            if share.offer.get_untracked().is_some() {
                share.offer.set(None);
            }
            pending = set_timeout_with_handle(flush, SYNC_DELAY).ok();
        }
        true
    });
    share
}
