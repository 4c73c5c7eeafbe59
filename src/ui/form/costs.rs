//! Optional prices per server, per month or per hour, and their currency (issue 14 item 14,
//! issue 16): for the bill, the costs card and the growth chart's cost panel.

use leptos::prelude::*;

use super::cell::CellInput;
use super::fields::{inapplicable, FormSection, TextField, UnusedNote};
use crate::form::cloud::PRICE_KEYS;
use crate::ui::state::use_app_state;

/// The role names in [`PRICE_KEYS`] order.
const ROLE_NAMES: [&str; 5] = [
    "Web app server",
    "Database server",
    "Agent",
    "Connection proxy",
    "Network load balancer",
];

/// The costs section.
#[component]
pub fn CostsSection() -> impl IntoView {
    let state = use_app_state();
    let currency = Memo::new(move |_| state.text("costs.currency").trim().to_string());
    let column = move |per: &'static str| {
        move || {
            currency.with(|c| {
                if c.is_empty() {
                    per.to_string()
                } else {
                    format!("{per} ({c})")
                }
            })
        }
    };
    view! {
        <FormSection heading_id="h-costs" title="Costs (optional)">
            <p class="hint">
                "The price of one server per month, or per hour for cloud instances (autoscaled agents are billed by their instance-hours; a month is 730 h). One or the other per role; leave both empty to skip it. Nothing is built in, and the prices travel in the link."
            </p>
            <div class="grid">
                <TextField
                    path="costs.currency"
                    label="Currency"
                    words=true
                    placeholder="e.g. USD or €"
                    hint="A code or a symbol, shown with every amount."
                />
            </div>
            <table class="price-table">
                <caption class="visually-hidden">"Price of one server, per month or per hour"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Role"</th>
                        <th scope="col">{column("Per month")}</th>
                        <th scope="col">{column("Per hour")}</th>
                    </tr>
                </thead>
                <tbody>
                    {PRICE_KEYS
                        .into_iter()
                        .zip(ROLE_NAMES)
                        .map(|(key, name)| view! { <PriceRow key name /> })
                        .collect_view()}
                </tbody>
            </table>
        </FormSection>
    }
}

/// One role's prices: its name (with the instance type picked for it), a box per month and
/// one per hour, and why the row does not apply when it does not.
#[component]
fn PriceRow(key: &'static str, name: &'static str) -> impl IntoView {
    let state = use_app_state();
    let monthly = format!("costs.{key}");
    let unused = inapplicable(&monthly);
    let type_path = format!("cloud.{key}.type");
    // The type picked for the role, when a provider is chosen: its hourly price goes here.
    let picked = Memo::new(move |_| {
        let id = state.text(&type_path);
        (state.choice("cloud.provider") != "none" && !id.trim().is_empty()).then_some(id)
    });
    view! {
        <tr class:disabled=move || unused.with(Option::is_some)>
            <th scope="row">
                {name}
                {move || picked.get().map(|id| view! { <span class="price-type">{id}</span> })}
                <UnusedNote unused />
            </th>
            <td>
                <CellInput path=monthly.clone() label=format!("{name}: price per month") placeholder="—" />
            </td>
            <td>
                <CellInput path=format!("costs.hourly.{key}") label=format!("{name}: price per hour") placeholder="—" />
            </td>
        </tr>
    }
}
