//! A text box for a table cell (the schedule's hours, the prices per role): the same binding,
//! ids and error line as [`super::fields::TextField`], without its label row, since the
//! table's row and column headings say what the box is (its accessible name says it too).

use leptos::prelude::*;

use super::fields::{bound_text, inapplicable, slug, ErrorLine};
use crate::ui::state::use_app_state;

/// A text box bound to the draft at `path`, with its error line under it.
#[component]
pub fn CellInput(
    /// Dotted draft path.
    #[prop(into)]
    path: String,
    /// The box's accessible name ("Monday: busy from", "Agent: price per hour").
    #[prop(into)]
    label: String,
    /// Placeholder for optional figures.
    #[prop(optional)]
    placeholder: Option<&'static str>,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let (value, error) = bound_text(&path);
    let unused = inapplicable(&path);
    let described = format!("e-{s}");
    view! {
        <input
            id=format!("f-{s}")
            class="cell-input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            aria-label=label
            placeholder=placeholder
            data-testid=format!("input-{s}")
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
            disabled=move || unused.with(Option::is_some)
            prop:value=value
            on:input=move |ev| state.set_text(&path, event_target_value(&ev))
            on:focusout=move |_| state.end_typing()
        />
        <ErrorLine slug=s error cell=true />
    }
}
