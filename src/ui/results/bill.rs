//! The bill of materials: one row per role with count, spec per server and totals.

use leptos::prelude::*;

use super::role_card::{AGENTS, DATABASE, PROXIES, WEB_APP};
use super::table::{scroll_wrap, td_num, th_col};
use crate::engine::Report;
use crate::markup::{el, El};
use crate::support::format::{money, number, spec, thousands};
use crate::ui::markup::live;
use crate::ui::state::use_app_state;

struct Row {
    role: &'static str,
    count: String,
    spec: String,
    vcpus: f64,
    ram: f64,
    disk: f64,
    cost: Option<f64>,
}

fn rows(r: &Report) -> Vec<Row> {
    let mut out: Vec<Row> = [WEB_APP, DATABASE, AGENTS, PROXIES]
        .iter()
        .map(|v| {
            let x = (v.pick)(r);
            let n = x.total as f64;
            Row {
                role: v.title,
                count: if x.redundant > 0 {
                    format!(
                        "{} ({} + {})",
                        thousands(x.total),
                        thousands(x.needed),
                        thousands(x.redundant)
                    )
                } else {
                    thousands(x.total)
                },
                spec: spec(&x.spec),
                vcpus: n * x.spec.cpus,
                ram: n * x.spec.ram_gb,
                disk: n * x.spec.disk_gb,
                cost: x.monthly_cost,
            }
        })
        .filter(|row| row.count != "0")
        .collect();
    let lb = &r.load_balancing;
    if lb.load_balancers > 0 {
        out.push(Row {
            role: "Network load balancers",
            count: thousands(lb.load_balancers),
            spec: "appliance or cloud service".into(),
            vcpus: 0.0,
            ram: 0.0,
            disk: 0.0,
            cost: lb.monthly_cost,
        });
    }
    out
}

/// The bill of materials table.
#[component]
pub fn BillOfMaterials() -> impl IntoView {
    let state = use_app_state();
    live(move || state.report.with(|r| Some(bill(r.as_ref()))))
}

fn bill(r: Option<&Report>) -> El {
    let wrap = scroll_wrap("Bill of materials table");
    let card = |wrap: El| {
        el("section")
            .class("card")
            .attr("aria-labelledby", "h-bill")
            .child(el("h2").attr("id", "h-bill").text("Bill of materials"))
            .child(wrap)
    };
    let Some(r) = r else { return card(wrap) };
    let t = &r.totals;
    let rows = rows(r);
    let costs = rows.iter().any(|row| row.cost.is_some());
    let cost_cell = |c: Option<f64>, missing: &str| {
        costs.then(|| td_num(c.map(money).unwrap_or_else(|| missing.into())))
    };
    let head = el("tr")
        .child(th_col("Role", false))
        .child(th_col("Count", true))
        .child(th_col("Each", false))
        .child(th_col("vCPU", true))
        .child(th_col("RAM", true))
        .child(th_col("Disk", true))
        .child_opt(costs.then(|| th_col("Per month", true)));
    let body = rows.into_iter().map(|row| {
        el("tr")
            .child(el("th").attr("scope", "row").text(row.role))
            .child(td_num(row.count))
            .child(el("td").text(row.spec))
            .child(td_num(number(row.vcpus, 1)))
            .child(td_num(format!("{} GB", number(row.ram, 0))))
            .child(td_num(format!("{} GB", number(row.disk, 0))))
            .child_opt(cost_cell(row.cost, "—"))
            .into()
    });
    let total = el("tr")
        .child(el("th").attr("scope", "row").text("Total"))
        .child(td_num(thousands(t.servers)))
        .child(el("td"))
        .child(td_num(number(t.vcpus, 1)))
        .child(td_num(format!("{} GB", number(t.ram_gb, 0))))
        .child(td_num(format!("{} GB", number(t.disk_gb, 0))))
        .child_opt(cost_cell(t.monthly_cost, "incomplete"));
    card(
        wrap.child(
            el("table")
                .class("bill")
                .child(el("thead").child(head))
                .child(el("tbody").children(body))
                .child(el("tfoot").child(total)),
        ),
    )
}
