//! Small text helpers for formulas and messages.

/// `x` rounded to at most `decimals` decimals (6 at most), trailing zeros and dot dropped,
/// no digit grouping: `fixed(2.50, 2)` is `2.5`, `fixed(-0.004, 2)` is `0`.
///
/// Scaled integer rounding (half away from zero) rather than `{:.2}`: exact for every
/// figure shown, and it keeps the standard float formatting machinery out of the wasm.
/// Not-finite values read `?`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let mut text = fixed_padded(x, decimals);
    if text.contains('.') {
        text.truncate(text.trim_end_matches('0').trim_end_matches('.').len());
    }
    text
}

/// `x` rounded to `decimals` decimals (6 at most) and written with all of them, as `{:.2}`
/// would: `fixed_padded(2.5, 2)` is `2.50`, `fixed_padded(-0.004, 2)` is `0.00`. Not-finite
/// values read `?`.
pub fn fixed_padded(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let d = decimals.min(6);
    let scale = 10u64.pow(d);
    let scaled = (x.abs() * scale as f64).round();
    let (int_part, frac) = if scaled < 9e18 {
        let n = scaled as u64;
        (n / scale, n % scale)
    } else {
        (x.abs().min(u64::MAX as f64) as u64, 0)
    };
    let mut out = String::new();
    if x < 0.0 && (int_part, frac) != (0, 0) {
        out.push('-');
    }
    out.push_str(&int_part.to_string());
    if d > 0 {
        out.push('.');
        out.push_str(&format!("{frac:0width$}", width = d as usize));
    }
    out
}

/// A number as people write it in a formula: no trailing ".0", at most three decimals.
pub fn num(x: f64) -> String {
    fixed(x, 3)
}

/// A ratio as a percentage with at most one decimal, e.g. "25 %".
pub fn percent(ratio: f64) -> String {
    format!("{} %", num((ratio * 1000.0).round() / 10.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_drop_needless_decimals() {
        assert_eq!(num(4.0), "4");
        assert_eq!(num(0.25), "0.25");
        assert_eq!(num(1.0 / 3.0), "0.333");
        assert_eq!(num(f64::NAN), "?");
        assert_eq!(fixed(-0.004, 2), "0");
        assert_eq!(fixed(120.0, 2), "120");
        assert_eq!(fixed_padded(2.5, 2), "2.50");
        assert_eq!(fixed_padded(-0.004, 2), "0.00");
        assert_eq!(fixed_padded(-1.25, 1), "-1.3");
        assert_eq!(fixed_padded(7.0, 0), "7");
        assert_eq!(percent(0.25), "25 %");
        assert_eq!(percent(0.125), "12.5 %");
    }
}
