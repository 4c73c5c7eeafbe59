//! The expandable "why": each figure with its value, rule ids and formula.
//!
//! A native `<details>` that is drawn once per card: the browser keeps it open or closed
//! while the rows inside follow the report.

use leptos::html::Details;
use leptos::prelude::*;

use super::beyond::OutsideGuide;
use super::paged::{shown_rows, MoreRows};
use super::rule_chip::RuleChip;
use crate::engine::Why;
use crate::ui::print::Printing;

/// A `<details>` of a card (`key`, as in `role-{key}`) listing its reasons, the first rows
/// drawn (list id `why-{key}`); hidden when there are none.
#[component]
pub fn WhyDetails(
    /// The card's reasons.
    why: Memo<Vec<Why>>,
    /// The card's key.
    key: &'static str,
) -> impl IntoView {
    let id = format!("why-{key}");
    let page = shown_rows(id.clone(), Signal::derive(move || why.with(Vec::len)));
    // Open while printing (issue 14, item 11), else as the person left it: their toggles
    // are kept, the print's are not.
    let printing = Printing::now();
    let opened = RwSignal::new(false);
    let details: NodeRef<Details> = NodeRef::new();
    let toggled = move |_| {
        if !printing.get_untracked() {
            if let Some(d) = details.get_untracked() {
                opened.set(d.open());
            }
        }
    };
    view! {
        <details
            class="why"
            node_ref=details
            prop:open=move || opened.get() || printing.get()
            on:toggle=toggled
            hidden=move || why.with(Vec::is_empty)
        >
            <summary>"Why these numbers?"</summary>
            // The rows in one closure: Leptos updates the drawn rows in place, text by text,
            // when the reasons change.
            <dl>{move || why.with(|w| w[..page.get().shown.min(w.len())].iter().map(why_row).collect_view())}</dl>
            <MoreRows id page what="figures" />
        </details>
    }
}

/// One reason: the figure, its value, its formula and its rules.
fn why_row(w: &Why) -> impl IntoView + use<> {
    let assumption = w.assumption.then(|| {
        view! {
            <span class="badge assumption" title="This project's reading where the guide is silent">
                "assumption"
                <span class="visually-hidden">": this project's reading where the guide is silent"</span>
            </span>
        }
    });
    // Issue 17: a figure resting on a rule the guide does not cover.
    let outside = w
        .outside_guide
        .then(|| view! { <OutsideGuide explained=true /> });
    let rules = w
        .rules
        .iter()
        .map(|r| view! { <RuleChip id=r.clone() /> })
        .collect_view();
    view! {
        <div class="why-item">
            <dt>
                {w.figure.clone()}
                ": "
                <strong>{w.value.clone()}</strong>
                {assumption}
                {outside}
            </dt>
            <dd>
                <code class="formula">{w.formula.clone()}</code>
                <span class="rules">{rules}</span>
            </dd>
        </div>
    }
}
