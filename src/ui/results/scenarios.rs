//! Redundancy scenarios: k servers down in each zone, capacity against peak, and what that
//! means under the chosen redundancy (DEP-3): enough, expected, replaced or short.

use leptos::prelude::*;

use super::rule_chip::RuleChip;
use super::table::TableWrap;
use crate::charts::redundancy::status_key;
use crate::engine::{Scenario, ScenarioStatus};
use crate::support::format::thousands;

/// A table of scenarios (0 down first, maintenance last, marked); nothing when empty.
/// `unit` is what one server is called ("Servers", "Agents"); `card` is the card's title.
#[component]
pub fn ScenarioTable(
    /// The scenarios.
    scenarios: Memo<Vec<Scenario>>,
    /// How the cases count servers down ("Servers down in each zone").
    #[prop(into)]
    basis: Signal<&'static str>,
    /// What one server is called.
    unit: &'static str,
    /// The card's title.
    card: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || scenarios.with(|s| !s.is_empty())>
            <TableWrap label=format!("{card}: If servers go down")>
                <table class="scenarios">
                    <caption>"If servers go down"</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || basis.get()}</th>
                            <th scope="col" class="num">
                                <abbr title=format!("{unit} still up")>"Up"</abbr>
                            </th>
                            <th scope="col" class="num">"Capacity"</th>
                            <th scope="col" class="num">"Peak"</th>
                            <th scope="col">"Result"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || 0..scenarios.with(Vec::len) key=|i| *i let:i>
                            <ScenarioRow scenarios i />
                        </For>
                    </tbody>
                </table>
            </TableWrap>
        </Show>
    }
}

/// What a scenario's result cell says first: a mark and the verdict.
fn verdict(s: &Scenario) -> String {
    match (s.status, s.restored_capacity) {
        (_, Some(restored)) => format!(
            "0 until the standby restores the backups, then {}",
            thousands(restored)
        ),
        (ScenarioStatus::Enough, _) => "✓ enough".into(),
        (ScenarioStatus::Replaced, _) => "↻ replaced by autoscaling".into(),
        (ScenarioStatus::Expected, _) => {
            format!("! {} short, expected", thousands(s.shortfall))
        }
        (ScenarioStatus::Short, _) => format!("✗ {} short", thousands(s.shortfall)),
    }
}

#[component]
fn ScenarioRow(scenarios: Memo<Vec<Scenario>>, i: usize) -> impl IntoView {
    let row = Memo::new(move |_| scenarios.with(|s| s.get(i).cloned()));
    let with = move |f: fn(&Scenario) -> String| move || row.with(|s| s.as_ref().map(f).unwrap_or_default());
    let class = move || {
        row.with(|s| match s {
            Some(s) => {
                let mut c = String::from(status_key(s.status));
                if s.maintenance {
                    c.push_str(" maintenance");
                }
                c
            }
            None => String::new(),
        })
    };
    let rule = Memo::new(move |_| row.with(|s| s.as_ref().and_then(|s| s.rule.clone())));
    let reason = Memo::new(move |_| row.with(|s| s.as_ref().and_then(|s| s.reason.clone())));
    view! {
        <tr class=class>
            <th scope="row">
                {with(|s| if s.maintenance { "Patching + 1 failure".into() } else { s.label.clone() })}
            </th>
            <td class="num">{with(|s| thousands(s.up))}</td>
            <td class="num">{with(|s| thousands(s.capacity))}</td>
            <td class="num">{with(|s| thousands(s.demand))}</td>
            <td class="result">
                <span class="verdict">{with(verdict)}</span>
                <Show when=move || reason.with(Option::is_some)>
                    <span class="reason">
                        {move || reason.get().unwrap_or_default()}
                        {move || rule.get().map(|id| view! { " " <RuleChip id /> })}
                    </span>
                </Show>
            </td>
        </tr>
    }
}
