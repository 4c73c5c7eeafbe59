//! Load balancing card: load balancers, detection and failover time, health check.

use leptos::prelude::*;

use super::settings::{CopyButton, SettingsList};
use super::warnings::WarningList;
use super::why::WhyDetails;
use crate::format::{money, number, thousands};
use crate::ui::state::use_app_state;

/// The load balancing card.
#[component]
pub fn LoadBalancingCard() -> impl IntoView {
    let state = use_app_state();
    let why_open = RwSignal::new(false);
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| r.load_balancing.clone()))
    });
    let body = move || {
        data.with(|r| {
            r.as_ref().map(|lb| {
                let url = lb.health_check_url.clone();
                let method = if lb.load_balancers == 0 {
                    "DNS, one record per web app server".to_string()
                } else {
                    format!("{} network load balancers", thousands(lb.load_balancers))
                };
                view! {
                    <div class="role-head">
                        <div class="big-figure">
                            <span class="figure" data-testid="lb-count">{lb.load_balancers.to_string()}</span>
                            <span class="figure-label">"load balancers"</span>
                        </div>
                        <div class="role-spec">
                            <span class="spec">{method}</span>
                            {lb.monthly_cost.map(|c| view! { <span class="cost">{format!("{} / month", money(c))}</span> })}
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
                    </dl>
                    <div class="setting-value health">
                        <code>{url.clone()}</code>
                        <CopyButton value=url what="health check URL".to_string() />
                    </div>
                    <WarningList warnings=lb.warnings.clone() />
                    <SettingsList settings=lb.settings.clone() />
                    <WhyDetails why=lb.why.clone() open=why_open />
                }
            })
        })
    };
    view! {
        <article class="card role" id="role-lb" aria-labelledby="h-lb-card">
            <h3 id="h-lb-card">"Load balancing"</h3>
            {body}
        </article>
    }
}
