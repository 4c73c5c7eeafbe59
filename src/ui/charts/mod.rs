//! Charts (issue 5): inline SVG drawn from the pure geometry and data in [`crate::charts`].
//!
//! One file per chart; each has a `…View`/`…Chart` that renders given data (mounted directly
//! by the browser tests) and, where it needs the app, a wrapper that reads
//! [`AppState`](crate::ui::state::AppState). Colours come from CSS custom properties
//! (`style/main.css`), so dark mode and print follow the page.

mod axis;
pub mod growth;
pub mod packing;
pub mod redundancy;

use leptos::prelude::*;

use crate::markup::{el, El};

/// A chart's `<figure>` with its class, test id and caption; the plot goes in after.
pub fn figure(class: &str, testid: &str, caption: impl Into<String>) -> El {
    el("figure")
        .class(class)
        .testid(testid)
        .child(el("figcaption").text(caption))
}

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
