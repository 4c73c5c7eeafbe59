//! The bill of materials: one row per role with count, spec per server and totals.

use leptos::prelude::*;

use super::role_card::{AGENTS, DATABASE, PROXIES, WEB_APP};
use crate::engine::Report;
use crate::format::{money, number, spec, thousands};
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
    let body = move || {
        state.report.with(|r| {
            r.as_ref().map(|r| {
                let t = &r.totals;
                let rows = rows(r);
                let costs = rows.iter().any(|row| row.cost.is_some());
                view! {
                    <table class="bill">
                        <thead>
                            <tr>
                                <th scope="col">"Role"</th>
                                <th scope="col" class="num">"Count"</th>
                                <th scope="col">"Each"</th>
                                <th scope="col" class="num">"vCPU"</th>
                                <th scope="col" class="num">"RAM"</th>
                                <th scope="col" class="num">"Disk"</th>
                                {costs.then(|| view! { <th scope="col" class="num">"Per month"</th> })}
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|row| {
                                    view! {
                                        <tr>
                                            <th scope="row">{row.role}</th>
                                            <td class="num">{row.count}</td>
                                            <td>{row.spec}</td>
                                            <td class="num">{number(row.vcpus, 1)}</td>
                                            <td class="num">{format!("{} GB", number(row.ram, 0))}</td>
                                            <td class="num">{format!("{} GB", number(row.disk, 0))}</td>
                                            {costs.then(|| view! { <td class="num">{row.cost.map(money).unwrap_or_else(|| "—".into())}</td> })}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">"Total"</th>
                                <td class="num">{thousands(t.servers)}</td>
                                <td></td>
                                <td class="num">{number(t.vcpus, 1)}</td>
                                <td class="num">{format!("{} GB", number(t.ram_gb, 0))}</td>
                                <td class="num">{format!("{} GB", number(t.disk_gb, 0))}</td>
                                {costs.then(|| view! { <td class="num">{t.monthly_cost.map(money).unwrap_or_else(|| "incomplete".into())}</td> })}
                            </tr>
                        </tfoot>
                    </table>
                }
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="h-bill">
            <h2 id="h-bill">"Bill of materials"</h2>
            <div class="table-wrap">{body}</div>
        </section>
    }
}
