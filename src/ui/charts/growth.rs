//! Growth curve: servers per role as peak sessions grow to 3x today's figure (step lines),
//! today's figure marked, each exact step marked with its session count, and the monthly
//! cost on a panel of its own when unit costs are given.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::html::Figure;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::axis::{Plot, XAxis, YAxis};
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
    let frame = Signal::derive(move || layout.with(|l| l.frame));
    let today_x = move || num(layout.with(|l| l.today_x));
    let keys = Memo::new(move |_| layout.with(|l| l.panels.iter().map(|p| p.key).collect::<Vec<_>>()));
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
                <For each=move || keys.get() key=|k| *k let:key>
                    <Panel layout key />
                </For>
                <line
                    class="today"
                    x1=today_x
                    x2=today_x
                    y1=move || num(frame.get().y0())
                    y2=move || num(frame.get().y1())
                />
                <text
                    class="today-label"
                    x=move || num(layout.with(|l| l.today_x) + 4.0)
                    y=move || num(frame.get().y1() - 4.0)
                >
                    {move || curve.with(|c| format!("today {}", thousands(c.today)))}
                </text>
                <XAxis
                    frame
                    ticks=Signal::derive(move || layout.with(|l| l.x_ticks.clone()))
                    title="Peak concurrent sessions"
                />
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

/// The panel with key `key` (a role, or the monthly cost).
#[component]
fn Panel(layout: Memo<GrowthLayout>, key: &'static str) -> impl IntoView {
    let panel: Memo<Option<GrowthPanel>> =
        Memo::new(move |_| layout.with(|l| l.panels.iter().find(|p| p.key == key).cloned()));
    let get = move |f: fn(&GrowthPanel) -> f64| move || panel.with(|p| p.as_ref().map_or(0.0, f));
    let frame = Signal::derive(move || {
        panel
            .with(|p| p.as_ref().map(|p| p.frame))
            .unwrap_or_else(|| layout.with(|l| l.frame))
    });
    let heading_y = get(|p| p.heading_y);
    let axis = if key == "cost" { "Cost / month" } else { "Servers" };
    let markers = Memo::new(move |_| panel.with(|p| p.as_ref().map(|p| p.markers.clone()).unwrap_or_default()));
    view! {
        <g class=format!("panel panel-{key}") data-panel=key>
            <text class="panel-title" x=move || num(frame.get().x0()) y=move || num(heading_y())>
                {move || panel.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())}
            </text>
            <YAxis
                frame
                ticks=Signal::derive(move || panel.with(|p| p.as_ref().map(|p| p.y_ticks.clone()).unwrap_or_default()))
                title=axis.to_string()
            />
            <line
                class="baseline"
                x1=move || num(frame.get().x0())
                x2=move || num(frame.get().x1())
                y1=move || num(frame.get().y1())
                y2=move || num(frame.get().y1())
            />
            <path
                class=format!("series series-{key}")
                data-role=key
                d=move || panel.with(|p| p.as_ref().map(|p| p.d.clone()).unwrap_or_default())
                fill="none"
            />
            <For each=move || 0..markers.with(Vec::len) key=|i| *i let:i>
                <Marker markers i key heading_y=Signal::derive(heading_y) />
            </For>
        </g>
    }
}

/// Step marker `i` of a panel: its dot, and its label (with a guide line) when it has room.
#[component]
fn Marker(
    markers: Memo<Vec<StepMarker>>,
    i: usize,
    key: &'static str,
    heading_y: Signal<f64>,
) -> impl IntoView {
    let m = Memo::new(move |_| markers.with(|ms| ms.get(i).cloned()));
    let get = move |f: fn(&StepMarker) -> f64| move || num(m.with(|m| m.as_ref().map_or(0.0, f)));
    let label = Memo::new(move |_| m.with(|m| m.as_ref().and_then(|m| m.label.clone())));
    view! {
        // Every marker keeps its label group (empty when its label did not fit), so an edit
        // only moves them.
        <g class=format!("step-label series-{key}") aria-hidden="true">
            <Show when=move || label.with(Option::is_some)>
                <g>
                    <line
                        class="step-guide"
                        x1=get(|m| m.x)
                        x2=get(|m| m.x)
                        y1=move || num(heading_y.get() + 3.0)
                        y2=get(|m| m.y)
                    />
                    <text
                        x=move || num(label.with(|l| l.as_ref().map_or(0.0, |l| l.1)))
                        y=move || num(heading_y.get())
                        text-anchor="middle"
                    >
                        {move || label.with(|l| l.as_ref().map(|l| l.0.clone()).unwrap_or_default())}
                    </text>
                </g>
            </Show>
        </g>
        <circle
            class=format!("step series-{key}")
            data-step-sessions=move || m.with(|m| m.as_ref().map(|m| m.sessions.to_string()))
            data-role=key
            data-servers=move || m.with(|m| m.as_ref().map(|m| m.servers.to_string()))
            cx=get(|m| m.x)
            cy=get(|m| m.y)
            r="3.5"
        >
            <title>
                {move || {
                    m.with(|m| {
                        m.as_ref()
                            .map(|m| format!("{} servers from {} sessions", m.servers, thousands(m.sessions)))
                            .unwrap_or_default()
                    })
                }}
            </title>
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
