//! The form column: presets, then one section per part of the plan.
//!
//! Each section is drawn as markup from the draft and its errors and patched in place on
//! every change; one listener per event kind on the `<form>` reads what was typed
//! ([`events`]).

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

use crate::markup::El;
use crate::ui::listen::listen;
use crate::ui::markup::live;
use crate::ui::state::use_app_state;
use inputs::Fields;

/// Presets and every form section in order.
#[component]
pub fn FormColumn() -> impl IntoView {
    let state = use_app_state();
    let draw = move |build: fn(&Fields) -> El| {
        live(move || {
            state.draft.with(|draft| {
                state
                    .errors
                    .with(|errors| Some(build(&Fields { draft, errors })))
            })
        })
    };
    let form = NodeRef::<leptos::html::Form>::new();
    listen(
        form,
        vec![
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
        ],
    );
    view! {
        <form class="form-column" novalidate=true node_ref=form>
            {draw(presets::preset_bar)}
            <demand::DemandSection />
            {draw(web_app::web_app_section)}
            {draw(agents::agents_section)}
            {draw(proxy::proxy_section)}
            {draw(database::database_section)}
            {draw(load_balancing::load_balancing_section)}
            {draw(costs::costs_section)}
        </form>
    }
}
