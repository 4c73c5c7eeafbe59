//! One card per server role: count and spec, capacity and utilisation, zones, scenarios,
//! settings, warnings and the "why".

use leptos::prelude::*;

use super::scenarios::ScenarioTable;
use super::settings::SettingsList;
use super::warnings::WarningList;
use super::why::WhyDetails;
use crate::engine::{Report, RoleReport};
use crate::format::{money, per_server, percent, spec, thousands};
use crate::ui::state::use_app_state;

/// Which role a card shows, and the words and test hooks that go with it.
#[derive(Clone, Copy)]
pub struct RoleView {
    /// Test-id prefix: `webapp`, `db`, `agent`, `proxy`.
    pub key: &'static str,
    /// Card title.
    pub title: &'static str,
    /// What one server is called ("servers", "agents").
    pub unit: &'static str,
    /// What one server carries, for the capacity line.
    pub per_server_label: &'static str,
    /// Picks the role out of a report.
    pub pick: fn(&Report) -> &RoleReport,
}

/// Web app servers.
pub const WEB_APP: RoleView = RoleView {
    key: "webapp",
    title: "Web app servers",
    unit: "Servers",
    per_server_label: "Sessions per server",
    pick: |r| &r.web_app,
};
/// The database.
pub const DATABASE: RoleView = RoleView {
    key: "db",
    title: "Database",
    unit: "Servers",
    per_server_label: "Sessions it serves",
    pick: |r| &r.database,
};
/// Agents.
pub const AGENTS: RoleView = RoleView {
    key: "agent",
    title: "Agents",
    unit: "Agents",
    per_server_label: "Sessions per agent",
    pick: |r| &r.agents,
};
/// Connection proxies.
pub const PROXIES: RoleView = RoleView {
    key: "proxy",
    title: "Connection proxies",
    unit: "Proxies",
    per_server_label: "Sessions per proxy",
    pick: |r| &r.proxies,
};

/// The card of one role, re-drawn whenever the report changes.
#[component]
pub fn RoleCard(
    /// The role to show.
    role: RoleView,
) -> impl IntoView {
    let state = use_app_state();
    let why_open = RwSignal::new(false);
    // Only this role's part of the report: the card is redrawn only when that part changes.
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| (role.pick)(r).clone()))
    });
    let body = move || data.with(|r| r.as_ref().map(|r| role_body(role, r, why_open)));
    view! {
        <article class="card role" id=format!("role-{}", role.key) aria-labelledby=format!("h-{}", role.key)>
            <h3 id=format!("h-{}", role.key)>{role.title}</h3>
            {body}
        </article>
    }
}

fn role_body(role: RoleView, r: &RoleReport, why_open: RwSignal<bool>) -> impl IntoView {
    let k = role.key;
    let first_zone = r.zones.first();
    let per = first_zone
        .map(|z| per_server(z.sessions_per_server))
        .unwrap_or_else(|| "0".into());
    let spare = if r.redundant > 0 {
        format!(
            "{} needed + {} spare",
            thousands(r.needed),
            thousands(r.redundant)
        )
    } else {
        format!("{} needed", thousands(r.needed))
    };
    let idle = r.total == 0;
    let util = r.utilisation.clamp(0.0, 1.0) * 100.0;
    let zones = (r.zones.len() > 1).then(|| zone_table(role, r));
    view! {
        <div class="role-head">
            <div class="big-figure">
                <span class="figure" data-testid=format!("{k}-servers")>{r.total.to_string()}</span>
                <span class="figure-label">{role.unit.to_lowercase()}</span>
            </div>
            <div class="role-spec">
                <span class="spec" data-testid=format!("{k}-spec")>{spec(&r.spec)}</span>
                <span class="muted">{if idle { "per server, if needed".to_string() } else { format!("per server · {spare}") }}</span>
                {r.monthly_cost.map(|c| view! { <span class="cost">{format!("{} / month", money(c))}</span> })}
            </div>
        </div>
        {idle.then(|| view! { <p class="muted">"Not needed for this plan."</p> })}
        <dl class="facts">
            <div>
                <dt>{role.per_server_label}</dt>
                <dd data-testid=format!("{k}-sessions-per-{}", if k == "agent" { "agent" } else { "server" })>{per}</dd>
            </div>
            <div>
                <dt>"Capacity"</dt>
                <dd>{format!("{} sessions", thousands(r.capacity))}</dd>
            </div>
            <div>
                <dt>"Peak demand"</dt>
                <dd>{format!("{} sessions", thousands(r.demand))}</dd>
            </div>
            <div>
                <dt>"Utilisation"</dt>
                <dd>{percent(r.utilisation)}</dd>
            </div>
        </dl>
        <div
            class="meter"
            role="meter"
            aria-label=format!("{} utilisation", role.title)
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=format!("{util:.0}")
        >
            <span style:width=format!("{util:.1}%")></span>
        </div>
        {zones}
        <WarningList warnings=r.warnings.clone() />
        <SettingsList settings=r.settings.clone() />
        {(!idle).then(|| view! { <ScenarioTable scenarios=r.scenarios.clone() unit=role.unit /> })}
        <WhyDetails why=r.why.clone() open=why_open />
    }
}

fn zone_table(role: RoleView, r: &RoleReport) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="zones">
                <caption>"By zone"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Zone"</th>
                        <th scope="col" class="num">{role.unit}</th>
                        <th scope="col" class="num">"Per server"</th>
                        <th scope="col" class="num">"Capacity"</th>
                        <th scope="col" class="num">"Peak"</th>
                    </tr>
                </thead>
                <tbody>
                    {r
                        .zones
                        .iter()
                        .map(|z| {
                            view! {
                                <tr>
                                    <th scope="row">{z.zone.clone()}</th>
                                    <td class="num">
                                        {format!("{} ({} + {})", thousands(z.total), thousands(z.needed), thousands(z.redundant))}
                                    </td>
                                    <td class="num">{per_server(z.sessions_per_server)}</td>
                                    <td class="num">{thousands(z.capacity)}</td>
                                    <td class="num">{thousands(z.demand)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
