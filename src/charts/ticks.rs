//! "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, and their labels.

use super::scale::within;
use crate::support::format::{grouped, unit_for};

/// Evenly spaced tick values covering a domain, and the step between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// Distance between two ticks (1, 2 or 5 times a power of ten).
    pub step: f64,
    /// Tick values from the first (at or below the domain start) to the last (at or above its end).
    pub values: Vec<f64>,
}

impl Ticks {
    /// The first tick value (the nice lower bound of the axis).
    pub fn min(&self) -> f64 {
        self.values.first().copied().unwrap_or(0.0)
    }

    /// The last tick value (the nice upper bound of the axis).
    pub fn max(&self) -> f64 {
        self.values.last().copied().unwrap_or(1.0)
    }
}

/// The smallest 1-2-5 step that splits `span` into at most `max_count` intervals.
pub fn nice_step(span: f64, max_count: usize) -> f64 {
    let count = max_count.max(1) as f64;
    if !span.is_finite() || span <= 0.0 {
        return 1.0;
    }
    let raw = span / count;
    let magnitude = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        let step = m * magnitude;
        // A tiny tolerance so 600 / 6 = 100 does not become 200 through rounding.
        if step >= raw * (1.0 - 1e-9) {
            return step;
        }
    }
    10.0 * magnitude
}

/// Nice ticks covering `[min, max]` with at most about `max_count` intervals.
///
/// A zero-width domain is widened (to `0 .. v`, or `0 .. 1` at zero) and non-finite
/// bounds are treated as zero, so every input gives at least two ticks.
pub fn nice_ticks(min: f64, max: f64, max_count: usize) -> Ticks {
    let fin = |v: f64| if v.is_finite() { v } else { 0.0 };
    let (mut lo, mut hi) = (fin(min), fin(max));
    if lo > hi {
        std::mem::swap(&mut lo, &mut hi);
    }
    if lo == hi {
        if lo > 0.0 {
            lo = 0.0;
        } else if lo < 0.0 {
            hi = 0.0;
        } else {
            hi = 1.0;
        }
    }
    let step = nice_step(hi - lo, max_count);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let n = ((last - first) as usize).clamp(1, 1000);
    // Snap away floating noise such as 0.6000000000000001 by rounding to the step's decimals.
    let decimals = (-step.log10().floor()).max(0.0);
    let scale = if decimals <= 15.0 {
        10f64.powf(decimals)
    } else {
        1.0
    };
    let values = (0..=n)
        .map(|i| {
            let v = (first + i as f64) * step;
            let snapped = if scale > 1.0 {
                (v * scale).round() / scale
            } else {
                v
            };
            if snapped == 0.0 {
                0.0
            } else {
                snapped
            }
        })
        .collect();
    Ticks { step, values }
}

/// Labels for the ticks of one axis, `step` apart, formatted consistently.
///
/// Axes reaching 10,000 or more use a k/M/G suffix (`5k`, `1.5M`); smaller axes use
/// thousands separators (`1,500`); decimals follow the step (`0.25`).
pub fn tick_labels(values: &[f64], step: f64) -> Vec<String> {
    let step = if step.is_finite() && step > 0.0 {
        step
    } else {
        1.0
    };
    let max_abs = values
        .iter()
        .filter(|v| v.is_finite())
        .fold(0.0f64, |m, v| m.max(v.abs()));
    let (unit, suffix) = if max_abs < 1e4 {
        (1.0, "")
    } else {
        unit_for(max_abs)
    };
    let rel = step / unit;
    let decimals = if rel >= 1.0 {
        0
    } else {
        within(-(rel.log10() + 1e-9).floor(), 0.0, 12.0) as usize
    };
    values
        .iter()
        .map(|&v| {
            if v == 0.0 {
                "0".to_string()
            } else {
                format!("{}{suffix}", grouped(v / unit, decimals))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(600.0, 6), 100.0);
        assert_eq!(nice_step(700.0, 6), 200.0);
        assert_eq!(nice_step(27.0, 5), 10.0);
        assert_eq!(nice_step(4.0, 5), 1.0);
        assert_eq!(nice_step(3.0, 5), 1.0);
        assert_eq!(nice_step(0.9, 5), 0.2);
        assert_eq!(nice_step(12.0, 5), 5.0);
    }

    #[test]
    fn ticks_cover_the_domain_with_round_values() {
        let t = nice_ticks(0.0, 600.0, 6);
        assert_eq!(
            t.values,
            vec![0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0]
        );
        let t = nice_ticks(0.0, 27.0, 5);
        assert_eq!(t.values, vec![0.0, 10.0, 20.0, 30.0]);
        let t = nice_ticks(0.0, 450.0, 5);
        assert_eq!(t.step, 100.0);
        assert_eq!(t.max(), 500.0);
    }

    #[test]
    fn fractional_ticks_have_no_floating_noise() {
        let t = nice_ticks(0.0, 0.9, 5);
        assert_eq!(t.values, vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        let t = nice_ticks(0.1, 0.35, 5);
        assert_eq!(t.values, vec![0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    }

    #[test]
    fn zero_width_domains_still_give_an_axis() {
        assert_eq!(
            nice_ticks(0.0, 0.0, 5).values,
            vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        );
        let t = nice_ticks(3.0, 3.0, 3);
        assert_eq!(t.values, vec![0.0, 1.0, 2.0, 3.0]);
        let t = nice_ticks(-4.0, -4.0, 4);
        assert_eq!(t.min(), -4.0);
        assert_eq!(t.max(), 0.0);
    }

    #[test]
    fn huge_domains_up_to_ten_million_and_beyond() {
        let t = nice_ticks(0.0, 10_000_000.0, 5);
        assert_eq!(t.step, 2_000_000.0);
        assert_eq!(t.values.len(), 6);
        assert_eq!(t.max(), 10_000_000.0);
        let t = nice_ticks(0.0, 30_000_000.0, 6);
        assert_eq!(t.step, 5_000_000.0);
        assert_eq!(t.max(), 30_000_000.0);
        let t = nice_ticks(0.0, 1e300, 5);
        assert!(t.values.len() <= 7);
        assert!(t.values.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn bad_bounds_never_panic() {
        for (a, b) in [
            (f64::NAN, f64::NAN),
            (f64::INFINITY, 1.0),
            (5.0, -5.0),
            (f64::MIN_POSITIVE, f64::MIN_POSITIVE * 2.0),
        ] {
            let t = nice_ticks(a, b, 5);
            assert!(t.values.len() >= 2, "{a} {b}");
            assert!(t.values.iter().all(|v| v.is_finite()));
        }
        let t = nice_ticks(0.0, 10.0, 0);
        assert_eq!(t.values, vec![0.0, 10.0]);
    }

    #[test]
    fn tick_labels_follow_the_axis() {
        let l = |v: &[f64], s| tick_labels(v, s);
        assert_eq!(l(&[0.0, 100.0, 200.0], 100.0), ["0", "100", "200"]);
        assert_eq!(
            l(&[0.0, 500.0, 1000.0, 1500.0], 500.0),
            ["0", "500", "1,000", "1,500"]
        );
        assert_eq!(l(&[0.0, 5000.0, 10_000.0], 5000.0), ["0", "5k", "10k"]);
        assert_eq!(l(&[0.0, 5e6, 1e7], 5e6), ["0", "5M", "10M"]);
        assert_eq!(
            l(&[0.0, 5e5, 1e6, 1.5e6], 5e5),
            ["0", "0.5M", "1.0M", "1.5M"]
        );
        assert_eq!(l(&[0.0, 0.2, 0.4], 0.2), ["0", "0.2", "0.4"]);
        assert_eq!(l(&[0.1, 0.15], 0.05), ["0.10", "0.15"]);
        assert_eq!(l(&[1.0], f64::NAN), ["1"]);
    }
}
