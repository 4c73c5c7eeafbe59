//! Database and logging: where PostgreSQL runs, where logs go, standby.

use leptos::prelude::*;

use crate::ui::fields::{CheckField, ChoiceField};

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
        <section class="card form-section" aria-labelledby="h-db">
            <h2 id="h-db">"Database and logging"</h2>
            <div class="grid">
                <ChoiceField path="database.kind" label="Database" options=KINDS />
                <ChoiceField path="database.logging" label="Logs" options=LOGGING />
            </div>
            <CheckField path="database.standby" label="Keep a standby server that can restore backups" />
        </section>
    }
}
