//! Peak from named users (NU-1, outside the guide): per workspace, ceil(named users x peak
//! concurrency x sessions per user), the group setting that caps sessions per user, and the
//! why. Shown while some workspace counts named users.

use leptos::prelude::*;

use super::beyond::OutsideGuide;
use super::paged::{shown_rows, MoreRows};
use super::role_card::part;
use super::rule_chip::RuleChip;
use super::settings::SettingsList;
use super::table::TableWrap;
use super::warnings::WarningList;
use super::why::WhyDetails;
use crate::engine::demand::anchor_label;
use crate::engine::{DemandReport, WorkspaceDemand};
use crate::support::format::{readable, thousands};
use crate::ui::state::use_app_state;

/// The first `n` rows of the table; the zone is named when the rows span several zones.
fn rows(all: &[WorkspaceDemand], n: usize) -> impl IntoView {
    let zones = all
        .first()
        .is_some_and(|f| all.iter().any(|w| w.zone != f.zone));
    all.iter()
        .take(n)
        .map(|w| {
            let name = if zones {
                format!("{} ({})", w.workspace, w.zone)
            } else {
                w.workspace.clone()
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="num">{thousands(w.named_users)}</td>
                    <td class="num">
                        {format!("{} %", readable(w.concurrency_percent))}
                        {anchor_label(w.concurrency_percent)
                            .map(|l| view! { <span class="anchor-source">{l}</span> })}
                    </td>
                    <td class="num">{thousands(w.sessions_per_user)}</td>
                    <td class="num">{thousands(w.sessions)}</td>
                </tr>
            }
        })
        .collect_view()
}

/// The named users card (`#role-demand`).
#[component]
pub fn NamedUsersCard() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| state.report.with(|r| r.as_ref().map(|r| r.demand.clone())));
    let users = part(data, |d: &DemandReport| &d.named_users);
    let page = shown_rows(
        "named-users".into(),
        Signal::derive(move || users.with(Vec::len)),
    );
    view! {
        <Show when=move || users.with(|u| !u.is_empty())>
            <section class="card role named-users-card" id="role-demand" aria-labelledby="h-named-users">
                <h3 id="h-named-users">"Peak from named users " <OutsideGuide /> " " <RuleChip id="NU-1" /></h3>
                <TableWrap label="Peak from named users">
                    <table class="named-users-table" data-testid="named-users-table">
                        <thead>
                            <tr>
                                <th scope="col">"Workspace"</th>
                                <th scope="col" class="num">"Named users"</th>
                                <th scope="col" class="num">"Concurrency"</th>
                                <th scope="col" class="num">"Sessions per user"</th>
                                <th scope="col" class="num">"Peak sessions"</th>
                            </tr>
                        </thead>
                        <tbody>{move || users.with(|u| rows(u, page.get().shown))}</tbody>
                    </table>
                </TableWrap>
                <MoreRows id="named-users".into() page what="workspaces" />
                <WarningList warnings=part(data, |d: &DemandReport| &d.warnings) />
                <SettingsList settings=part(data, |d: &DemandReport| &d.settings) key="demand" />
                <WhyDetails why=part(data, |d: &DemandReport| &d.why) key="demand" />
            </section>
        </Show>
    }
}
