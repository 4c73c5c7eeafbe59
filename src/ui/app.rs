//! The root component: provides the shared state and lays out form and results side by side.

use leptos::prelude::*;

use super::form::FormColumn;
use super::print::{PrintSummary, Printing};
use super::results::rule_tip::{RuleNote, RuleTip};
use super::results::ResultsColumn;
use super::share::bar::ShareBar;
use super::share::notice::{LinkNotice, RestoreBanner};
use super::stages::{stage, Stages};
use super::state::AppState;
use crate::engine::Plan;
use crate::form::editors::is_big;
use crate::form::history::{shortcut, HistoryKey};
use wasm_bindgen::JsCast;

/// The whole page; starts from `plan` (the guide's worked example when not given).
#[component]
pub fn App(
    /// Starting plan; URL loading may replace it later through `AppState::load_plan`.
    #[prop(optional)]
    plan: Option<Plan>,
    /// The page's link as read at start: opened, and the address bar and localStorage
    /// kept in step (the real page); component tests leave it off so they never touch either.
    #[prop(optional)]
    link: Option<super::share::PageLink>,
) -> impl IntoView {
    let state = AppState::provide(plan.unwrap_or_default());
    Printing::provide();
    // Issue 17: the one note every rule chip opens.
    RuleTip::provide();
    // Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac) undo and redo plan changes anywhere but in a
    // text field, where the browser's own undo of that field's text wins.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_text = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    && el.get_attribute("type").as_deref() != Some("checkbox")
            });
        let key = shortcut(
            &ev.key(),
            ev.ctrl_key() || ev.meta_key(),
            ev.shift_key(),
            ev.alt_key(),
            in_text,
        );
        if let Some(key) = key {
            ev.prevent_default();
            state.undo_redo(key == HistoryKey::Redo);
        }
    });
    on_cleanup(move || keys.remove());
    // Plan links (issue 4): a link's plan replaces the starting plan; the URL follows edits.
    super::share::start(state, link);
    // Issue 6 (stress): a big plan (more workspaces than the form draws at first) is drawn
    // in a few tasks, one per heavy part (`super::stages`); a small plan at once.
    let big = state.draft.with_untracked(|d| is_big(d.profile_count()));
    Stages::provide(big, move || _ = state.report.try_with_untracked(|_| ()));
    let form_drawn = Stages::reached(stage::FORM);
    let results_drawn = Stages::reached(stage::RESULTS);
    view! {
        <header class="page-header">
            <h1>"Kasm Workspaces sizing calculator"</h1>
            <p class="tagline">
                "Describe your deployment; every server role is sized live from the Kasm 1.18 sizing guide."
            </p>
            <ShareBar />
            <a class="jump-results" href="#results">"Jump to the results ↓"</a>
            <a class="jump-rules" href="#rules">"What the rule ids say ↓"</a>
        </header>
        <LinkNotice />
        <RestoreBanner />
        <PrintSummary />
        <main class="layout">
            {move || form_drawn.get().then(|| view! { <FormColumn /> })}
            {move || results_drawn.get().then(|| view! { <ResultsColumn /> })}
        </main>
        <RuleNote />
    }
}
