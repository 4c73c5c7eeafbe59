//! The sizing engine: a pure function from a [`Plan`] to a [`Report`].
//!
//! Nothing here touches the browser. Every figure cites the ids of the rules it rests on
//! (WEB-*, LB-*, DB-*, AG-*, CP-*, DEP-*, and the rules outside the guide: SS-*, NU-1, SW-1,
//! OV-1), all listed in
//! [`rules::RULES`] and, for readers, in `docs/rules.md`.

pub mod advisor;
pub mod agent;
pub mod autoscale;
pub mod catalogue;
pub mod cloud;
pub mod cost;
pub mod database;
pub mod demand;
pub mod inputs;
pub mod load_balancing;
pub mod plan;
pub mod proxy;
pub mod report;
pub mod rules;
pub mod scenarios;
pub mod schedule;
pub mod single_server;
pub mod stress;
pub mod swap;
pub mod validate;
pub mod web_app;

mod size;

pub use plan::*;
pub use report::*;
pub use size::size;
pub use validate::{validate, FieldError, Reason};
