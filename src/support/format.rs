//! Numbers written as text, for every place the app writes one: the engine's formulas and
//! messages, the figures on the page (thousands separators, units, money), chart labels and
//! coordinates, and the exports.
//!
//! All of it is std's own float formatting (`{:.2}`) after one rounding step, half away from
//! zero, so `2.25` to one decimal reads `2.3` the way people round. A figure put back into
//! an input, a link or a CSV cell needs no function here: `x.to_string()` writes the
//! shortest text that reads back as exactly `x` (`2.5`, `0.1`, `96`).

use crate::engine::ServerSpec;

/// `x` rounded to at most `decimals` decimals, trailing zeros and dot dropped, no digit
/// grouping: `fixed(2.50, 2)` is `2.5`, `fixed(-0.004, 2)` is `0`. Not-finite values read `?`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let mut text = fixed_padded(x, decimals);
    if text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    text
}

/// `x` rounded to `decimals` decimals and written with all of them: `fixed_padded(2.5, 2)`
/// is `2.50`, `fixed_padded(-0.004, 2)` is `0.00`. Not-finite values read `?`.
pub fn fixed_padded(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let scale = 10f64.powi(decimals as i32);
    // Half away from zero on the scaled figure (std's `{:.2}` alone rounds ties to even);
    // a negative figure that rounds to zero is written without its sign.
    let scaled = (x * scale).round();
    // Below 2^53 the scaled figure is a whole number an integer holds exactly: write it with
    // integer formatting, which is many times faster than std's exact float formatting (a
    // chart writes hundreds of coordinates on every keystroke). Past it, std's formatting.
    if scaled.abs() < 9_007_199_254_740_992.0 {
        let n = scaled as i64;
        if decimals == 0 {
            return n.to_string();
        }
        let unit = 10i64.pow(decimals);
        let sign = if n < 0 { "-" } else { "" };
        let n = n.unsigned_abs();
        let unit = unit as u64;
        return format!(
            "{sign}{}.{:0width$}",
            n / unit,
            n % unit,
            width = decimals as usize
        );
    }
    format!("{x:.*}", decimals as usize)
}

/// A number as people write it in a formula: no trailing ".0", at most three decimals.
pub fn num(x: f64) -> String {
    fixed(x, 3)
}

/// A ratio as a percentage with at most one decimal, as a formula writes it: `25 %`,
/// `12.5 %`.
pub fn percent_in_formula(ratio: f64) -> String {
    format!("{} %", fixed(ratio * 100.0, 1))
}

/// `digits` (an optional `-`, digits, an optional fraction) with the whole part grouped in
/// threes: `-1234567.5` becomes `-1,234,567.5`.
fn group(digits: &str) -> String {
    let (sign, rest) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let (whole, frac) = rest.split_at(rest.find('.').unwrap_or(rest.len()));
    let mut out = String::with_capacity(digits.len() + whole.len() / 3);
    out.push_str(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out.push_str(frac);
    out
}

/// Group the digits of a whole number in threes: `1234567` becomes `1,234,567`.
pub fn thousands(n: u64) -> String {
    group(&n.to_string())
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped, digits grouped:
/// `1,234.5`. Not-finite values read as an em dash, so a bad figure never prints `NaN`.
pub fn number(x: f64, max_decimals: usize) -> String {
    if !x.is_finite() {
        return "—".into();
    }
    group(&fixed(x, max_decimals as u32))
}

/// A figure in text a person reads (messages, formulas, reasons), as [`num`] writes it but
/// with its digits grouped: `10000000.5` reads `10,000,000.5`. Values typed into Kasm or
/// Docker keep [`num`].
pub fn readable(x: f64) -> String {
    number(x, 3)
}

/// A number rounded to `decimals` places and written with all of them, digits grouped:
/// `1,234.50` (chart labels, which line up by their decimals). Not-finite values read `–`.
pub fn grouped(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    group(&fixed_padded(x, decimals as u32))
}

/// The unit a figure of magnitude `a` is written in, and its suffix: `(1e3, "k")` from a
/// thousand, `"M"` from a million, `"G"` from a billion, `(1.0, "")` below.
pub fn unit_for(a: f64) -> (f64, &'static str) {
    if a >= 1e9 {
        (1e9, "G")
    } else if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e3 {
        (1e3, "k")
    } else {
        (1.0, "")
    }
}

/// A short form for large numbers: `950`, `1.5k`, `12k`, `2.5M`, `3G`.
pub fn compact(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let a = v.abs();
    let (unit, suffix) = unit_for(a);
    if suffix.is_empty() {
        return grouped(v, if a.fract() == 0.0 { 0 } else { 1 });
    }
    let scaled = v / unit;
    // One decimal below 10 units (1.5k), none above (12k); drop a trailing ".0".
    let text = fixed(scaled, if scaled.abs() < 10.0 { 1 } else { 0 });
    format!("{text}{suffix}")
}

/// A figure in gigabytes, e.g. `1,024 GB`.
pub fn gb(x: f64) -> String {
    format!("{} GB", number(x, 1))
}

/// CPU cores, e.g. `8 CPU` (kept short for tables).
pub fn cpus(x: f64) -> String {
    format!("{} CPU", number(x, 2))
}

/// One server's spec as the guide writes it: `4 CPU / 4 GB RAM / 80 GB disk`.
pub fn spec(s: &ServerSpec) -> String {
    format!(
        "{} / {} RAM / {} disk",
        cpus(s.cpus),
        gb(s.ram_gb),
        gb(s.disk_gb)
    )
}

/// A ratio as a whole percentage: `0.444` becomes `44%`.
pub fn percent(ratio: f64) -> String {
    format!("{}%", number(ratio * 100.0, 0))
}

/// A monthly amount with two decimals only when it has cents: `1,234.5` becomes `1,234.50`.
pub fn money(x: f64) -> String {
    if !x.is_finite() {
        return "—".into();
    }
    let cents = (x * 100.0).round();
    if cents % 100.0 == 0.0 {
        number(x, 0)
    } else {
        grouped(cents / 100.0, 2)
    }
}

/// Put a currency beside an amount already written: a one-character symbol goes first
/// (`€300`), a code or a longer symbol after it (`300 EUR`); no currency leaves it bare.
pub fn with_currency(figure: &str, currency: &str) -> String {
    let c = currency.trim();
    if c.is_empty() {
        figure.to_string()
    } else if c.chars().count() == 1 && !c.chars().all(char::is_alphanumeric) {
        format!("{c}{figure}")
    } else {
        format!("{figure} {c}")
    }
}

/// An amount of money in a currency, as [`money`] writes it: `1,234.50 EUR`, `€300`.
pub fn amount(x: f64, currency: &str) -> String {
    with_currency(&money(x), currency)
}

/// A price as given, to a hundredth of a cent: `0.0416 USD`, `€0.192`.
pub fn price(x: f64, currency: &str) -> String {
    with_currency(&number(x, 4), currency)
}

/// A sessions-per-server figure: an integer when whole, else one decimal.
pub fn per_server(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x}")
    } else {
        number(x, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_half_away_from_zero_and_drops_needless_decimals() {
        assert_eq!(num(4.0), "4");
        assert_eq!(num(0.25), "0.25");
        assert_eq!(num(1.0 / 3.0), "0.333");
        assert_eq!(num(f64::NAN), "?");
        assert_eq!(fixed(-0.004, 2), "0");
        assert_eq!(fixed(120.0, 2), "120");
        assert_eq!(fixed_padded(2.5, 2), "2.50");
        assert_eq!(fixed_padded(-0.004, 2), "0.00");
        assert_eq!(fixed_padded(-1.25, 1), "-1.3");
        assert_eq!(fixed_padded(2.25, 1), "2.3");
        assert_eq!(fixed_padded(7.0, 0), "7");
        assert_eq!(fixed(1e19, 2), "10000000000000000000");
        assert_eq!(fixed(0.000_001, 6), "0.000001");
        assert_eq!(fixed_padded(0.05, 3), "0.050");
        assert_eq!(fixed(f64::INFINITY, 1), "?");
        assert_eq!(percent_in_formula(0.25), "25 %");
        assert_eq!(percent_in_formula(0.125), "12.5 %");
        assert_eq!(fixed(2.25, 1), "2.3");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        // The integer-formatted figure is std's `{:.N}` of the figure rounded half away from
        // zero, over a sweep of values and decimals (negative ones that round to zero aside).
        let mut v = 0.000_37f64;
        while v < 1e12 {
            for d in 0..=6u32 {
                let scale = 10f64.powi(d as i32);
                let rounded = (v * scale).round() / scale;
                if rounded * scale >= 1e15 {
                    continue;
                }
                let std = |x: f64| format!("{x:.*}", d as usize);
                assert_eq!(fixed_padded(v, d), std(rounded), "{v} {d}");
                if rounded != 0.0 {
                    assert_eq!(fixed_padded(-v, d), std(-rounded), "-{v} {d}");
                }
            }
            v *= 1.7;
        }
    }

    #[test]
    fn a_figure_put_back_into_a_box_reads_back_bit_for_bit() {
        // Form figures (cores, GB, ratios, seconds, costs) and a sweep of awkward values:
        // `to_string` writes the shortest text that parses back to the same f64.
        let mut values = vec![0.0, 2.0, 0.5, 2.25, 96.0, 0.1, 0.3, 120.75, 1e6];
        let mut x = 0.0001f64;
        while x < 1e15 {
            values.extend([x, x / 3.0, x * 1.1]);
            x *= 1.37;
        }
        for v in values {
            let text = v.to_string();
            assert!(!text.contains('e'), "{text}");
            assert_eq!(text.parse::<f64>().map(f64::to_bits), Ok(v.to_bits()));
        }
        assert_eq!(2.0f64.to_string(), "2");
        assert_eq!(0.1f64.to_string(), "0.1");
    }

    #[test]
    fn amounts_carry_their_currency_and_prices_keep_their_decimals() {
        assert_eq!(amount(1234.5, "EUR"), "1,234.50 EUR");
        assert_eq!(amount(300.0, "€"), "€300");
        assert_eq!(amount(12.0, "US$"), "12 US$");
        assert_eq!(amount(0.192, ""), "0.19");
        assert_eq!(price(0.0416, "EUR"), "0.0416 EUR");
        assert_eq!(price(1500.0, "$"), "$1,500");
    }

    #[test]
    fn thousands_groups_in_threes() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(10_000_000), "10,000,000");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn number_trims_zeros_and_groups() {
        assert_eq!(number(2.0, 2), "2");
        assert_eq!(number(0.25, 2), "0.25");
        assert_eq!(number(1234.5, 1), "1,234.5");
        assert_eq!(number(2.456, 1), "2.5");
        assert_eq!(number(-1500.0, 0), "-1,500");
        assert_eq!(number(-0.0001, 2), "0");
        assert_eq!(number(123_456.0, 0), "123,456");
        assert_eq!(number(f64::NAN, 2), "—");
        assert_eq!(number(f64::INFINITY, 2), "—");
    }

    #[test]
    fn grouped_keeps_its_decimals() {
        assert_eq!(grouped(1234.5, 1), "1,234.5");
        assert_eq!(grouped(1234.5, 2), "1,234.50");
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
    fn spec_reads_like_the_guide_db3_row() {
        // DB-3: the 50-200 sessions row.
        let s = ServerSpec {
            cpus: 4.0,
            ram_gb: 4.0,
            disk_gb: 80.0,
        };
        assert_eq!(spec(&s), "4 CPU / 4 GB RAM / 80 GB disk");
        let big = ServerSpec {
            cpus: 32.0,
            ram_gb: 128.0,
            disk_gb: 1656.0,
        };
        assert_eq!(spec(&big), "32 CPU / 128 GB RAM / 1,656 GB disk");
    }

    #[test]
    fn percent_and_money() {
        assert_eq!(percent(200.0 / 450.0), "44%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(money(1234.5), "1,234.50");
        assert_eq!(money(1200.0), "1,200");
        assert_eq!(money(0.05), "0.05");
        assert_eq!(money(1_000_000.1), "1,000,000.10");
        assert_eq!(money(f64::NAN), "—");
    }

    #[test]
    fn per_server_is_an_integer_when_whole() {
        // AG-1 first row: 8 sessions per agent.
        assert_eq!(per_server(8.0), "8");
        assert_eq!(per_server(150.0), "150");
        assert_eq!(per_server(2.5), "2.5");
        assert_eq!(per_server(1000.0), "1000");
    }
}
