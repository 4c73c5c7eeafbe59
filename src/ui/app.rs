//! The root component: provides the shared state and lays out form and results side by side.

use leptos::prelude::*;

use super::form::FormColumn;
use super::results::ResultsColumn;
use super::state::AppState;
use crate::engine::Plan;

/// The whole page; starts from `plan` (the guide's worked example when not given).
#[component]
pub fn App(
    /// Starting plan; URL loading may replace it later through `AppState::load_plan`.
    #[prop(optional)]
    plan: Option<Plan>,
) -> impl IntoView {
    let _state = AppState::provide(plan.unwrap_or_default());
    // Plan links (issue 4): read the URL here and call `_state.load_plan(..)`, and mount
    // the share bar in the header below.
    view! {
        <header class="page-header">
            <h1>"Kasm Workspaces sizing calculator"</h1>
            <p class="tagline">
                "Describe your deployment; every server role is sized live from the Kasm 1.18 sizing guide."
            </p>
        </header>
        <main class="layout">
            <FormColumn />
            <ResultsColumn />
        </main>
    }
}
