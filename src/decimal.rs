//! Reading a decimal number (`12`, `2.5`, `1e3`, `-0.25`) into the nearest `f64`.
//!
//! The standard library's parser carries a table of powers of five (about 10 KB of wasm
//! that does not compress). Here, simple figures are read exactly with integer arithmetic,
//! and the rest (many digits, large exponents) go to the browser's own correctly rounded
//! `parseFloat` in wasm, or to the standard parser in native builds, so both builds read
//! every text to the same `f64`.

/// The nearest `f64` to `text`, which must be `[+-]digits[.digits][e[+-]digits]` (at least
/// one digit before the exponent; no spaces, `inf` or `NaN`); `None` for anything else.
pub fn parse_f64(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let mut i = 0;
    let negative = matches!(b.first(), Some(b'-'));
    if matches!(b.first(), Some(b'-' | b'+')) {
        i = 1;
    }
    // Mantissa digits as an integer (while it stays exact) and the decimal exponent.
    let (mut mantissa, mut exact, mut digits, mut scale) = (0u64, true, 0usize, 0i64);
    let mut seen_dot = false;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                digits += 1;
                match mantissa
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(u64::from(d - b'0')))
                {
                    Some(m) => mantissa = m,
                    None => exact = false,
                }
                if seen_dot {
                    scale -= 1;
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() {
        if !matches!(b[i], b'e' | b'E') {
            return None;
        }
        let rest = &text[i + 1..];
        let body = rest.strip_prefix(['+', '-']).unwrap_or(rest);
        if body.is_empty() || !body.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let e: i64 = body.parse().unwrap_or(i64::MAX / 4);
        scale = scale.saturating_add(if rest.starts_with('-') { -e } else { e });
    }
    // Exact when the mantissa and the power of ten are both exact doubles: one correctly
    // rounded multiplication or division.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let value = if exact && mantissa <= 1 << 53 && scale.unsigned_abs() <= 22 {
        let m = mantissa as f64;
        let p = POW10[scale.unsigned_abs() as usize];
        if scale < 0 {
            m / p
        } else {
            m * p
        }
    } else if mantissa == 0 && exact {
        0.0
    } else {
        return correctly_rounded(text);
    };
    Some(if negative { -value } else { value })
}

/// The shortest text that reads back as exactly `x`, the way `{x}` writes it (`2.5`, `0.1`,
/// `96`), for a figure put back into an input box.
///
/// Figures with at most six decimals and 15 digits are written here with integer arithmetic,
/// which keeps the standard float formatting (about 13 KB of wasm) out of the page; any
/// other value goes to the browser's `Number.prototype.toString` in wasm (which may use an
/// exponent, `1e-7`, and reads back exactly all the same) or to `{x}` in native builds.
pub fn shortest(x: f64) -> String {
    // Below 2^52 after scaling (an ulp of `x` under 10^-d), at most one text with `d` decimals reads back as `x`, so the
    // first that does is the shortest and the closest (what `{x}` writes).
    (0..=6)
        .take_while(|&d| x.abs() * 10f64.powi(d as i32) < 4_503_599_627_370_496.0)
        .map(|d| crate::engine::text::fixed(x, d))
        .find(|text| parse_f64(text).map(f64::to_bits) == Some(x.to_bits()))
        .unwrap_or_else(|| long_form(x))
}

#[cfg(target_arch = "wasm32")]
fn long_form(x: f64) -> String {
    js_sys::Number::from(x)
        .to_string_with_radix(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn long_form(x: f64) -> String {
    format!("{x}")
}

/// The general case, checked for syntax already.
#[cfg(target_arch = "wasm32")]
fn correctly_rounded(text: &str) -> Option<f64> {
    Some(js_sys::Number::parse_float(text))
}

/// The general case, checked for syntax already.
#[cfg(not(target_arch = "wasm32"))]
fn correctly_rounded(text: &str) -> Option<f64> {
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_form_of_a_decimal_like_the_standard_parser() {
        for t in [
            "0",
            "12",
            "2.5",
            "-0.25",
            "+3",
            "1.",
            ".5",
            "1e3",
            "2.5E-7",
            "0.1",
            "0.3",
            "123456.789",
            "9007199254740993",
            "999999999.9999999",
            "1e22",
            "1e23",
            "0.000000000000000000000000000001",
            "2.2250738585072014e-308",
            "1e400",
            "00012.50",
            "0.30000000000000004",
            "18446744073709551616",
            "-0",
        ] {
            let ours = parse_f64(t).unwrap_or_else(|| panic!("{t} refused"));
            let std: f64 = t.parse().unwrap();
            assert_eq!(ours.to_bits(), std.to_bits(), "{t}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for t in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "12a", "inf", "NaN", "0x10", " 1", "1 ",
            "1,5",
        ] {
            assert_eq!(parse_f64(t), None, "{t}");
        }
    }

    #[test]
    fn shortest_writes_figures_as_the_standard_formatter_does() {
        // Form figures (cores, GB, ratios, seconds, costs) and a sweep of awkward values.
        let mut values = vec![
            0.0, 2.0, 4.0, 0.5, 1.5, 2.25, 96.0, 0.1, 0.2, 0.3, 120.75, 1e6,
        ];
        let mut x = 0.0001f64;
        while x < 1e15 {
            values.extend([x, x / 3.0, x * 1.1, (x * 1000.0).round() / 1000.0]);
            x *= 1.37;
        }
        for v in values {
            assert_eq!(shortest(v), format!("{v}"), "{v:e}");
            assert_eq!(parse_f64(&shortest(v)), Some(v));
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn shortest_matches_the_standard_formatter_for_typed_figures(
            n in 0u64..100_000_000_000, d in 0i32..8, negative: bool
        ) {
            // Every figure someone can type with up to 7 decimals, as the f64 it reads to.
            let v = n as f64 / 10f64.powi(d) * if negative { -1.0 } else { 1.0 };
            proptest::prop_assert_eq!(shortest(v), format!("{v}"));
        }
    }

    #[test]
    fn round_trips_shortest_forms_bit_for_bit() {
        let mut x = 0.001f64;
        while x < 1e7 {
            for y in [x, x / 3.0, x * 1.1] {
                let back = parse_f64(&format!("{y}")).unwrap();
                assert_eq!(back.to_bits(), y.to_bits(), "{y}");
            }
            x *= 1.37;
        }
    }
}
