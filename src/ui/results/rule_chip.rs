//! A rule id shown beside a figure, setting or warning (WEB-4, AG-7).

use leptos::prelude::*;

/// The chip of one rule id.
#[component]
pub fn RuleChip(
    /// The rule id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    view! { <span class="rule">{id}</span> }
}
