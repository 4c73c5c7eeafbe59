//! Axis pieces shared by the charts: grid lines, tick labels and axis titles, as SVG.

use crate::charts::frame::{Frame, Tick};
use crate::charts::path::num;
use crate::markup::{svg, El};

/// A chart's `<svg>` of `width` x `height` units with its text alternative: a `<title>` and
/// a `<desc>` with ids `{id}-title` and `{id}-desc`, which label the image.
pub fn plot(id: &str, width: f64, height: f64, title: &str, desc: String) -> El {
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    svg("svg")
        .attr("viewBox", format!("0 0 {} {}", num(width), num(height)))
        .attr("role", "img")
        .attr("aria-labelledby", format!("{title_id} {desc_id}"))
        .class("chart-svg")
        .child(svg("title").attr("id", title_id).text(title))
        .child(svg("desc").attr("id", desc_id).text(desc))
}

/// A `<line>` from (x1, y1) to (x2, y2) with a class.
pub fn line(class: &str, x1: f64, y1: f64, x2: f64, y2: f64) -> El {
    svg("line")
        .class(class)
        .attr("x1", num(x1))
        .attr("x2", num(x2))
        .attr("y1", num(y1))
        .attr("y2", num(y2))
}

/// A `<rect>` at (x, y) of `width` x `height` with a class.
pub fn rect(class: &str, x: f64, y: f64, width: f64, height: f64) -> El {
    svg("rect")
        .class(class)
        .attr("x", num(x))
        .attr("y", num(y))
        .attr("width", num(width))
        .attr("height", num(height))
}

/// A `<text>` at (x, y); `anchor` is its `text-anchor` when given.
pub fn label(class: &str, x: f64, y: f64, anchor: Option<&str>, text: impl Into<String>) -> El {
    let t = svg("text");
    let t = if class.is_empty() { t } else { t.class(class) };
    t.attr("x", num(x))
        .attr("y", num(y))
        .attr_opt("text-anchor", anchor)
        .text(text)
}

/// Horizontal grid lines and tick labels for a value axis, on the left (or the right for a
/// second axis), with the axis title rotated along it.
pub fn y_axis(frame: Frame, ticks: &[Tick], title: &str, right: bool) -> El {
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
    svg("g")
        .class(class)
        .attr("aria-hidden", "true")
        .children(ticks.iter().map(|t| {
            svg("g")
                .child_opt((!right).then(|| line("grid", frame.x0(), t.at, frame.x1(), t.at)))
                .child(
                    label("tick", x_text, t.at, Some(anchor), t.label.as_str())
                        .attr("dy", "0.32em"),
                )
                .into()
        }))
        .child(
            label("axis-title", title_x, mid_y, Some("middle"), title).attr(
                "transform",
                format!("rotate(-90 {} {})", num(title_x), num(mid_y)),
            ),
        )
}

/// The x axis line, tick labels below it (maybe none), and the axis title.
pub fn x_axis(frame: Frame, ticks: &[Tick], title: &str) -> El {
    let y = frame.y1();
    svg("g")
        .class("axis axis-x")
        .attr("aria-hidden", "true")
        .child(line("baseline", frame.x0(), y, frame.x1(), y))
        .children(
            ticks
                .iter()
                .map(|t| label("tick", t.at, y + 16.0, Some("middle"), t.label.as_str()).into()),
        )
        .child(label(
            "axis-title",
            (frame.x0() + frame.x1()) / 2.0,
            frame.height - 6.0,
            Some("middle"),
            title,
        ))
}
