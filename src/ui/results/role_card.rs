//! One card per server role: count and spec, capacity and utilisation, zones, scenarios,
//! settings, warnings and the "why".

use leptos::prelude::*;

use super::paged::ListsShown;
use super::scenarios::scenario_table;
use super::settings::settings_list;
use super::table::{table, td_num, th_col};
use super::warnings::warning_list;
use super::why::why_details;
use crate::charts::scale::within;
use crate::engine::{Report, RoleReport};
use crate::markup::{el, El, Node};
use crate::support::format::{money, number, per_server, percent, spec, thousands};
use crate::ui::markup::live;
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

/// The card of one role, redrawn whenever that role's part of the report changes.
#[component]
pub fn RoleCard(
    /// The role to show.
    role: RoleView,
) -> impl IntoView {
    let state = use_app_state();
    // Only this role's part of the report: the card is redrawn only when that part changes.
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(|r| (role.pick)(r).clone()))
    });
    let shown = ListsShown::current();
    live(move || {
        let limits = Limits {
            settings: ListsShown::limit(shown, &format!("settings-{}", role.key)),
            why: ListsShown::limit(shown, &format!("why-{}", role.key)),
        };
        data.with(|r| Some(role_card(role, r.as_ref(), limits)))
    })
}

/// A result card: `<article class="card role" id="role-{key}">` with its heading.
pub fn card(key: &str, heading_id: &str, title: &str) -> El {
    el("article")
        .class("card role")
        .attr("id", format!("role-{key}"))
        .attr("aria-labelledby", heading_id)
        .child(el("h3").attr("id", heading_id).text(title))
}

/// The big count beside the spec line at the top of a card.
pub fn role_head(figure: El, label: &str, spec_line: El) -> El {
    el("div")
        .class("role-head")
        .child(
            el("div")
                .class("big-figure")
                .child(figure.class("figure"))
                .child(el("span").class("figure-label").text(label)),
        )
        .child(spec_line.class("role-spec"))
}

/// One fact of a `<dl class="facts">`: term and value (the value with a test id if given).
pub fn fact(term: &str, value: String, testid: Option<String>) -> Node {
    el("div")
        .child(el("dt").text(term))
        .child(el("dd").attr_opt("data-testid", testid).text(value))
        .into()
}

/// "12,345 / month", when there is a cost.
pub fn cost_line(cost: Option<f64>) -> Option<El> {
    cost.map(|c| {
        el("span")
            .class("cost")
            .text(format!("{} / month", money(c)))
    })
}

/// How many rows of a card's long lists to draw.
struct Limits {
    settings: usize,
    why: usize,
}

fn role_card(role: RoleView, r: Option<&RoleReport>, limits: Limits) -> El {
    let card = card(role.key, &format!("h-{}", role.key), role.title);
    let Some(r) = r else { return card };
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
    let util = within(r.utilisation, 0.0, 1.0) * 100.0;
    let per_key = if k == "agent" { "agent" } else { "server" };
    let spec_line = el("div")
        .child(
            el("span")
                .class("spec")
                .testid(format!("{k}-spec"))
                .text(spec(&r.spec)),
        )
        .child(el("span").class("muted").text(if idle {
            "per server, if needed".to_string()
        } else {
            format!("per server · {spare}")
        }))
        .child_opt(cost_line(r.monthly_cost));
    card.child(role_head(
        el("span")
            .testid(format!("{k}-servers"))
            .text(r.total.to_string()),
        &role.unit.to_ascii_lowercase(),
        spec_line,
    ))
    .child_opt(idle.then(|| el("p").class("muted").text("Not needed for this plan.")))
    .child(
        el("dl")
            .class("facts")
            .child(fact(
                role.per_server_label,
                per,
                Some(format!("{k}-sessions-per-{per_key}")),
            ))
            .child(fact(
                "Capacity",
                format!("{} sessions", thousands(r.capacity)),
                None,
            ))
            .child(fact(
                "Peak demand",
                format!("{} sessions", thousands(r.demand)),
                None,
            ))
            .child(fact("Utilisation", percent(r.utilisation), None)),
    )
    .child(
        el("div")
            .class("meter")
            .attr("role", "meter")
            .attr("aria-label", format!("{} utilisation", role.title))
            .attr("aria-valuemin", "0")
            .attr("aria-valuemax", "100")
            .attr("aria-valuenow", number(util, 0))
            .child(el("span").attr("style", format!("width: {}%", number(util, 1)))),
    )
    .child_opt((r.zones.len() > 1).then(|| zone_table(role, r)))
    .child_opt(warning_list(&r.warnings, false))
    .child_opt(settings_list(&r.settings, limits.settings, role.key))
    .child_opt(if idle {
        None
    } else {
        scenario_table(&r.scenarios, role.unit, role.title)
    })
    .child_opt(why_details(&r.why, limits.why, role.key))
}

fn zone_table(role: RoleView, r: &RoleReport) -> El {
    let head = vec![
        th_col("Zone", false),
        th_col(role.unit, true),
        th_col("Per server", true),
        th_col("Capacity", true),
        th_col("Peak", true),
    ];
    let rows = r.zones.iter().map(|z| {
        el("tr")
            .child(el("th").attr("scope", "row").text(z.zone.as_str()))
            .child(td_num(format!(
                "{} ({} + {})",
                thousands(z.total),
                thousands(z.needed),
                thousands(z.redundant)
            )))
            .child(td_num(per_server(z.sessions_per_server)))
            .child(td_num(thousands(z.capacity)))
            .child(td_num(thousands(z.demand)))
            .into()
    });
    table("zones", "By zone", role.title, head, rows)
}
