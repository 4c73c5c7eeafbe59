//! Axis pieces shared by the charts: the `<svg>` with its text alternative, grid lines,
//! tick labels and axis titles.

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
#[component]
pub fn YAxis(
    /// The plot area.
    #[prop(into)]
    frame: Signal<Frame>,
    /// The ticks, placed.
    #[prop(into)]
    ticks: Signal<Vec<Tick>>,
    /// The axis title.
    #[prop(into)]
    title: Signal<String>,
    /// A second axis on the right.
    #[prop(optional)]
    right: bool,
) -> impl IntoView {
    let x_text = move || {
        let f = frame.get();
        num(if right { f.x1() + 6.0 } else { f.x0() - 6.0 })
    };
    let title_x = move || if right { frame.get().width - 8.0 } else { 12.0 };
    let mid_y = move || {
        let f = frame.get();
        (f.y0() + f.y1()) / 2.0
    };
    view! {
        <g class=if right { "axis axis-right" } else { "axis axis-y" } aria-hidden="true">
            // A tick is its label and place: one that moves is redrawn.
            <For each=move || ticks.get() key=|t| (t.label.clone(), t.at.to_bits()) let:t>
                <g>
                    {(!right).then(|| {
                        view! {
                            <line
                                class="grid"
                                x1=move || num(frame.get().x0())
                                x2=move || num(frame.get().x1())
                                y1=num(t.at)
                                y2=num(t.at)
                            />
                        }
                    })}
                    <text
                        class="tick"
                        x=x_text
                        y=num(t.at)
                        text-anchor=if right { "start" } else { "end" }
                        dy="0.32em"
                    >
                        {t.label.clone()}
                    </text>
                </g>
            </For>
            <text
                class="axis-title"
                x=move || num(title_x())
                y=move || num(mid_y())
                text-anchor="middle"
                transform=move || format!("rotate(-90 {} {})", num(title_x()), num(mid_y()))
            >
                {title}
            </text>
        </g>
    }
}

/// The x axis line, tick labels below it (maybe none), and the axis title.
#[component]
pub fn XAxis(
    /// The plot area.
    #[prop(into)]
    frame: Signal<Frame>,
    /// The ticks, placed (may be empty).
    #[prop(into)]
    ticks: Signal<Vec<Tick>>,
    /// The axis title.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let y = move || frame.get().y1();
    view! {
        <g class="axis axis-x" aria-hidden="true">
            <line
                class="baseline"
                x1=move || num(frame.get().x0())
                x2=move || num(frame.get().x1())
                y1=move || num(y())
                y2=move || num(y())
            />
            <For each=move || ticks.get() key=|t| (t.label.clone(), t.at.to_bits()) let:t>
                <text class="tick" x=num(t.at) y=move || num(y() + 16.0) text-anchor="middle">
                    {t.label.clone()}
                </text>
            </For>
            <text
                class="axis-title"
                x=move || {
                    let f = frame.get();
                    num((f.x0() + f.x1()) / 2.0)
                }
                y=move || num(frame.get().height - 6.0)
                text-anchor="middle"
            >
                {title}
            </text>
        </g>
    }
}
