//! Agents: static pool or autoscaling, agent size, overrides, redundancy, CPU allocation,
//! and with autoscaling the AutoScale config and its schedule.

use leptos::prelude::*;

use super::autoscale::AutoscaleInputs;
use super::fields::{ChoiceField, FormSection, TextField};
use crate::ui::state::use_app_state;

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

/// The agents section.
#[component]
pub fn AgentsSection() -> impl IntoView {
    let state = use_app_state();
    // The unit of an override figure: cores or GB, or × for a ratio.
    let unit = move |kind: &'static str, absolute: &'static str| {
        Signal::derive(move || {
            if state.choice(kind) == "ratio" {
                "×"
            } else {
                absolute
            }
        })
    };
    view! {
        <FormSection heading_id="h-agents" title="Agents">
            <div class="grid">
                <ChoiceField path="agents.mode" label="How agents are provided" options=MODES />
                <ChoiceField path="agents.cpu_allocation" label="CPU allocation" options=ALLOCATIONS />
                <TextField path="agents.cpus" label="CPU per agent" unit="cores" />
                <TextField path="agents.ram_gb" label="RAM per agent" unit="GB" />
                <ChoiceField path="agents.cpu_override.kind" label="CPU override" options=OVERRIDES />
                <TextField
                    path="agents.cpu_override"
                    label="CPU override value"
                    unit=unit("agents.cpu_override.kind", "cores")
                />
                <ChoiceField path="agents.ram_override.kind" label="RAM override" options=OVERRIDES />
                <TextField
                    path="agents.ram_override"
                    label="RAM override value"
                    unit=unit("agents.ram_override.kind", "GB")
                />
                <TextField
                    path="agents.redundancy"
                    label="Spare static agents per zone"
                    unit="agents"
                    hint="N+2: one in patch rotation, one failure."
                />
                <TextField
                    path="agents.disk_limit_gb"
                    label="Disk limit per session (optional)"
                    unit="GB"
                    placeholder="none"
                />
            </div>
            <Show when=move || state.choice("agents.mode") == "autoscale">
                <AutoscaleInputs />
            </Show>
        </FormSection>
    }
}
