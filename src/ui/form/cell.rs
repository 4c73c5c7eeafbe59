//! A text box for a table cell (the schedule's hours, the prices per role): the same box and
//! error line as [`super::fields::TextField`], without its label row, since the table's row
//! and column headings say what the box is (its accessible name says it too).

use leptos::prelude::*;

use super::fields::{bound_text, inapplicable, slug, BoundInput, ErrorLine};

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
    let s = slug(&path);
    let (value, error) = bound_text(&path);
    let unused = inapplicable(&path);
    view! {
        <BoundInput path value error unused label=Some(label) placeholder />
        <ErrorLine slug=s error cell=true />
    }
}
