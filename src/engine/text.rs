//! Small text helpers for formulas and messages.

/// A number as people write it in a formula: no trailing ".0", at most three decimals.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let rounded = (x * 1000.0).round() / 1000.0;
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        let s = format!("{rounded:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
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
        assert_eq!(percent(0.25), "25 %");
        assert_eq!(percent(0.125), "12.5 %");
    }
}
