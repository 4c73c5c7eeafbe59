//! Number formatting for tick labels and chart text: thousands separators and 1k / 1M.

use super::scale::within;

pub use crate::format::thousands;

/// A number rounded to `decimals` places, with thousands separators on the whole part.
pub fn grouped(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let text = crate::engine::text::fixed_padded(v.abs(), decimals as u32);
    let (whole, frac) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let whole = whole
        .parse::<u64>()
        .map(thousands)
        .unwrap_or_else(|_| whole.to_string());
    let sign = if v < 0.0 && text.chars().any(|c| ('1'..='9').contains(&c)) {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{whole}.{f}"),
        None => format!("{sign}{whole}"),
    }
}

/// A short form for large numbers: `950`, `1.5k`, `12k`, `2.5M`, `3G`.
pub fn compact(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let a = v.abs();
    let (unit, suffix) = if a >= 1e9 {
        (1e9, "G")
    } else if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e3 {
        (1e3, "k")
    } else {
        return grouped(v, if a.fract() == 0.0 { 0 } else { 1 });
    };
    let scaled = v / unit;
    // One decimal below 10 units (1.5k), none above (12k); drop a trailing ".0".
    let text = crate::engine::text::fixed(scaled, if scaled.abs() < 10.0 { 1 } else { 0 });
    format!("{text}{suffix}")
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
    } else if max_abs >= 1e9 {
        (1e9, "G")
    } else if max_abs >= 1e6 {
        (1e6, "M")
    } else {
        (1e3, "k")
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
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(10_000_000), "10,000,000");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(grouped(1234.5, 1), "1,234.5");
        assert_eq!(grouped(-1234.0, 0), "-1,234");
        assert_eq!(grouped(-0.01, 0), "0");
        assert_eq!(grouped(f64::NAN, 0), "–");
    }

    #[test]
    fn compact_suffixes() {
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(1000.0), "1k");
        assert_eq!(compact(1500.0), "1.5k");
        assert_eq!(compact(10_000.0), "10k");
        assert_eq!(compact(12_345.0), "12k");
        assert_eq!(compact(1_000_000.0), "1M");
        assert_eq!(compact(2_500_000.0), "2.5M");
        assert_eq!(compact(30_000_000.0), "30M");
        assert_eq!(compact(3e9), "3G");
        assert_eq!(compact(2.5), "2.5");
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
