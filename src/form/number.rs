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
        return Err("Must be zero or more.".into());
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

/// Read a whole number into the plan, noting an error (and using 0) when it cannot be read.
pub fn parse_count(errs: &mut Vec<DraftError>, path: String, text: &str) -> u64 {
    count(text).unwrap_or_else(|m| {
        errs.push(DraftError {
            field: path,
            message: m,
        });
        0
    })
}

/// Read a figure into the plan, noting an error (and using 0) when it cannot be read.
pub fn parse_figure(errs: &mut Vec<DraftError>, path: String, text: &str) -> f64 {
    figure(text).unwrap_or_else(|m| {
        errs.push(DraftError {
            field: path,
            message: m,
        });
        0.0
    })
}

/// Read an optional figure: an empty box means "not given".
pub fn parse_optional(errs: &mut Vec<DraftError>, path: String, text: &str) -> Option<f64> {
    if text.trim().is_empty() {
        None
    } else {
        Some(parse_figure(errs, path, text))
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
    fn optional_empty_is_none_and_bad_is_an_error() {
        let mut e = Vec::new();
        assert_eq!(parse_optional(&mut e, "costs.agent".into(), ""), None);
        assert!(e.is_empty());
        assert_eq!(
            parse_optional(&mut e, "costs.agent".into(), "40"),
            Some(40.0)
        );
        parse_optional(&mut e, "costs.agent".into(), "x");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].field, "costs.agent");
    }
}
