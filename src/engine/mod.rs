//! The sizing engine: a pure function from a [`Plan`] to a [`Report`].
//!
//! Nothing here touches the browser. Every figure cites the rule ids of
//! `shared/guide/RULES.md` (WEB-*, LB-*, DB-*, AG-*, CP-*, DEP-*).

pub mod agent;
pub mod database;
pub mod load_balancing;
pub mod plan;
pub mod proxy;
pub mod report;
pub mod rules;
pub mod scenarios;
pub mod stress;
pub mod validate;
pub mod web_app;

mod size;

pub use plan::*;
pub use report::*;
pub use size::size;
pub use validate::{validate, FieldError, Reason};
