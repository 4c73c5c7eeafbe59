//! Architecture and web app: traffic path, use-case preset, custom figures, redundancy.

use super::inputs::{grid, section, text_input, Fields};
use crate::markup::El;

const ARCHITECTURES: &[(&str, &str)] = &[
    ("standard", "Standard"),
    ("direct_to_agent", "Direct-to-Agent"),
];
const USE_CASES: &[(&str, &str)] = &[
    ("remote_work", "Remote work, browser isolation"),
    ("mixed", "Mixed use"),
    ("gaming", "Gaming, heavy interactive"),
    ("custom", "Custom figures"),
];

/// The web app section.
pub fn web_app_section(f: &Fields) -> El {
    let not_custom = f.draft.choice("web_app.use_case") != Some("custom");
    section("h-webapp", "Architecture and web app").child(grid(vec![
        f.choice(
            "web_app.architecture",
            "Architecture",
            ARCHITECTURES,
            Some("Direct-to-Agent streams desktops straight to the agents."),
        ),
        f.choice(
            "web_app.use_case",
            "Use case",
            USE_CASES,
            Some("Where you sit in the guide's sessions-per-server range."),
        ),
        f.text(
            text_input(
                "web_app.custom_standard_per_server",
                "Custom: Standard sessions per server",
            )
            .unit("sessions")
            .disabled(not_custom),
        ),
        f.text(
            text_input(
                "web_app.custom_direct_per_server",
                "Custom: Direct-to-Agent sessions per server",
            )
            .unit("sessions")
            .disabled(not_custom),
        ),
        f.text(
            text_input("web_app.redundancy", "Spare web app servers per zone")
                .unit("servers")
                .hint("N+1 lets you patch one server without affecting users."),
        ),
    ]))
}
