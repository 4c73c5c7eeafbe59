//! Load balancing: DNS or a network load balancer, health checks, host name.

use leptos::prelude::*;

use crate::ui::fields::{ChoiceField, TextField};
use crate::ui::state::use_app_state;

const METHODS: &[(&str, &str)] = &[
    ("dns", "DNS records"),
    ("network_load_balancer", "Network load balancer"),
];

/// The load balancing section.
#[component]
pub fn LoadBalancingSection() -> impl IntoView {
    let state = use_app_state();
    let dns = Signal::derive(move || state.choice("load_balancing.method") == "dns");
    let nlb = Signal::derive(move || !dns.get());
    view! {
        <section class="card form-section" aria-labelledby="h-lb">
            <h2 id="h-lb">"Load balancing"</h2>
            <div class="grid">
                <ChoiceField path="load_balancing.method" label="Method" options=METHODS />
                <TextField
                    path="load_balancing.hostname"
                    label="Public host name"
                    text=true
                />
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
                    disabled=nlb
                />
                <TextField
                    path="load_balancing.lb_redundancy"
                    label="Spare load balancers"
                    unit="LBs"
                    disabled=dns
                />
            </div>
        </section>
    }
}
