//! Whole links: the current plan plus the optional pinned plan A of the compare view.
//!
//! The pinned plan uses the same codec with every key prefixed by `a.` (`a.v=1`,
//! `a.sessions=500`, `a.p=...`), so one link carries both sides of a comparison.

use super::codec::{decode_plan, encode_plan, MAX_PAIRS};
use super::notices::Notice;
use super::query::{join_query, split_query};
use crate::engine::Plan;

/// Key prefix of the pinned plan A.
pub const PINNED_PREFIX: &str = "a.";
/// Longest query string read, in bytes; the rest is ignored with a notice. Room for two
/// plans (current and pinned) of 2,000 workspaces each with short names.
pub const MAX_LINK_BYTES: usize = 256 * 1024;

/// What a link holds: the plan to show, the pinned plan if any, and what was ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The current plan (B in the compare view).
    pub plan: Plan,
    /// The pinned plan A of the compare view, when the link has `a.` keys.
    pub pinned: Option<Plan>,
    /// Everything that could not be used as written, in link order.
    pub notices: Vec<Notice>,
}

/// The query string (without `?`) for a plan and an optional pinned plan.
pub fn encode_link(current: &Plan, pinned: Option<&Plan>) -> String {
    let mut pairs = encode_plan(current);
    if let Some(a) = pinned {
        pairs.extend(
            encode_plan(a)
                .into_iter()
                .map(|(k, v)| (format!("{PINNED_PREFIX}{k}"), v)),
        );
    }
    join_query(&pairs)
}

/// Read a query string (with or without `?`); never panics.
pub fn decode_link(query: &str) -> Link {
    let mut notices = Vec::new();
    let mut q = query;
    if q.len() > MAX_LINK_BYTES {
        let mut end = MAX_LINK_BYTES;
        while !q.is_char_boundary(end) {
            end -= 1;
        }
        // Cut at the last whole setting so no half value is read.
        end = q[..end].rfind('&').unwrap_or(0);
        q = &q[..end];
        notices.push(Notice::new(
            "",
            "",
            format!(
                "the link is longer than {MAX_LINK_BYTES} characters; the part after that is ignored"
            ),
        ));
    }
    let (pairs, bad) = split_query(q);
    for b in bad {
        // `%zz=1` is key `%zz` and value `1` (the notice used to repeat the whole piece
        // as its value: "%zz=%zz=1").
        let (key, value) = b.raw.split_once('=').unwrap_or((b.raw.as_str(), ""));
        notices.push(Notice::new(key, value, format!("{}; ignored", b.reason)));
    }
    if pairs.len() > 2 * MAX_PAIRS {
        notices.push(Notice::new(
            "",
            "",
            format!(
                "the link has more than {} settings; the rest are ignored",
                2 * MAX_PAIRS
            ),
        ));
    }
    let mut current = Vec::new();
    let mut pinned = Vec::new();
    for (k, v) in pairs.into_iter().take(2 * MAX_PAIRS) {
        let lower = k.trim().to_ascii_lowercase();
        match lower.strip_prefix(PINNED_PREFIX) {
            Some(rest) => pinned.push((rest.to_string(), v)),
            None => current.push((k, v)),
        }
    }
    let (plan, mut plan_notices) = decode_plan(&current);
    notices.append(&mut plan_notices);
    let pinned = (!pinned.is_empty()).then(|| {
        let (a, a_notices) = decode_plan(&pinned);
        notices.extend(a_notices.into_iter().map(|n| n.prefixed(PINNED_PREFIX)));
        a
    });
    Link {
        plan,
        pinned,
        notices,
    }
}
