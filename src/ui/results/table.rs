//! The scrolling frame shared by the result tables and the compare view.

use leptos::prelude::*;

/// The wrapper that lets a table scroll sideways when it is wider than its card. It can be
/// focused (a region named `label`, unique on the page), so keyboard users can scroll it.
#[component]
pub fn TableWrap(
    /// The region's name, e.g. "Agents: By zone".
    #[prop(into)]
    label: String,
    /// The table.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}
