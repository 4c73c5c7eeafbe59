//! Small text helpers for formulas and messages.

/// `x` rounded to at most `decimals` decimals (6 at most), trailing zeros and dot dropped,
/// no digit grouping: `fixed(2.50, 2)` is `2.5`, `fixed(-0.004, 2)` is `0`.
///
/// Scaled integer rounding (half away from zero) rather than `{:.2}`: exact for every
/// figure shown, and it keeps the standard float formatting machinery out of the wasm.
/// Not-finite values read `?`.
pub fn fixed(x: f64, decimals: u32) -> String {
    write_fixed(x, decimals, false)
}

/// `x` rounded to `decimals` decimals (6 at most) and written with all of them, as `{:.2}`
/// would: `fixed_padded(2.5, 2)` is `2.50`, `fixed_padded(-0.004, 2)` is `0.00`. Not-finite
/// values read `?`.
pub fn fixed_padded(x: f64, decimals: u32) -> String {
    write_fixed(x, decimals, true)
}

/// Digits written by hand rather than through `format!`: this runs for every coordinate of
/// every chart on every keystroke, and the formatting machinery was most of its cost.
fn write_fixed(x: f64, decimals: u32, padded: bool) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let mut d = decimals.min(6);
    let scale = 10u64.pow(d);
    let scaled = (x.abs() * scale as f64).round();
    let (int_part, mut frac) = if scaled < 9e18 {
        let n = scaled as u64;
        (n / scale, n % scale)
    } else {
        (x.abs().min(u64::MAX as f64) as u64, 0)
    };
    let mut out = String::with_capacity(24);
    if x < 0.0 && (int_part, frac) != (0, 0) {
        out.push('-');
    }
    push_digits(&mut out, int_part, 1);
    if !padded {
        while d > 0 && frac % 10 == 0 {
            frac /= 10;
            d -= 1;
        }
    }
    if d > 0 {
        out.push('.');
        push_digits(&mut out, frac, d as usize);
    }
    out
}

/// The decimal digits of `n`, left-padded with zeros to `width`.
pub(crate) fn push_digits(out: &mut String, mut n: u64, width: usize) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in buf.len() - at..width {
        out.push('0');
    }
    out.extend(buf[at..].iter().map(|&b| b as char));
}

/// A number as people write it in a formula: no trailing ".0", at most three decimals.
pub fn num(x: f64) -> String {
    fixed(x, 3)
}

/// A whole number for people, digits grouped in threes: `1316672` reads `1,316,672`.
pub use crate::format::thousands;

/// A figure for people as [`num`] writes it, digits grouped: `10000000.5` reads
/// `10,000,000.5`. For text a person reads (messages, formulas); values typed into Kasm or
/// Docker keep [`num`].
pub fn grouped(x: f64) -> String {
    crate::format::number(x, 3)
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
        assert_eq!(fixed(1e19, 2), "10000000000000000000");
        assert_eq!(fixed(0.000_001, 6), "0.000001");
        assert_eq!(fixed_padded(0.05, 3), "0.050");
        // The same text as the standard formatter, over a sweep of values and decimals.
        let mut v = 0.000_37f64;
        while v < 1e12 {
            for d in 0..=6 {
                let scale = 10f64.powi(d as i32);
                let rounded = (v * scale).round() / scale;
                if rounded * scale >= 1e15 {
                    continue; // past what a displayed figure needs (and exact doubles)
                }
                assert_eq!(
                    fixed_padded(rounded, d),
                    format!("{rounded:.*}", d as usize)
                );
                if rounded != 0.0 {
                    // (A negative figure that rounds to zero reads "0", not "-0".)
                    assert_eq!(
                        fixed_padded(-rounded, d),
                        format!("{:.*}", d as usize, -rounded)
                    );
                }
            }
            v *= 1.7;
        }
        assert_eq!(percent(0.25), "25 %");
        assert_eq!(percent(0.125), "12.5 %");
    }
}
