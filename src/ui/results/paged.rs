//! Long lists in the result cards, drawn a part at a time (issue 6 stress).
//!
//! A 1,000-workspace plan has about 2,250 agent settings and 1,000 agent "why" figures:
//! drawn whole they are some 10,000 page elements and one long task. Each list draws its
//! first [`FIRST_ROWS`] rows, says how many it shows, and has a button for the next
//! [`MORE_ROWS`]. Every row is still in the JSON export.
//!
//! How far each list is open is one signal for the whole column ([`ListsShown`], in context);
//! the buttons carry the list's id and the count to open to, so one click handler serves all.

use leptos::prelude::*;

use crate::markup::{el, El};
use crate::support::format::thousands;
use crate::support::paging::Shown;
use crate::ui::actions::clicked_action;
use crate::ui::form::inputs::action_button;
use crate::ui::provided;
use std::collections::BTreeMap;

/// Rows a list draws at first: all of an ordinary plan's (about three settings and one or
/// two figures per workspace profile).
pub const FIRST_ROWS: usize = 50;
/// Rows one click on "Show more" adds.
pub const MORE_ROWS: usize = 100;

/// `data-action` prefix of a "Show more" button; `{list id}:{rows to show}` follows.
const ACTION: &str = "show-rows:";

/// How many rows each long list of the results column draws, by list id (`settings-agent`,
/// `why-webapp`); lists not in the map draw [`FIRST_ROWS`].
#[derive(Clone, Copy)]
pub struct ListsShown(RwSignal<BTreeMap<String, usize>>);

thread_local! {
    static LISTS_SHOWN: provided::Slot<ListsShown> = const { provided::Slot::new() };
}

impl ListsShown {
    /// Provide a fresh one to the cards below (see [`crate::ui::provided`]).
    pub fn provide() -> Self {
        let shown = Self(RwSignal::new(BTreeMap::new()));
        provided::provide(&LISTS_SHOWN, shown);
        shown
    }

    /// The one provided by a results column, if any (a card mounted alone has none).
    pub fn current() -> Option<Self> {
        provided::get(&LISTS_SHOWN)
    }

    /// How many rows list `id` draws (tracked).
    pub fn limit(this: Option<Self>, id: &str) -> usize {
        this.and_then(|s| s.0.with(|m| m.get(id).copied()))
            .unwrap_or(FIRST_ROWS)
    }

    /// Handle a click on a "Show more" button; false for any other click.
    pub fn on_click(self, ev: &web_sys::Event) -> bool {
        let Some(action) = clicked_action(ev) else {
            return false;
        };
        let Some((id, rows)) = action
            .strip_prefix(ACTION)
            .and_then(|rest| rest.rsplit_once(':'))
            .and_then(|(id, n)| Some((id.to_owned(), n.parse::<usize>().ok()?)))
        else {
            return false;
        };
        self.0.update(|m| {
            m.insert(id, rows);
        });
        true
    }

    /// Every list back to its first rows.
    pub fn reset(self) {
        self.0.update(BTreeMap::clear);
    }
}

/// Under a list `id` of which `page` is drawn: "50 of 2,250 {what} shown" and the button for
/// the next rows (test ids `shown-{id}` and `show-{id}`); `None` when all are drawn.
pub fn more_rows(id: &str, page: Shown, what: &str) -> Option<El> {
    let label = page.more_label(MORE_ROWS)?;
    Some(
        el("div")
            .class("row more-rows")
            .child(
                el("p")
                    .class("hint")
                    .attr("aria-live", "polite")
                    .testid(format!("shown-{id}"))
                    .text(format!(
                        "{} of {} {what} shown; the JSON export holds all of them.",
                        thousands(page.shown as u64),
                        thousands(page.total as u64)
                    )),
            )
            .child(action_button(
                "secondary",
                format!("{ACTION}{id}:{}", page.shown + page.next(MORE_ROWS)),
                format!("show-{id}"),
                &label,
            )),
    )
}
