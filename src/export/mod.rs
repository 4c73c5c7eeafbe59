//! Exports of a plan and its report: JSON for machines, a CSV bill of materials for
//! spreadsheets, and a Markdown summary for tickets and wikis. Pure text in, text out.
//!
//! - [`json`]: `{ "format", "version", "plan", "report" }`.
//! - [`bom`]: the bill of materials rows shared by CSV and Markdown.
//! - [`csv`]: RFC 4180 CSV, guarded against spreadsheet formula injection.
//! - [`markdown`]: tables and warnings, every user-given name escaped.
//! - [`inputs`]: what was sized, the plan's inputs for people (the printed plan starts with it).

pub mod bom;
pub mod csv;
pub mod inputs;
pub mod json;
pub mod markdown;

pub use bom::{bill_of_materials, BomRow};
pub use csv::to_csv;
pub use json::{to_json, Export, EXPORT_FORMAT, EXPORT_VERSION};
pub use markdown::to_markdown;

/// Whether the share bar's exports (JSON, CSV, Markdown) can be downloaded, and what to
/// say beside them. One rule for all three, so they never disagree (issue 14, item 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportState {
    /// True when every export can be downloaded; false when none can.
    pub enabled: bool,
    /// What to show beside the buttons (and as their description), when anything.
    pub note: Option<&'static str>,
}

/// The exports hold the plan the results show: the last plan without errors. With one,
/// every export is enabled (and while the form has errors, the note says the exports
/// hold the results shown, not the fields being fixed); without one, none is, and the
/// note says why.
pub fn export_state(has_report: bool, form_has_errors: bool) -> ExportState {
    match (has_report, form_has_errors) {
        (false, _) => ExportState {
            enabled: false,
            note: Some("Nothing to export yet: the plan has no results until the highlighted fields are fixed."),
        },
        (true, true) => ExportState {
            enabled: true,
            note: Some("Exports hold the last valid plan, the one the results show, not the fields being fixed."),
        },
        (true, false) => ExportState {
            enabled: true,
            note: None,
        },
    }
}

/// A figure for people: whole numbers without decimals, others with up to two, digits
/// grouped (`1,316,672`).
pub fn human_num(x: f64) -> String {
    if !x.is_finite() {
        return "-".into();
    }
    crate::support::format::number(x, 2)
}

/// What the cost total leaves out, for people: empty when every role with servers is
/// priced or nothing is, else `partial: no price for database servers, agents`.
pub fn cost_note(report: &crate::engine::Report) -> String {
    let c = &report.costs;
    if c.monthly.is_none() || c.unpriced.is_empty() {
        return String::new();
    }
    let roles: Vec<&str> = c
        .unpriced
        .iter()
        .map(|r| crate::engine::cost::role_label(*r))
        .collect();
    format!("partial: no price for {}", roles.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_csv_and_markdown_are_enabled_or_disabled_together_with_a_reason() {
        // Item 7: JSON stayed enabled while CSV and Markdown were disabled, unexplained.
        assert_eq!(
            export_state(true, false),
            ExportState {
                enabled: true,
                note: None
            }
        );
        let stale = export_state(true, true);
        assert!(stale.enabled);
        assert!(stale.note.unwrap().contains("last valid plan"));
        let none = export_state(false, true);
        assert!(!none.enabled);
        assert!(none.note.unwrap().contains("no results"));
        assert!(!export_state(false, false).enabled);
    }
}
