//! Redundancy scenarios: k servers down, capacity against peak, enough or short (DEP-3).

use super::table::{table, td_num, th_col};
use crate::engine::Scenario;
use crate::markup::{el, El};
use crate::support::format::thousands;

/// A table of scenarios (0 down first, maintenance last, marked); `None` when empty.
/// `unit` is what one server is called ("Servers", "Agents"); `card` is the card's title.
pub fn scenario_table(scenarios: &[Scenario], unit: &str, card: &str) -> Option<El> {
    if scenarios.is_empty() {
        return None;
    }
    let head = vec![
        th_col("Case", false),
        th_col(
            el("abbr")
                .attr("title", format!("{unit} still up"))
                .text("Up"),
            true,
        ),
        th_col("Capacity", true),
        th_col("Peak", true),
        th_col("Result", false),
    ];
    let rows = scenarios.iter().map(|s| {
        let label = if s.maintenance {
            "Patching + 1 failure"
        } else {
            s.label.as_str()
        };
        let class = match (s.maintenance, s.enough) {
            (true, true) => "maintenance",
            (true, false) => "maintenance short",
            (false, false) => "short",
            (false, true) => "",
        };
        let result = if s.enough {
            el("span").class("ok").text("✓ enough")
        } else {
            el("span").class("bad").text("✗ short")
        };
        let tr = if class.is_empty() {
            el("tr")
        } else {
            el("tr").class(class)
        };
        tr.child(el("th").attr("scope", "row").text(label))
            .child(td_num(thousands(s.up)))
            .child(td_num(thousands(s.capacity)))
            .child(td_num(thousands(s.demand)))
            .child(el("td").child(result))
            .into()
    });
    Some(table("scenarios", "If servers go down", card, head, rows))
}
