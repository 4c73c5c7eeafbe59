//! Redundancy chart: capacity per "k servers down" scenario as bars against the peak-demand
//! line (DEP-3); short bars are coloured, hatched and labelled.

use leptos::prelude::*;

use super::axis::{Plot, XAxis, YAxis};
use crate::charts::path::num;
use crate::charts::redundancy::{redundancy_chart, role_key, BarChart, BarLayout, BarRect};
use crate::engine::{Report, RoleReport};
use crate::support::format::thousands;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 240.0;

/// The redundancy chart of one role (its scenarios against its peak demand).
#[component]
pub fn RedundancyChart(
    /// The role's report (its scenarios and peak demand).
    #[prop(into)]
    role: Signal<RoleReport>,
) -> impl IntoView {
    let chart: Memo<BarChart> = Memo::new(move |_| role.with(redundancy_chart));
    let layout: Memo<BarLayout> = Memo::new(move |_| chart.with(|c| c.layout(WIDTH, HEIGHT)));
    let key = role.with_untracked(|r| role_key(r.role));
    let title = Signal::derive(move || {
        chart.with(|c| format!("{}: capacity when servers are down", c.role_name))
    });
    let frame = Signal::derive(move || layout.with(|l| l.frame));
    let demand_y = move || layout.with(|l| l.demand_y);
    view! {
        <figure class="chart chart-redundancy" data-testid=format!("chart-redundancy-{key}")>
            <figcaption>{title}</figcaption>
            <Plot
                id=format!("chart-redundancy-{key}")
                width=WIDTH
                height=HEIGHT
                title
                desc=Signal::derive(move || chart.with(BarChart::describe))
            >
                <YAxis
                    frame
                    ticks=Signal::derive(move || layout.with(|l| l.y_ticks.clone()))
                    title="Sessions (peak concurrent)"
                />
                <XAxis frame ticks=Vec::new() title="Servers out of service" />
                <For each=move || 0..layout.with(|l| l.bars.len()) key=|i| *i let:i>
                    <BarShape layout i />
                </For>
                <line
                    class="demand"
                    x1=move || num(frame.get().x0())
                    x2=move || num(frame.get().x1())
                    y1=move || num(demand_y())
                    y2=move || num(demand_y())
                />
                <text class="demand-label" x=num(WIDTH - 58.0 + 4.0) y=move || num(demand_y() - 3.0)>
                    "peak"
                </text>
                <text class="demand-label" x=num(WIDTH - 58.0 + 4.0) y=move || num(demand_y() + 10.0)>
                    {move || chart.with(|c| thousands(c.demand))}
                </text>
            </Plot>
        </figure>
    }
}

/// Bar `i`: its rectangle, its value label and its case label under the axis.
#[component]
fn BarShape(layout: Memo<BarLayout>, i: usize) -> impl IntoView {
    let bar = Memo::new(move |_| layout.with(|l| l.bars.get(i).cloned()));
    let at = move |f: fn(&BarRect) -> f64| move || bar.with(|b| num(b.as_ref().map_or(0.0, f)));
    let short = move || bar.with(|b| b.as_ref().is_some_and(|b| b.bar.short));
    let class = move || {
        bar.with(|b| {
            let mut class = String::from("bar");
            if let Some(b) = b {
                if b.bar.short {
                    class.push_str(" short");
                }
                if b.bar.maintenance {
                    class.push_str(" maintenance");
                }
            }
            class
        })
    };
    let value = move || {
        bar.with(|b| {
            b.as_ref()
                .map(|b| {
                    if b.bar.short {
                        format!("{} short", b.value_label)
                    } else {
                        b.value_label.clone()
                    }
                })
                .unwrap_or_default()
        })
    };
    let cx = at(|b| b.x + b.width / 2.0);
    let base = move || layout.with(|l| l.frame.y1());
    view! {
        <g class="bar-group">
            <rect
                class=class
                x=at(|b| b.x)
                y=at(|b| b.y)
                width=at(|b| b.width)
                height=at(|b| b.height)
                data-testid="bar"
                data-short=move || short().then_some("true")
                data-capacity=move || bar.with(|b| b.as_ref().map(|b| b.bar.capacity.to_string()))
            />
            <text
                class=move || if short() { "bar-value short" } else { "bar-value" }
                x=cx
                y=at(|b| b.y - 5.0)
                text-anchor="middle"
            >
                {value}
            </text>
            <text class="tick" x=cx y=move || num(base() + 16.0) text-anchor="middle">
                {move || bar.with(|b| b.as_ref().map(|b| b.bar.label.clone()).unwrap_or_default())}
            </text>
        </g>
    }
}

/// One redundancy chart per role that has servers, from the last good report.
///
/// Each role has its own memo, so an edit that leaves a role's figures alone (the database
/// on most edits) leaves its chart alone too.
#[component]
pub fn RedundancyCharts() -> impl IntoView {
    let state = use_app_state();
    let slot = move |pick: fn(&Report) -> &RoleReport| {
        let role = Memo::new(move |_| {
            state.report.with(|r| {
                r.as_ref()
                    .map(pick)
                    .filter(|role| role.total > 0 && !role.scenarios.is_empty())
                    .cloned()
            })
        });
        let shown = Memo::new(move |_| role.with(Option::is_some));
        view! {
            <Show when=move || shown.get()>
                {move || {
                    // Drawn while the role has servers; as it goes, the chart keeps its last
                    // figures for the moment until it is removed.
                    role.get_untracked().map(|first| {
                        let role = Memo::new(move |_| role.get().unwrap_or_else(|| first.clone()));
                        view! { <RedundancyChart role /> }
                    })
                }}
            </Show>
        }
    };
    view! {
        <div class="chart-grid">
            {slot(|r| &r.web_app)}
            {slot(|r| &r.database)}
            {slot(|r| &r.agents)}
            {slot(|r| &r.proxies)}
        </div>
    }
}
