//! Redundancy scenarios: k servers down, capacity against peak, enough or short (DEP-3).

use leptos::prelude::*;

use super::table::TableWrap;
use crate::engine::Scenario;
use crate::support::format::thousands;

/// A table of scenarios (0 down first, maintenance last, marked); nothing when empty.
/// `unit` is what one server is called ("Servers", "Agents"); `card` is the card's title.
#[component]
pub fn ScenarioTable(
    /// The scenarios.
    scenarios: Memo<Vec<Scenario>>,
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
                            <th scope="col">"Case"</th>
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

#[component]
fn ScenarioRow(scenarios: Memo<Vec<Scenario>>, i: usize) -> impl IntoView {
    let row = Memo::new(move |_| scenarios.with(|s| s.get(i).cloned()));
    let with = move |f: fn(&Scenario) -> String| move || row.with(|s| s.as_ref().map(f).unwrap_or_default());
    let enough = move || row.with(|s| s.as_ref().is_some_and(|s| s.enough));
    let class = move || {
        row.with(|s| match s {
            Some(s) if s.maintenance && s.enough => "maintenance",
            Some(s) if s.maintenance => "maintenance short",
            Some(s) if !s.enough => "short",
            _ => "",
        })
    };
    view! {
        <tr class=class>
            <th scope="row">
                {with(|s| if s.maintenance { "Patching + 1 failure".into() } else { s.label.clone() })}
            </th>
            <td class="num">{with(|s| thousands(s.up))}</td>
            <td class="num">{with(|s| thousands(s.capacity))}</td>
            <td class="num">{with(|s| thousands(s.demand))}</td>
            <td>
                <Show
                    when=enough
                    fallback=|| view! { <span class="bad">"✗ short"</span> }
                >
                    <span class="ok">"✓ enough"</span>
                </Show>
            </td>
        </tr>
    }
}
