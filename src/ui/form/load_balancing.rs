//! Load balancing: DNS or network load balancer, health checks, TTL and spares.

use leptos::prelude::*;

use super::fields::{ChoiceField, FormSection, TextField};

const METHODS: &[(&str, &str)] = &[
    ("dns", "DNS records"),
    ("network_load_balancer", "Network load balancer"),
];

/// The load balancing section.
#[component]
pub fn LoadBalancingSection() -> impl IntoView {
    view! {
        <FormSection heading_id="h-lb" title="Load balancing">
            <div class="grid">
                <ChoiceField path="load_balancing.method" label="Method" options=METHODS />
                <TextField path="load_balancing.hostname" label="Public host name" words=true />
                <TextField
                    path="load_balancing.health_check_interval_s"
                    label="Health check every"
                    unit="s"
                />
                <TextField
                    path="load_balancing.failures_to_remove"
                    label="Failed checks before removal"
                    unit="checks"
                />
                <TextField
                    path="load_balancing.dns_ttl_s"
                    label="DNS record TTL"
                    unit="s"
                />
                <TextField
                    path="load_balancing.lb_redundancy"
                    label="Spare load balancers"
                    unit="LBs"
                />
            </div>
        </FormSection>
    }
}
