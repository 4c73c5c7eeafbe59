//! One card per server role: count and spec, capacity and utilisation, zones, scenarios,
//! settings, warnings and the "why".

use leptos::prelude::*;

use super::costs::cost_line;
use super::instances::type_line;
use super::scenarios::ScenarioTable;
use super::settings::SettingsList;
use super::swap::SwapFigures;
use super::table::TableWrap;
use super::warnings::WarningList;
use super::why::WhyDetails;
use crate::charts::scale::within;
use crate::engine::{Report, Role, RoleReport, Setting, Why, ZoneRoleReport};
use crate::export::bom::ALL_ZONES;
use crate::rule_uses::card_title;
use crate::support::format::{number, percent, spec, thousands};
use crate::ui::state::use_app_state;

/// Which role a card shows, and the words and test hooks that go with it.
#[derive(Clone, Copy)]
pub struct RoleView {
    /// Test-id prefix: `webapp`, `db`, `agent`, `proxy`.
    pub key: &'static str,
    /// Card title (shared with the Rules view's lists, `rule_uses::card_title`).
    pub title: &'static str,
    /// What one server is called ("servers", "agents").
    pub unit: &'static str,
    /// What one server carries, for the capacity line.
    pub per_server_label: &'static str,
    /// The role.
    pub role: Role,
    /// Picks the role out of a report.
    pub pick: fn(&Report) -> &RoleReport,
    /// Whether a setting or a reason (by its rules) shows on this card: the agents' AutoScale
    /// part has a card of its own.
    pub here: fn(&[String]) -> bool,
}

/// Every setting and reason shows on the card.
const ALL_HERE: fn(&[String]) -> bool = |_| true;

/// Web app servers.
pub const WEB_APP: RoleView = RoleView {
    key: "webapp",
    title: card_title(Role::WebApp),
    unit: "Servers",
    per_server_label: "Sessions per server",
    role: Role::WebApp,
    pick: |r| &r.web_app,
    here: ALL_HERE,
};
/// The database.
pub const DATABASE: RoleView = RoleView {
    key: "db",
    title: card_title(Role::Database),
    unit: "Servers",
    per_server_label: "Rated for",
    role: Role::Database,
    pick: |r| &r.database,
    here: ALL_HERE,
};
/// Agents.
pub const AGENTS: RoleView = RoleView {
    key: "agent",
    title: card_title(Role::Agent),
    unit: "Agents",
    per_server_label: "Sessions per agent",
    role: Role::Agent,
    pick: |r| &r.agents,
    here: |rules| !super::autoscale::on_autoscale_card(rules),
};
/// Connection proxies.
pub const PROXIES: RoleView = RoleView {
    key: "proxy",
    title: card_title(Role::ConnectionProxy),
    unit: "Proxies",
    per_server_label: "Sessions per proxy",
    role: Role::ConnectionProxy,
    pick: |r| &r.proxies,
    here: ALL_HERE,
};

/// A list out of a card's part of the report, as its own memo: a part that did not change
/// is left alone.
pub fn part<S: Send + Sync + 'static, T: Clone + PartialEq + Send + Sync + 'static>(
    data: Memo<Option<S>>,
    pick: fn(&S) -> &Vec<T>,
) -> Memo<Vec<T>> {
    Memo::new(move |_| data.with(|r| r.as_ref().map(|r| pick(r).clone()).unwrap_or_default()))
}

/// The role's settings whose rule `keep` accepts, as their own memo.
pub fn settings_where(
    data: Memo<Option<RoleReport>>,
    keep: fn(&[String]) -> bool,
) -> Memo<Vec<Setting>> {
    Memo::new(move |_| {
        data.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.settings
                        .iter()
                        .filter(|s| keep(std::slice::from_ref(&s.rule)))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        })
    })
}

/// The role's reasons whose rules `keep` accepts, as their own memo.
pub fn why_where(data: Memo<Option<RoleReport>>, keep: fn(&[String]) -> bool) -> Memo<Vec<Why>> {
    Memo::new(move |_| {
        data.with(|r| {
            r.as_ref()
                .map(|r| r.why.iter().filter(|w| keep(&w.rules)).cloned().collect())
                .unwrap_or_default()
        })
    })
}

/// The card of one role; each figure follows that role's part of the report.
#[component]
pub fn RoleCard(
    /// The role to show.
    role: RoleView,
) -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| (role.pick)(r).clone()))
    });
    let k = role.key;
    let idle = Memo::new(move |_| data.with(|r| r.as_ref().is_some_and(|r| r.total == 0)));
    let zones = part(data, |r| &r.zones);
    let scenarios = part(data, |r| &r.scenarios);
    let scenarios_shown = Memo::new(move |_| {
        if idle.get() {
            Vec::new()
        } else {
            scenarios.get()
        }
    });
    let several_zones = Memo::new(move |_| state.plan.with(|p| p.zones.len() > 1));
    // The role's cost in the plan's currency and its instance type, under the spec.
    let lines = SpecLines::memo(role.role);
    // `h-role-`: the form's sections already use `h-webapp`, `h-db` and `h-proxy`.
    let heading = format!("h-role-{k}");
    let labelled_by = heading.clone();
    view! {
        <article class="card role" id=format!("role-{k}") aria-labelledby=labelled_by>
            <h3 id=heading>{role.title}</h3>
            <Show when=move || data.with(Option::is_some)>
                // The head and the facts in one closure: Leptos updates the drawn text in
                // place when the role's figures change.
                {move || {
                    let several = several_zones.get();
                    data.with(|r| lines.with(|l| r.as_ref().map(|r| head_and_facts(role, r, l, several))))
                }}
                <Show when=move || zones.with(|z| z.len() > 1)>
                    <ZoneTable role zones />
                </Show>
                <WarningList warnings=part(data, |r| &r.warnings) />
                // SW-1: the swap on each agent, beside Kasm's own flat sizes.
                {(k == "agent").then(|| view! { <SwapFigures single=false /> })}
                <SettingsList settings=settings_where(data, role.here) key=k />
                <ScenarioTable
                    scenarios=scenarios_shown
                    basis=Signal::derive(move || data.with(|r| r.as_ref().map_or("Servers down", RoleReport::down_basis)))
                    unit=role.unit
                    card=role.title
                />
                <WhyDetails why=why_where(data, role.here) key=k />
            </Show>
        </article>
    }
}

/// What the card says under the spec besides the report's role: the instance type picked
/// and the cost in the plan's currency.
#[derive(Clone, Default, PartialEq)]
pub struct SpecLines {
    instance: Option<String>,
    cost: Option<String>,
}

impl SpecLines {
    /// The lines of `role`, following the report.
    pub fn memo(role: Role) -> Memo<SpecLines> {
        let state = use_app_state();
        Memo::new(move |_| {
            state.report.with(|r| {
                r.as_ref()
                    .map(|r| SpecLines {
                        instance: type_line(r, role),
                        cost: cost_line(&r.costs, role),
                    })
                    .unwrap_or_default()
            })
        })
    }

    /// The type line (`{key}-type`) and the cost line (`{key}-cost`), where there are any.
    pub fn view(&self, key: &str) -> impl IntoView + use<> {
        let instance = self
            .instance
            .clone()
            .map(|t| view! { <span class="muted" data-testid=format!("{key}-type")>{t}</span> });
        let cost = self
            .cost
            .clone()
            .map(|c| view! { <span class="cost" data-testid=format!("{key}-cost")>{c}</span> });
        (instance, cost)
    }
}

/// The big count, the spec line, the facts, the per-workspace figures and the meter;
/// `several_zones` when the plan has more than one zone.
fn head_and_facts(
    role: RoleView,
    r: &RoleReport,
    lines: &SpecLines,
    several_zones: bool,
) -> impl IntoView + use<> {
    let k = role.key;
    let per_key = if k == "agent" { "agent" } else { "server" };
    let util = within(r.utilisation, 0.0, 1.0) * 100.0;
    let db = r.role == Role::Database;
    let mixed = per_workspace_lines(r);
    // The database serves every zone: named as the exports name it (issue 14, item 18),
    // where the page names zones (a plan of several).
    let all_zones = (db && several_zones).then(|| {
        view! {
            <div>
                <dt>"Zones"</dt>
                <dd data-testid="db-zones">{ALL_ZONES}</dd>
            </div>
        }
    });
    let utilisation = (!db).then(|| {
        view! {
            <div>
                <dt>"Utilisation"</dt>
                <dd>{percent(r.utilisation)}</dd>
            </div>
        }
    });
    let per_workspace = (!mixed.is_empty()).then(|| {
        view! {
            <ul class="per-workspace" aria-label=format!("{}: sessions per server by workspace", role.title)>
                {mixed.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        }
    });
    let meter = (!db).then(|| {
        view! {
            <div
                class="meter"
                role="meter"
                aria-label=format!("{} utilisation", role.title)
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=number(util, 0)
            >
                <span style:width=format!("{}%", number(util, 1))></span>
            </div>
        }
    });
    view! {
        <div class="role-head">
            <div class="big-figure">
                <span class="figure" data-testid=format!("{k}-servers")>{thousands(r.total)}</span>
                <span class="figure-label">{role.unit.to_ascii_lowercase()}</span>
            </div>
            <div class="role-spec">
                <span class="spec" data-testid=format!("{k}-spec")>{spec(&r.spec)}</span>
                <span class="muted">{spare_line(r)}</span>
                {lines.view(k)}
            </div>
        </div>
        {(r.total == 0).then(|| view! { <p class="muted">"Not needed for this plan."</p> })}
        <dl class="facts">
            <div>
                <dt>{role.per_server_label}</dt>
                <dd data-testid=format!("{k}-sessions-per-{per_key}")>{per_server_text(r)}</dd>
            </div>
            <div>
                <dt>"Capacity"</dt>
                <dd>{format!("{} sessions", thousands(r.capacity))}</dd>
            </div>
            <div>
                <dt>"Peak demand"</dt>
                <dd>{format!("{} sessions", thousands(r.demand))}</dd>
            </div>
            {all_zones}
            {utilisation}
        </dl>
        {per_workspace}
        {meter}
    }
}

/// Sessions one server carries, as a person counts them: the one whole figure every zone
/// and workspace shares, else "varies by workspace" (listed under the facts).
fn per_server_text(r: &RoleReport) -> String {
    match r.whole_per_server() {
        Some(n) if r.role == Role::Database => format!("up to {} sessions", thousands(n)),
        Some(n) => thousands(n),
        None => "varies by workspace".into(),
    }
}

/// One line per workspace (and zone, with several) when workspaces differ in how many
/// sessions one server carries; none when one figure holds for all.
fn per_workspace_lines(r: &RoleReport) -> Vec<String> {
    if r.whole_per_server().is_some() {
        return Vec::new();
    }
    let zones = r.zones.len();
    r.zones
        .iter()
        .flat_map(|z| {
            z.workspaces
                .iter()
                .filter(|w| w.sessions > 0)
                .map(move |w| {
                    let zone = if zones > 1 {
                        format!(" ({})", z.zone)
                    } else {
                        String::new()
                    };
                    format!(
                        "{}{zone}: {} per server",
                        w.workspace,
                        thousands(w.per_server)
                    )
                })
        })
        .collect()
}

/// "2 needed + 1 spare" under the spec (or what an idle role would be).
fn spare_line(r: &RoleReport) -> String {
    if r.total == 0 {
        "per server, if needed".to_string()
    } else if r.redundant > 0 {
        format!(
            "per server · {} needed + {} spare",
            thousands(r.needed),
            thousands(r.redundant)
        )
    } else {
        format!("per server · {} needed", thousands(r.needed))
    }
}

/// The role zone by zone, when there are several zones.
#[component]
fn ZoneTable(role: RoleView, zones: Memo<Vec<ZoneRoleReport>>) -> impl IntoView {
    view! {
        <TableWrap label=format!("{}: By zone", role.title)>
            <table class="zones stacks">
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
                <tbody>{move || zones.with(|z| z.iter().map(|z| zone_row(z, role.unit)).collect_view())}</tbody>
            </table>
        </TableWrap>
    }
}

/// One zone's row of the zone table; `unit` names the count's column ("Servers").
fn zone_row(z: &ZoneRoleReport, unit: &'static str) -> impl IntoView + use<> {
    view! {
        <tr>
            <th scope="row">{z.zone.clone()}</th>
            <td class="num" data-label=unit>
                {format!("{} ({} + {})", thousands(z.total), thousands(z.needed), thousands(z.redundant))}
            </td>
            <td class="num" data-label="Per server">
                {z.whole_per_server().map(thousands).unwrap_or_else(|| "varies".into())}
            </td>
            <td class="num" data-label="Capacity">{thousands(z.capacity)}</td>
            <td class="num" data-label="Peak">{thousands(z.demand)}</td>
        </tr>
    }
}
