//! The Rules view (issue 17, item 3): every rule of the engine's table, group by group, with
//! what it says, its source and kind, and which figures of the current plan rest on it.
//!
//! Each rule's row has a stable anchor (`#rule-WEB-4`, [`row_id`]) that the chips lead to,
//! and its text ([`about_id`]) is what the chips' `aria-describedby` names. In print only
//! the rules the plan uses are shown.
//!
//! The view follows the plan once typing pauses ([`FOLLOW_DELAY`]), and at once before a
//! print: listing where 48 rules are used, and laying those lists out again, cost about
//! 1.5 ms of every keystroke (median; 3 ms at p95), a fifth of the 8 ms budget for the
//! figures themselves (issue 13, measured with `scripts/bench.sh`).

use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;

use super::rule_chip::{about_id, row_id};
use crate::engine::rules::{groups, Rule, RuleKind, RULES};
use crate::rule_uses::{rule_uses, CardUses, RuleUses};
use crate::support::format::thousands;
use crate::ui::print::Printing;
use crate::ui::state::{use_app_state, AppState};

/// How long typing must pause before the Rules view lists the new plan's uses.
pub const FOLLOW_DELAY: Duration = Duration::from_millis(200);

/// What a kind means, for the legend.
fn kind_meaning(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::Guide => "the Kasm 1.18 sizing guide states the rule and its figures.",
        RuleKind::Interpretation => {
            "the guide states the rule but leaves a gap; \"Our interpretation\" says how this calculator fills it, and figures resting on that part are marked assumption."
        }
        RuleKind::OutsideGuide => {
            "the guide does not cover it; the source says where it comes from, and figures resting on it are marked outside the guide."
        }
    }
}

/// A rule's kind as a badge: its words, and a border of its own (not colour alone).
#[component]
pub fn KindBadge(
    /// The kind.
    kind: RuleKind,
) -> impl IntoView {
    let class = match kind {
        RuleKind::Guide => "kind guide",
        RuleKind::Interpretation => "kind interpretation",
        RuleKind::OutsideGuide => "kind outside",
    };
    view! { <span class=class>{kind.label()}</span> }
}

/// The Rules card, after the results.
#[component]
pub fn RulesView() -> impl IntoView {
    let state = use_app_state();
    let printing = Printing::now();
    let uses = RwSignal::new(uses_now(state));
    let mut pending: Option<TimeoutHandle> = None;
    Effect::new(move |drawn: Option<()>| {
        state.report.track();
        let print = printing.get();
        if let Some(handle) = pending.take() {
            handle.clear();
        }
        if drawn.is_none() {
            return; // the first lists are drawn from `uses_now` above
        }
        if print {
            uses.set(uses_now(state));
        } else {
            // `try_set`: the view may be gone (a test unmounting it) when the timer fires.
            let follow = move || _ = uses.try_set(uses_now(state));
            pending = set_timeout_with_handle(follow, FOLLOW_DELAY).ok();
        }
    });
    let used = Memo::new(move |_| uses.with(|u| u.iter().filter(|u| u.used()).count()));
    let mut first = 0;
    let sections = groups()
        .map(|(name, rules)| {
            let range = first..first + rules.len();
            first = range.end;
            view! { <RuleGroup name rules uses range /> }
        })
        .collect_view();
    view! {
        <section class="card rules-view" id="rules" tabindex="-1" aria-labelledby="h-rules" data-testid="rules-view">
            <h2 id="h-rules">"Rules"</h2>
            <p class="hint">
                "What each rule id on this page says, where it comes from, and which figures of this plan rest on it. "
                <span data-testid="rules-used">
                    {move || format!("This plan uses {} of the {} rules.", used.get(), RULES.len())}
                </span>
            </p>
            <dl class="rule-kinds">
                {[RuleKind::Guide, RuleKind::Interpretation, RuleKind::OutsideGuide]
                    .map(|kind| view! {
                        <div>
                            <dt><KindBadge kind /></dt>
                            <dd>{kind_meaning(kind)}</dd>
                        </div>
                    })}
            </dl>
            {sections}
        </section>
    }
}

/// Where the current report uses each rule, in the table's order (read untracked).
fn uses_now(state: AppState) -> Vec<RuleUses> {
    state.report.with_untracked(|r| match r {
        Some(r) => rule_uses(r),
        None => vec![RuleUses::default(); RULES.len()],
    })
}

/// One group of rules (a role, or a part outside the guide); hidden in print when the plan
/// uses none of them.
#[component]
fn RuleGroup(
    name: &'static str,
    rules: &'static [Rule],
    uses: RwSignal<Vec<RuleUses>>,
    range: std::ops::Range<usize>,
) -> impl IntoView {
    let none_used = {
        let range = range.clone();
        Memo::new(move |_| uses.with(|u| u[range.clone()].iter().all(|u| !u.used())))
    };
    let rows = rules
        .iter()
        .zip(range)
        .map(|(rule, i)| {
            let mine = Memo::new(move |_| uses.with(|u| u[i].clone()));
            view! { <RuleRow rule uses=mine /> }
        })
        .collect_view();
    view! {
        // A plain block, not a <section>: eleven more landmarks would only be noise (and one
        // would share its name, "Connection proxy", with a form section).
        <div class="rule-group" class:unused=move || none_used.get()>
            <h3>{name}</h3>
            <ul class="rule-list">{rows}</ul>
        </div>
    }
}

/// One rule: id and kind, its text (the chips' description), and where the plan uses it.
#[component]
fn RuleRow(rule: &'static Rule, uses: Memo<RuleUses>) -> impl IntoView {
    let used = Memo::new(move |_| uses.with(RuleUses::used));
    // The paragraph's text is `Rule::description()` word for word: the chips' description.
    view! {
        <li class="rule-row" class:unused=move || !used.get() id=row_id(rule.id) tabindex="-1" data-testid=row_id(rule.id)>
            <p class="rule-row-head">
                <span class="rule-id">{rule.id}</span>
                " "
                <KindBadge kind=rule.kind />
            </p>
            <p class="rule-about" id=about_id(rule.id)>
                <span>{rule.summary}</span>
                {rule.interpretation.map(|r| view! { " " <span class="rule-reading"><em>"Our interpretation:"</em>" " {r}</span> })}
                {(!rule.modelled).then(|| view! { " " <strong class="rule-unmodelled">"Not modelled by this calculator."</strong> })}
                " "
                <span class="rule-source">{format!("Source: {} ({}).", rule.source_text(), rule.kind.label())}</span>
            </p>
            <Show
                when=move || used.get()
                fallback=|| view! { <p class="rule-uses none">"Not used by this plan."</p> }
            >
                <div class="rule-uses">
                    <p class="uses-label">"Used by this plan:"</p>
                    <ul>
                        <For each=move || uses.get().cards key=|c| c.clone() let:card>
                            <CardLine card />
                        </For>
                    </ul>
                </div>
            </Show>
        </li>
    }
}

/// A card's items for one rule: "Agents: Sessions per agent: 8 · setting: ... and 3 more".
#[component]
fn CardLine(card: CardUses) -> impl IntoView {
    let more = (card.more > 0).then(|| format!("and {} more", thousands(card.more as u64)));
    view! {
        <li>
            <span class="use-card">{card.card}</span>
            ": "
            <ul class="use-items">
                {card.items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
                {more.map(|m| view! { <li class="more">{m}</li> })}
            </ul>
        </li>
    }
}
