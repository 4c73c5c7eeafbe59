//! Where a popover opens beside the control it describes (a rule chip's note), so that it
//! never covers that control: below or above it on a wide screen, docked to the far edge
//! of the screen on a phone, where a floating box would hide the line being read.

/// A box on screen in CSS pixels, as `getBoundingClientRect` gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Distance of the top edge from the viewport's top.
    pub top: f64,
    /// Distance of the bottom edge from the viewport's top.
    pub bottom: f64,
    /// Distance of the left edge from the viewport's left.
    pub left: f64,
}

/// Where the popover goes, in CSS pixels of the viewport (it is `position: fixed`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// Under the control: `left` and `top` of the popover.
    Below {
        /// Left edge.
        left: f64,
        /// Top edge.
        top: f64,
    },
    /// Over the control: `left`, and `bottom` measured up from the viewport's bottom.
    Above {
        /// Left edge.
        left: f64,
        /// Bottom edge, from the viewport's bottom.
        bottom: f64,
    },
    /// Across the top of the screen (a phone, control in the lower half).
    DockTop,
    /// Across the bottom of the screen (a phone, control in the upper half).
    DockBottom,
}

/// Viewports narrower than this dock the popover instead of floating it.
pub const NARROW: f64 = 600.0;
/// The floating popover's width (CSS keeps it within the viewport too).
pub const WIDTH: f64 = 420.0;
/// Space kept between the popover and the viewport's edges.
pub const MARGIN: f64 = 8.0;
/// Space between the control and the popover.
pub const GAP: f64 = 6.0;

/// The placement for a control at `at` in a viewport `width` x `height`: below it when it
/// sits in the upper 60 % of the screen (room for a few lines), else above it; its left edge
/// lined up with the control's, moved left as far as needed to stay on screen.
pub fn place(at: Rect, width: f64, height: f64) -> Placement {
    let middle = (at.top + at.bottom) / 2.0;
    if width < NARROW {
        return if middle > height / 2.0 {
            Placement::DockTop
        } else {
            Placement::DockBottom
        };
    }
    let left = at.left.min(width - WIDTH - MARGIN).max(MARGIN);
    if at.bottom <= height * 0.6 {
        Placement::Below { left, top: at.bottom + GAP }
    } else {
        Placement::Above { left, bottom: height - at.top + GAP }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chip(top: f64, left: f64) -> Rect {
        Rect { top, bottom: top + 18.0, left }
    }

    #[test]
    fn a_chip_high_on_a_wide_screen_gets_its_note_below() {
        assert_eq!(place(chip(100.0, 300.0), 1400.0, 900.0), Placement::Below { left: 300.0, top: 124.0 });
    }

    #[test]
    fn a_chip_low_on_a_wide_screen_gets_its_note_above() {
        assert_eq!(place(chip(800.0, 300.0), 1400.0, 900.0), Placement::Above { left: 300.0, bottom: 106.0 });
    }

    #[test]
    fn a_note_near_the_right_edge_moves_left_to_stay_on_screen() {
        // 1400 - 420 - 8 = 972: the note ends 8 px before the edge.
        assert_eq!(place(chip(100.0, 1350.0), 1400.0, 900.0), Placement::Below { left: 972.0, top: 124.0 });
        assert_eq!(place(chip(100.0, 2.0), 1400.0, 900.0), Placement::Below { left: MARGIN, top: 124.0 });
    }

    #[test]
    fn on_a_phone_the_note_docks_to_the_half_away_from_the_chip() {
        assert_eq!(place(chip(100.0, 20.0), 390.0, 844.0), Placement::DockBottom);
        assert_eq!(place(chip(600.0, 20.0), 390.0, 844.0), Placement::DockTop);
    }
}
