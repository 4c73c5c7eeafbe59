//! Optional monthly costs per server, for the bill and the growth chart's cost panel.

use super::inputs::{grid, hint, section, text_input, Fields};
use crate::markup::El;

const COSTS: [(&str, &str); 5] = [
    ("costs.web_app", "Web app server"),
    ("costs.database", "Database server"),
    ("costs.agent", "Agent"),
    ("costs.proxy", "Connection proxy"),
    ("costs.load_balancer", "Network load balancer"),
];

/// The costs section.
pub fn costs_section(f: &Fields) -> El {
    section("h-costs", "Costs (optional)")
        .child(hint(
            "Monthly cost of one server, in your currency. Leave empty to skip.",
        ))
        .child(grid(
            COSTS
                .iter()
                .map(|(path, label)| {
                    f.text(text_input(*path, label).unit("/ month").placeholder("—"))
                })
                .collect(),
        ))
}
