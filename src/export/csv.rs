//! The bill of materials as CSV (RFC 4180: comma-separated, CRLF line ends, quoted fields).

use super::bom::bill_of_materials;
use crate::engine::cost::MONTHS_PER_YEAR;
use crate::engine::{Plan, Report};

/// Header row of the CSV export (`swap_gb`, SW-1, came last so earlier columns keep their
/// places).
pub const CSV_HEADER: [&str; 17] = [
    "role",
    "zone",
    "count",
    "needed",
    "redundant",
    "cpu",
    "ram_gb",
    "disk_gb",
    "total_vcpu",
    "total_ram_gb",
    "total_disk_gb",
    "monthly_cost",
    "yearly_cost",
    "currency",
    "instance_type",
    "cost_note",
    "swap_gb",
];

/// Quote a text cell for CSV and defuse spreadsheet formulas.
///
/// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
/// formula by spreadsheets, so it gets a leading `'` (OWASP's advice); a cell with a comma,
/// quote or line break is wrapped in quotes with inner quotes doubled.
pub fn text_cell(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn num_cell(x: f64) -> String {
    x.to_string()
}

fn opt_cell(x: Option<f64>) -> String {
    x.map(num_cell).unwrap_or_default()
}

/// The bill of materials as CSV: a header, one row per role and zone, and a total row
/// whose note says when the cost total leaves roles out.
pub fn to_csv(plan: &Plan, report: &Report) -> String {
    let mut lines = vec![CSV_HEADER.join(",")];
    let currency = text_cell(&report.costs.currency);
    let yearly = |x: Option<f64>| opt_cell(x.map(|m| m * MONTHS_PER_YEAR));
    for r in bill_of_materials(plan, report) {
        lines.push(
            [
                text_cell(&r.role),
                text_cell(&r.zone),
                r.count.to_string(),
                r.needed.to_string(),
                r.redundant.to_string(),
                num_cell(r.spec.cpus),
                num_cell(r.spec.ram_gb),
                num_cell(r.spec.disk_gb),
                num_cell(r.total_vcpu()),
                num_cell(r.total_ram_gb()),
                num_cell(r.total_disk_gb()),
                opt_cell(r.monthly_cost),
                yearly(r.monthly_cost),
                if r.monthly_cost.is_some() {
                    currency.clone()
                } else {
                    String::new()
                },
                text_cell(r.instance_type.as_deref().unwrap_or_default()),
                String::new(),
                opt_cell(r.swap_gb),
            ]
            .join(","),
        );
    }
    let t = &report.totals;
    lines.push(
        [
            "Total".to_string(),
            String::new(),
            t.servers.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            num_cell(t.vcpus),
            num_cell(t.ram_gb),
            num_cell(t.disk_gb),
            opt_cell(t.monthly_cost),
            yearly(t.monthly_cost),
            if t.monthly_cost.is_some() {
                currency.clone()
            } else {
                String::new()
            },
            String::new(),
            text_cell(&super::cost_note(report)),
            String::new(),
        ]
        .join(","),
    );
    let mut out = lines.join("\r\n");
    out.push_str("\r\n");
    out
}
