//! Axis pieces shared by the charts: grid lines, tick labels and axis titles, as SVG.

use leptos::prelude::*;

use crate::charts::frame::{Frame, Tick};
use crate::charts::path::num;

/// Horizontal grid lines and left (or right) tick labels for a value axis.
#[component]
pub fn YAxis(
    /// Drawing area.
    frame: Frame,
    /// Ticks placed on the axis (pixel `at` is a y position).
    ticks: Vec<Tick>,
    /// Axis title with its unit, drawn rotated along the axis.
    title: String,
    /// Draw on the right-hand side (a second axis) instead of the left.
    #[prop(optional)]
    right: bool,
) -> impl IntoView {
    let (x_text, anchor) = if right {
        (frame.x1() + 6.0, "start")
    } else {
        (frame.x0() - 6.0, "end")
    };
    let title_x = if right { frame.width - 8.0 } else { 12.0 };
    let mid_y = (frame.y0() + frame.y1()) / 2.0;
    let class = if right {
        "axis axis-right"
    } else {
        "axis axis-y"
    };
    view! {
        <g class=class aria-hidden="true">
            {ticks
                .into_iter()
                .map(|t| {
                    let y = num(t.at);
                    view! {
                        <g>
                            {(!right)
                                .then(|| {
                                    view! {
                                        <line
                                            class="grid"
                                            x1=num(frame.x0())
                                            x2=num(frame.x1())
                                            y1=y.clone()
                                            y2=y.clone()
                                        />
                                    }
                                })}
                            <text class="tick" x=num(x_text) y=y text-anchor=anchor dy="0.32em">
                                {t.label}
                            </text>
                        </g>
                    }
                })
                .collect_view()}
            <text
                class="axis-title"
                x=num(title_x)
                y=num(mid_y)
                text-anchor="middle"
                transform=format!("rotate(-90 {} {})", num(title_x), num(mid_y))
            >
                {title}
            </text>
        </g>
    }
}

/// The x axis line, tick labels below it, and the axis title.
#[component]
pub fn XAxis(
    /// Drawing area.
    frame: Frame,
    /// Ticks placed on the axis (pixel `at` is an x position); may be empty.
    ticks: Vec<Tick>,
    /// Axis title with its unit.
    title: String,
) -> impl IntoView {
    let y = frame.y1();
    view! {
        <g class="axis axis-x" aria-hidden="true">
            <line class="baseline" x1=num(frame.x0()) x2=num(frame.x1()) y1=num(y) y2=num(y) />
            {ticks
                .into_iter()
                .map(|t| {
                    view! {
                        <text class="tick" x=num(t.at) y=num(y + 16.0) text-anchor="middle">
                            {t.label}
                        </text>
                    }
                })
                .collect_view()}
            <text
                class="axis-title"
                x=num((frame.x0() + frame.x1()) / 2.0)
                y=num(frame.height - 6.0)
                text-anchor="middle"
            >
                {title}
            </text>
        </g>
    }
}
