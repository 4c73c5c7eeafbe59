//! Compare view (issue 5): pin the current plan as A, keep editing (B), and read both side by
//! side with the figures that differ highlighted. The pinned plan lives in the plan-links
//! state ([`ShareState::pinned`](crate::ui::share::ShareState)), so it travels in the URL.

use leptos::prelude::*;

use crate::compare::{compare, differences, CompareRow};
use crate::engine::size;
use crate::ui::results::table::TableWrap;
use crate::ui::share::use_share_state;
use crate::ui::state::use_app_state;

/// Rows of one group of the comparison (Servers, Specs, Totals ...).
#[derive(Clone, PartialEq)]
struct Group {
    name: &'static str,
    rows: Vec<CompareRow>,
}

fn groups(rows: &[CompareRow]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some(g) if g.name == r.group => g.rows.push(r.clone()),
            _ => out.push(Group {
                name: r.group,
                rows: vec![r.clone()],
            }),
        }
    }
    out
}

/// The comparison of computed rows: how many differ, then the table.
#[component]
pub fn CompareTable(
    /// The compared rows.
    #[prop(into)]
    rows: Signal<Vec<CompareRow>>,
) -> impl IntoView {
    let count = move || match rows.with(|r| differences(r)) {
        0 => "A and B give the same figures.".to_string(),
        1 => "1 figure differs (highlighted).".to_string(),
        n => format!("{n} figures differ (highlighted)."),
    };
    let groups = Memo::new(move |_| rows.with(|r| groups(r)));
    view! {
        <div class="compare-body">
            <p class="compare-count" data-testid="compare-count">{count}</p>
            <TableWrap label="Plan A against plan B">
                <table class="compare-table stacks" data-testid="compare-table">
                    <caption>"Plan A (pinned) against plan B (current)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Figure"</th>
                            <th scope="col" class="num">"A (pinned)"</th>
                            <th scope="col" class="num">"B (current)"</th>
                            <th scope="col" class="num">"B − A"</th>
                        </tr>
                    </thead>
                    <For each=move || groups.with(|g| g.iter().map(|g| g.name).collect::<Vec<_>>()) key=|name| *name let:name>
                        <tbody>
                            <tr class="group">
                                <th scope="colgroup" colspan="4">{name}</th>
                            </tr>
                            // A row is its figures: one whose figures change is drawn anew.
                            <For
                                each=move || {
                                    groups.with(|g| {
                                        g.iter().find(|g| g.name == name).map(|g| g.rows.clone()).unwrap_or_default()
                                    })
                                }
                                key=|r| (r.key.clone(), r.a.clone(), r.b.clone())
                                let:r
                            >
                                <tr
                                    class:diff=r.differs
                                    data-testid=if r.differs { "compare-diff" } else { "compare-row" }
                                    data-key=r.key.clone()
                                >
                                    <th scope="row">{r.label.clone()}</th>
                                    <td class="num" data-label="A" data-testid=format!("compare-a-{}", r.key)>{r.a.clone()}</td>
                                    <td class="num" data-label="B" data-testid=format!("compare-b-{}", r.key)>{r.b.clone()}</td>
                                    <td class="num delta" data-label="B − A">{r.delta.clone().unwrap_or_default()}</td>
                                </tr>
                            </For>
                        </tbody>
                    </For>
                </table>
            </TableWrap>
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
    let has_pin = Memo::new(move |_| pinned.with(|a| a.is_some()));
    let rows = Memo::new(move |_| {
        pinned.with(|a| {
            let a = a.as_ref()?;
            report_a.with(|ra| {
                let ra = ra.as_ref()?;
                state.plan.with(|b| {
                    state
                        .report
                        .with(|rb| rb.as_ref().map(|rb| compare(a, ra, b, rb)))
                })
            })
        })
    });
    let compared = Memo::new(move |_| rows.with(Option::is_some));
    view! {
        <section
            class="card compare"
            class:unpinned=move || !compared.get()
            aria-labelledby="h-compare"
            data-testid="compare"
        >
            <h2 id="h-compare">"Compare"</h2>
            <Show
                when=move || compared.get()
                fallback=move || {
                    if has_pin.get() {
                        view! { <p>"The pinned plan A cannot be sized any more; unpin it to start again."</p> }
                    } else {
                        view! {
                            <p>
                                "Pin this plan as A, then change anything (architecture, agent mode, recording ...) to see A and B side by side."
                            </p>
                        }
                    }
                }
            >
                <CompareTable rows=Signal::derive(move || rows.get().unwrap_or_default()) />
            </Show>
            <div class="compare-actions">
                <button
                    type="button"
                    data-testid="compare-pin"
                    on:click=move |_| pinned.set(Some(state.plan.get_untracked()))
                >
                    {move || if has_pin.get() { "Pin current as A" } else { "Pin as A" }}
                </button>
                <button
                    type="button"
                    data-testid="compare-unpin"
                    hidden=move || !has_pin.get()
                    on:click=move |_| pinned.set(None)
                >
                    "Unpin"
                </button>
            </div>
        </section>
    }
}
