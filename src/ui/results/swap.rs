//! Swap on every host that runs sessions (SW-1, outside the guide): 2 GB per session on the
//! host, with the flat sizes Kasm's own automation sets shown beside it.

use leptos::prelude::*;

use super::beyond::OutsideGuide;
use super::rule_chip::RuleChip;
use super::table::TableWrap;
use crate::engine::rules::SWAP_GB_PER_SESSION;
use crate::engine::SwapFigure;
use crate::support::format::{readable, thousands};
use crate::ui::state::use_app_state;

/// "each agent", "each autoscaled instance" or "the single server".
fn on_host(f: &SwapFigure) -> String {
    match f.zone {
        Some(_) => format!("each {}", f.host),
        None => format!("the {}", f.host),
    }
}

/// The swap figures of one card: the single server's (`single`), or the agents' zone by
/// zone (test id `swap-single` / `swap-agent`); nothing when the report has none.
#[component]
pub fn SwapFigures(
    /// The single server's figure rather than the agents'.
    single: bool,
) -> impl IntoView {
    let state = use_app_state();
    let figures = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.swap
                        .iter()
                        .filter(|f| f.zone.is_none() == single)
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let key = if single { "single" } else { "agent" };
    // One closure draws the few lines: an edit updates their text in place.
    let body = move || {
        figures.with(|fs| match fs.as_slice() {
            [f] => view! {
                <p class="swap-figure">
                    <strong data-testid=format!("swap-gb-{key}")>{format!("{} GB", readable(f.swap_gb))}</strong>
                    {format!(
                        " on {}: {} GB × {} sessions.",
                        on_host(f),
                        readable(SWAP_GB_PER_SESSION),
                        thousands(f.sessions)
                    )}
                </p>
            }
            .into_any(),
            _ => {
                let rows = fs
                    .iter()
                    .map(|f| {
                        view! {
                            <tr>
                                <th scope="row">{f.zone.clone().unwrap_or_default()}</th>
                                <td class="num">{thousands(f.sessions)}</td>
                                <td class="num">{format!("{} GB", readable(f.swap_gb))}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <TableWrap label="Swap by zone">
                        <table class="swap-zones">
                            <thead>
                                <tr>
                                    <th scope="col">"Zone"</th>
                                    <th scope="col" class="num">"Sessions per host"</th>
                                    <th scope="col" class="num">"Swap on each"</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </TableWrap>
                }
                .into_any()
            }
        })
    };
    // Kasm's flat sizes depend only on the host's RAM, the same in every zone.
    let vendor = move || {
        figures.with(|fs| {
            fs.first().map(|f| {
                f.vendor
                    .iter()
                    .map(|v| {
                        view! {
                            <li>
                                <strong>{format!("{} GB", readable(v.swap_gb))}</strong>
                                " "
                                {v.source.clone()}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <Show when=move || figures.with(|f| !f.is_empty())>
            <div class="swap" data-testid=format!("swap-{key}")>
                <h4>"Swap " <RuleChip id="SW-1" /> " " <OutsideGuide /></h4>
                {body}
                <p class="note">"Kasm's own automation sets flat sizes instead:"</p>
                <ul class="vendor-swap">{vendor}</ul>
            </div>
        </Show>
    }
}
