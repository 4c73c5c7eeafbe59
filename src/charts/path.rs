//! SVG path strings: step lines and polylines, with short, stable number text.

/// A coordinate as SVG text: at most one decimal, no trailing `.0`, never NaN.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    crate::support::format::fixed(v, 1)
}

/// The `d` of a step-after line through pixel points: flat until the next x, then a jump.
///
/// Each point `(x, y)` starts a level that holds until the next point's x; the last level
/// runs to `end_x`. Repeated levels are merged so the path stays short.
pub fn step_path(points: &[(f64, f64)], end_x: f64) -> String {
    let mut d = String::new();
    let Some(&(x0, y0)) = points.first() else {
        return d;
    };
    d.push_str(&format!("M{} {}", num(x0), num(y0)));
    let mut level = y0;
    for &(x, y) in &points[1..] {
        if y != level {
            d.push_str(&format!("H{}V{}", num(x), num(y)));
            level = y;
        }
    }
    d.push_str(&format!("H{}", num(end_x.max(x0))));
    d
}

/// The `d` of straight segments through pixel points.
pub fn line_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&format!("{} {}", num(x), num(y)));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_finite() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.06), "12.1");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn step_path_holds_each_level_until_the_next_point() {
        let d = step_path(
            &[(0.0, 100.0), (50.0, 100.0), (75.5, 80.0), (90.0, 60.0)],
            200.0,
        );
        assert_eq!(d, "M0 100H75.5V80H90V60H200");
    }

    #[test]
    fn step_path_of_a_flat_or_empty_series() {
        assert_eq!(step_path(&[(10.0, 5.0), (20.0, 5.0)], 30.0), "M10 5H30");
        assert_eq!(step_path(&[], 30.0), "");
    }

    #[test]
    fn line_path_joins_points() {
        assert_eq!(line_path(&[(0.0, 1.0), (2.0, 3.25)]), "M0 1L2 3.3");
        assert_eq!(line_path(&[]), "");
    }
}
