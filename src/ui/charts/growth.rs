//! Growth curve: servers per role as peak sessions grow to 3x today's figure (step lines),
//! today's figure marked, each exact step marked with its session count, and the monthly
//! cost on a panel of its own when unit costs are given.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::html::Figure;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::axis::{x_axis, y_axis, Plot};
use super::drawn_fit;
use crate::charts::growth::{growth_curve, GrowthCurve, GrowthLayout, GrowthPanel, StepMarker};
use crate::charts::path::num;
use crate::form::editors::is_big;
use crate::support::format::thousands;
use crate::ui::state::use_app_state;

/// Narrowest layout: below it the chart scales down and its text grows to stay 11 px.
const MIN_WIDTH: f64 = 360.0;
const TITLE: &str = "Servers as peak sessions grow";

/// The growth chart of a computed curve: one small panel per role, sharing the x axis.
#[component]
pub fn GrowthView(
    /// The curve to draw.
    #[prop(into)]
    curve: Signal<GrowthCurve>,
) -> impl IntoView {
    let figure: NodeRef<Figure> = NodeRef::new();
    let fit = drawn_fit(figure, MIN_WIDTH);
    let layout: Memo<GrowthLayout> = Memo::new(move |_| {
        let f = fit.get();
        curve.with(|c| c.layout(f.width, f.font))
    });
    // The cost panel names the plan's currency, and says when some roles have no price.
    let state = use_app_state();
    let money = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .map(|r| CostWords {
                    currency: r.costs.currency.clone(),
                    partial: !r.costs.complete,
                })
                .unwrap_or_default()
        })
    });
    view! {
        <figure node_ref=figure class="chart chart-growth" data-testid="chart-growth">
            <figcaption>
                {move || {
                    curve.with(|c| {
                        format!(
                            "{TITLE}: 0 to {} peak concurrent sessions (3x today); dots mark where one more server is needed",
                            thousands(c.max_sessions),
                        )
                    })
                }}
            </figcaption>
            <Plot
                id="chart-growth".to_string()
                width=Signal::derive(move || fit.get().width)
                height=Signal::derive(move || layout.with(|l| l.frame.height))
                font=Signal::derive(move || fit.get().font)
                title=TITLE.to_string()
                desc=Signal::derive(move || curve.with(GrowthCurve::describe))
            >
                // Every shape in one closure over the layout; Leptos updates the drawn
                // elements in place when the layout changes (an edit moves them).
                {move || curve.with(|c| layout.with(|l| money.with(|m| plot_body(c.today, l, m))))}
            </Plot>
            {move || {
                layout.with(|l| {
                    (!l.empty.is_empty())
                        .then(|| {
                            format!(
                                "Not shown, none needed anywhere in the range: {}.",
                                l.empty.join(", "),
                            )
                        })
                })
                    .map(|text| view! { <p class="chart-note">{text}</p> })
            }}
        </figure>
    }
}

/// The plan's currency and whether its cost leaves roles out, for the cost panel.
#[derive(Clone, Default, PartialEq)]
struct CostWords {
    currency: String,
    partial: bool,
}

impl CostWords {
    /// The cost panel's title (`Monthly cost: 289 today (USD, partial)`) and axis title.
    fn words(&self, name: &str) -> (String, String) {
        let c = &self.currency;
        let title = match (c.is_empty(), self.partial) {
            (true, false) => name.to_string(),
            (true, true) => format!("{name} (partial)"),
            (false, false) => format!("{name} ({c})"),
            (false, true) => format!("{name} ({c}, partial)"),
        };
        let axis = if c.is_empty() {
            "Cost / month".to_string()
        } else {
            format!("{c} / month")
        };
        (title, axis)
    }
}

/// The panels, today's line and the sessions axis of a laid-out curve.
fn plot_body(today: u64, l: &GrowthLayout, money: &CostWords) -> impl IntoView + use<> {
    let frame = l.frame;
    view! {
        {l.panels.iter().map(|p| panel(p, money)).collect_view()}
        <line
            class="today"
            x1=num(l.today_x)
            x2=num(l.today_x)
            y1=num(frame.y0())
            y2=num(frame.y1())
        />
        <text class="today-label" x=num(l.today_x + 4.0) y=num(frame.y1() - 4.0)>
            {format!("today {}", thousands(today))}
        </text>
        // The growth layout keeps 44 units under the axis, laid out for ticks 16 below it.
        {x_axis(frame, &l.x_ticks, "Peak concurrent sessions".into(), 11.0)}
    }
}

/// One panel: its title, value axis, step line and markers.
fn panel(p: &GrowthPanel, money: &CostWords) -> impl IntoView + use<> {
    let key = p.key;
    let (name, axis) = if p.role.is_some() {
        (p.name.clone(), "Servers".to_string())
    } else {
        money.words(&p.name)
    };
    let heading_y = p.heading_y;
    let markers = p
        .markers
        .iter()
        .map(|m| marker(m, key, heading_y))
        .collect_view();
    view! {
        <g class=format!("panel panel-{key}") data-panel=key>
            <text class="panel-title" x=num(p.frame.x0()) y=num(heading_y)>
                {name}
            </text>
            {y_axis(p.frame, &p.y_ticks, axis, false)}
            <line
                class="baseline"
                x1=num(p.frame.x0())
                x2=num(p.frame.x1())
                y1=num(p.frame.y1())
                y2=num(p.frame.y1())
            />
            <path class=format!("series series-{key}") data-role=key d=p.d.clone() fill="none" />
            {markers}
        </g>
    }
}

/// A step marker: its label (with a guide line) when it had room, and its dot.
fn marker(m: &StepMarker, key: &'static str, heading_y: f64) -> impl IntoView + use<> {
    // Every marker keeps its label group (empty when its label did not fit), so an edit
    // only moves the drawn elements.
    let label = m.label.as_ref().map(|(text, at)| {
        view! {
            <line
                class="step-guide"
                x1=num(m.x)
                x2=num(m.x)
                y1=num(heading_y + 3.0)
                y2=num(m.y)
            />
            <text x=num(*at) y=num(heading_y) text-anchor="middle">
                {text.clone()}
            </text>
        }
    });
    view! {
        <g class=format!("step-label series-{key}") aria-hidden="true">
            {label}
        </g>
        <circle
            class=format!("step series-{key}")
            data-step-sessions=m.sessions.to_string()
            data-role=key
            data-servers=m.servers.to_string()
            cx=num(m.x)
            cy=num(m.y)
            r="3.5"
        >
            <title>{format!("{} servers from {} sessions", m.servers, thousands(m.sessions))}</title>
        </circle>
    }
}

/// The growth chart of the current plan; recomputed only when the valid plan changes.
///
/// The curve costs dozens of engine runs: for a small plan that is a fraction of a
/// millisecond and it is drawn with everything else; for a big plan (issue 6 stress: about
/// 50 ms for 1,000 workspaces) it is computed in a task of its own once the rest of the
/// page is up to date, so no single task carries both.
#[component]
pub fn GrowthChart() -> impl IntoView {
    let state = use_app_state();
    let curve = RwSignal::new(None::<GrowthCurve>);
    // True while a computation in a task of its own is due: later changes wait for it.
    let due = SendWrapper::new(Rc::new(Cell::new(false)));
    Effect::new(move |_| {
        let big = state.plan.with(|p| is_big(p.profiles().count()));
        if !big {
            curve.set(Some(state.plan.with(growth_curve)));
        } else if !due.replace(true) {
            let due = due.clone();
            set_timeout(
                move || {
                    due.set(false);
                    // `try_`: the chart may be gone (a test unmounted it) before this runs.
                    if let Some(c) = state.plan.try_with_untracked(growth_curve) {
                        _ = curve.try_set(Some(c));
                    }
                },
                Duration::ZERO,
            );
        }
    });
    let shown = Memo::new(move |_| curve.with(Option::is_some));
    view! {
        <Show when=move || shown.get()>
            {move || {
                curve.with_untracked(|c| c.clone()).map(|first| {
                    let curve = Memo::new(move |_| curve.get().unwrap_or_else(|| first.clone()));
                    view! { <GrowthView curve /> }
                })
            }}
        </Show>
    }
}
