//! Kasm Workspaces sizing calculator.
//!
//! - [`engine`]: the pure sizing engine, a plan in and a report out, every figure tied to
//!   a rule of the Kasm 1.18 Sizing and Deployment Guide.
//! - [`form`]: the form's raw-text draft of a plan and how it is read.
//! - [`share`]: the plan in a link; [`export`]: JSON, CSV and Markdown; [`charts`]: chart
//!   geometry and data; [`compare`]: two plans side by side; [`rule_uses`]: where a report
//!   uses each rule (the page's Rules view).
//! - [`support`]: what those share that is not the product (number formatting, list paging).
//! - `ui` (wasm32 only): the Leptos single-page app that edits a plan and renders its report.
//! - `js_api` (wasm32 only): the engine exposed to JavaScript as `window.wasmBindings.size(plan)`.
#![warn(missing_docs)]

pub mod charts;
pub mod compare;
pub mod engine;
pub mod export;
pub mod form;
pub mod rule_uses;
pub mod share;
pub mod support;

#[cfg(target_arch = "wasm32")]
pub mod js_api;
#[cfg(target_arch = "wasm32")]
pub mod ui;
