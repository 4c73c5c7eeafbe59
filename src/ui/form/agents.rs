//! Agents: static pool or autoscaling, agent size, overrides, redundancy, CPU allocation.

use super::inputs::{grid, section, text_input, Fields};
use crate::markup::El;

const MODES: &[(&str, &str)] = &[
    ("static", "Static pool"),
    ("autoscale", "Cloud autoscaling"),
];
const OVERRIDES: &[(&str, &str)] = &[
    ("none", "None (physical)"),
    ("absolute", "Absolute"),
    ("ratio", "Ratio of physical"),
];
const ALLOCATIONS: &[(&str, &str)] = &[
    ("shares", "Shares (default)"),
    ("quotas", "Quotas (hard ceiling)"),
];

/// The unit of an override figure: cores or GB, or × for a ratio.
fn override_unit(f: &Fields, kind_path: &str, absolute: &'static str) -> &'static str {
    if f.draft.choice(kind_path) == Some("ratio") {
        "×"
    } else {
        absolute
    }
}

/// The agents section.
pub fn agents_section(f: &Fields) -> El {
    let autoscale = f.draft.choice("agents.mode") == Some("autoscale");
    let no_override = |p: &str| f.draft.choice(p).is_none_or(|k| k == "none");
    section("h-agents", "Agents").child(grid(vec![
        f.choice("agents.mode", "How agents are provided", MODES, None),
        f.choice("agents.cpu_allocation", "CPU allocation", ALLOCATIONS, None),
        f.text(text_input("agents.cpus", "CPU per agent").unit("cores")),
        f.text(text_input("agents.ram_gb", "RAM per agent").unit("GB")),
        f.choice("agents.cpu_override.kind", "CPU override", OVERRIDES, None),
        f.text(
            text_input("agents.cpu_override", "CPU override value")
                .unit(override_unit(f, "agents.cpu_override.kind", "cores"))
                .disabled(no_override("agents.cpu_override.kind")),
        ),
        f.choice("agents.ram_override.kind", "RAM override", OVERRIDES, None),
        f.text(
            text_input("agents.ram_override", "RAM override value")
                .unit(override_unit(f, "agents.ram_override.kind", "GB"))
                .disabled(no_override("agents.ram_override.kind")),
        ),
        f.text(
            text_input("agents.redundancy", "Spare static agents per zone")
                .unit("agents")
                .hint("N+2: one in patch rotation, one failure.")
                .disabled(autoscale),
        ),
        f.text(
            text_input("agents.disk_limit_gb", "Disk limit per session (optional)")
                .unit("GB")
                .placeholder("none"),
        ),
    ]))
}
