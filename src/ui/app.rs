//! The root component: provides the shared state and lays out form and results side by side.

use leptos::prelude::*;

use super::form::FormColumn;
use super::results::ResultsColumn;
use super::share_bar::ShareBar;
use super::share_notice::{LinkNotice, RestoreBanner};
use super::state::AppState;
use crate::engine::Plan;

/// The whole page; starts from `plan` (the guide's worked example when not given).
#[component]
pub fn App(
    /// Starting plan; URL loading may replace it later through `AppState::load_plan`.
    #[prop(optional)]
    plan: Option<Plan>,
    /// Read the plan from the page's link and keep the address bar and localStorage in
    /// step (the real page); component tests leave it off so they never touch either.
    #[prop(optional)]
    link: bool,
) -> impl IntoView {
    let state = AppState::provide(plan.unwrap_or_default());
    // Plan links (issue 4): a link's plan replaces the starting plan; the URL follows edits.
    super::share_sync::start(state, link);
    view! {
        <header class="page-header">
            <h1>"Kasm Workspaces sizing calculator"</h1>
            <p class="tagline">
                "Describe your deployment; every server role is sized live from the Kasm 1.18 sizing guide."
            </p>
            <ShareBar />
            <a class="jump-results" href="#results">"Jump to the results ↓"</a>
        </header>
        <LinkNotice />
        <RestoreBanner />
        <main class="layout">
            <FormColumn />
            <ResultsColumn />
        </main>
    }
}
