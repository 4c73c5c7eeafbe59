//! The form column: presets, then one section per part of the plan.

use leptos::prelude::*;

/// Every form section in order.
#[component]
pub fn FormColumn() -> impl IntoView {
    view! { <form class="form-column" on:submit=|ev| ev.prevent_default()></form> }
}
