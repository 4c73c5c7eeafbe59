//! Costs: optional monthly cost of one server per role.

use leptos::prelude::*;

use crate::ui::fields::TextField;

/// The costs section; empty boxes mean "not given".
#[component]
pub fn CostsSection() -> impl IntoView {
    view! {
        <section class="card form-section" aria-labelledby="h-costs">
            <h2 id="h-costs">"Costs (optional)"</h2>
            <p class="hint">"Monthly cost of one server, in your currency. Leave empty to skip."</p>
            <div class="grid">
                <TextField path="costs.web_app" label="Web app server" unit="/ month" placeholder="—" />
                <TextField path="costs.database" label="Database server" unit="/ month" placeholder="—" />
                <TextField path="costs.agent" label="Agent" unit="/ month" placeholder="—" />
                <TextField path="costs.proxy" label="Connection proxy" unit="/ month" placeholder="—" />
                <TextField
                    path="costs.load_balancer"
                    label="Network load balancer"
                    unit="/ month"
                    placeholder="—"
                />
            </div>
        </section>
    }
}
