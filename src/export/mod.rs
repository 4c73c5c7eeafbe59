//! Exports of a plan and its report: JSON for machines, a CSV bill of materials for
//! spreadsheets, and a Markdown summary for tickets and wikis. Pure text in, text out.
//!
//! - [`json`]: `{ "format", "version", "plan", "report" }`.
//! - [`json_text`]: compact JSON text of any value, for the page to hand to JavaScript.
//! - [`bom`]: the bill of materials rows shared by CSV and Markdown.
//! - [`csv`]: RFC 4180 CSV, guarded against spreadsheet formula injection.
//! - [`markdown`]: tables and warnings, every user-given name escaped.

pub mod bom;
pub mod csv;
pub mod json;
pub mod json_text;
pub mod markdown;

pub use bom::{bill_of_materials, BomRow};
pub use csv::to_csv;
pub use json::{to_json, Export, EXPORT_FORMAT, EXPORT_VERSION};
pub use markdown::to_markdown;
