//! Linear scales: map a data domain onto a pixel range.
//!
//! An SVG y axis grows downwards, so a chart's y scale is built with an inverted range
//! (`height .. 0`); [`LinearScale::map`] handles both directions the same way.

/// `x` kept within `lo..=hi` (`hi` when the bounds cross; `lo` for NaN). Unlike
/// `f64::clamp` it never panics: the bounds cross when a label is wider than its room.
pub fn within(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// Maps values of a domain linearly onto a pixel range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl LinearScale {
    /// A scale from `domain` onto `range`; non-finite bounds are replaced by 0 and 1.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        let fin = |v: f64, alt: f64| if v.is_finite() { v } else { alt };
        LinearScale {
            d0: fin(domain.0, 0.0),
            d1: fin(domain.1, 1.0),
            r0: fin(range.0, 0.0),
            r1: fin(range.1, 1.0),
        }
    }

    /// The domain this scale was built with.
    pub fn domain(&self) -> (f64, f64) {
        (self.d0, self.d1)
    }

    /// The range this scale was built with.
    pub fn range(&self) -> (f64, f64) {
        (self.r0, self.r1)
    }

    /// The pixel position of `v`; a zero-width domain maps everything to the range's middle.
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 || !v.is_finite() {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }

    /// Like [`map`](Self::map), but clamped into the range (for values outside the domain).
    pub fn map_clamped(&self, v: f64) -> f64 {
        let (lo, hi) = if self.r0 <= self.r1 {
            (self.r0, self.r1)
        } else {
            (self.r1, self.r0)
        };
        within(self.map(v), lo, hi)
    }

    /// The domain value at pixel `px` (the inverse of [`map`](Self::map)).
    pub fn invert(&self, px: f64) -> f64 {
        let span = self.r1 - self.r0;
        if span == 0.0 {
            return self.d0;
        }
        self.d0 + (px - self.r0) / span * (self.d1 - self.d0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_domain_ends_onto_range_ends() {
        let s = LinearScale::new((0.0, 600.0), (40.0, 640.0));
        assert_eq!(s.map(0.0), 40.0);
        assert_eq!(s.map(600.0), 640.0);
        assert_eq!(s.map(150.0), 190.0);
        assert_eq!(s.invert(190.0), 150.0);
    }

    #[test]
    fn inverted_y_range_puts_zero_at_the_bottom() {
        let y = LinearScale::new((0.0, 10.0), (200.0, 0.0));
        assert_eq!(y.map(0.0), 200.0);
        assert_eq!(y.map(10.0), 0.0);
        assert_eq!(y.map(2.5), 150.0);
        assert_eq!(y.map_clamped(20.0), 0.0);
        assert_eq!(y.map_clamped(-5.0), 200.0);
    }

    #[test]
    fn zero_width_domain_and_bad_values_do_not_produce_nan() {
        let s = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(s.map(5.0), 50.0);
        assert_eq!(s.map(f64::NAN), 50.0);
        let s = LinearScale::new((f64::NAN, f64::INFINITY), (0.0, 100.0));
        assert_eq!(s.map(0.5), 50.0);
    }
}
