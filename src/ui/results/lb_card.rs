//! Load balancing card: load balancers, detection and failover time, health check.

use leptos::prelude::*;

use super::copy::CopyButton;
use super::costs::cost_line;
use super::settings::SettingsList;
use super::warnings::WarningList;
use super::why::WhyDetails;
use crate::engine::{LoadBalancingReport, Role};
use crate::export::bom::ALL_ZONES;
use crate::rule_uses::card_title;
use crate::support::format::{number, thousands};
use crate::ui::state::use_app_state;

/// The count, the method, the cost in the plan's currency, and how long a failure takes to
/// notice and to route around; with `several_zones`, that load balancing serves them all.
fn head_and_facts(
    lb: &LoadBalancingReport,
    several_zones: bool,
    cost: Option<String>,
) -> impl IntoView + use<> {
    // Named as the exports name it (issue 14, item 18), where the page names zones.
    let all_zones = several_zones.then(|| {
        view! {
            <div>
                <dt>"Zones"</dt>
                <dd data-testid="lb-zones">{ALL_ZONES}</dd>
            </div>
        }
    });
    let method = if lb.load_balancers == 0 {
        "DNS, one record per web app server".to_string()
    } else {
        format!("{} network load balancers", thousands(lb.load_balancers))
    };
    let cost = cost.map(|c| view! { <span class="cost" data-testid="lb-cost">{c}</span> });
    view! {
        <div class="role-head">
            <div class="big-figure">
                <span class="figure" data-testid="lb-count">{thousands(lb.load_balancers)}</span>
                <span class="figure-label">"load balancers"</span>
            </div>
            <div class="role-spec">
                <span class="spec">{method}</span>
                {cost}
            </div>
        </div>
        <dl class="facts">
            <div>
                <dt>"Failure noticed after"</dt>
                <dd>{format!("{} s", number(lb.detection_s, 1))}</dd>
            </div>
            <div>
                <dt>"Clients moved after"</dt>
                <dd data-testid="lb-failover">{format!("{} s", number(lb.failover_s, 1))}</dd>
            </div>
            {all_zones}
        </dl>
    }
}

/// The load balancing card.
#[component]
pub fn LoadBalancingCard() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| r.load_balancing.clone()))
    });
    let text = move |f: fn(&LoadBalancingReport) -> String| {
        Signal::derive(move || data.with(|r| r.as_ref().map(f).unwrap_or_default()))
    };
    let warnings = Memo::new(move |_| {
        data.with(|r| r.as_ref().map(|r| r.warnings.clone()).unwrap_or_default())
    });
    let settings = Memo::new(move |_| {
        data.with(|r| r.as_ref().map(|r| r.settings.clone()).unwrap_or_default())
    });
    let why =
        Memo::new(move |_| data.with(|r| r.as_ref().map(|r| r.why.clone()).unwrap_or_default()));
    let url = text(|lb| lb.health_check_url.clone());
    let several_zones = Memo::new(move |_| state.plan.with(|p| p.zones.len() > 1));
    // The load balancers' cost in the plan's currency.
    let cost = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .and_then(|r| cost_line(&r.costs, Role::LoadBalancer))
        })
    });
    view! {
        <article class="card role" id="role-lb" aria-labelledby="h-lb-card">
            <h3 id="h-lb-card">{card_title(Role::LoadBalancer)}</h3>
            <Show when=move || data.with(Option::is_some)>
                {move || {
                    let several = several_zones.get();
                    data.with(|lb| cost.with(|c| lb.as_ref().map(|lb| head_and_facts(lb, several, c.clone()))))
                }}
                <div class="setting-value health">
                    <code>{url}</code>
                    <CopyButton value=url what="health check URL" />
                </div>
                <WarningList warnings />
                <SettingsList settings key="lb" />
                <WhyDetails why key="lb" />
            </Show>
        </article>
    }
}
