//! Charts (issue 5): inline SVG drawn from the pure geometry and data in [`crate::charts`].
//!
//! One file per chart. Each chart keeps its geometry in a memo and draws it with
//! `view!`: lists (bars, ticks, markers) are keyed `<For>` rows whose coordinates follow
//! the memo, so an edit moves the shapes instead of rebuilding them. Colours come from
//! CSS custom properties (`style/main.css`), so dark mode and print follow the page.

mod axis;
pub mod growth;
pub mod packing;
pub mod redundancy;

use leptos::prelude::*;

/// All charts of the current plan, in one results card.
#[component]
pub fn Charts() -> impl IntoView {
    view! {
        <section class="card charts" aria-labelledby="h-charts">
            <h2 id="h-charts">"Charts"</h2>
            <h3>"If servers go down"</h3>
            <redundancy::RedundancyCharts />
            <h3>"Growth"</h3>
            <growth::GrowthChart />
            <h3>"Agent packing"</h3>
            <packing::AgentPackingChart />
        </section>
    }
}
