//! The results column: status, summary, warnings, bill of materials and one card per role.

mod advice;
mod autoscale;
pub mod beyond;
mod bill;
pub mod copy;
pub mod costs;
pub mod instances;
mod lb_card;
mod named_users;
pub mod paged;
pub mod role_card;
pub mod rule_chip;
pub mod rule_tip;
pub mod rules;
pub mod scenarios;
pub mod settings;
mod single_server;
mod status;
mod summary;
mod swap;
pub mod table;
pub mod warnings;
pub mod why;

use leptos::prelude::*;

use crate::engine::Deployment;
use crate::ui::stages::{stage, Stages};
use crate::ui::state::use_app_state;
use paged::ListsShown;
use role_card::{RoleCard, AGENTS, DATABASE, PROXIES, WEB_APP};
use warnings::WarningList;

/// Every result in order; dimmed while the plan shown is not the one typed.
#[component]
pub fn ResultsColumn() -> impl IntoView {
    let state = use_app_state();
    // Long lists draw their first rows again for every plan loaded.
    let lists_shown = ListsShown::provide();
    state.on_plan_loaded(move || lists_shown.reset());
    let warnings = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| r.warnings.clone()).unwrap_or_default())
    });
    let first_cards = Stages::reached(stage::FIRST_CARDS);
    let agents = Stages::reached(stage::AGENTS);
    let last_cards = Stages::reached(stage::LAST_CARDS);
    let charts = Stages::reached(stage::CHARTS);
    // DEP-1, SS-1: a single server replaces the role cards (no separate servers, spares,
    // proxies or load balancing to show).
    let single = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.deployment == Deployment::SingleServer)
        })
    });
    view! {
        <div class="results-column" id="results" tabindex="-1">
            <status::StatusLine />
            <div class="results" class:stale=move || state.stale.get()>
                <summary::Summary />
                <Show when=move || warnings.with(|w| !w.is_empty())>
                    <section class="card" aria-labelledby="h-warnings">
                        <h2 id="h-warnings">"Check these"</h2>
                        <WarningList warnings with_role=true />
                    </section>
                </Show>
                <bill::BillOfMaterials />
                <Show when=move || first_cards.get() && state.report.with(|r| r.as_ref().is_some_and(|r| r.costs.monthly.is_some()))>
                    <costs::CostsCard />
                </Show>
                <Show when=move || first_cards.get() && state.report.with(|r| r.as_ref().is_some_and(|r| r.cloud.is_some()))>
                    <instances::InstanceTypesCard />
                </Show>
                <div class="cards">
                    <Show when=move || first_cards.get()>
                        <named_users::NamedUsersCard />
                    </Show>
                    <Show when=move || single.get()>
                        <single_server::SingleServerCard />
                    </Show>
                    <Show when=move || first_cards.get() && !single.get()>
                        <RoleCard role=WEB_APP />
                        <RoleCard role=DATABASE />
                    </Show>
                    <Show when=move || agents.get() && !single.get()>
                        <RoleCard role=AGENTS />
                        <Show when=move || state.report.with(|r| r.as_ref().is_some_and(|r| r.autoscale.is_some()))>
                            <autoscale::AutoscaleCard />
                        </Show>
                    </Show>
                    <Show when=move || agents.get()>
                        <advice::OverrideAdviceCard />
                    </Show>
                    <Show when=move || last_cards.get() && !single.get()>
                        <RoleCard role=PROXIES />
                        <lb_card::LoadBalancingCard />
                    </Show>
                </div>
                <Show when=move || charts.get()>
                    <crate::ui::charts::Charts />
                    <crate::ui::compare::ComparePanel />
                    // Issue 17: what every rule id says, and where this plan uses it.
                    <rules::RulesView />
                </Show>
            </div>
        </div>
    }
}
