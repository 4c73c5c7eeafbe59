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

/// The growth chart of a computed curve: one small panel per role, sharing the x axis.
#[component]
pub fn GrowthChartView(
    /// The curve to draw.
    curve: GrowthCurve,
) -> impl IntoView {
    let layout = curve.layout(WIDTH);
    let frame = layout.frame;
    let height = frame.height;
    let title = "Servers as peak sessions grow".to_string();
    let empty = (!layout.empty.is_empty()).then(|| {
        format!(
            "Not shown, none needed anywhere in the range: {}.",
            layout.empty.join(", ")
        )
    });
    let today_x = num(layout.today_x);
    view! {
        <figure class="chart chart-growth" data-testid="chart-growth">
            <figcaption>
                {format!(
                    "{title}: 0 to {} peak concurrent sessions (3x today); dots mark where one more server is needed",
                    thousands(curve.max_sessions),
                )}
            </figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {}", num(height))
                role="img"
                aria-labelledby="chart-growth-title chart-growth-desc"
                class="chart-svg"
            >
                <title id="chart-growth-title">{title}</title>
                <desc id="chart-growth-desc">{curve.describe()}</desc>
                {layout
                    .panels
                    .into_iter()
                    .map(|p| {
                        let key = p.key;
                        let axis = if p.role.is_some() { "Servers" } else { "Cost / month" };
                        view! {
                            <g class=format!("panel panel-{key}") data-panel=key>
                                <text class="panel-title" x=num(p.frame.x0()) y=num(p.heading_y)>
                                    {p.name}
                                </text>
                                <YAxis frame=p.frame ticks=p.y_ticks title=axis.to_string() />
                                <line
                                    class="baseline"
                                    x1=num(p.frame.x0())
                                    x2=num(p.frame.x1())
                                    y1=num(p.frame.y1())
                                    y2=num(p.frame.y1())
                                />
                                <path
                                    class=format!("series series-{key}")
                                    data-role=key
                                    d=p.d
                                    fill="none"
                                />
                                {p
                                    .markers
                                    .into_iter()
                                    .map(|m| {
                                        let label = m.label.map(|(text, at)| {
                                            view! {
                                                <g class=format!("step-label series-{key}") aria-hidden="true">
                                                    <line
                                                        class="step-guide"
                                                        x1=num(m.x)
                                                        x2=num(m.x)
                                                        y1=num(p.heading_y + 3.0)
                                                        y2=num(m.y)
                                                    />
                                                    <text x=num(at) y=num(p.heading_y) text-anchor="middle">
                                                        {text}
                                                    </text>
                                                </g>
                                            }
                                        });
                                        view! {
                                            {label}
                                            <circle
                                                class=format!("step series-{key}")
                                                data-step-sessions=m.sessions.to_string()
                                                data-role=key
                                                data-servers=m.servers.to_string()
                                                cx=num(m.x)
                                                cy=num(m.y)
                                                r="3.5"
                                            >
                                                <title>
                                                    {format!(
                                                        "{} servers from {} sessions",
                                                        m.servers,
                                                        thousands(m.sessions),
                                                    )}
                                                </title>
                                            </circle>
                                        }
                                    })
                                    .collect_view()}
                            </g>
                        }
                    })
                    .collect_view()}
                <line
                    class="today"
                    x1=today_x.clone()
                    x2=today_x
                    y1=num(frame.y0())
                    y2=num(frame.y1())
                />
                <text class="today-label" x=num(layout.today_x + 4.0) y=num(frame.y1() - 4.0)>
                    {format!("today {}", thousands(curve.today))}
                </text>
                <XAxis
                    frame=frame
                    ticks=layout.x_ticks
                    title="Peak concurrent sessions".to_string()
                />
            </svg>
            {empty.map(|t| view! { <p class="chart-note">{t}</p> })}
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
