//! Deployment: servers per role, or one server for everything (DEP-1, SS-1), with the
//! single server's reserve for Kasm's other services (SS-3, outside the guide).

use leptos::prelude::*;

use super::fields::{ChoiceField, FormSection};
use crate::engine::rules::SINGLE_SERVER_MINIMUM;
use crate::support::format::readable;
use crate::ui::results::beyond::OutsideGuide;
use crate::ui::results::rule_chip::RuleChip;
use crate::ui::state::use_app_state;

const DEPLOYMENTS: &[(&str, &str)] = &[
    ("distributed", "Distributed: servers per role"),
    ("single_server", "Single server: every role"),
];

/// SS-3's choices, labelled with the Helm chart's small-preset figures
/// (`engine::rules::RESERVE_REQUESTS` and `RESERVE_LIMITS`; a component test checks that
/// the labels carry them).
pub const RESERVES: &[(&str, &str)] = &[
    ("none", "None"),
    ("requests", "Requests: 2.1 CPU, 896 MiB"),
    ("limits", "Limits: 3.5 CPU, 2.3 GiB"),
];

/// The deployment section: the choice, and for a single server its reserve and what sizes it.
#[component]
pub fn DeploymentSection() -> impl IntoView {
    let state = use_app_state();
    let single = Memo::new(move |_| state.choice("deployment") == "single_server");
    let (cpus, ram, disk) = SINGLE_SERVER_MINIMUM;
    let minimum = format!(
        "It is sized with the agent rules on the CPU, RAM and overrides under Agents, never below {} CPU, {} GB RAM and {} GB disk; it has no spare.",
        readable(cpus),
        readable(ram),
        readable(disk)
    );
    view! {
        <FormSection heading_id="h-deployment" title="Deployment">
            <div class="grid">
                <ChoiceField
                    path="deployment"
                    label="Install Kasm on"
                    options=DEPLOYMENTS
                    hint="A small site can run every role on one server."
                />
                <Show when=move || single.get()>
                    <ChoiceField
                        path="single_server.reserve"
                        label="Keep back for Kasm's services"
                        options=RESERVES
                        hint="For the web app, database and proxy: the Helm chart's small preset (Kasm publishes no figure)."
                    />
                </Show>
            </div>
            <Show when=move || single.get()>
                <p class="hint beyond-note" data-testid="single-server-note">
                    <OutsideGuide />
                    " "
                    {minimum.clone()}
                    " "
                    <RuleChip id="SS-1" />
                    " "
                    <RuleChip id="SS-3" />
                </p>
            </Show>
        </FormSection>
    }
}
