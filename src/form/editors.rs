//! Which workspace profile editors the form draws: all of a small plan, the first few of a
//! big one (issue 6 stress: 1,000 profiles over 50 zones would be 40,000 page elements).

use super::FieldErrors;
use crate::support::paging::Shown;

/// Profile editors drawn when a plan opens, over all zones in plan order.
pub const FIRST_EDITORS: usize = 20;
/// Profile editors one click on a zone's "Show" button adds.
pub const MORE_EDITORS: usize = 20;
/// "Every profile of the zone".
pub const ALL: usize = usize::MAX;

/// How many profile editors each zone draws when a plan opens, given the zones' profile
/// counts: whole zones while [`FIRST_EDITORS`] lasts ([`ALL`], so profiles added later show
/// too), part of the zone where it runs out, none after.
pub fn first_editors(sizes: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut left = FIRST_EDITORS;
    sizes
        .into_iter()
        .map(|n| {
            if n <= left {
                left -= n;
                ALL
            } else {
                std::mem::take(&mut left)
            }
        })
        .collect()
}

/// Whether a plan of `profiles` workspace profiles is big: the form draws only some of its
/// editors, and the page draws it in several tasks so none blocks for long.
pub fn is_big(profiles: usize) -> bool {
    profiles > FIRST_EDITORS
}

/// One past the highest profile of `zone` with an error (0 when none): the editors up to
/// there stay drawn so every error is in view.
pub fn through_last_error(errors: &FieldErrors, zone: usize) -> usize {
    let prefix = format!("zones[{zone}].profiles[");
    errors
        .starting_with(&prefix)
        .filter_map(|(k, _)| k[prefix.len()..].split_once(']')?.0.parse::<usize>().ok())
        .max()
        .map_or(0, |p| p + 1)
}

/// The editors zone `zone` draws of its `total` profiles: the first `open`, and at least
/// every one up to its last error.
pub fn zone_editors(total: usize, open: usize, errors: &FieldErrors, zone: usize) -> Shown {
    Shown::first(total, open.max(through_last_error(errors, zone)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::DraftError;

    #[test]
    fn the_first_editors_go_to_whole_zones_in_order() {
        assert_eq!(first_editors([3, 5]), vec![ALL, ALL]);
        assert_eq!(first_editors([15, 10, 4]), vec![ALL, 5, 0]);
        assert_eq!(first_editors([20, 1]), vec![ALL, 0]);
        // The stress plan: 50 zones of 20 profiles; only the first zone is drawn in full.
        let big = first_editors(std::iter::repeat_n(20, 50));
        assert_eq!(big[0], ALL);
        assert!(big[1..].iter().all(|&n| n == 0));
    }

    #[test]
    fn editors_reach_the_last_profile_with_an_error_in_numeric_order() {
        let errs = FieldErrors::from_draft(&[
            DraftError::new("zones[1].profiles[2].cpu_cores", "Enter a number."),
            DraftError::new(
                "zones[1].profiles[10].sessions",
                "Use digits only, like 12.",
            ),
            DraftError::new("zones[10].profiles[30].sessions", "Enter a number."),
            DraftError::new("zones[1].name", "Enter a name."),
        ]);
        assert_eq!(through_last_error(&errs, 1), 11);
        assert_eq!(through_last_error(&errs, 10), 31);
        assert_eq!(through_last_error(&errs, 0), 0);
        assert_eq!(through_last_error(&FieldErrors::default(), 1), 0);
    }
}
