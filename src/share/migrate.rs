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
//!
//! Version 2 (issue 16) sizes autoscaled instances from `agent_cpu` and `agent_ram` by AG-1
//! (AS-1) instead of a `per_instance` session count, and applies the agent overrides to
//! them too. [`v1_to_v2`] rewrites a version 1 autoscale link into the instance it meant.

use super::codec::workspaces_of;
use super::notices::Notice;
use crate::engine::{WorkspaceKind, WorkspaceProfile};

/// Link version this build writes.
pub const LINK_VERSION: u32 = 2;

/// Key-value pairs of a link, percent-decoded.
pub type Pairs = Vec<(String, String)>;

/// One step forward: pairs of version `n` to pairs of version `n + 1`.
pub type Migration = fn(Pairs, &mut Vec<Notice>) -> Pairs;

/// Entry `n` migrates version `n` to `n + 1`; its length is [`LINK_VERSION`].
pub static MIGRATIONS: [Migration; LINK_VERSION as usize] = [v0_to_v1, v1_to_v2];

/// Version 0 (no `v` key) has the keys of version 1.
fn v0_to_v1(pairs: Pairs, _notices: &mut Vec<Notice>) -> Pairs {
    pairs
}

/// The last value of `key`, if any.
fn last<'a>(pairs: &'a Pairs, key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Version 1 sized an autoscaled instance for `per_instance` sessions (default 2) of the
/// largest container workspace (its cores with the recording core, and its RAM), and
/// ignored `agent_cpu`, `agent_ram` and the overrides in autoscale mode. Version 2 sizes it
/// from `agent_cpu` and `agent_ram`, so an autoscale link gets the instance it meant:
/// `agent_cpu` = per_instance x the largest cores, `agent_ram` = per_instance x the largest
/// RAM, and no overrides. The largest workspace then holds exactly per_instance sessions
/// by AG-1, as before; a smaller one may now hold more. Outside autoscale mode
/// `per_instance` never applied and is dropped silently.
fn v1_to_v2(pairs: Pairs, notices: &mut Vec<Notice>) -> Pairs {
    let autoscale =
        last(&pairs, "agent_mode").is_some_and(|m| m.trim().eq_ignore_ascii_case("autoscale"));
    let given = last(&pairs, "per_instance").map(str::to_string);
    let mut out: Pairs = pairs
        .iter()
        .filter(|(k, _)| k != "per_instance")
        .cloned()
        .collect();
    if !autoscale {
        return out;
    }
    let per_instance = match given
        .as_deref()
        .map(|v| super::params::parse_count(v, 1, 1000))
    {
        None => 2,
        Some(Ok(n)) => n,
        Some(Err(reason)) => {
            notices.push(Notice::new(
                "per_instance",
                given.as_deref().unwrap_or_default(),
                format!("{reason}; the default 2 of link version 1 is used"),
            ));
            2
        }
    };
    let zones = workspaces_of(&pairs);
    let sized: Vec<&WorkspaceProfile> = zones
        .iter()
        .flat_map(|z| z.profiles.iter())
        .filter(|p| p.kind == WorkspaceKind::Container)
        .collect();
    let busy: Vec<&WorkspaceProfile> = sized.iter().copied().filter(|p| p.sessions > 0).collect();
    let sized = if busy.is_empty() { sized } else { busy };
    let cores = sized
        .iter()
        .map(|p| p.effective_cores())
        .fold(0.0, f64::max);
    let ram = sized.iter().map(|p| p.ram_gb).fold(0.0, f64::max);
    let is_override = |k: &str| matches!(k, "agent_cpu_override" | "agent_ram_override");
    let dropped: Vec<String> = out
        .iter()
        .filter(|(k, _)| is_override(k))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let replaced = |k: &str| cores > 0.0 && matches!(k, "agent_cpu" | "agent_ram");
    out.retain(|(k, _)| !(is_override(k) || replaced(k)));
    if cores > 0.0 {
        let n = per_instance as f64;
        out.push(("agent_cpu".into(), (n * cores).to_string()));
        out.push(("agent_ram".into(), (n * ram).to_string()));
    }
    if !dropped.is_empty() {
        notices.push(Notice::new(
            "",
            "",
            format!(
                "link version 1 did not apply agent overrides to autoscaled instances, so {} is left out to keep the same figures",
                dropped.join(" and ")
            ),
        ));
    }
    out
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

    fn pairs(list: &[(&str, &str)]) -> Pairs {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn as_1_a_version_1_autoscale_link_gets_the_instance_it_meant() {
        // 2 sessions (the v1 default) of a 2 CPU / 4 GB workspace: a 4 CPU / 8 GB instance.
        let mut notices = Vec::new();
        let out = migrate(pairs(&[("agent_mode", "autoscale")]), 1, &mut notices);
        assert_eq!(
            out,
            pairs(&[
                ("agent_mode", "autoscale"),
                ("agent_cpu", "4"),
                ("agent_ram", "8")
            ])
        );
        assert!(notices.is_empty());
        // 3 recorded sessions of 2 + 1 cores / 6 GB: 9 CPU / 18 GB; the ignored agent
        // figures and overrides give way.
        let out = migrate(
            pairs(&[
                ("agent_mode", "autoscale"),
                ("per_instance", "3"),
                ("rec", "1"),
                ("ram", "6"),
                ("agent_cpu", "32"),
                ("agent_cpu_override", "x2"),
            ]),
            1,
            &mut notices,
        );
        assert_eq!(
            out,
            pairs(&[
                ("agent_mode", "autoscale"),
                ("rec", "1"),
                ("ram", "6"),
                ("agent_cpu", "9"),
                ("agent_ram", "18")
            ])
        );
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].reason.contains("agent_cpu_override=x2"));
    }

    #[test]
    fn a_static_link_drops_per_instance_silently() {
        let mut notices = Vec::new();
        let out = migrate(
            pairs(&[("per_instance", "4"), ("agent_cpu", "32")]),
            0,
            &mut notices,
        );
        assert_eq!(out, pairs(&[("agent_cpu", "32")]));
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
