//! Redundancy chart: capacity per "k servers down" scenario as bars against the peak-demand
//! line (DEP-3); short bars are coloured, hatched and labelled.

use leptos::prelude::*;

use super::axis::{label, line, plot, rect, x_axis, y_axis};
use super::figure;
use crate::charts::redundancy::{redundancy_chart, role_key};
use crate::engine::{Report, RoleReport};
use crate::markup::{svg, El};
use crate::support::format::thousands;
use crate::ui::markup::{live, Markup};
use crate::ui::state::use_app_state;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 240.0;

/// The redundancy chart of one role (its scenarios against its peak demand).
pub fn redundancy_chart_of(role: &RoleReport) -> El {
    let chart = redundancy_chart(role);
    let key = role_key(role.role);
    let layout = chart.layout(WIDTH, HEIGHT);
    let title = format!("{}: capacity when servers are down", chart.role_name);
    let frame = layout.frame;
    let bars = layout.bars.iter().map(|b| {
        let short = b.bar.short;
        let cx = b.x + b.width / 2.0;
        let mut class = String::from("bar");
        if short {
            class.push_str(" short");
        }
        if b.bar.maintenance {
            class.push_str(" maintenance");
        }
        let value = if short {
            format!("{} short", b.value_label)
        } else {
            b.value_label.clone()
        };
        svg("g")
            .class("bar-group")
            .child(
                rect(&class, b.x, b.y, b.width, b.height)
                    .testid("bar")
                    .attr_opt("data-short", short.then_some("true"))
                    .attr("data-capacity", b.bar.capacity.to_string()),
            )
            .child(label(
                if short {
                    "bar-value short"
                } else {
                    "bar-value"
                },
                cx,
                b.y - 5.0,
                Some("middle"),
                value,
            ))
            .child(label(
                "tick",
                cx,
                frame.y1() + 16.0,
                Some("middle"),
                b.bar.label.as_str(),
            ))
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
    .child(x_axis(frame, &[], "Servers out of service"))
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
        "peak",
    ))
    .child(label(
        "demand-label",
        frame.x1() + 4.0,
        layout.demand_y + 10.0,
        None,
        thousands(chart.demand),
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
