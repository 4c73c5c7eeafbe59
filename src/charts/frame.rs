//! The drawing area of a chart: outer size, margins for axes, and positioned ticks.

use super::scale::LinearScale;
use super::ticks::{tick_labels, Ticks};

/// Outer size of a chart and the margins kept free for axes and labels, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Outer width (the SVG viewBox width).
    pub width: f64,
    /// Outer height (the SVG viewBox height).
    pub height: f64,
    /// Space left of the plot, for the y axis.
    pub left: f64,
    /// Space right of the plot, for a second y axis or labels.
    pub right: f64,
    /// Space above the plot.
    pub top: f64,
    /// Space below the plot, for the x axis.
    pub bottom: f64,
}

impl Frame {
    /// Left edge of the plot area.
    pub fn x0(&self) -> f64 {
        self.left
    }

    /// Right edge of the plot area.
    pub fn x1(&self) -> f64 {
        (self.width - self.right).max(self.left + 1.0)
    }

    /// Top edge of the plot area.
    pub fn y0(&self) -> f64 {
        self.top
    }

    /// Bottom edge of the plot area (the x axis line).
    pub fn y1(&self) -> f64 {
        (self.height - self.bottom).max(self.top + 1.0)
    }

    /// A scale from `domain` across the plot's width.
    pub fn x_scale(&self, domain: (f64, f64)) -> LinearScale {
        LinearScale::new(domain, (self.x0(), self.x1()))
    }

    /// A scale from `domain` up the plot's height (inverted: larger values higher).
    pub fn y_scale(&self, domain: (f64, f64)) -> LinearScale {
        LinearScale::new(domain, (self.y1(), self.y0()))
    }
}

/// One tick placed on an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Pixel position along the axis.
    pub at: f64,
    /// The value it marks.
    pub value: f64,
    /// The text shown.
    pub label: String,
}

/// Position and label every tick of `ticks` with `scale`.
pub fn place_ticks(ticks: &Ticks, scale: &LinearScale) -> Vec<Tick> {
    let labels = tick_labels(&ticks.values, ticks.step);
    ticks
        .values
        .iter()
        .zip(labels)
        .map(|(&value, label)| Tick {
            at: scale.map(value),
            value,
            label,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ticks::nice_ticks;

    #[test]
    fn frame_edges_and_scales() {
        let f = Frame {
            width: 600.0,
            height: 300.0,
            left: 50.0,
            right: 10.0,
            top: 20.0,
            bottom: 40.0,
        };
        assert_eq!((f.x0(), f.x1(), f.y0(), f.y1()), (50.0, 590.0, 20.0, 260.0));
        assert_eq!(f.y_scale((0.0, 10.0)).map(10.0), 20.0);
        assert_eq!(f.y_scale((0.0, 10.0)).map(0.0), 260.0);
        let t = place_ticks(&nice_ticks(0.0, 10_000.0, 2), &f.x_scale((0.0, 10_000.0)));
        let labels: Vec<_> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "5k", "10k"]);
        assert_eq!(t[1].at, 320.0);
    }
}
