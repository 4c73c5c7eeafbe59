//! Shareable plans: a plan (and the compare view's pinned plan) in a readable URL query,
//! read back exactly, with every unusable part of a bad link reported as a [`Notice`].
//!
//! - [`params`]: the parameter table (keys, meanings, units, ranges) and value parsers.
//! - [`codec`]: [`encode_plan`] / [`decode_plan`] between a plan and key-value pairs.
//! - [`link`]: [`encode_link`] / [`decode_link`] between plans and a query string.
//! - [`migrate`]: link versions, older links brought forward.
//! - [`query`]: percent-encoding and the `!` escape inside list values.
//! - [`notices`]: what was ignored and why.
//! - [`repair`]: what the engine would refuse (a blank or repeated name, a bad host name),
//!   repaired so every link opens with results, each change listed as a notice.
//!
//! `docs/plan-links.md` documents the format for people.

pub mod codec;
pub mod link;
pub mod migrate;
pub mod notices;
pub mod params;
pub mod query;
pub mod repair;

pub use codec::{decode_plan, encode_plan};
pub use link::{decode_link, encode_link, Link};
pub use migrate::LINK_VERSION;
pub use notices::Notice;
