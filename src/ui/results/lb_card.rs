//! Load balancing card: load balancers, detection and failover time, health check.

use leptos::prelude::*;

use super::role_card::{card, cost_line, fact, role_head};
use super::settings::{copy_button, settings_list};
use super::warnings::warning_list;
use super::why::why_details;
use crate::engine::LoadBalancingReport;
use crate::markup::{el, El};
use crate::support::format::{number, thousands};
use crate::ui::markup::live;
use crate::ui::state::use_app_state;

/// The load balancing card.
#[component]
pub fn LoadBalancingCard() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| r.load_balancing.clone()))
    });
    live(move || data.with(|lb| Some(lb_card(lb.as_ref()))))
}

fn lb_card(lb: Option<&LoadBalancingReport>) -> El {
    let card = card("lb", "h-lb-card", "Load balancing");
    let Some(lb) = lb else { return card };
    let method = if lb.load_balancers == 0 {
        "DNS, one record per web app server".to_string()
    } else {
        format!("{} network load balancers", thousands(lb.load_balancers))
    };
    let url = lb.health_check_url.as_str();
    card.child(role_head(
        el("span")
            .testid("lb-count")
            .text(lb.load_balancers.to_string()),
        "load balancers",
        el("div")
            .child(el("span").class("spec").text(method))
            .child_opt(cost_line(lb.monthly_cost)),
    ))
    .child(
        el("dl")
            .class("facts")
            .child(fact(
                "Failure noticed after",
                format!("{} s", number(lb.detection_s, 1)),
                None,
            ))
            .child(fact(
                "Clients moved after",
                format!("{} s", number(lb.failover_s, 1)),
                Some("lb-failover".into()),
            )),
    )
    .child(
        el("div")
            .class("setting-value health")
            .child(el("code").text(url))
            .child(copy_button(url, "health check URL")),
    )
    .child_opt(warning_list(&lb.warnings, false))
    // A handful of each: never paged.
    .child_opt(settings_list(&lb.settings, usize::MAX, "lb"))
    .child_opt(why_details(&lb.why, usize::MAX, "lb"))
}
