//! Link versions: reading a link written by an older or newer build.
//!
//! The version key `v` says which key set a link uses. This build writes
//! [`LINK_VERSION`]. Older links are brought forward one step at a time by
//! [`MIGRATIONS`]: entry `n` rewrites the key-value pairs of version `n` into those of
//! version `n + 1`. A future version 2 that, say, renamed `sessions` to `peak` would add
//! one function `v1_to_v2` that renames that key, and every older link would still open.
//!
//! A link without `v` is version 0: links typed by hand, such as `?sessions=500`. It uses
//! the same keys as version 1, so its migration changes nothing.

use super::notices::Notice;

/// Link version this build writes.
pub const LINK_VERSION: u32 = 1;

/// Key-value pairs of a link, percent-decoded.
pub type Pairs = Vec<(String, String)>;

/// One step forward: pairs of version `n` to pairs of version `n + 1`.
pub type Migration = fn(Pairs, &mut Vec<Notice>) -> Pairs;

/// Entry `n` migrates version `n` to `n + 1`; its length is [`LINK_VERSION`].
pub static MIGRATIONS: [Migration; LINK_VERSION as usize] = [v0_to_v1];

/// Version 0 (no `v` key) has the keys of version 1.
fn v0_to_v1(pairs: Pairs, _notices: &mut Vec<Notice>) -> Pairs {
    pairs
}

/// Bring pairs of version `from` up to [`LINK_VERSION`]; newer versions pass unchanged.
pub fn migrate(mut pairs: Pairs, from: u32, notices: &mut Vec<Notice>) -> Pairs {
    for step in MIGRATIONS.iter().skip(from as usize) {
        pairs = step(pairs, notices);
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_one_migration_per_older_version() {
        assert_eq!(MIGRATIONS.len(), LINK_VERSION as usize);
    }

    #[test]
    fn version_zero_keeps_its_keys() {
        let pairs = vec![("sessions".to_string(), "500".to_string())];
        let mut notices = Vec::new();
        assert_eq!(migrate(pairs.clone(), 0, &mut notices), pairs);
        assert!(notices.is_empty());
    }

    #[test]
    fn current_and_newer_versions_are_not_touched() {
        let pairs = vec![("x".to_string(), "1".to_string())];
        let mut notices = Vec::new();
        assert_eq!(migrate(pairs.clone(), LINK_VERSION, &mut notices), pairs);
        assert_eq!(migrate(pairs.clone(), 7, &mut notices), pairs);
    }
}
