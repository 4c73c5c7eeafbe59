//! Long lists in the result cards, drawn a part at a time (issue 6 stress).
//!
//! A 1,000-workspace plan has about 2,250 agent settings and 1,000 agent "why" figures:
//! drawn whole they are some 10,000 page elements and one long task. Each list draws its
//! first [`FIRST_ROWS`] rows, says how many it shows, and has a button for the next
//! [`MORE_ROWS`]. Every row is still in the JSON export.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::support::format::thousands;
use crate::support::paging::Shown;

/// Rows a list draws at first: all of an ordinary plan's (about three settings and one or
/// two figures per workspace profile).
pub const FIRST_ROWS: usize = 50;
/// Rows one click on "Show more" adds.
pub const MORE_ROWS: usize = 100;

/// How many rows each long list of the results column draws, by list id (`settings-agent`,
/// `why-webapp`); lists not in the map draw [`FIRST_ROWS`]. Provided as context by the
/// results column; a card mounted alone draws its first rows.
#[derive(Clone, Copy)]
pub struct ListsShown(RwSignal<BTreeMap<String, usize>>);

impl ListsShown {
    /// Provide a fresh one to the cards below.
    pub fn provide() -> Self {
        let shown = Self(RwSignal::new(BTreeMap::new()));
        provide_context(shown);
        shown
    }

    /// How many rows list `id` draws (tracked).
    pub fn limit(this: Option<Self>, id: &str) -> usize {
        this.and_then(|s| s.0.with(|m| m.get(id).copied()))
            .unwrap_or(FIRST_ROWS)
    }

    /// Every list back to its first rows.
    pub fn reset(self) {
        self.0.update(BTreeMap::clear);
    }
}

/// Which rows of a list of `len` rows with id `id` are drawn (tracked).
pub fn shown_rows(id: String, len: Signal<usize>) -> Memo<Shown> {
    let lists = use_context::<ListsShown>();
    Memo::new(move |_| Shown::first(len.get(), ListsShown::limit(lists, &id)))
}

/// Under a list `id` of which `page` is drawn: "50 of 2,250 {what} shown" and the button for
/// the next rows (test ids `shown-{id}` and `show-{id}`); nothing when all are drawn.
#[component]
pub fn MoreRows(
    /// The list's id.
    id: String,
    /// What is drawn of it.
    page: Memo<Shown>,
    /// What the rows are ("settings", "figures").
    what: &'static str,
) -> impl IntoView {
    let lists = use_context::<ListsShown>();
    let label = Memo::new(move |_| page.get().more_label(MORE_ROWS));
    let show_more = {
        let id = id.clone();
        move |_| {
            let p = page.get_untracked();
            if let Some(lists) = lists {
                lists.0.update(|m| {
                    m.insert(id.clone(), p.shown + p.next(MORE_ROWS));
                });
            }
        }
    };
    view! {
        <Show when=move || label.with(Option::is_some)>
            <div class="row more-rows">
                <p class="hint" aria-live="polite" data-testid=format!("shown-{id}")>
                    {move || {
                        let p = page.get();
                        format!(
                            "{} of {} {what} shown; the JSON export holds all of them.",
                            thousands(p.shown as u64),
                            thousands(p.total as u64),
                        )
                    }}
                </p>
                <button
                    type="button"
                    class="secondary"
                    data-testid=format!("show-{id}")
                    on:click=show_more.clone()
                >
                    {move || label.get().unwrap_or_default()}
                </button>
            </div>
        </Show>
    }
}
