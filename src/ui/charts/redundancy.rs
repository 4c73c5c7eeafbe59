//! Redundancy chart: capacity per "k servers down in each zone" scenario as bars against
//! the peak-demand line (DEP-3). Each bar is coloured by what it means: enough, expected
//! under the chosen redundancy, replaced by autoscaling, or short of what was promised; a
//! bar that is short says by how much, and a standby database shows what it restores.

use leptos::html::Figure;
use leptos::prelude::*;

use super::axis::{x_axis, y_axis, Plot};
use super::drawn_fit;
use crate::charts::path::num;
use crate::charts::redundancy::{
    redundancy_chart, role_key, single_server_chart, status_key, status_words, BarChart, BarLayout,
    BarRect,
};
use crate::engine::{Report, RoleReport, ScenarioStatus};
use crate::ui::state::use_app_state;

const HEIGHT: f64 = 240.0;
/// Narrowest layout: below it the chart scales down and its text grows to stay 11 px.
const MIN_WIDTH: f64 = 320.0;

/// The redundancy chart of one role (its scenarios against its peak demand).
#[component]
pub fn RedundancyChart(
    /// The role's bars (its scenarios and peak demand).
    #[prop(into)]
    chart: Signal<BarChart>,
) -> impl IntoView {
    let figure: NodeRef<Figure> = NodeRef::new();
    let fit = drawn_fit(figure, MIN_WIDTH);
    let layout: Memo<BarLayout> = Memo::new(move |_| {
        let f = fit.get();
        chart.with(|c| c.layout(f.width, HEIGHT, f.font))
    });
    let key = chart.with_untracked(|c| role_key(c.role));
    let title = Signal::derive(move || {
        chart.with(|c| format!("{}: capacity when servers are down", c.role_name))
    });
    // A standby database's restored capacity, drawn as an outline: in the legend too.
    let restores = Memo::new(move |_| chart.with(|c| c.bars.iter().any(|b| b.restored.is_some())));
    // Expected bars are hatched as well as amber, so the bars and the legend tell the
    // statuses apart without colour (issue 14, item 4).
    let id = format!("chart-redundancy-{key}");
    let hatch = format!("{id}-hatch");
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
                id=id.clone()
                width=Signal::derive(move || fit.get().width)
                height=HEIGHT
                font=Signal::derive(move || fit.get().font)
                title
                desc=Signal::derive(move || chart.with(BarChart::describe))
            >
                <defs>
                    <pattern
                        id=hatch.clone()
                        patternUnits="userSpaceOnUse"
                        width="6"
                        height="6"
                        patternTransform="rotate(45)"
                    >
                        <line class="hatch" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                </defs>
                // One closure draws every shape from the layout; Leptos updates the drawn
                // elements in place, attribute by attribute, when it changes.
                {move || chart.with(|c| layout.with(|l| plot_body(c, l, &hatch)))}
            </Plot>
            <ul class="chart-legend" aria-hidden="true">
                {move || {
                    statuses
                        .get()
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li class=format!("legend-{}", status_key(s))>
                                    <span class="swatch"></span>
                                    {status_words(s)}
                                </li>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    restores
                        .get()
                        .then(|| {
                            view! {
                                <li class="legend-restored">
                                    <span class="swatch"></span>
                                    "once the standby has restored the backups"
                                </li>
                            }
                        })
                }}
            </ul>
        </figure>
    }
}

/// Axes, bars, labels and the peak line of a laid-out chart; `hatch` is the id of the
/// pattern laid over expected bars.
fn plot_body(chart: &BarChart, l: &BarLayout, hatch: &str) -> impl IntoView + use<> {
    let frame = l.frame;
    let label_x = num(frame.x1() + 4.0);
    view! {
        {y_axis(frame, &l.y_ticks, "Sessions (peak concurrent)".into(), false)}
        {x_axis(frame, &[], chart.axis_title.to_string(), l.font)}
        {l.bars.iter().map(|b| bar_shape(b, frame.y1(), hatch)).collect_view()}
        <line
            class="demand"
            x1=num(frame.x0())
            x2=num(frame.x1())
            y1=num(l.demand_y)
            y2=num(l.demand_y)
        />
        <text class="demand-label" x=label_x.clone() y=num(l.demand_y - 3.0)>
            {l.demand_label[0].clone()}
        </text>
        <text class="demand-label" x=label_x y=num(l.demand_y + 3.0 + l.font)>
            {l.demand_label[1].clone()}
        </text>
    }
}

/// One bar: its rectangle (hatched with pattern `hatch` when expected), what a standby
/// restores, its label and its case under the axis.
fn bar_shape(b: &BarRect, base: f64, hatch: &str) -> impl IntoView + use<> {
    // The status names the colour; `has-shortfall` marks any bar below peak, an expected
    // one included.
    let status = status_key(b.bar.status);
    let mut class = format!("bar {status}");
    if b.bar.short {
        class.push_str(" has-shortfall");
    }
    if b.bar.maintenance {
        class.push_str(" maintenance");
    }
    let value_class = format!("bar-value {status}");
    let hatched = (b.bar.status == ScenarioStatus::Expected).then(|| {
        view! {
            <rect
                class="bar-hatch"
                fill=format!("url(#{hatch})")
                x=num(b.x)
                y=num(b.y)
                width=num(b.width)
                height=num(b.height)
            />
        }
    });
    let restored = b.restored_y.map(|y| {
        view! {
            <rect
                class="restored"
                x=num(b.x)
                y=num(y)
                width=num(b.width)
                height=num((base - y).max(0.0))
            />
        }
    });
    let lines = b
        .label
        .iter()
        .flat_map(|l| {
            let value_class = value_class.clone();
            l.lines.iter().zip(&l.baselines).map(move |(t, &y)| {
                view! {
                    <text class=value_class.clone() x=num(l.x) y=num(y) text-anchor="middle">
                        {t.clone()}
                    </text>
                }
            })
        })
        .collect_view();
    view! {
        <g class="bar-group">
            <rect
                class=class
                x=num(b.x)
                y=num(b.y)
                width=num(b.width)
                height=num(b.height)
                data-testid="bar"
                data-short=b.bar.short.then_some("true")
                data-status=status_key(b.bar.status)
                data-capacity=b.bar.capacity.to_string()
            />
            {hatched}
            {restored}
            {lines}
            <text class="tick" x=num(b.x + b.width / 2.0) y=num(base + 16.0) text-anchor="middle">
                {b.axis_label.clone().unwrap_or_default()}
            </text>
        </g>
    }
}

/// One redundancy chart per role that has servers (or the single server's, SS-1), from the
/// last good report.
///
/// Each role has its own memo, so an edit that leaves a role's figures alone (the database
/// on most edits) leaves its chart alone too.
#[component]
pub fn RedundancyCharts() -> impl IntoView {
    let state = use_app_state();
    let slot = move |pick: fn(&Report) -> Option<BarChart>| {
        let chart = Memo::new(move |_| state.report.with(|r| r.as_ref().and_then(pick)));
        let shown = Memo::new(move |_| chart.with(Option::is_some));
        view! {
            <Show when=move || shown.get()>
                {move || {
                    // Drawn while the role has servers; as it goes, the chart keeps its last
                    // figures for the moment until it is removed.
                    chart.get_untracked().map(|first| {
                        let chart = Memo::new(move |_| chart.get().unwrap_or_else(|| first.clone()));
                        view! { <RedundancyChart chart /> }
                    })
                }}
            </Show>
        }
    };
    fn role(role: &RoleReport) -> Option<BarChart> {
        (role.total > 0 && !role.scenarios.is_empty()).then(|| redundancy_chart(role))
    }
    view! {
        <div class="chart-grid">
            {slot(|r| r.single_server.as_ref().map(single_server_chart))}
            {slot(|r| role(&r.web_app))}
            {slot(|r| role(&r.database))}
            {slot(|r| role(&r.agents))}
            {slot(|r| role(&r.proxies))}
        </div>
    }
}
