//! Database and logging: bundled or external database, where logs go, standby.

use leptos::prelude::*;

use super::fields::{CheckField, ChoiceField, FormSection};

const KINDS: &[(&str, &str)] = &[
    ("bundled", "Bundled container"),
    ("external", "External or managed"),
];
const LOGGING: &[(&str, &str)] = &[
    ("built_in", "In the database"),
    ("siem", "SIEM, retention 0"),
];

/// The database section.
#[component]
pub fn DatabaseSection() -> impl IntoView {
    view! {
        <FormSection heading_id="h-db" title="Database and logging">
            <div class="grid">
                <ChoiceField path="database.kind" label="Database" options=KINDS />
                <ChoiceField path="database.logging" label="Logs" options=LOGGING />
            </div>
            <CheckField path="database.standby" label="Keep a standby server that can restore backups" />
        </FormSection>
    }
}
