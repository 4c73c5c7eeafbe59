//! Agents: static pool or autoscaling, agent size, overrides, redundancy, CPU allocation.

use leptos::prelude::*;

use crate::ui::fields::{ChoiceField, TextField};
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
    let autoscale = Signal::derive(move || state.choice("agents.mode") == "autoscale");
    let is_static = Signal::derive(move || !autoscale.get());
    let no_cpu_override =
        Signal::derive(move || state.choice("agents.cpu_override.kind") == "none");
    let no_ram_override =
        Signal::derive(move || state.choice("agents.ram_override.kind") == "none");
    let cpu_unit = move || {
        if state.choice("agents.cpu_override.kind") == "ratio" {
            "×"
        } else {
            "cores"
        }
    };
    let ram_unit = move || {
        if state.choice("agents.ram_override.kind") == "ratio" {
            "×"
        } else {
            "GB"
        }
    };
    view! {
        <section class="card form-section" aria-labelledby="h-agents">
            <h2 id="h-agents">"Agents"</h2>
            <div class="grid">
                <ChoiceField path="agents.mode" label="How agents are provided" options=MODES />
                <ChoiceField
                    path="agents.cpu_allocation"
                    label="CPU allocation"
                    options=ALLOCATIONS
                />
                <TextField path="agents.cpus" label="CPU per agent" unit="cores" />
                <TextField path="agents.ram_gb" label="RAM per agent" unit="GB" />
                <ChoiceField path="agents.cpu_override.kind" label="CPU override" options=OVERRIDES />
                <OverrideValue path="agents.cpu_override" label="CPU override value" unit=Signal::derive(cpu_unit) disabled=no_cpu_override />
                <ChoiceField path="agents.ram_override.kind" label="RAM override" options=OVERRIDES />
                <OverrideValue path="agents.ram_override" label="RAM override value" unit=Signal::derive(ram_unit) disabled=no_ram_override />
                <TextField
                    path="agents.redundancy"
                    label="Spare static agents per zone"
                    unit="agents"
                    hint="N+2: one in patch rotation, one failure."
                    disabled=autoscale
                />
                <TextField
                    path="agents.sessions_per_instance"
                    label="Sessions per autoscaled instance"
                    unit="sessions"
                    disabled=is_static
                />
                <TextField
                    path="agents.disk_limit_gb"
                    label="Disk limit per session (optional)"
                    unit="GB"
                    placeholder="none"
                />
            </div>
        </section>
    }
}

/// An override figure whose unit follows its kind (cores or GB, or × for a ratio).
#[component]
fn OverrideValue(
    path: &'static str,
    label: &'static str,
    unit: Signal<&'static str>,
    disabled: Signal<bool>,
) -> impl IntoView {
    // The unit changes with the kind; re-render the field only when it does.
    move || {
        let u = unit.get();
        view! { <TextField path=path label=label unit=u disabled=disabled /> }
    }
}
