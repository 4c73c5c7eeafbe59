//! The form column: presets, then one section per part of the plan.

mod agents;
mod costs;
mod database;
mod demand;
mod load_balancing;
mod presets;
mod proxy;
mod web_app;

use leptos::prelude::*;

/// Presets and every form section in order.
#[component]
pub fn FormColumn() -> impl IntoView {
    view! {
        <form class="form-column" on:submit=|ev| ev.prevent_default() novalidate=true>
            <presets::PresetBar />
            <demand::DemandSection />
            <web_app::WebAppSection />
            <agents::AgentsSection />
            <proxy::ProxySection />
            <database::DatabaseSection />
            <load_balancing::LoadBalancingSection />
            <costs::CostsSection />
        </form>
    }
}
