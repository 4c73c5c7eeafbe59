//! Redundancy chart: capacity per "k servers down" scenario as bars against the peak-demand
//! line (DEP-3); short bars are coloured, hatched and labelled.

use leptos::prelude::*;

use super::axis::{label, line, plot, rect, x_axis, y_axis};
use super::figure;
use crate::charts::redundancy::{redundancy_chart, role_key, status_key};
use crate::engine::{Report, RoleReport};
use crate::markup::{svg, El};
use crate::ui::markup::{live, Markup};
use crate::ui::state::use_app_state;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 240.0;

/// The redundancy chart of one role (its scenarios against its peak demand).
pub fn redundancy_chart_of(role: &RoleReport) -> El {
    let chart = redundancy_chart(role);
    let key = role_key(role.role);
    // Smallest fix for the new geometry (labels placed by `charts::redundancy`); the new
    // components lay the chart out at its drawn width with `charts::fit`.
    let layout = chart.layout(WIDTH, HEIGHT, crate::charts::fit::MIN_TEXT_PX);
    let title = format!("{}: capacity when servers are down", chart.role_name);
    let frame = layout.frame;
    let bars = layout.bars.iter().map(|b| {
        let short = b.bar.short;
        let cx = b.x + b.width / 2.0;
        let mut class = format!("bar {}", status_key(b.bar.status));
        if short {
            class.push_str(" short");
        }
        if b.bar.maintenance {
            class.push_str(" maintenance");
        }
        let value_class = if short {
            "bar-value short"
        } else {
            "bar-value"
        };
        svg("g")
            .class("bar-group")
            .child(
                rect(&class, b.x, b.y, b.width, b.height)
                    .testid("bar")
                    .attr_opt("data-short", short.then_some("true"))
                    .attr("data-capacity", b.bar.capacity.to_string()),
            )
            .children(b.label.iter().flat_map(|l| {
                l.lines
                    .iter()
                    .zip(&l.baselines)
                    .map(|(t, &y)| label(value_class, l.x, y, Some("middle"), t.as_str()).into())
                    .collect::<Vec<_>>()
            }))
            .children(
                b.axis_label
                    .as_deref()
                    .map(|t| label("tick", cx, frame.y1() + 16.0, Some("middle"), t).into()),
            )
            .into()
    });
    let plot = plot(
        &format!("chart-redundancy-{key}"),
        WIDTH,
        HEIGHT,
        &title,
        chart.describe(),
    )
    .child(y_axis(
        frame,
        &layout.y_ticks,
        "Sessions (peak concurrent)",
        false,
    ))
    .child(x_axis(frame, &[], chart.axis_title))
    .children(bars)
    .child(line(
        "demand",
        frame.x0(),
        layout.demand_y,
        frame.x1(),
        layout.demand_y,
    ))
    .child(label(
        "demand-label",
        frame.x1() + 4.0,
        layout.demand_y - 3.0,
        None,
        layout.demand_label[0].as_str(),
    ))
    .child(label(
        "demand-label",
        frame.x1() + 4.0,
        layout.demand_y + 10.0,
        None,
        layout.demand_label[1].as_str(),
    ));
    figure(
        "chart chart-redundancy",
        &format!("chart-redundancy-{key}"),
        title,
    )
    .child(plot)
}

/// The redundancy chart of one role as a component, for pages and tests that hold a role.
#[component]
pub fn RedundancyChart(
    /// The role's report (its scenarios and peak demand).
    role: RoleReport,
) -> impl IntoView {
    Markup::from(redundancy_chart_of(&role))
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
        live(move || role.with(|role| role.as_ref().map(redundancy_chart_of)))
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
