//! The results column: status, summary, warnings, bill of materials and one card per role.

mod bill;
mod lb_card;
pub mod paged;
pub mod role_card;
pub mod scenarios;
pub mod settings;
mod status;
mod summary;
pub mod table;
pub mod warnings;
pub mod why;

use leptos::prelude::*;

use crate::markup::el;
use crate::ui::listen::{listen, listeners};
use crate::ui::markup::live;
use crate::ui::state::use_app_state;
use paged::ListsShown;
use role_card::{RoleCard, AGENTS, DATABASE, PROXIES, WEB_APP};
use warnings::warning_list;

/// Every result in order; dimmed while the plan shown is not the one typed.
#[component]
pub fn ResultsColumn() -> impl IntoView {
    let state = use_app_state();
    // Long lists draw their first rows again for every plan loaded.
    let lists_shown = ListsShown::provide();
    state.on_plan_loaded(move || lists_shown.reset());
    let on_click = move |ev: web_sys::Event| {
        if !lists_shown.on_click(&ev) {
            settings::copy_on_click(ev);
        }
    };
    let on = listeners(vec![("click", Box::new(on_click))]);
    let warnings = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| r.warnings.clone()).unwrap_or_default())
    });
    let all_warnings = live(move || {
        warnings.with(|w| {
            warning_list(w, true).map(|list| {
                el("section")
                    .class("card")
                    .attr("aria-labelledby", "h-warnings")
                    .child(el("h2").attr("id", "h-warnings").text("Check these"))
                    .child(list)
            })
        })
    });
    view! {
        <div class="results-column" id="results" tabindex="-1" use:listen=on>
            <status::StatusLine />
            <div class="results" class:stale=move || state.stale.get()>
                <summary::Summary />
                {all_warnings}
                <bill::BillOfMaterials />
                <div class="cards">
                    <RoleCard role=WEB_APP />
                    <RoleCard role=DATABASE />
                    <RoleCard role=AGENTS />
                    <RoleCard role=PROXIES />
                    <lb_card::LoadBalancingCard />
                </div>
                <crate::ui::charts::Charts />
                <crate::ui::compare::ComparePanel />
            </div>
        </div>
    }
}
