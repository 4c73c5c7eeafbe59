//! Architecture and web app: traffic path, use-case preset, custom figures, redundancy.

use leptos::prelude::*;

use super::fields::{ChoiceField, FormSection, TextField};

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
#[component]
pub fn WebAppSection() -> impl IntoView {
    view! {
        <FormSection heading_id="h-webapp" title="Architecture and web app">
            <div class="grid">
                <ChoiceField
                    path="web_app.architecture"
                    label="Architecture"
                    options=ARCHITECTURES
                    hint="Direct-to-Agent streams desktops straight to the agents."
                />
                <ChoiceField
                    path="web_app.use_case"
                    label="Use case"
                    options=USE_CASES
                    hint="Where you sit in the guide's sessions-per-server range."
                />
                <TextField
                    path="web_app.custom_standard_per_server"
                    label="Custom: Standard sessions per server"
                    unit="sessions"
                />
                <TextField
                    path="web_app.custom_direct_per_server"
                    label="Custom: Direct-to-Agent sessions per server"
                    unit="sessions"
                />
                <TextField
                    path="web_app.redundancy"
                    label="Spare web app servers per zone"
                    unit="servers"
                    hint="N+1 lets you patch one server without affecting users."
                />
            </div>
        </FormSection>
    }
}
