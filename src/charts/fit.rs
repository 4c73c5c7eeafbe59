//! Chart text that stays readable at any width (issue 14, item 12).
//!
//! An SVG drawn at `width: 100%` scales its viewBox to the page: a chart laid out 640 units
//! wide and shown 350 px wide on a phone shrinks 11-unit text to 6 px. So a chart is laid
//! out at the width it is drawn (one user unit is one CSS pixel, and text of
//! [`MIN_TEXT_PX`] units is that many pixels), never narrower than a chart's own minimum;
//! below that minimum the viewBox keeps the minimum width and scales down, and the text
//! grows in user units by the same factor, so it still renders at [`MIN_TEXT_PX`]. Layouts
//! take the font size in user units and measure their labels with it.

/// Smallest rendered chart text, in CSS pixels.
pub const MIN_TEXT_PX: f64 = 11.0;

/// How to lay out a chart drawn `rendered_px` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Width to lay the chart out at: the viewBox width.
    pub width: f64,
    /// Font size in user units for body text (tick labels, bar labels, step labels).
    pub font: f64,
}

/// The layout width and font size for a chart drawn `rendered_px` CSS pixels wide that
/// needs at least `min_width` units. An unknown width (0, NaN: not measured yet) is taken
/// as `min_width`.
pub fn fit(rendered_px: f64, min_width: f64) -> Fit {
    let min_width = if min_width.is_finite() && min_width > 0.0 {
        min_width
    } else {
        1.0
    };
    let shown = if rendered_px.is_finite() && rendered_px > 0.0 {
        rendered_px
    } else {
        min_width
    };
    let width = shown.max(min_width);
    Fit {
        width,
        font: MIN_TEXT_PX * width / shown,
    }
}

impl Fit {
    /// The rendered size in CSS pixels of `units` of text at this fit, for a chart drawn
    /// `rendered_px` wide.
    pub fn rendered_text_px(&self, units: f64, rendered_px: f64) -> f64 {
        units * rendered_px / self.width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_renders_at_least_11_px_from_a_phone_to_a_wide_screen() {
        for rendered in [200.0, 320.0, 360.0, 390.0, 640.0, 1280.0] {
            let f = fit(rendered, 360.0);
            let px = f.rendered_text_px(f.font, rendered);
            assert!(px >= MIN_TEXT_PX - 1e-9, "{rendered}: {px}");
            assert!(px <= MIN_TEXT_PX + 1e-9, "{rendered}: {px}");
        }
        // Wide enough: laid out at the drawn width, 11 units = 11 px.
        assert_eq!(
            fit(640.0, 360.0),
            Fit {
                width: 640.0,
                font: 11.0
            }
        );
        // The old fixed 640-unit chart on a 390 px phone: 11 * 390 / 640 = 6.7 px; now the
        // phone gets a 390-wide layout.
        assert_eq!(fit(390.0, 360.0).width, 390.0);
        // Narrower than the minimum: 360 units shown 180 px wide, text 22 units.
        assert_eq!(
            fit(180.0, 360.0),
            Fit {
                width: 360.0,
                font: 22.0
            }
        );
        assert_eq!(
            fit(f64::NAN, 360.0),
            Fit {
                width: 360.0,
                font: 11.0
            }
        );
    }
}
