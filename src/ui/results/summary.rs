//! The summary: total servers, vCPU, RAM, disk and monthly cost.

use leptos::prelude::*;

use crate::engine::Report;
use crate::markup::{el, El, Node};
use crate::support::format::{money, number, thousands};
use crate::ui::markup::live;
use crate::ui::state::use_app_state;

/// Headline figures over every role.
#[component]
pub fn Summary() -> impl IntoView {
    let state = use_app_state();
    live(move || state.report.with(|r| Some(summary(r.as_ref()))))
}

fn stat(class: &str, value: El, label: &str) -> Node {
    el("div")
        .class(class)
        .child(value.class("stat-value"))
        .child(el("span").class("stat-label").text(label))
        .into()
}

/// A figure with its unit after it: `<span data-testid=..>1,024</span><span>GB</span>`.
fn with_unit(testid: &str, value: String, unit: &str) -> El {
    el("span")
        .child(el("span").testid(testid).text(value))
        .child(el("span").class("stat-unit").text(unit))
}

fn summary(r: Option<&Report>) -> El {
    let stats = el("div").class("stats");
    let stats = match r {
        None => stats,
        Some(r) => {
            let t = &r.totals;
            stats
                .child(stat(
                    "stat primary",
                    el("span").testid("total-servers").text(t.servers.to_string()),
                    "servers in all",
                ))
                .child(stat("stat", el("span").testid("total-vcpus").text(number(t.vcpus, 1)), "vCPU"))
                .child(stat("stat", with_unit("total-ram", number(t.ram_gb, 0), "GB"), "RAM"))
                .child(stat("stat", with_unit("total-disk", number(t.disk_gb, 0), "GB"), "disk"))
                .child(stat(
                    "stat",
                    el("span")
                        .testid("total-cost")
                        .text(t.monthly_cost.map(money).unwrap_or_else(|| "—".into())),
                    if t.monthly_cost.is_some() { "per month" } else { "per month (add costs)" },
                ))
                .child(el("p").class("summary-line").text(format!(
                    "For {} peak concurrent sessions ({} in containers, {} to RDP/VNC/SSH servers).",
                    thousands(r.peak_sessions),
                    thousands(r.container_sessions),
                    thousands(r.server_sessions),
                )))
        }
    };
    el("section")
        .class("card summary")
        .attr("aria-labelledby", "h-summary")
        .child(el("h2").attr("id", "h-summary").text("What to deploy"))
        .child(stats)
}
