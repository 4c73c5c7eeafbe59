//! The form column: presets, then one section per part of the plan.
//!
//! Each section is drawn as markup from the draft and its errors and patched in place when
//! its own part of the draft or its errors change (typing in Demand leaves the other six
//! alone); one listener per event kind on the `<form>` reads what was typed ([`events`]).

mod agents;
mod costs;
mod database;
mod demand;
pub mod events;
pub mod inputs;
mod load_balancing;
mod presets;
mod proxy;
mod web_app;

use leptos::prelude::*;

use crate::engine::DatabasePlan;
use crate::form::{AgentDraft, CostsDraft, LoadBalancingDraft, PlanDraft, ProxyDraft, WebAppDraft};
use crate::markup::El;
use crate::ui::listen::{listen, listeners};
use crate::ui::markup::live;
use crate::ui::state::use_app_state;
use inputs::Fields;

/// The part of the draft a section shows. One type for every section, so watching it is
/// compiled once.
#[derive(Clone, PartialEq)]
enum Part {
    Nothing,
    WebApp(WebAppDraft),
    Agents(AgentDraft),
    Proxy(ProxyDraft),
    Database(DatabasePlan),
    LoadBalancing(LoadBalancingDraft),
    Costs(CostsDraft),
}

/// A form section: how to draw it, the draft paths it shows (its errors are those under
/// `prefix`) and its part of the draft.
struct Section {
    build: fn(&Fields) -> El,
    prefix: &'static str,
    part: fn(&PlanDraft) -> Part,
}

const PRESETS: Section = Section {
    build: presets::preset_bar,
    prefix: "presets",
    part: |_| Part::Nothing,
};

/// The sections after Demand, in order.
const SECTIONS: [Section; 6] = [
    Section {
        build: web_app::web_app_section,
        prefix: "web_app",
        part: |d| Part::WebApp(d.web_app.clone()),
    },
    Section {
        build: agents::agents_section,
        prefix: "agents",
        part: |d| Part::Agents(d.agents.clone()),
    },
    Section {
        build: proxy::proxy_section,
        prefix: "proxy",
        part: |d| Part::Proxy(d.proxy.clone()),
    },
    Section {
        build: database::database_section,
        prefix: "database",
        part: |d| Part::Database(d.database.clone()),
    },
    Section {
        build: load_balancing::load_balancing_section,
        prefix: "load_balancing",
        part: |d| Part::LoadBalancing(d.load_balancing.clone()),
    },
    Section {
        build: costs::costs_section,
        prefix: "costs",
        part: |d| Part::Costs(d.costs.clone()),
    },
];

/// Presets and every form section in order.
#[component]
pub fn FormColumn() -> impl IntoView {
    let state = use_app_state();
    let draw = move |s: &'static Section| {
        // What the section shows; it is drawn again only when this changes.
        let shown = Memo::new(move |_| {
            (
                state.draft.with(|d| (s.part)(d)),
                state.errors.with(|e| e.under(s.prefix)),
            )
        });
        live(move || {
            // Read, not just tracked: a memo only follows its sources once it has run.
            shown.with(|_| ());
            state.draft.with_untracked(|draft| {
                state
                    .errors
                    .with_untracked(|errors| Some((s.build)(&Fields { draft, errors })))
            })
        })
    };
    let on = listeners(vec![
        (
            "submit",
            Box::new(|ev: web_sys::Event| ev.prevent_default()),
        ),
        ("input", Box::new(move |ev| events::on_input(state, ev))),
        ("change", Box::new(move |ev| events::on_change(state, ev))),
        ("click", Box::new(move |ev| events::on_click(state, ev))),
        (
            "focusout",
            Box::new(move |ev| events::on_focus_out(state, ev)),
        ),
    ]);
    view! {
        <form class="form-column" novalidate=true use:listen=on>
            {draw(&PRESETS)}
            <demand::DemandSection />
            {draw(&SECTIONS[0])}
            {draw(&SECTIONS[1])}
            {draw(&SECTIONS[2])}
            {draw(&SECTIONS[3])}
            {draw(&SECTIONS[4])}
            {draw(&SECTIONS[5])}
        </form>
    }
}
