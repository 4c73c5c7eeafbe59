//! Growth curve: servers per role as peak sessions grow to 3x today's figure (step lines),
//! today's figure marked, each exact step marked with its session count, and the monthly
//! cost on a second axis when unit costs are given.

use leptos::prelude::*;

use super::axis::{XAxis, YAxis};
use crate::charts::growth::{growth_curve, GrowthCurve};
use crate::charts::path::num;
use crate::format::thousands;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;

/// The growth chart of a computed curve.
#[component]
pub fn GrowthChartView(
    /// The curve to draw.
    curve: GrowthCurve,
) -> impl IntoView {
    let layout = curve.layout(WIDTH, HEIGHT);
    let frame = layout.frame;
    let title = "Servers as peak sessions grow".to_string();
    let has_cost = layout.cost_d.is_some();
    let legend = layout
        .paths
        .iter()
        .map(|p| (p.key, p.name, p.today_servers))
        .collect::<Vec<_>>();
    let label_y = |lane: usize| frame.y0() - 24.0 + 12.0 * lane as f64;
    view! {
        <figure class="chart chart-growth" data-testid="chart-growth">
            <figcaption>{title.clone()}</figcaption>
            <ul class="chart-legend">
                {legend
                    .into_iter()
                    .map(|(key, name, today)| {
                        view! {
                            <li>
                                <span class=format!("swatch series-{key}") aria-hidden="true"></span>
                                {format!("{name} ({today} today)")}
                            </li>
                        }
                    })
                    .collect_view()}
                {has_cost
                    .then(|| {
                        view! {
                            <li>
                                <span class="swatch series-cost" aria-hidden="true"></span>
                                "Monthly cost (right axis)"
                            </li>
                        }
                    })}
            </ul>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="chart-growth-title chart-growth-desc"
                class="chart-svg"
            >
                <title id="chart-growth-title">{title}</title>
                <desc id="chart-growth-desc">{curve.describe()}</desc>
                <YAxis frame=frame ticks=layout.y_ticks.clone() title="Servers".to_string() />
                {has_cost
                    .then(|| {
                        view! {
                            <YAxis
                                frame=frame
                                ticks=layout.cost_ticks.clone()
                                title="Monthly cost".to_string()
                                right=true
                            />
                        }
                    })}
                <XAxis
                    frame=frame
                    ticks=layout.x_ticks.clone()
                    title="Peak concurrent sessions".to_string()
                />
                <line
                    class="today"
                    x1=num(layout.today_x)
                    x2=num(layout.today_x)
                    y1=num(frame.y0())
                    y2=num(frame.y1())
                />
                <text class="today-label" x=num(layout.today_x + 4.0) y=num(frame.y1() - 6.0)>
                    {format!("today {}", thousands(curve.today))}
                </text>
                {layout
                    .cost_d
                    .clone()
                    .map(|d| view! { <path class="series series-cost" d=d fill="none" /> })}
                {layout
                    .paths
                    .iter()
                    .map(|p| {
                        view! {
                            <path
                                class=format!("series series-{}", p.key)
                                data-role=p.key
                                d=p.d.clone()
                                fill="none"
                            />
                        }
                    })
                    .collect_view()}
                {layout
                    .markers
                    .iter()
                    .map(|m| {
                        let label = m.label.clone().map(|(text, placed)| {
                            let ly = label_y(placed.lane);
                            view! {
                                <g class=format!("step-label series-{}", m.key) aria-hidden="true">
                                    <line
                                        class="step-guide"
                                        x1=num(m.x)
                                        x2=num(m.x)
                                        y1=num(ly + 3.0)
                                        y2=num(m.y)
                                    />
                                    <text x=num(placed.at) y=num(ly) text-anchor="middle">
                                        {text}
                                    </text>
                                </g>
                            }
                        });
                        view! {
                            {label}
                            <circle
                                class=format!("step series-{}", m.key)
                                data-step-sessions=m.sessions.to_string()
                                data-role=m.key
                                data-servers=m.servers.to_string()
                                cx=num(m.x)
                                cy=num(m.y)
                                r="3.5"
                            >
                                <title>
                                    {format!("{} servers from {} sessions", m.servers, thousands(m.sessions))}
                                </title>
                            </circle>
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}

/// The growth chart of the current plan; recomputed only when the valid plan changes.
#[component]
pub fn GrowthChart() -> impl IntoView {
    let state = use_app_state();
    // A memo, not a closure: the curve costs dozens of engine runs and is read once per
    // change of the plan, never per unrelated signal.
    let curve = Memo::new(move |_| state.plan.with(growth_curve));
    move || view! { <GrowthChartView curve=curve.get() /> }
}
