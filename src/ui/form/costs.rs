//! Optional monthly costs per server, for the bill and the growth chart's cost panel.

use leptos::prelude::*;

use super::fields::{FormSection, TextField};

const COSTS: [(&str, &str); 5] = [
    ("costs.web_app", "Web app server"),
    ("costs.database", "Database server"),
    ("costs.agent", "Agent"),
    ("costs.proxy", "Connection proxy"),
    ("costs.load_balancer", "Network load balancer"),
];

/// The costs section.
#[component]
pub fn CostsSection() -> impl IntoView {
    view! {
        <FormSection heading_id="h-costs" title="Costs (optional)">
            <p class="hint">"Monthly cost of one server, in your currency. Leave empty to skip."</p>
            <div class="grid">
                {COSTS
                    .iter()
                    .map(|(path, label)| {
                        view! { <TextField path=*path label unit="/ month" placeholder="—" /> }
                    })
                    .collect_view()}
            </div>
        </FormSection>
    }
}
