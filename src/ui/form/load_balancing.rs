//! Load balancing: DNS or network load balancer, health checks, TTL and spares.

use super::inputs::{grid, section, text_input, Fields};
use crate::markup::El;

const METHODS: &[(&str, &str)] = &[
    ("dns", "DNS records"),
    ("network_load_balancer", "Network load balancer"),
];

/// The load balancing section.
pub fn load_balancing_section(f: &Fields) -> El {
    let dns = f.draft.choice("load_balancing.method") == Some("dns");
    section("h-lb", "Load balancing").child(grid(vec![
        f.choice("load_balancing.method", "Method", METHODS, None),
        f.text(text_input("load_balancing.hostname", "Public host name").words()),
        f.text(
            text_input(
                "load_balancing.health_check_interval_s",
                "Health check every",
            )
            .unit("s"),
        ),
        f.text(
            text_input(
                "load_balancing.failures_to_remove",
                "Failed checks before removal",
            )
            .unit("checks"),
        ),
        f.text(
            text_input("load_balancing.dns_ttl_s", "DNS record TTL")
                .unit("s")
                .disabled(!dns),
        ),
        f.text(
            text_input("load_balancing.lb_redundancy", "Spare load balancers")
                .unit("LBs")
                .disabled(dns),
        ),
    ]))
}
