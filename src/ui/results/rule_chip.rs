//! A rule id shown beside a figure, setting or warning (WEB-4, AG-7): a link to its rule in
//! the Rules view that tells what the rule says (issue 17, item 3).
//!
//! A big plan draws hundreds of chips, and lists redraw them as the report changes, so a
//! chip is only a link with static attributes: no handler, no reactive attribute. Screen
//! readers hear the rule through `aria-describedby`, which names the rule's text in the
//! Rules view ([`about_id`]); sighted people see the same in the one shared note
//! ([`super::rule_tip`]), whose page-wide listeners recognise a chip by [`chip_rule`].

use leptos::either::Either;
use leptos::prelude::*;
use web_sys::Element;

use crate::engine::rules::rule;

/// The id of a rule's row in the Rules view: `rule-WEB-4`.
pub fn row_id(id: &str) -> String {
    format!("rule-{id}")
}

/// The id of a rule's text (summary, interpretation, source, kind) in the Rules view.
pub fn about_id(id: &str) -> String {
    format!("rule-about-{id}")
}

/// The chip `el` is in (itself or an ancestor) and the id of its rule, if it is in one.
pub fn chip_rule(el: &Element) -> Option<(&'static str, Element)> {
    let chip = el.closest("a.rule").ok().flatten()?;
    let href = chip.get_attribute("href")?;
    let id = rule(href.strip_prefix("#rule-")?)?.id;
    Some((id, chip))
}

/// The chip of one rule id; an id missing from the rules table (never, as
/// `tests/rule_coverage.rs` checks) shows as plain text.
#[component]
pub fn RuleChip(
    /// The rule id.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    match rule(&id) {
        Some(r) => Either::Left(view! {
            <a class="rule" href=format!("#{}", row_id(r.id)) aria-describedby=about_id(r.id)>
                {r.id}
            </a>
        }),
        None => Either::Right(view! { <span class="rule">{id}</span> }),
    }
}
