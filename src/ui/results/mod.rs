//! The results column: status, summary, bill of materials and one card per role.

use leptos::prelude::*;

/// Every result in order.
#[component]
pub fn ResultsColumn() -> impl IntoView {
    view! { <div class="results-column"></div> }
}
