//! The costs card (issue 14 item 14, issue 16): per priced role its price, the hours billed,
//! the month and the year; totals in the plan's currency, marked partial with the roles that
//! have no price named; autoscaled agents beside the same capacity kept running.

use leptos::prelude::*;

use super::table::TableWrap;
use super::why::WhyDetails;
use crate::engine::cost::role_label;
use crate::engine::{CostReport, PriceUnit, Role, RoleCost};
use crate::export::cost_note;
use crate::support::format::{amount, money, number};
use crate::ui::state::use_app_state;

/// A role's cost as its card shows it: `289.22 USD / month · 3,470.63 USD / year`, or `no
/// price given` when other roles are priced and this one is not; `None` when nothing is
/// priced.
pub fn cost_line(costs: &CostReport, role: Role) -> Option<String> {
    costs.monthly?;
    match costs.roles.iter().find(|c| c.role == role) {
        Some(c) => Some(format!(
            "{} / month · {} / year",
            amount(c.monthly, &costs.currency),
            amount(c.yearly, &costs.currency)
        )),
        None => costs
            .unpriced
            .contains(&role)
            .then(|| "no price given".to_string()),
    }
}

/// "Web app servers": the role's plural name, capitalised.
fn title(role: Role) -> String {
    capital(role_label(role))
}

/// One line of the costs table, as shown.
#[derive(Clone, PartialEq)]
struct Line {
    role: Role,
    /// The role's price as given; `None` for a role with servers and no price.
    priced: Option<f64>,
    price: String,
    billed: String,
    monthly: String,
    yearly: String,
}

/// Figures without the currency, which the column headings name.
fn lines(c: &CostReport) -> Vec<Line> {
    let priced = c.roles.iter().map(|r: &RoleCost| Line {
        role: r.role,
        priced: Some(r.price),
        price: format!(
            "{} / {}",
            number(r.price, 4),
            if r.per == PriceUnit::Hour {
                "hour"
            } else {
                "month"
            }
        ),
        billed: match (r.billed_hours, r.always_on_monthly.is_some()) {
            (Some(h), true) => format!("{} instance-hours", number(h, 0)),
            (Some(h), false) => format!("{} server-hours", number(h, 0)),
            (None, _) => "whole months".into(),
        },
        monthly: money(r.monthly),
        yearly: money(r.yearly),
    });
    let unpriced = c.unpriced.iter().map(|&role| Line {
        role,
        priced: None,
        price: String::new(),
        billed: String::new(),
        monthly: String::new(),
        yearly: String::new(),
    });
    priced.chain(unpriced).collect()
}

/// The costs card; shown when at least one role is priced.
#[component]
pub fn CostsCard() -> impl IntoView {
    let state = use_app_state();
    let data: Memo<Option<CostReport>> = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .filter(|r| r.costs.monthly.is_some())
                .map(|r| r.costs.clone())
        })
    });
    let rows = Memo::new(move |_| data.with(|c| c.as_ref().map(lines).unwrap_or_default()));
    let text = move |f: fn(&CostReport) -> String| {
        move || data.with(|c| c.as_ref().map(f).unwrap_or_default())
    };
    let partial = Memo::new(move |_| data.with(|c| c.as_ref().is_some_and(|c| !c.complete)));
    let note = move || {
        state
            .report
            .with(|r| r.as_ref().map(cost_note).unwrap_or_default())
    };
    let scaled = move || {
        data.with(|c| {
            let c = c.as_ref()?;
            let a = c.roles.iter().find(|r| r.role == Role::Agent)?;
            let always = a.always_on_monthly?;
            Some(format!(
                "Autoscaled agents cost {} a month by their instance-hours; the same capacity (Max Nodes) kept running all month would cost {}.",
                amount(a.monthly, &c.currency),
                amount(always, &c.currency)
            ))
        })
    };
    let why =
        Memo::new(move |_| data.with(|c| c.as_ref().map(|c| c.why.clone()).unwrap_or_default()));
    // A column's heading (and, on a phone, each cell's label) names the currency once.
    let currency = Memo::new(move |_| {
        data.with(|c| c.as_ref().map(|c| c.currency.clone()).unwrap_or_default())
    });
    let heading = move |what: &'static str| {
        move || {
            currency.with(|c| match what {
                "Billed a month" => what.to_string(),
                _ if c.is_empty() => what.to_string(),
                _ => format!("{what} ({c})"),
            })
        }
    };
    view! {
        <section class="card costs" id="costs" aria-labelledby="h-costs-card">
            <h2 id="h-costs-card">"Costs"</h2>
            <div class="stats">
                {[("cost-monthly", "per month"), ("cost-yearly", "per year")]
                    .into_iter()
                    .map(|(testid, per)| {
                        let figure = move || {
                            data.with(|c| {
                                c.as_ref()
                                    .map(|c| if per == "per month" { c.monthly } else { c.yearly })
                                    .map(|x| money(x.unwrap_or_default()))
                                    .unwrap_or_default()
                            })
                        };
                        view! {
                            <div class="stat">
                                <span class="stat-value">
                                    <span data-testid=testid>{figure}</span>
                                    <span class="stat-unit">{text(|c| c.currency.clone())}</span>
                                </span>
                                <span class="stat-label">
                                    {move || if partial.get() { format!("{per}, partial") } else { per.to_string() }}
                                </span>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <Show when=move || partial.get()>
                <p class="cost-partial" data-testid="cost-partial">
                    {move || format!("{}; the totals leave them out.", capital(&note()))}
                </p>
            </Show>
            <TableWrap label="Costs per role">
                <table class="cost-table stacks">
                    <thead>
                        <tr>
                            <th scope="col">"Role"</th>
                            <th scope="col" class="num">{heading("Price")}</th>
                            <th scope="col" class="num">{heading("Billed a month")}</th>
                            <th scope="col" class="num">{heading("Per month")}</th>
                            <th scope="col" class="num">{heading("Per year")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|l| (l.role as u8, l.price.clone(), l.monthly.clone()) let:l>
                            <tr class:unpriced=l.priced.is_none()>
                                <th scope="row">{title(l.role)}</th>
                                {if l.priced.is_some() {
                                    view! {
                                        <td class="num" data-label=heading("Price")>{l.price}</td>
                                        <td class="num" data-label=heading("Billed a month")>{l.billed}</td>
                                        <td class="num" data-label=heading("Per month")>{l.monthly}</td>
                                        <td class="num" data-label=heading("Per year")>{l.yearly}</td>
                                    }
                                        .into_any()
                                } else {
                                    view! { <td colspan="4">"no price given: not in the totals"</td> }.into_any()
                                }}
                            </tr>
                        </For>
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">
                                {move || if partial.get() { "Total (partial)" } else { "Total" }}
                            </th>
                            <td class="num" data-label=heading("Per month")>{text(|c| money(c.monthly.unwrap_or_default()))}</td>
                            <td class="num" data-label=heading("Per year")>{text(|c| money(c.yearly.unwrap_or_default()))}</td>
                        </tr>
                    </tfoot>
                </table>
            </TableWrap>
            {move || scaled().map(|s| view! { <p class="muted" data-testid="cost-autoscale">{s}</p> })}
            <WhyDetails why key="costs" />
        </section>
    }
}

/// The sentence with its first letter capitalised.
pub fn capital(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
