//! Compare view (issue 5): pin the current plan as A, keep editing (B), and read both side by
//! side with the figures that differ highlighted. The pinned plan lives in the plan-links
//! state ([`ShareState::pinned`](crate::ui::share_sync::ShareState)), so it travels in the URL.

use leptos::prelude::*;

use crate::compare::{compare, differences, CompareRow};
use crate::engine::size;
use crate::markup::{el, El, Node};
use crate::ui::actions::{action_button, clicked_action};
use crate::ui::markup::{live, live_on};
use crate::ui::results::table::{scroll_wrap, td_num, th_col};
use crate::ui::share_sync::use_share_state;
use crate::ui::state::use_app_state;

/// The comparison of computed rows: how many differ, then the table.
pub fn compare_table(rows: &[CompareRow]) -> El {
    let n = differences(rows);
    let mut group = "";
    let mut body: Vec<Node> = Vec::new();
    for r in rows {
        if r.group != group {
            group = r.group;
            body.push(
                el("tr")
                    .class("group")
                    .child(
                        el("th")
                            .attr("scope", "colgroup")
                            .attr("colspan", "4")
                            .text(group),
                    )
                    .into(),
            );
        }
        let tr = el("tr");
        let tr = if r.differs { tr.class("diff") } else { tr };
        body.push(
            tr.testid(if r.differs {
                "compare-diff"
            } else {
                "compare-row"
            })
            .attr("data-key", r.key.as_str())
            .child(el("th").attr("scope", "row").text(r.label.as_str()))
            .child(td_num(r.a.as_str()).testid(format!("compare-a-{}", r.key)))
            .child(td_num(r.b.as_str()).testid(format!("compare-b-{}", r.key)))
            .child(
                el("td")
                    .class("num delta")
                    .text(r.delta.clone().unwrap_or_default()),
            )
            .into(),
        );
    }
    let count = match n {
        0 => "A and B give the same figures.".to_string(),
        1 => "1 figure differs (highlighted).".to_string(),
        n => format!("{n} figures differ (highlighted)."),
    };
    let head = el("tr")
        .child(th_col("Figure", false))
        .child(th_col("A (pinned)", true))
        .child(th_col("B (current)", true))
        .child(th_col("B − A", true));
    el("div")
        .class("compare-body")
        .child(
            el("p")
                .class("compare-count")
                .testid("compare-count")
                .text(count),
        )
        .child(
            scroll_wrap("Plan A against plan B").child(
                el("table")
                    .class("compare-table")
                    .testid("compare-table")
                    .child(el("caption").text("Plan A (pinned) against plan B (current)"))
                    .child(el("thead").child(head))
                    .child(el("tbody").children(body)),
            ),
        )
}

/// The compare card: a "Pin as A" button, then the side-by-side table and "Unpin".
#[component]
pub fn ComparePanel() -> impl IntoView {
    let state = use_app_state();
    let pinned = use_share_state().pinned;
    // A's report only changes when A does; B's is the app's own last good report.
    let report_a = Memo::new(move |_| pinned.with(|a| a.as_ref().and_then(|a| size(a).ok())));
    let has_pin = move || pinned.with(|a| a.is_some());
    let rows = move || {
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
    };
    let body = live(move || {
        Some(match rows() {
            Some(rows) => compare_table(&rows),
            None if has_pin() => el("p")
                .text("The pinned plan A cannot be sized any more; unpin it to start again."),
            None => el("p").text(
                "Pin this plan as A, then change anything (architecture, agent mode, recording ...) to see A and B side by side.",
            ),
        })
    });
    let on_click = move |ev: web_sys::Event| match clicked_action(&ev).as_deref() {
        Some("pin") => pinned.set(Some(state.plan.get_untracked())),
        Some("unpin") => pinned.set(None),
        _ => {}
    };
    let actions = live_on(vec![("click", Box::new(on_click))], move || {
        let pin = has_pin();
        Some(
            el("div")
                .class("compare-actions")
                .child(
                    action_button("pin", if pin { "Pin current as A" } else { "Pin as A" })
                        .testid("compare-pin"),
                )
                .child(
                    action_button("unpin", "Unpin")
                        .testid("compare-unpin")
                        .attr_opt("hidden", (!pin).then_some("")),
                ),
        )
    });
    view! {
        <section class="card compare" aria-labelledby="h-compare" data-testid="compare">
            <h2 id="h-compare">"Compare"</h2>
            {body}
            {actions}
        </section>
    }
}
