//! Compare view (issue 5): pin the current plan as A, keep editing (B), and read both side by
//! side with the figures that differ highlighted. The pinned plan lives in the plan-links
//! state ([`ShareState::pinned`](crate::ui::share_sync::ShareState)), so it travels in the URL.

use leptos::prelude::*;

use crate::compare::{compare, differences, CompareRow};
use crate::engine::size;
use crate::ui::share_sync::use_share_state;
use crate::ui::state::use_app_state;

/// The comparison table of computed rows.
#[component]
pub fn CompareTable(
    /// Rows from [`compare`].
    rows: Vec<CompareRow>,
) -> impl IntoView {
    let n = differences(&rows);
    let mut group = "";
    let mut body = Vec::new();
    for r in rows {
        if r.group != group {
            group = r.group;
            body.push(
                view! {
                    <tr class="group">
                        <th scope="colgroup" colspan="4">{group}</th>
                    </tr>
                }
                .into_any(),
            );
        }
        let testid = if r.differs {
            "compare-diff"
        } else {
            "compare-row"
        };
        body.push(
            view! {
                <tr class:diff=r.differs data-testid=testid data-key=r.key.clone()>
                    <th scope="row">{r.label}</th>
                    <td class="num" data-testid=format!("compare-a-{}", r.key)>{r.a}</td>
                    <td class="num" data-testid=format!("compare-b-{}", r.key)>{r.b}</td>
                    <td class="num delta">{r.delta.unwrap_or_default()}</td>
                </tr>
            }
            .into_any(),
        );
    }
    view! {
        <p class="compare-count" data-testid="compare-count">
            {match n {
                0 => "A and B give the same figures.".to_string(),
                1 => "1 figure differs (highlighted).".to_string(),
                n => format!("{n} figures differ (highlighted)."),
            }}
        </p>
        // Focusable, so keyboard users can scroll the table when it is wider than the card.
        <div class="table-wrap" tabindex="0" role="region" aria-label="Plan A against plan B">
            <table class="compare-table" data-testid="compare-table">
                <caption>"Plan A (pinned) against plan B (current)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        <th scope="col" class="num">"A (pinned)"</th>
                        <th scope="col" class="num">"B (current)"</th>
                        <th scope="col" class="num">"B − A"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The compare card: a "Pin as A" button, then the side-by-side table and "Unpin".
#[component]
pub fn ComparePanel() -> impl IntoView {
    let state = use_app_state();
    let pinned = use_share_state().pinned;
    // A's report only changes when A does; B's is the app's own last good report.
    let report_a = Memo::new(move |_| pinned.with(|a| a.as_ref().and_then(|a| size(a).ok())));
    let rows = move || {
        let a = pinned.get()?;
        let ra = report_a.get()?;
        let b = state.plan.get();
        state
            .report
            .with(|rb| rb.as_ref().map(|rb| compare(&a, &ra, &b, rb)))
    };
    let pin = move |_| pinned.set(Some(state.plan.get_untracked()));
    let unpin = move |_| pinned.set(None);
    view! {
        <section class="card compare" aria-labelledby="h-compare" data-testid="compare">
            <h2 id="h-compare">"Compare"</h2>
            {move || match rows() {
                None if pinned.with(|a| a.is_some()) && report_a.with(|r| r.is_none()) => view! {
                    <p>"The pinned plan A cannot be sized any more; unpin it to start again."</p>
                    <button type="button" data-testid="compare-unpin" on:click=unpin>
                        "Unpin"
                    </button>
                }
                    .into_any(),
                None => view! {
                    <p>
                        "Pin this plan as A, then change anything (architecture, agent mode, recording ...) to see A and B side by side."
                    </p>
                    <button type="button" data-testid="compare-pin" on:click=pin>
                        "Pin as A"
                    </button>
                }
                    .into_any(),
                Some(rows) => view! {
                    <CompareTable rows=rows />
                    <div class="compare-actions">
                        <button type="button" data-testid="compare-pin" on:click=pin>
                            "Pin current as A"
                        </button>
                        <button type="button" data-testid="compare-unpin" on:click=unpin>
                            "Unpin"
                        </button>
                    </div>
                }
                    .into_any(),
            }}
        </section>
    }
}
