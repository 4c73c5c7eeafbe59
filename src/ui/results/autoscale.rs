//! The AutoScale card (issue 16): instances at peak per zone, the AutoScale config to type
//! into Kasm (AS-1..AS-4), the schedule, and instance-hours a month beside the same capacity
//! kept running all month.

use leptos::prelude::*;

use super::role_card::{settings_where, why_where};
use super::settings::SettingsList;
use super::table::TableWrap;
use super::why::WhyDetails;
use crate::engine::schedule::describe;
use crate::engine::{AutoscaleReport, AutoscaleZone, Report, Role};
use crate::support::format::{amount, number, percent, readable, thousands};
use crate::ui::state::use_app_state;

/// Whether a setting or reason with these rules belongs on the AutoScale card rather than the
/// agents card: the staging, standby and schedule figures (AS-2..AS-4), and the AutoScale
/// config's own overrides (a setting of AS-1 alone). Sessions per instance (AS-1 with AG-1)
/// stay with the agents.
pub fn on_autoscale_card(rules: &[String]) -> bool {
    rules
        .iter()
        .any(|r| matches!(r.as_str(), "AS-2" | "AS-3" | "AS-4"))
        || rules == ["AS-1"]
}

/// How much less than always-on the schedule runs: ` (76% fewer)`, or nothing.
fn fewer(a: &AutoscaleReport) -> String {
    if a.always_on_instance_hours > 0.0 {
        format!(
            " ({} fewer)",
            percent(1.0 - a.instance_hours / a.always_on_instance_hours)
        )
    } else {
        String::new()
    }
}

/// The agents' cost by instance-hours against the same capacity kept running, when priced.
fn cost_against_always_on(r: &Report) -> Option<String> {
    let c = r.costs.roles.iter().find(|c| c.role == Role::Agent)?;
    let always = c.always_on_monthly?;
    let cur = &r.costs.currency;
    Some(format!(
        " Cost: {} a month, against {} kept running.",
        amount(c.monthly, cur),
        amount(always, cur)
    ))
}

/// The AutoScale card; shown with cloud autoscaling.
#[component]
pub fn AutoscaleCard() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().and_then(|r| r.autoscale.clone()))
    });
    let text = move |f: fn(&AutoscaleReport) -> String| {
        move || data.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let zones =
        Memo::new(move |_| data.with(|a| a.as_ref().map(|a| a.zones.clone()).unwrap_or_default()));
    let schedule = Memo::new(move |_| state.plan.with(|p| describe(&p.agents.autoscale.schedule)));
    let cost = move || {
        state
            .report
            .with(|r| r.as_ref().and_then(cost_against_always_on))
    };
    // The agents' settings and reasons that belong to the AutoScale config.
    let agents = Memo::new(move |_| state.report.with(|r| r.as_ref().map(|r| r.agents.clone())));
    let settings = settings_where(agents, on_autoscale_card);
    let why = why_where(agents, on_autoscale_card);
    view! {
        <article class="card role autoscale" id="role-autoscale" aria-labelledby="h-autoscale">
            <h3 id="h-autoscale">"Autoscaling"</h3>
            <p class="outside-note">
                "Outside the guide: Kasm's AutoScale documentation and staff advice (AS-1..AS-4); the standby is this project's reading of it."
            </p>
            <div class="role-head">
                <div class="big-figure">
                    <span class="figure" data-testid="autoscale-peak-instances">
                        {text(|a| thousands(a.zones.iter().map(|z| z.peak_instances).sum()))}
                    </span>
                    <span class="figure-label">"instances at peak"</span>
                </div>
                <div class="role-spec">
                    <span class="spec">
                        "Max Nodes "
                        <span data-testid="autoscale-max-nodes">{text(|a| thousands(a.zones.iter().map(|z| z.max_nodes).sum()))}</span>
                    </span>
                    <span class="muted">"peak instances plus the busy-hours standby"</span>
                </div>
            </div>
            <dl class="facts">
                <div>
                    <dt>"Staged at the start"</dt>
                    <dd>{text(|a| format!("{} sessions", thousands(a.zones.iter().map(|z| z.staged_sessions).sum())))}</dd>
                </div>
                <div>
                    <dt>"Arriving per start-up"</dt>
                    <dd>{text(|a| format!("{} sessions", thousands(a.burst_sessions)))}</dd>
                </div>
                <div>
                    <dt>"Busy-hours standby"</dt>
                    <dd>{text(|a| format!("{} instances", thousands(a.zones.iter().map(|z| z.standby_instances).sum())))}</dd>
                </div>
                <div>
                    <dt>"Off-hours"</dt>
                    <dd>{text(|a| format!("{} instances", thousands(a.zones.iter().map(|z| z.off_hours_instances).sum())))}</dd>
                </div>
            </dl>
            <p class="schedule-line" data-testid="autoscale-schedule">
                "Busy: "
                <strong>{schedule}</strong>
                {text(|a| {
                    format!(
                        ", {} h a week ({} h of a {} h month); the off-hours config runs the other {} h.",
                        readable(a.busy_hours_per_week),
                        number(a.busy_hours_per_month, 1),
                        readable(a.hours_per_month),
                        number(a.off_hours_per_month, 1),
                    )
                })}
            </p>
            <p class="hours-line" data-testid="autoscale-hours">
                <strong data-testid="autoscale-instance-hours">{text(|a| number(a.instance_hours, 0))}</strong>
                " instance-hours a month, against "
                <span data-testid="autoscale-always-on-hours">{text(|a| number(a.always_on_instance_hours, 0))}</span>
                " if Max Nodes ran all month"
                {text(fewer)}
                "."
                {cost}
            </p>
            <TableWrap label="Autoscaling: By zone">
                <table class="zones autoscale-zones stacks">
                    <caption>"By zone"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Zone"</th>
                            <th scope="col" class="num">"Peak sessions"</th>
                            <th scope="col" class="num">"At peak"</th>
                            <th scope="col" class="num">"Standby"</th>
                            <th scope="col" class="num">"Max Nodes"</th>
                            <th scope="col" class="num">"Off-hours"</th>
                            <th scope="col" class="num">"Instance-hours"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || 0..zones.with(Vec::len) key=|i| *i let:i>
                            {
                                let cell = move |f: fn(&AutoscaleZone) -> String| {
                                    move || zones.with(|z| z.get(i).map(f).unwrap_or_default())
                                };
                                view! {
                                    <tr data-testid=format!("autoscale-zone-{i}")>
                                        <th scope="row">{cell(|z| z.zone.clone())}</th>
                                        <td class="num" data-label="Peak sessions">{cell(|z| thousands(z.peak_sessions))}</td>
                                        <td class="num" data-label="At peak" data-testid=format!("autoscale-peak-{i}")>
                                            {cell(|z| thousands(z.peak_instances))}
                                        </td>
                                        <td class="num" data-label="Standby">{cell(|z| thousands(z.standby_instances))}</td>
                                        <td class="num" data-label="Max Nodes">{cell(|z| thousands(z.max_nodes))}</td>
                                        <td class="num" data-label="Off-hours">{cell(|z| thousands(z.off_hours_instances))}</td>
                                        <td class="num" data-label="Instance-hours">{cell(|z| number(z.instance_hours, 0))}</td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </TableWrap>
            <SettingsList settings key="autoscale" />
            <WhyDetails why key="autoscale" />
        </article>
    }
}
