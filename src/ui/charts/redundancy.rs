//! Redundancy chart: capacity per "k servers down in each zone" scenario as bars against
//! the peak-demand line (DEP-3). Each bar is coloured by what it means: enough, expected
//! under the chosen redundancy, replaced by autoscaling, or short of what was promised; a
//! bar that is short says by how much, and a standby database shows what it restores.

use leptos::html::Figure;
use leptos::prelude::*;

use super::axis::{Plot, XAxis, YAxis};
use super::drawn_fit;
use crate::charts::path::num;
use crate::charts::redundancy::{
    redundancy_chart, role_key, status_key, status_words, BarChart, BarLayout, BarRect,
};
use crate::engine::{Report, RoleReport, ScenarioStatus};
use crate::ui::state::use_app_state;

const HEIGHT: f64 = 240.0;
/// Narrowest layout: below it the chart scales down and its text grows to stay 11 px.
const MIN_WIDTH: f64 = 320.0;

/// The redundancy chart of one role (its scenarios against its peak demand).
#[component]
pub fn RedundancyChart(
    /// The role's report (its scenarios and peak demand).
    #[prop(into)]
    role: Signal<RoleReport>,
) -> impl IntoView {
    let figure: NodeRef<Figure> = NodeRef::new();
    let fit = drawn_fit(figure, MIN_WIDTH);
    let chart: Memo<BarChart> = Memo::new(move |_| role.with(redundancy_chart));
    let layout: Memo<BarLayout> = Memo::new(move |_| {
        let f = fit.get();
        chart.with(|c| c.layout(f.width, HEIGHT, f.font))
    });
    let key = role.with_untracked(|r| role_key(r.role));
    let title = Signal::derive(move || {
        chart.with(|c| format!("{}: capacity when servers are down", c.role_name))
    });
    let frame = Signal::derive(move || layout.with(|l| l.frame));
    let demand_y = move || layout.with(|l| l.demand_y);
    let label_x = move || num(frame.get().x1() + 4.0);
    // The statuses this chart shows, in a legend under it.
    let statuses = Memo::new(move |_| {
        let mut seen: Vec<ScenarioStatus> = Vec::new();
        chart.with(|c| {
            for b in &c.bars {
                if !seen.contains(&b.status) {
                    seen.push(b.status);
                }
            }
        });
        seen
    });
    view! {
        <figure
            node_ref=figure
            class="chart chart-redundancy"
            data-testid=format!("chart-redundancy-{key}")
        >
            <figcaption>{title}</figcaption>
            <Plot
                id=format!("chart-redundancy-{key}")
                width=Signal::derive(move || fit.get().width)
                height=HEIGHT
                font=Signal::derive(move || fit.get().font)
                title
                desc=Signal::derive(move || chart.with(BarChart::describe))
            >
                <YAxis
                    frame
                    ticks=Signal::derive(move || layout.with(|l| l.y_ticks.clone()))
                    title="Sessions (peak concurrent)"
                />
                <XAxis
                    frame
                    ticks=Vec::new()
                    title=Signal::derive(move || chart.with(|c| c.axis_title.to_string()))
                />
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
                <text class="demand-label" x=label_x y=move || num(demand_y() - 3.0)>
                    {move || layout.with(|l| l.demand_label[0].clone())}
                </text>
                <text
                    class="demand-label"
                    x=label_x
                    y=move || num(demand_y() + 3.0 + fit.get().font)
                >
                    {move || layout.with(|l| l.demand_label[1].clone())}
                </text>
            </Plot>
            <ul class="chart-legend" aria-hidden="true">
                <For each=move || statuses.get() key=|s| status_key(*s) let:status>
                    <li class=format!("legend-{}", status_key(status))>{status_words(status)}</li>
                </For>
            </ul>
        </figure>
    }
}

/// Bar `i`: its rectangle, what a standby restores, its label and its case under the axis.
#[component]
fn BarShape(layout: Memo<BarLayout>, i: usize) -> impl IntoView {
    let bar = Memo::new(move |_| layout.with(|l| l.bars.get(i).cloned()));
    let at = move |f: fn(&BarRect) -> f64| move || bar.with(|b| num(b.as_ref().map_or(0.0, f)));
    let short = move || bar.with(|b| b.as_ref().is_some_and(|b| b.bar.short));
    let class = move || {
        bar.with(|b| {
            let Some(b) = b else { return String::from("bar") };
            let mut class = format!("bar {}", status_key(b.bar.status));
            if b.bar.short {
                class.push_str(" short");
            }
            if b.bar.maintenance {
                class.push_str(" maintenance");
            }
            class
        })
    };
    let lines = Memo::new(move |_| {
        bar.with(|b| {
            b.as_ref()
                .and_then(|b| b.label.as_ref())
                .map(|l| {
                    l.lines
                        .iter()
                        .cloned()
                        .zip(l.baselines.iter().copied())
                        .map(|(t, y)| (t, y, l.x))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let restored = move || bar.with(|b| b.as_ref().and_then(|b| b.restored_y.map(|y| (b.x, y, b.width))));
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
                data-status=move || bar.with(|b| b.as_ref().map(|b| status_key(b.bar.status)))
                data-capacity=move || bar.with(|b| b.as_ref().map(|b| b.bar.capacity.to_string()))
            />
            {move || {
                restored()
                    .map(|(x, y, w)| {
                        let h = (base() - y).max(0.0);
                        view! {
                            <rect class="restored" x=num(x) y=num(y) width=num(w) height=num(h) />
                        }
                    })
            }}
            <For each=move || lines.get() key=|l| (l.0.clone(), l.1.to_bits(), l.2.to_bits()) let:line>
                <text
                    class=move || if short() { "bar-value short" } else { "bar-value" }
                    x=num(line.2)
                    y=num(line.1)
                    text-anchor="middle"
                >
                    {line.0.clone()}
                </text>
            </For>
            <text
                class="tick"
                x=at(|b| b.x + b.width / 2.0)
                y=move || num(base() + 16.0)
                text-anchor="middle"
            >
                {move || bar.with(|b| b.as_ref().and_then(|b| b.axis_label.clone()).unwrap_or_default())}
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
