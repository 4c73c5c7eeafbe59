//! The expandable "why": each figure with its value, rule ids and formula.
//!
//! A native `<details>` that is drawn once per card: the browser keeps it open or closed
//! while the rows inside follow the report.

use leptos::prelude::*;

use super::paged::{shown_rows, MoreRows};
use super::rule_chip::RuleChip;
use crate::engine::Why;

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
    view! {
        <details class="why" hidden=move || why.with(Vec::is_empty)>
            <summary>"Why these numbers?"</summary>
            <dl>
                <For each=move || 0..page.get().shown key=|i| *i let:i>
                    <WhyRow why i />
                </For>
            </dl>
            <MoreRows id page what="figures" />
        </details>
    }
}

/// Row `i` of a why list: the figure, its value, its formula and its rules.
#[component]
fn WhyRow(why: Memo<Vec<Why>>, i: usize) -> impl IntoView {
    let row = Memo::new(move |_| why.with(|w| w.get(i).cloned()));
    let text = move |f: fn(&Why) -> String| move || row.with(|w| w.as_ref().map(f).unwrap_or_default());
    let rules = Memo::new(move |_| row.with(|w| w.as_ref().map(|w| w.rules.clone()).unwrap_or_default()));
    view! {
        <div class="why-item">
            <dt>
                {text(|w| w.figure.clone())}
                ": "
                <strong>{text(|w| w.value.clone())}</strong>
                <Show when=move || row.with(|w| w.as_ref().is_some_and(|w| w.assumption))>
                    <span class="badge assumption" title="This project's reading where the guide is silent">
                        "assumption"
                    </span>
                </Show>
            </dt>
            <dd>
                <code class="formula">{text(|w| w.formula.clone())}</code>
                <span class="rules">
                    <For each=move || rules.get() key=|r| r.clone() let:rule>
                        <RuleChip id=rule />
                    </For>
                </span>
            </dd>
        </div>
    }
}
