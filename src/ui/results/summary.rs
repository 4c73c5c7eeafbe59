//! The summary: total servers, vCPU, RAM, disk and monthly cost.

use leptos::prelude::*;

use crate::engine::Report;
use crate::support::format::{money, number, thousands};
use crate::ui::state::use_app_state;

/// Headline figures over every role.
#[component]
pub fn Summary() -> impl IntoView {
    let state = use_app_state();
    let figure = move |f: fn(&Report) -> String| {
        move || state.report.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    let has_report = move || state.report.with(Option::is_some);
    let priced = move || state.report.with(|r| r.as_ref().is_some_and(|r| r.totals.monthly_cost.is_some()));
    view! {
        <section class="card summary" aria-labelledby="h-summary">
            <h2 id="h-summary">"What to deploy"</h2>
            <div class="stats">
                <Show when=has_report>
                    <div class="stat primary">
                        <span class="stat-value" data-testid="total-servers">
                            {figure(|r| thousands(r.totals.servers))}
                        </span>
                        <span class="stat-label">"servers in all"</span>
                    </div>
                    <div class="stat">
                        <span class="stat-value" data-testid="total-vcpus">
                            {figure(|r| number(r.totals.vcpus, 1))}
                        </span>
                        <span class="stat-label">"vCPU"</span>
                    </div>
                    <div class="stat">
                        <span class="stat-value">
                            <span data-testid="total-ram">{figure(|r| number(r.totals.ram_gb, 0))}</span>
                            <span class="stat-unit">"GB"</span>
                        </span>
                        <span class="stat-label">"RAM"</span>
                    </div>
                    <div class="stat">
                        <span class="stat-value">
                            <span data-testid="total-disk">{figure(|r| number(r.totals.disk_gb, 0))}</span>
                            <span class="stat-unit">"GB"</span>
                        </span>
                        <span class="stat-label">"disk"</span>
                    </div>
                    <div class="stat">
                        <span class="stat-value" data-testid="total-cost">
                            {figure(|r| r.totals.monthly_cost.map(money).unwrap_or_else(|| "—".into()))}
                        </span>
                        <span class="stat-label">
                            {move || if priced() { "per month" } else { "per month (add costs)" }}
                        </span>
                    </div>
                    <p class="summary-line">
                        {figure(|r| {
                            format!(
                                "For {} peak concurrent sessions ({} in containers, {} to RDP/VNC/SSH servers).",
                                thousands(r.peak_sessions),
                                thousands(r.container_sessions),
                                thousands(r.server_sessions),
                            )
                        })}
                    </p>
                </Show>
            </div>
        </section>
    }
}
