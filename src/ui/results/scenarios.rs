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
                <table class="scenarios stacks">
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
                    // The rows in one closure, updated in place when the scenarios change.
                    <tbody>{move || scenarios.with(|s| s.iter().map(scenario_row).collect_view())}</tbody>
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

/// One scenario: the case, servers up, capacity, peak and what it means.
fn scenario_row(s: &Scenario) -> impl IntoView + use<> {
    let mut class = String::from(status_key(s.status));
    if s.maintenance {
        class.push_str(" maintenance");
    }
    let case = if s.maintenance {
        "Patching + 1 failure".to_string()
    } else {
        s.label.clone()
    };
    let reason = s.reason.clone().map(|reason| {
        let rule = s.rule.clone().map(|id| view! { " " <RuleChip id /> });
        view! { <span class="reason">{reason}{rule}</span> }
    });
    view! {
        <tr class=class>
            <th scope="row">{case}</th>
            <td class="num" data-label="Up">{thousands(s.up)}</td>
            <td class="num" data-label="Capacity">{thousands(s.capacity)}</td>
            <td class="num" data-label="Peak">{thousands(s.demand)}</td>
            <td class="result">
                <span class="verdict">{verdict(s)}</span>
                {reason}
            </td>
        </tr>
    }
}
