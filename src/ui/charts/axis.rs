//! Chart pieces shared by the charts: the `<svg>` with its text alternative, and the axes
//! (grid lines, tick labels, titles) drawn from placed ticks.
//!
//! The axes are plain functions of the layout, not components: a chart draws its shapes in
//! one closure over its layout memo, and Leptos updates the drawn elements in place (their
//! attributes and text) when the layout changes, element by element.

use leptos::prelude::*;

use crate::charts::frame::{Frame, Tick};
use crate::charts::path::num;

/// A chart's `<svg>` of `width` x `height` units with its text alternative: a `<title>` and
/// a `<desc>` with ids `{id}-title` and `{id}-desc`, which label the image.
#[component]
pub fn Plot(
    /// Prefix of the title and description ids.
    id: String,
    /// Width in user units.
    #[prop(into)]
    width: Signal<f64>,
    /// Height in user units.
    #[prop(into)]
    height: Signal<f64>,
    /// Body text size in user units ([`crate::charts::fit`]); 11 when not given.
    #[prop(optional, into)]
    font: Option<Signal<f64>>,
    /// The chart's title.
    #[prop(into)]
    title: Signal<String>,
    /// The text alternative: what the chart shows, in words.
    #[prop(into)]
    desc: Signal<String>,
    /// The chart's shapes.
    children: Children,
) -> impl IntoView {
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <svg
            viewBox=move || format!("0 0 {} {}", num(width.get()), num(height.get()))
            style:font-size=move || {
                font.map(|f| format!("{}px", num(f.get()))).unwrap_or_else(|| "11px".into())
            }
            role="img"
            aria-labelledby=labelled_by
            class="chart-svg"
        >
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            {children()}
        </svg>
    }
}

/// Horizontal grid lines and tick labels for a value axis, on the left (or the right for a
/// second axis), with the axis title rotated along it.
pub fn y_axis(frame: Frame, ticks: &[Tick], title: String, right: bool) -> impl IntoView + use<> {
    let (x_text, anchor) = if right {
        (frame.x1() + 6.0, "start")
    } else {
        (frame.x0() - 6.0, "end")
    };
    let title_x = if right { frame.width - 8.0 } else { 12.0 };
    let mid_y = (frame.y0() + frame.y1()) / 2.0;
    let ticks = ticks
        .iter()
        .map(|t| {
            let at = num(t.at);
            view! {
                <g>
                    {(!right)
                        .then(|| {
                            view! {
                                <line
                                    class="grid"
                                    x1=num(frame.x0())
                                    x2=num(frame.x1())
                                    y1=at.clone()
                                    y2=at.clone()
                                />
                            }
                        })}
                    <text class="tick" x=num(x_text) y=at text-anchor=anchor dy="0.32em">
                        {t.label.clone()}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <g class=if right { "axis axis-right" } else { "axis axis-y" } aria-hidden="true">
            {ticks}
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

/// The x axis line, tick labels one line of `font` units below it (maybe none), and the
/// axis title.
pub fn x_axis(frame: Frame, ticks: &[Tick], title: String, font: f64) -> impl IntoView + use<> {
    let y = frame.y1();
    let tick_y = num(y + font + 5.0);
    let ticks = ticks
        .iter()
        .map(|t| {
            view! {
                <text class="tick" x=num(t.at) y=tick_y.clone() text-anchor="middle">
                    {t.label.clone()}
                </text>
            }
        })
        .collect_view();
    view! {
        <g class="axis axis-x" aria-hidden="true">
            <line class="baseline" x1=num(frame.x0()) x2=num(frame.x1()) y1=num(y) y2=num(y) />
            {ticks}
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
