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

use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use crate::charts::fit::{fit, Fit};

/// The width a chart is drawn at, and with it the layout width and font size that keep its
/// text at least 11 px on screen ([`crate::charts::fit`]). A `ResizeObserver` reports the
/// width once the page has laid the chart out, and again whenever it changes (window
/// resized, print), so measuring never forces a layout of its own.
pub fn drawn_fit(figure: NodeRef<Figure>, min_width: f64) -> Memo<Fit> {
    let drawn = RwSignal::new(0.0_f64);
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let width = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .map(|e| e.content_rect().width())
            .unwrap_or(0.0);
        if width > 0.0 && (width - drawn.get_untracked()).abs() >= 1.0 {
            _ = drawn.try_set(width);
        }
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    let kept = SendWrapper::new((observer.clone(), on_resize));
    on_cleanup(move || {
        if let Some(o) = &kept.0 {
            o.disconnect();
        }
    });
    let observer = SendWrapper::new(observer);
    figure.on_load(move |el| {
        if let Some(o) = observer.as_ref() {
            o.observe(&el);
        }
    });
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
