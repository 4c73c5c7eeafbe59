//! Reading one typed number, with a plain message for each way it can be wrong.

use super::DraftError;

/// Beyond this a typed figure is a typo, not a deployment; the engine has its own lower caps.
const SANITY_MAX: f64 = 1e12;

/// Drop spaces, underscores and thousands commas (`1,000` but not `1,5`).
fn clean(text: &str) -> Result<String, String> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| *c != ' ' && *c != '_')
        .collect();
    if t.is_empty() {
        return Err("Enter a number.".into());
    }
    if t.contains(',') {
        let int_part = t.split('.').next().unwrap_or("");
        let groups: Vec<&str> = int_part.trim_start_matches('-').split(',').collect();
        let grouped = groups.len() > 1
            && !groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3)
            && !t.split('.').nth(1).is_some_and(|f| f.contains(','));
        if !grouped {
            return Err("Use a dot for decimals, like 2.5.".into());
        }
        return Ok(t.replace(',', ""));
    }
    Ok(t)
}

/// A figure that may have decimals: zero or more, finite, not absurd.
pub fn figure(text: &str) -> Result<f64, String> {
    let t = clean(text)?;
    let plain = t
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+');
    let x = match t.parse::<f64>() {
        Ok(x) if plain || t.contains(['e', 'E']) => x,
        _ => return Err("Use digits only, like 12 or 2.5.".into()),
    };
    if !x.is_finite() || x.abs() > SANITY_MAX {
        return Err("That number is far too large.".into());
    }
    if x < 0.0 {
        return Err(NEGATIVE.into());
    }
    Ok(x)
}

/// A whole number: zero or more, not absurd.
pub fn count(text: &str) -> Result<u64, String> {
    let x = figure(text).map_err(|m| {
        if m.starts_with("Use digits") {
            "Use digits only, like 12.".to_string()
        } else {
            m
        }
    })?;
    if x.fract() != 0.0 {
        return Err("Enter a whole number.".into());
    }
    Ok(x as u64)
}

/// What a figure must be, so a refusal can say it in the right words: a negative CPU count
/// "must be more than zero" (zero is refused too), a negative disk size "zero or more".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Floor {
    /// Zero or more.
    Zero,
    /// More than zero (CPUs, RAM, seconds between checks, a disk cap).
    AboveZero,
    /// A whole number of at least one (failures, sessions per instance).
    One,
}

impl Floor {
    /// The message for a figure below this floor.
    fn message(self) -> &'static str {
        match self {
            Floor::Zero => NEGATIVE,
            Floor::AboveZero => "Must be more than zero.",
            Floor::One => "Must be at least 1.",
        }
    }

    /// `result` with a negative figure's message said for this floor.
    fn say(self, result: Result<f64, String>) -> Result<f64, String> {
        result.map_err(|m| {
            if m == NEGATIVE {
                self.message().into()
            } else {
                m
            }
        })
    }
}

const NEGATIVE: &str = "Must be zero or more.";

/// Read a whole number into the plan, noting an error (and using 0) when it cannot be read.
pub fn parse_count(errs: &mut Vec<DraftError>, path: String, text: &str, floor: Floor) -> u64 {
    let read = count(text).map_err(|m| {
        if m == NEGATIVE {
            floor.message().into()
        } else {
            m
        }
    });
    read.unwrap_or_else(|m| {
        errs.push(DraftError {
            field: path,
            message: m,
        });
        0
    })
}

/// Read a figure into the plan, noting an error (and using 0) when it cannot be read.
pub fn parse_figure(errs: &mut Vec<DraftError>, path: String, text: &str, floor: Floor) -> f64 {
    floor.say(figure(text)).unwrap_or_else(|m| {
        errs.push(DraftError {
            field: path,
            message: m,
        });
        0.0
    })
}

/// Read an optional figure: an empty box means "not given".
pub fn parse_optional(
    errs: &mut Vec<DraftError>,
    path: String,
    text: &str,
    floor: Floor,
) -> Option<f64> {
    if text.trim().is_empty() {
        None
    } else {
        Some(parse_figure(errs, path, text, floor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_grouped_numbers() {
        assert_eq!(figure("12"), Ok(12.0));
        assert_eq!(figure(" 2.5 "), Ok(2.5));
        assert_eq!(figure("1,000"), Ok(1000.0));
        assert_eq!(figure("1 000"), Ok(1000.0));
        assert_eq!(figure("1e3"), Ok(1000.0));
        assert_eq!(count("1,234,567"), Ok(1_234_567));
    }

    #[test]
    fn refuses_each_kind_of_bad_text_with_its_own_message() {
        assert_eq!(figure(""), Err("Enter a number.".into()));
        assert_eq!(figure("   "), Err("Enter a number.".into()));
        assert_eq!(
            figure("12a"),
            Err("Use digits only, like 12 or 2.5.".into())
        );
        assert_eq!(count("12a"), Err("Use digits only, like 12.".into()));
        assert_eq!(
            figure("inf"),
            Err("Use digits only, like 12 or 2.5.".into())
        );
        assert_eq!(
            figure("NaN"),
            Err("Use digits only, like 12 or 2.5.".into())
        );
        assert_eq!(figure("-5"), Err("Must be zero or more.".into()));
        assert_eq!(figure("1e400"), Err("That number is far too large.".into()));
        assert_eq!(
            count("99999999999999999999999"),
            Err("That number is far too large.".into())
        );
        assert_eq!(count("2.5"), Err("Enter a whole number.".into()));
        assert_eq!(
            figure("1,5"),
            Err("Use a dot for decimals, like 2.5.".into())
        );
    }

    #[test]
    fn ag_1_a_negative_figure_that_must_be_positive_says_more_than_zero() {
        // Item 8: -16 CPUs per agent said "must be zero or more", but zero is refused too.
        let mut e = Vec::new();
        parse_figure(&mut e, "agents.cpus".into(), "-16", Floor::AboveZero);
        parse_figure(
            &mut e,
            "zones[0].profiles[0].disk_per_session_gb".into(),
            "-16",
            Floor::Zero,
        );
        parse_count(
            &mut e,
            "agents.sessions_per_instance".into(),
            "-2",
            Floor::One,
        );
        parse_count(&mut e, "web_app.redundancy".into(), "-1", Floor::Zero);
        let msgs: Vec<&str> = e.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "Must be more than zero.",
                "Must be zero or more.",
                "Must be at least 1.",
                "Must be zero or more."
            ]
        );
    }

    #[test]
    fn optional_empty_is_none_and_bad_is_an_error() {
        let mut e = Vec::new();
        assert_eq!(
            parse_optional(&mut e, "costs.agent".into(), "", Floor::Zero),
            None
        );
        assert!(e.is_empty());
        assert_eq!(
            parse_optional(&mut e, "costs.agent".into(), "40", Floor::Zero),
            Some(40.0)
        );
        parse_optional(&mut e, "costs.agent".into(), "x", Floor::Zero);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].field, "costs.agent");
    }
}
