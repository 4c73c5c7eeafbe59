//! The form column: presets, then one section per part of the plan.
//!
//! Each section is a component of field components ([`fields`]); each field reads its own
//! text and error from the draft through a memo and writes what is typed back by its path,
//! so a keystroke redraws only the fields whose text or error changed.

mod agents;
mod autoscale;
mod cell;
mod cloud;
mod costs;
mod database;
mod demand;
mod deployment;
pub mod fields;
mod load_balancing;
mod presets;
mod proxy;
mod schedule;
mod web_app;

use leptos::prelude::*;

/// Presets and every form section in order.
#[component]
pub fn FormColumn() -> impl IntoView {
    view! {
        <form class="form-column" novalidate=true on:submit=|ev| ev.prevent_default()>
            <presets::PresetBar />
            <deployment::DeploymentSection />
            <demand::DemandSection />
            <web_app::WebAppSection />
            <agents::AgentsSection />
            <proxy::ProxySection />
            <database::DatabaseSection />
            <load_balancing::LoadBalancingSection />
            <cloud::CloudSection />
            <costs::CostsSection />
        </form>
    }
}
