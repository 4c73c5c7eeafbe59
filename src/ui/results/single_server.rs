//! The single server card (DEP-1, SS-1..4, outside the guide). In a single-server plan it
//! takes the place of the role cards: whether the peak fits and how many sessions the server
//! holds, its spec with the disk (SS-2), what it keeps back for Kasm's services (SS-3), its
//! swap (SW-1) and that it is a single point of failure; when the peak does not fit, the
//! distributed plan for the same peak is one click away (SS-4).

use leptos::prelude::*;

use super::beyond::OutsideGuide;
use super::role_card::{part, SpecLines};
use super::rule_chip::RuleChip;
use super::scenarios::ScenarioTable;
use super::settings::SettingsList;
use super::swap::SwapFigures;
use super::table::TableWrap;
use super::warnings::WarningList;
use super::why::WhyDetails;
use crate::charts::scale::within;
use crate::engine::rules::AGENT_BASE_DISK_GB;
use crate::engine::{Reserve, Role, SingleServerDisk, SingleServerReport, Totals};
use crate::support::format::{number, percent, readable, spec, thousands};
use crate::ui::focus::focus_later;
use crate::ui::state::use_app_state;

/// What the reserve is, in words.
fn reserve_words(r: Reserve) -> &'static str {
    match r {
        Reserve::None => "none chosen",
        Reserve::Requests => "the Helm chart's small-preset requests",
        Reserve::Limits => "the Helm chart's small-preset limits",
    }
}

/// Whether the peak fits, in one sentence with its mark.
fn fit_line(s: &SingleServerReport) -> String {
    if s.demand == 0 {
        format!(
            "Holds up to {} container sessions; the plan has none at peak.",
            thousands(s.capacity)
        )
    } else if s.fits {
        format!(
            "✓ Holds all {} container sessions at peak (room for {}).",
            thousands(s.demand),
            thousands(s.capacity)
        )
    } else {
        format!(
            "✗ Holds {} of the {} container sessions at peak: {} short.",
            thousands(s.sessions_held),
            thousands(s.demand),
            thousands(s.demand - s.sessions_held)
        )
    }
}

/// The distributed plan for the same peak, in one sentence (SS-4).
fn distributed_line(t: &Totals) -> String {
    format!(
        "The same peak as a distributed deployment: {} servers, {} vCPU, {} GB RAM, {} GB disk.",
        thousands(t.servers),
        number(t.vcpus, 1),
        number(t.ram_gb, 0),
        number(t.disk_gb, 0)
    )
}

/// The card's head: count, spec and whether the peak fits. Drawn by one closure from the
/// server's report (as [`details`]), so an edit updates the text in place.
fn head(s: &SingleServerReport, lines: &SpecLines) -> impl IntoView {
    view! {
        <div class="role-head">
            <div class="big-figure">
                <span class="figure" data-testid="single-servers">"1"</span>
                <span class="figure-label">"server"</span>
            </div>
            <div class="role-spec">
                <span class="spec" data-testid="single-spec">{spec(&s.spec)}</span>
                <span class="muted">"every role: web app, database, agent and connection proxy"</span>
                {lines.view("single")}
            </div>
        </div>
        <p class=if s.fits { "fit-line ok" } else { "fit-line short" } data-testid="single-fit">
            {fit_line(s)}
            " "
            <RuleChip id="SS-4" />
        </p>
    }
}

/// The card's facts, what Kasm counts after the reserve, the meter and the disk.
fn details(s: &SingleServerReport) -> impl IntoView {
    let util = within(s.utilisation, 0.0, 1.0) * 100.0;
    let mixed = s.per_workspace.len() > 1;
    view! {
        <dl class="facts">
            <div>
                <dt>"Sessions it holds"</dt>
                <dd data-testid="single-sessions-held">{thousands(s.sessions_held)}</dd>
            </div>
            <div>
                <dt>"Capacity"</dt>
                <dd data-testid="single-capacity">{format!("{} sessions", thousands(s.capacity))}</dd>
            </div>
            <div>
                <dt>"Peak demand"</dt>
                <dd>{format!("{} sessions", thousands(s.demand))}</dd>
            </div>
            <div>
                <dt>"Utilisation"</dt>
                <dd>{percent(s.utilisation)}</dd>
            </div>
            {(s.proxied_sessions > 0)
                .then(|| {
                    view! {
                        <div>
                            <dt>"RDP/VNC/SSH via its proxy"</dt>
                            <dd>{format!("{} sessions", thousands(s.proxied_sessions))}</dd>
                        </div>
                    }
                })}
        </dl>
        <p class="counted">
            "Kasm counts "
            <strong data-testid="single-counted">
                {format!("{} CPU / {} GB", readable(s.counted_cpus), readable(s.counted_ram_gb))}
            </strong>
            {format!(" for sessions: the server's {} CPU / {} GB less ", readable(s.spec.cpus), readable(s.spec.ram_gb))}
            <span data-testid="single-reserve">
                {format!(
                    "{} CPU / {} GB ({})",
                    readable(s.reserve.cpus),
                    readable(s.reserve.ram_gb),
                    reserve_words(s.reserve.choice)
                )}
            </span>
            " kept back for Kasm's services. "
            <RuleChip id="SS-3" />
        </p>
        {mixed
            .then(|| {
                view! {
                    <ul class="per-workspace" aria-label="Single server: sessions by workspace">
                        {s
                            .per_workspace
                            .iter()
                            .map(|w| view! { <li>{format!("{}: {} per server", w.workspace, thousands(w.per_server))}</li> })
                            .collect_view()}
                    </ul>
                }
            })}
        <div
            class="meter"
            role="meter"
            aria-label="Single server utilisation"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=number(util, 0)
        >
            <span style:width=format!("{}%", number(util, 1))></span>
        </div>
        {disk_table(&s.disk)}
    }
}

/// SS-2's disk, part by part.
fn disk_table(d: &SingleServerDisk) -> impl IntoView {
    let gb = |x: f64| format!("{} GB", readable(x));
    let (volume, database, total) = (gb(d.docker_volume_gb), gb(d.database_gb), gb(d.total_gb));
    let at_least = format!("Total, at least {} GB", readable(d.minimum_gb));
    let recorded = (d.proxy_recording_gb > 0.0).then(|| {
        view! {
            <tr>
                <th scope="row">"Recorded proxied sessions " <RuleChip id="CP-5" /></th>
                <td class="num">{gb(d.proxy_recording_gb)}</td>
            </tr>
        }
    });
    view! {
        <TableWrap label="Single server: disk">
            <table class="disk-breakdown" data-testid="single-disk">
                <caption>"Disk " <RuleChip id="SS-2" /></caption>
                <tbody>
                    <tr>
                        <th scope="row">
                            {format!("Docker volume: {} GB + space per session ", readable(AGENT_BASE_DISK_GB))}
                            <RuleChip id="AG-5" />
                        </th>
                        <td class="num">{volume}</td>
                    </tr>
                    <tr>
                        <th scope="row">"Database " <RuleChip id="DB-4" /></th>
                        <td class="num">{database}</td>
                    </tr>
                    {recorded}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{at_least}</th>
                        <td class="num" data-testid="single-disk-total">{total}</td>
                    </tr>
                </tfoot>
            </table>
        </TableWrap>
    }
}

/// The single server card (`#role-single`); shown by the results column in place of the
/// role cards when the plan is a single-server install.
#[component]
pub fn SingleServerCard() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().and_then(|r| r.single_server.clone()))
    });
    // Its instance type and cost in the plan's currency, as on the role cards.
    let lines = SpecLines::memo(Role::SingleServer);
    let distributed =
        Memo::new(move |_| data.with(|s| s.as_ref().and_then(|s| s.distributed.clone())));
    let spof = Memo::new(move |_| {
        data.with(|s| {
            s.as_ref()
                .map(|s| s.single_point_of_failure.clone())
                .unwrap_or_default()
        })
    });
    // SS-4 in one click, and one step that Undo takes back; the card goes with it, so
    // keyboard focus moves to the top of the results, where the new plan starts.
    let to_distributed = move |_| {
        state.set_choice("deployment", "distributed");
        focus_later("results".into());
    };
    view! {
        <article class="card role single-server" id="role-single" aria-labelledby="h-single">
            <h3 id="h-single">"Single server " <OutsideGuide /></h3>
            <Show when=move || data.with(Option::is_some)>
                {move || lines.with(|l| data.with(|s| s.as_ref().map(|s| head(s, l))))}
                <Show when=move || distributed.with(Option::is_some)>
                    <div class="to-distributed">
                        <p data-testid="single-distributed">
                            {move || distributed.with(|t| t.as_ref().map(distributed_line).unwrap_or_default())}
                        </p>
                        <button
                            type="button"
                            class="primary"
                            data-testid="single-to-distributed"
                            on:click=to_distributed
                        >
                            "Size it as a distributed deployment"
                        </button>
                    </div>
                </Show>
                {move || data.with(|s| s.as_ref().map(details))}
                <SwapFigures single=true />
                <p class="spof" data-testid="single-spof">
                    <strong>"Single point of failure. "</strong>
                    {spof}
                    " "
                    <RuleChip id="SS-1" />
                </p>
                <WarningList warnings=part(data, |s: &SingleServerReport| &s.warnings) />
                <SettingsList settings=part(data, |s: &SingleServerReport| &s.settings) key="single" />
                <ScenarioTable
                    scenarios=part(data, |s: &SingleServerReport| &s.scenarios)
                    basis="Server down"
                    unit="Servers"
                    card="Single server"
                />
                <WhyDetails why=part(data, |s: &SingleServerReport| &s.why) key="single" />
            </Show>
        </article>
    }
}
