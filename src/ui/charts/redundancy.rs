//! Redundancy chart: capacity per "k servers down" scenario as bars against the peak-demand
//! line (DEP-3); short bars are coloured, hatched and labelled.

use leptos::prelude::*;

use super::axis::{XAxis, YAxis};
use crate::charts::path::num;
use crate::charts::redundancy::{redundancy_chart, role_key};
use crate::engine::{Report, RoleReport};
use crate::format::thousands;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 240.0;

/// The redundancy chart of one role.
#[component]
pub fn RedundancyChart(
    /// The role's report (its scenarios and peak demand).
    role: RoleReport,
) -> impl IntoView {
    let chart = redundancy_chart(&role);
    let key = role_key(role.role);
    let layout = chart.layout(WIDTH, HEIGHT);
    let title_id = format!("chart-redundancy-{key}-title");
    let desc_id = format!("chart-redundancy-{key}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let title = format!("{}: capacity when servers are down", chart.role_name);
    let frame = layout.frame;
    let demand_y = num(layout.demand_y);
    view! {
        <figure class="chart chart-redundancy" data-testid=format!("chart-redundancy-{key}")>
            <figcaption>{title.clone()}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby=labelled_by
                class="chart-svg"
            >
                <title id=title_id>{title}</title>
                <desc id=desc_id>{chart.describe()}</desc>
                <YAxis
                    frame=frame
                    ticks=layout.y_ticks.clone()
                    title="Sessions (peak concurrent)".to_string()
                />
                <XAxis frame=frame ticks=Vec::new() title="Servers out of service".to_string() />
                {layout
                    .bars
                    .into_iter()
                    .map(|b| {
                        let short = b.bar.short;
                        let cx = num(b.x + b.width / 2.0);
                        let value = if short {
                            format!("{} short", b.value_label)
                        } else {
                            b.value_label.clone()
                        };
                        view! {
                            <g class="bar-group">
                                <rect
                                    data-testid="bar"
                                    class="bar"
                                    class:short=short
                                    class:maintenance=b.bar.maintenance
                                    data-short=short.then_some("true")
                                    data-capacity=b.bar.capacity.to_string()
                                    x=num(b.x)
                                    y=num(b.y)
                                    width=num(b.width)
                                    height=num(b.height)
                                />
                                <text
                                    class="bar-value"
                                    class:short=short
                                    x=cx.clone()
                                    y=num(b.y - 5.0)
                                    text-anchor="middle"
                                >
                                    {value}
                                </text>
                                <text
                                    class="tick"
                                    x=cx
                                    y=num(frame.y1() + 16.0)
                                    text-anchor="middle"
                                >
                                    {b.bar.label}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
                <line
                    class="demand"
                    x1=num(frame.x0())
                    x2=num(frame.x1())
                    y1=demand_y.clone()
                    y2=demand_y.clone()
                />
                <text class="demand-label" x=num(frame.x1() + 4.0) y=num(layout.demand_y - 3.0)>
                    "peak"
                </text>
                <text class="demand-label" x=num(frame.x1() + 4.0) y=num(layout.demand_y + 10.0)>
                    {thousands(chart.demand)}
                </text>
            </svg>
        </figure>
    }
}

/// One redundancy chart per role that has servers, from the last good report.
///
/// Each role has its own memo, so an edit that leaves a role's figures alone (the database
/// on most edits) leaves its chart's DOM alone too.
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
        move || {
            role.get()
                .map(|role| view! { <RedundancyChart role=role /> })
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
