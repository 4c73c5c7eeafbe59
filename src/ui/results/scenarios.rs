//! Redundancy scenarios: k servers down, capacity against peak, enough or short (DEP-3).

use leptos::prelude::*;

use crate::engine::Scenario;
use crate::format::thousands;

/// A table of scenarios; the maintenance row is marked.
#[component]
pub fn ScenarioTable(
    /// The scenarios, 0 down first, maintenance last.
    scenarios: Vec<Scenario>,
    /// What one server is called in the header ("servers", "agents").
    unit: &'static str,
) -> impl IntoView {
    if scenarios.is_empty() {
        return None;
    }
    Some(view! {
        <div class="table-wrap">
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
                    {scenarios
                        .into_iter()
                        .map(|s| {
                            let label = if s.maintenance {
                                "Patching + 1 failure".to_string()
                            } else {
                                s.label.clone()
                            };
                            view! {
                                <tr class:maintenance=s.maintenance class:short=!s.enough>
                                    <th scope="row">{label}</th>
                                    <td class="num">{thousands(s.up)}</td>
                                    <td class="num">{thousands(s.capacity)}</td>
                                    <td class="num">{thousands(s.demand)}</td>
                                    <td>
                                        {if s.enough {
                                            view! { <span class="ok">"✓ enough"</span> }.into_any()
                                        } else {
                                            view! { <span class="bad">"✗ short"</span> }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    })
}
