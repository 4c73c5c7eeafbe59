//! The bill of materials: one row per role with count, spec per server and totals, and with
//! prices the cost per month (a partial total says what it leaves out).

use leptos::prelude::*;

use super::costs::capital;
use super::role_card::{AGENTS, DATABASE, PROXIES, WEB_APP};
use super::rule_chip::RuleChip;
use super::table::TableWrap;
use crate::engine::{Report, Role};
use crate::export::cost_note;
use crate::support::format::{money, number, spec, thousands};
use crate::ui::state::use_app_state;

/// One line of the bill, as shown.
#[derive(Clone, PartialEq)]
struct Row {
    role: &'static str,
    count: String,
    spec: String,
    vcpus: String,
    ram: String,
    disk: String,
    cost: String,
    /// Swap on each server of the row, for hosts that run sessions (SW-1); else empty.
    swap: String,
}

/// Swap on each session host of the agents' zones (SW-1): one figure, or the range.
fn agent_swap(r: &Report) -> String {
    let each = r
        .swap
        .iter()
        .filter(|f| f.zone.is_some())
        .map(|f| f.swap_gb);
    let (lo, hi) = each.fold((f64::INFINITY, 0.0_f64), |(lo, hi), x| {
        (lo.min(x), hi.max(x))
    });
    if lo.is_infinite() {
        String::new()
    } else if lo == hi {
        number(hi, 1)
    } else {
        format!("{}–{}", number(lo, 1), number(hi, 1))
    }
}

/// A role's monthly cost cell: the figure in the plan's currency (named in the column
/// heading), `not priced` when other roles are priced and it is not, else `—`. The costs
/// card beside the bill has the yearly figures.
fn cost_cell(monthly: Option<f64>, r: &Report) -> String {
    match monthly {
        Some(m) => money(m),
        None if r.costs.monthly.is_some() => "not priced".into(),
        None => "—".into(),
    }
}

fn rows(r: &Report) -> Vec<Row> {
    // SS-1: a single-server install is one row.
    let single = r.single_server.as_ref().map(|s| Row {
        role: "Single server",
        count: "1".into(),
        spec: spec(&s.spec),
        vcpus: number(s.spec.cpus, 1),
        ram: number(s.spec.ram_gb, 0),
        disk: number(s.spec.disk_gb, 0),
        cost: cost_cell(s.monthly_cost, r),
        swap: number(s.swap_gb, 1),
    });
    let mut out: Vec<Row> = single.into_iter().collect();
    out.extend(
        [WEB_APP, DATABASE, AGENTS, PROXIES]
            .iter()
            .map(|v| (v.title, (v.pick)(r)))
            .filter(|(_, x)| x.total > 0)
            .map(|(role, x)| {
                let n = x.total as f64;
                Row {
                    role,
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
                    vcpus: number(n * x.spec.cpus, 1),
                    ram: number(n * x.spec.ram_gb, 0),
                    disk: number(n * x.spec.disk_gb, 0),
                    cost: cost_cell(x.monthly_cost, r),
                    swap: if x.role == Role::Agent {
                        agent_swap(r)
                    } else {
                        String::new()
                    },
                }
            }),
    );
    let lb = &r.load_balancing;
    if lb.load_balancers > 0 {
        out.push(Row {
            role: "Network load balancers",
            count: thousands(lb.load_balancers),
            spec: "appliance or cloud service".into(),
            vcpus: number(0.0, 1),
            ram: number(0.0, 0),
            disk: number(0.0, 0),
            cost: cost_cell(lb.monthly_cost, r),
            swap: String::new(),
        });
    }
    let t = &r.totals;
    out.push(Row {
        role: "Total",
        count: thousands(t.servers),
        spec: String::new(),
        vcpus: number(t.vcpus, 1),
        ram: number(t.ram_gb, 0),
        disk: number(t.disk_gb, 0),
        cost: match t.monthly_cost {
            Some(m) if r.costs.complete => money(m),
            Some(m) => format!("{} (partial)", money(m)),
            None => "—".into(),
        },
        swap: String::new(),
    });
    out
}

/// The bill of materials table.
#[component]
pub fn BillOfMaterials() -> impl IntoView {
    let state = use_app_state();
    let bill = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(rows).unwrap_or_default())
    });
    let costs = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().is_some_and(|r| r.costs.monthly.is_some()))
    });
    // The currency, named once in the cost column's heading (and each cell's label).
    let currency = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .map(|r| r.costs.currency.clone())
                .unwrap_or_default()
        })
    });
    let note = move || {
        state
            .report
            .with(|r| r.as_ref().map(cost_note).unwrap_or_default())
    };
    let body = Memo::new(move |_| bill.with(|b| b.len().saturating_sub(1)));
    // SW-1: a swap column while some row runs sessions.
    let swap = Memo::new(move |_| bill.with(|b| b.iter().any(|r| !r.swap.is_empty())));
    view! {
        <section class="card" aria-labelledby="h-bill">
            <h2 id="h-bill">"Bill of materials"</h2>
            <TableWrap label="Bill of materials table">
                <Show when=move || bill.with(|b| !b.is_empty())>
                    <table class="bill stacks">
                        <thead>
                            <tr>
                                <th scope="col">"Role"</th>
                                <th scope="col" class="num">"Count"</th>
                                <th scope="col">"Each"</th>
                                <th scope="col" class="num">"vCPU"</th>
                                // Units in the head, as in the CSV and Markdown: the cells keep
                                // to their figures (issue 14, item 9).
                                <th scope="col" class="num">"RAM (GB)"</th>
                                <th scope="col" class="num">"Disk (GB)"</th>
                                <Show when=move || swap.get()>
                                    <th scope="col" class="num">
                                        <abbr title="Swap on each server that runs sessions: 2 GB per session (outside the guide)">
                                            "Swap each (GB)"
                                        </abbr>
                                        " "
                                        <RuleChip id="SW-1" />
                                    </th>
                                </Show>
                                <Show when=move || costs.get()>
                                    <th scope="col" class="num">{move || currency.with(|c| per_month(c))}</th>
                                </Show>
                            </tr>
                        </thead>
                        // Rows in one closure each, updated in place when the bill changes.
                        <tbody>
                            {move || {
                                let (priced, swap) = (costs.get().then(|| per_month(&currency.get())), swap.get());
                                bill.with(|b| {
                                    b[..body.get()].iter().map(|r| bill_row(r, priced.clone(), swap)).collect_view()
                                })
                            }}
                        </tbody>
                        <tfoot>
                            {move || {
                                let (priced, swap) = (costs.get().then(|| per_month(&currency.get())), swap.get());
                                bill.with(|b| b.last().map(|r| bill_row(r, priced, swap)))
                            }}
                        </tfoot>
                    </table>
                </Show>
            </TableWrap>
            <Show when=move || !note().is_empty()>
                <p class="cost-partial" data-testid="bill-cost-note">
                    {move || format!("{}; the totals leave them out.", capital(&note()))}
                </p>
            </Show>
        </section>
    }
}

/// One line of the bill (the last one is the total); the swap cell when some row runs
/// sessions (SW-1), the cost cell (under the heading `priced`) when any role is priced. Each
/// cell names its column (`data-label`), which a narrow card shows beside the figure when the
/// rows stack.
fn bill_row(r: &Row, priced: Option<String>, swap: bool) -> impl IntoView + use<> {
    view! {
        <tr>
            <th scope="row">{r.role}</th>
            <td class="num" data-label="Count">{parts(&r.count, " (")}</td>
            <td class="spec" data-label="Each">{parts(&r.spec, " / ")}</td>
            <td class="num" data-label="vCPU">{r.vcpus.clone()}</td>
            <td class="num" data-label="RAM (GB)">{r.ram.clone()}</td>
            <td class="num" data-label="Disk (GB)">{r.disk.clone()}</td>
            {swap.then(|| view! { <td class="num" data-label="Swap each (GB)">{r.swap.clone()}</td> })}
            {priced.map(|head| view! { <td class="num priced" data-label=head>{parts(&r.cost, " (")}</td> })}
        </tr>
    }
}

/// The cost column's heading: `Per month (EUR)`, or `Per month` without a currency.
fn per_month(currency: &str) -> String {
    match currency {
        "" => "Per month".to_string(),
        c => format!("Per month ({c})"),
    }
}

/// `text` in parts that never break inside ("16 CPU", "64 GB RAM", "944,471.55"), split
/// before each `at` (" / ", " ("), so a narrow column wraps between the parts, never a word
/// a line (issue 14, item 9). The space before each part stays outside it, where a line may
/// break; the text reads the same.
fn parts(text: &str, at: &str) -> impl IntoView + use<> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.get(1..).and_then(|r| r.find(at)).map(|i| i + 1) {
        out.push(rest[..i].to_string());
        rest = &rest[i..];
    }
    out.push(rest.to_string());
    out.into_iter()
        .map(|p| match p.strip_prefix(' ') {
            Some(rest) => view! { " " <span class="part">{rest.to_string()}</span> }.into_any(),
            None => view! { <span class="part">{p}</span> }.into_any(),
        })
        .collect_view()
}
