//! The summary: total servers, vCPU, RAM, disk and monthly cost (with its currency, the
//! yearly figure, and what a partial total leaves out).

use leptos::prelude::*;

use super::rule_chip::RuleChip;
use crate::engine::Report;
use crate::export::cost_note;
use crate::support::format::{amount, money, number, thousands};
use crate::ui::state::use_app_state;

/// ", 40 of them from 200 named users (NU-1)" when some workspace counts named users.
fn named_users_part(r: &Report) -> String {
    let users = &r.demand.named_users;
    if users.is_empty() {
        return String::new();
    }
    let named: u64 = users.iter().map(|w| w.named_users).sum();
    let sessions: u64 = users.iter().map(|w| w.sessions).sum();
    format!(
        ", {} of them from {} named users (NU-1)",
        thousands(sessions),
        thousands(named)
    )
}

/// Headline figures over every role.
#[component]
pub fn Summary() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="card summary" aria-labelledby="h-summary">
            <h2 id="h-summary">"What to deploy"</h2>
            // One closure over the report: Leptos updates the drawn figures in place.
            <div class="stats">{move || state.report.with(|r| r.as_ref().map(stats))}</div>
        </section>
    }
}

/// The headline figures of a report.
fn stats(r: &Report) -> impl IntoView + use<> {
    let t = &r.totals;
    view! {
        <div class="stat primary">
            <span class="stat-value" data-testid="total-servers">{thousands(t.servers)}</span>
            <span class="stat-label">
                {if r.single_server.is_some() { "server for every role" } else { "servers in all" }}
            </span>
        </div>
        <div class="stat">
            <span class="stat-value" data-testid="total-vcpus">{number(t.vcpus, 1)}</span>
            <span class="stat-label">"vCPU"</span>
        </div>
        <div class="stat">
            <span class="stat-value">
                <span data-testid="total-ram">{number(t.ram_gb, 0)}</span>
                <span class="stat-unit">"GB"</span>
            </span>
            <span class="stat-label">"RAM"</span>
        </div>
        <div class="stat">
            <span class="stat-value">
                <span data-testid="total-disk">{number(t.disk_gb, 0)}</span>
                <span class="stat-unit">"GB"</span>
            </span>
            <span class="stat-label">"disk"</span>
        </div>
        <div class="stat">
            <span class="stat-value">
                <span data-testid="total-cost">{t.monthly_cost.map(money).unwrap_or_else(|| "—".into())}</span>
                <span class="stat-unit">{r.costs.currency.clone()}</span>
            </span>
            <span class="stat-label">
                {match (t.monthly_cost.is_some(), r.costs.complete) {
                    (false, _) => "per month (add costs)",
                    (true, true) => "per month",
                    (true, false) => "per month, partial",
                }}
            </span>
        </div>
        <p class="summary-line">
            {format!(
                "For {} peak concurrent sessions ({} in containers, {} to RDP/VNC/SSH servers){}.",
                thousands(r.peak_sessions),
                thousands(r.container_sessions),
                thousands(r.server_sessions),
                named_users_part(r),
            )}
        </p>
        {cost_sentence(r).map(|c| view! { <p class="summary-line" data-testid="cost-summary">{c}</p> })}
        {too_small(r).map(|line| {
            view! {
                <p class="fit-line short" data-testid="summary-short">
                    {line}
                    " "
                    <RuleChip id="SS-4" />
                </p>
            }
        })}
    }
}

/// A single server that cannot hold the peak says so beside the headline, not only in its
/// card (SS-4): the one server above is then not a finished answer.
fn too_small(r: &Report) -> Option<String> {
    let s = r.single_server.as_ref().filter(|s| !s.fits)?;
    Some(format!(
        "This server holds {} of the {} container sessions at peak ({} short): choose a bigger server or a distributed install.",
        thousands(s.sessions_held),
        thousands(s.demand),
        thousands(s.demand.saturating_sub(s.sessions_held)),
    ))
}

/// Issue 14 item 14: the month and the year in the plan's currency, and a total that leaves
/// roles out says so and names them; `None` when nothing is priced.
fn cost_sentence(r: &Report) -> Option<String> {
    let c = &r.costs;
    let (month, year) = (c.monthly?, c.yearly?);
    let note = cost_note(r);
    Some(format!(
        "Costs: {} a month, {} a year{}.",
        amount(month, &c.currency),
        amount(year, &c.currency),
        if note.is_empty() {
            String::new()
        } else {
            format!("; {note}")
        }
    ))
}
