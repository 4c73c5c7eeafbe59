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
    /// Under the control: `left` and `top` of the popover, and the height it may take
    /// before it scrolls.
    Below {
        /// Left edge.
        left: f64,
        /// Top edge.
        top: f64,
        /// Room down to the viewport's bottom.
        max_height: f64,
    },
    /// Over the control: `left`, `bottom` measured up from the viewport's bottom, and the
    /// height it may take.
    Above {
        /// Left edge.
        left: f64,
        /// Bottom edge, from the viewport's bottom.
        bottom: f64,
        /// Room up to the viewport's top.
        max_height: f64,
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
/// The height to expect of a popover before it is drawn and measured: a few lines.
pub const ROOM: f64 = 280.0;

/// The placement for a control at `at` in a viewport `width` x `height`, for a popover
/// `needed` pixels tall. Below the control when it fits there (a chip ends the line it
/// explains, so below covers only what comes next), else above when it fits there, else on
/// the side with more room (it scrolls); its left edge lined up with the control's, moved
/// left as far as needed to stay on screen.
pub fn place(at: Rect, width: f64, height: f64, needed: f64) -> Placement {
    let middle = (at.top + at.bottom) / 2.0;
    if width < NARROW {
        return if middle > height / 2.0 {
            Placement::DockTop
        } else {
            Placement::DockBottom
        };
    }
    let left = at.left.min(width - WIDTH - MARGIN).max(MARGIN);
    let below = height - at.bottom - GAP - MARGIN;
    let above = at.top - GAP - MARGIN;
    if below >= needed || (above < needed && below >= above) {
        Placement::Below {
            left,
            top: at.bottom + GAP,
            max_height: below,
        }
    } else {
        Placement::Above {
            left,
            bottom: height - at.top + GAP,
            max_height: above,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chip(top: f64, left: f64) -> Rect {
        Rect {
            top,
            bottom: top + 18.0,
            left,
        }
    }

    #[test]
    fn a_chip_with_room_below_gets_its_note_below() {
        // 900 - 118 - 6 - 8 = 768 px of room under the chip.
        let high = Placement::Below {
            left: 300.0,
            top: 124.0,
            max_height: 768.0,
        };
        assert_eq!(place(chip(100.0, 300.0), 1400.0, 900.0, ROOM), high);
        // 900 - 618 - 14 = 268 below: short of 280, and less than the 586 above.
        let low = Placement::Above {
            left: 300.0,
            bottom: 306.0,
            max_height: 586.0,
        };
        assert_eq!(place(chip(600.0, 300.0), 1400.0, 900.0, ROOM), low);
        // Still 280 px below at two thirds down the screen: below, over what follows.
        assert!(matches!(
            place(chip(580.0, 300.0), 1400.0, 900.0, ROOM),
            Placement::Below { .. }
        ));
    }

    #[test]
    fn a_measured_note_goes_below_whenever_it_fits_there() {
        // 268 px below: too little for the estimate, enough for a note measured at 250 px.
        let fits = Placement::Below {
            left: 300.0,
            top: 624.0,
            max_height: 268.0,
        };
        assert_eq!(place(chip(600.0, 300.0), 1400.0, 900.0, 250.0), fits);
        // Fitting on neither side: the larger side, where it scrolls.
        let tall = Placement::Above {
            left: 300.0,
            bottom: 306.0,
            max_height: 586.0,
        };
        assert_eq!(place(chip(600.0, 300.0), 1400.0, 900.0, 700.0), tall);
        let tall_high = Placement::Below {
            left: 300.0,
            top: 324.0,
            max_height: 568.0,
        };
        assert_eq!(place(chip(300.0, 300.0), 1400.0, 900.0, 700.0), tall_high);
    }

    #[test]
    fn a_chip_low_on_a_wide_screen_gets_its_note_above() {
        let low = Placement::Above {
            left: 300.0,
            bottom: 106.0,
            max_height: 786.0,
        };
        assert_eq!(place(chip(800.0, 300.0), 1400.0, 900.0, ROOM), low);
    }

    #[test]
    fn a_note_near_the_right_edge_moves_left_to_stay_on_screen() {
        // 1400 - 420 - 8 = 972: the note ends 8 px before the edge.
        let right = Placement::Below {
            left: 972.0,
            top: 124.0,
            max_height: 768.0,
        };
        assert_eq!(place(chip(100.0, 1350.0), 1400.0, 900.0, ROOM), right);
        let left = Placement::Below {
            left: MARGIN,
            top: 124.0,
            max_height: 768.0,
        };
        assert_eq!(place(chip(100.0, 2.0), 1400.0, 900.0, ROOM), left);
    }

    #[test]
    fn on_a_phone_the_note_docks_to_the_half_away_from_the_chip() {
        assert_eq!(
            place(chip(100.0, 20.0), 390.0, 844.0, ROOM),
            Placement::DockBottom
        );
        assert_eq!(
            place(chip(600.0, 20.0), 390.0, 844.0, ROOM),
            Placement::DockTop
        );
    }
}
