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

use leptos::html::Figure;
use leptos::prelude::*;

use crate::charts::fit::{fit, Fit};

/// The width a chart is drawn at, and with it the layout width and font size that keep its
/// text at least 11 px on screen ([`crate::charts::fit`]); measured once the chart is on
/// the page and again whenever the window is resized.
pub fn drawn_fit(figure: NodeRef<Figure>, min_width: f64) -> Memo<Fit> {
    let drawn = RwSignal::new(0.0_f64);
    let measure = move || {
        if let Some(el) = figure.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - drawn.get_untracked()).abs() >= 1.0 {
                drawn.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if figure.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    Memo::new(move |_| fit(drawn.get(), min_width))
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
