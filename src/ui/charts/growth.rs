//! Growth curve: servers per role as peak sessions grow to 3x today's figure (step lines),
//! today's figure marked, each exact step marked with its session count, and the monthly
//! cost on a second axis when unit costs are given.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::axis::{label, line, plot, x_axis, y_axis};
use super::figure;
use crate::charts::growth::{growth_curve, GrowthCurve, GrowthPanel};
use crate::charts::path::num;
use crate::form::editors::is_big;
use crate::markup::{el, svg, El, Node};
use crate::support::format::thousands;
use crate::ui::markup::live;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 640.0;
const TITLE: &str = "Servers as peak sessions grow";

fn panel(p: &GrowthPanel) -> Node {
    let key = p.key;
    let axis = if p.role.is_some() {
        "Servers"
    } else {
        "Cost / month"
    };
    // Every marker is a label group (empty when its label did not fit) and a dot, so the
    // markers keep their places in the tree and an edit only moves them.
    let markers = p.markers.iter().flat_map(|m| {
        let step_label = svg("g")
            .class(format!("step-label series-{key}"))
            .attr("aria-hidden", "true")
            .children(m.label.as_ref().map(|(text, at)| {
                svg("g")
                    .child(line("step-guide", m.x, p.heading_y + 3.0, m.x, m.y))
                    .child(label("", *at, p.heading_y, Some("middle"), text.as_str()))
                    .into()
            }));
        let dot = svg("circle")
            .class(format!("step series-{key}"))
            .attr("data-step-sessions", m.sessions.to_string())
            .attr("data-role", key)
            .attr("data-servers", m.servers.to_string())
            .attr("cx", num(m.x))
            .attr("cy", num(m.y))
            .attr("r", "3.5")
            .child(svg("title").text(format!(
                "{} servers from {} sessions",
                m.servers,
                thousands(m.sessions)
            )));
        [step_label.into(), dot.into()]
    });
    svg("g")
        .class(format!("panel panel-{key}"))
        .attr("data-panel", key)
        .child(label(
            "panel-title",
            p.frame.x0(),
            p.heading_y,
            None,
            p.name.as_str(),
        ))
        .child(y_axis(p.frame, &p.y_ticks, axis, false))
        .child(line(
            "baseline",
            p.frame.x0(),
            p.frame.y1(),
            p.frame.x1(),
            p.frame.y1(),
        ))
        .child(
            svg("path")
                .class(format!("series series-{key}"))
                .attr("data-role", key)
                .attr("d", p.d.as_str())
                .attr("fill", "none"),
        )
        .children(markers)
        .into()
}

/// The growth chart of a computed curve: one small panel per role, sharing the x axis.
pub fn growth_chart(curve: &GrowthCurve) -> El {
    let layout = curve.layout(WIDTH, crate::charts::fit::MIN_TEXT_PX);
    let frame = layout.frame;
    let empty = (!layout.empty.is_empty()).then(|| {
        el("p").class("chart-note").text(format!(
            "Not shown, none needed anywhere in the range: {}.",
            layout.empty.join(", ")
        ))
    });
    let plot = plot("chart-growth", WIDTH, frame.height, TITLE, curve.describe())
        .children(layout.panels.iter().map(panel))
        .child(line(
            "today",
            layout.today_x,
            frame.y0(),
            layout.today_x,
            frame.y1(),
        ))
        .child(label(
            "today-label",
            layout.today_x + 4.0,
            frame.y1() - 4.0,
            None,
            format!("today {}", thousands(curve.today)),
        ))
        .child(x_axis(frame, &layout.x_ticks, "Peak concurrent sessions"));
    figure(
        "chart chart-growth",
        "chart-growth",
        format!(
            "{TITLE}: 0 to {} peak concurrent sessions (3x today); dots mark where one more server is needed",
            thousands(curve.max_sessions),
        ),
    )
    .child(plot)
    .child_opt(empty)
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
    let due = Rc::new(Cell::new(false));
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
    live(move || curve.with(|c| c.as_ref().map(growth_chart)))
}
