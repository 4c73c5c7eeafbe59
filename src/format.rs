//! Number formatting for people: thousands separators, trimmed decimals, units.
//!
//! Pure functions, tested natively, so every figure on the page reads the same way.

use crate::engine::ServerSpec;

/// Group the digits of a whole number in threes: `1234567` becomes `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped, digits grouped.
///
/// Not-finite values read as an em dash so a bad figure never prints `NaN`.
pub fn number(x: f64, max_decimals: usize) -> String {
    if !x.is_finite() {
        return "—".into();
    }
    // The rounding is the engine's (`fixed`); only the digit grouping is added here.
    let text = crate::engine::text::fixed(x, max_decimals as u32);
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int_part, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let grouped = thousands(int_part.parse().unwrap_or(0));
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
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
        let whole = number(x.trunc(), 0);
        format!("{}.{:02}", whole, (cents.abs() as u64) % 100)
    }
}

/// A sessions-per-server figure: an integer when whole, else one decimal.
pub fn per_server(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        number(x, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_in_threes() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
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
        assert_eq!(number(f64::NAN, 2), "—");
        assert_eq!(number(f64::INFINITY, 2), "—");
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
