//! Bar layout: equal bands across an axis, each bar centred in its band with a gap.

use super::scale::within;

/// One bar's horizontal slot in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// Left edge of the bar.
    pub x: f64,
    /// Width of the bar.
    pub width: f64,
}

impl Band {
    /// The horizontal centre of the bar (where its label goes).
    pub fn center(&self) -> f64 {
        self.x + self.width / 2.0
    }
}

/// Split `[start, end]` into `n` bands; `gap` (0..1) is the share of each band left empty.
///
/// Bars never get wider than `max_width`, so two scenarios do not become two slabs.
pub fn bands(n: usize, start: f64, end: f64, gap: f64, max_width: f64) -> Vec<Band> {
    if n == 0 || end.partial_cmp(&start) != Some(std::cmp::Ordering::Greater) {
        return Vec::new();
    }
    let gap = if gap.is_finite() {
        within(gap, 0.0, 0.95)
    } else {
        0.2
    };
    let slot = (end - start) / n as f64;
    let width = (slot * (1.0 - gap)).min(max_width.max(1.0));
    (0..n)
        .map(|i| Band {
            x: start + slot * i as f64 + (slot - width) / 2.0,
            width,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_leave_gaps_and_stay_inside() {
        let b = bands(4, 0.0, 400.0, 0.25, 1000.0);
        assert_eq!(b.len(), 4);
        assert_eq!(
            b[0],
            Band {
                x: 12.5,
                width: 75.0
            }
        );
        assert_eq!(b[3].x + b[3].width, 387.5);
        for w in b.windows(2) {
            let gap = w[1].x - (w[0].x + w[0].width);
            assert_eq!(gap, 25.0);
        }
        assert_eq!(b[1].center(), 150.0);
    }

    #[test]
    fn max_width_caps_lonely_bars() {
        let b = bands(1, 0.0, 600.0, 0.2, 80.0);
        assert_eq!(
            b,
            vec![Band {
                x: 260.0,
                width: 80.0
            }]
        );
    }

    #[test]
    fn empty_or_inverted_space_gives_no_bars() {
        assert!(bands(0, 0.0, 100.0, 0.2, 50.0).is_empty());
        assert!(bands(3, 100.0, 100.0, 0.2, 50.0).is_empty());
        assert!(bands(3, f64::NAN, 100.0, 0.2, 50.0).is_empty());
    }
}
