//! The override advisor (OV-1, outside the guide; AG-1, AG-4). When the session hosts run
//! out of one resource while at most half of the other is used, the card suggests the CPU
//! or memory override that makes both run out at the same session count: the value to type
//! into Kasm's Agent Settings in their own units (cores; memory in bytes), the hosts it
//! saves, what it oversubscribes, the guide's caution, and a button that applies it to the
//! plan as one step Undo takes back. Once applied the advice is gone, and the card says
//! what was set, with an Undo button, while the override stays as set.

use leptos::prelude::*;

use super::beyond::OutsideGuide;
use super::copy::CopyButton;
use super::role_card::part;
use super::rule_chip::RuleChip;
use super::why::WhyDetails;
use crate::engine::{Override, OverrideAdvice, Resource, Role};
use crate::support::format::{number, percent, readable, thousands};
use crate::ui::focus::focus_later;
use crate::ui::state::use_app_state;

/// What the button set, for the note that replaces the advice.
#[derive(Clone, PartialEq)]
struct Applied {
    /// The plan field (`agents.cpu_override`).
    field: String,
    /// The value set.
    value: Override,
    /// What the note says.
    said: String,
}

/// The resource that binds and the other one, in words.
fn resources(a: &OverrideAdvice) -> (&'static str, &'static str) {
    match a.resource {
        Resource::Cpu => ("CPU", "RAM"),
        Resource::Ram => ("RAM", "CPU"),
    }
}

/// The plan's override as the form's override boxes hold it.
fn plan_value(a: &OverrideAdvice) -> String {
    let unit = match a.resource {
        Resource::Cpu => "cores",
        Resource::Ram => "GB",
    };
    match a.plan_value {
        Override::Absolute(x) => format!("{} {unit}", readable(x)),
        Override::Ratio(r) => format!("× {}", readable(r)),
        Override::None => "none".into(),
    }
}

/// What binds and what is left over, in one sentence.
fn lead(a: &OverrideAdvice) -> String {
    let (binds, other) = resources(a);
    format!(
        "{binds} holds {} to {} sessions per {} while only {} of its {other} is used.",
        a.workspace,
        thousands(a.sessions_per_host),
        host(a),
        percent(a.other_used),
    )
}

/// The session host the advice is for.
fn host(a: &OverrideAdvice) -> &'static str {
    if a.role == Role::SingleServer {
        "server"
    } else {
        "agent"
    }
}

/// The advice's figures, drawn by one closure so an edit updates their text in place.
fn figures(a: &OverrideAdvice) -> impl IntoView {
    let (binds, _) = resources(a);
    let single = a.role == Role::SingleServer;
    view! {
        <dl class="facts">
            <div>
                <dt>{if single { "Sessions the server holds" } else { "Sessions per agent" }}</dt>
                <dd data-testid="advice-sessions">
                    {format!("{} → {}", thousands(a.sessions_per_host), thousands(a.sessions_per_host_after))}
                </dd>
            </div>
            {(!single)
                .then(|| {
                    view! {
                        <div>
                            <dt>"Agents"</dt>
                            <dd data-testid="advice-hosts">
                                {format!(
                                    "{} → {} ({} fewer)",
                                    thousands(a.hosts),
                                    thousands(a.hosts_after),
                                    thousands(a.hosts_saved),
                                )}
                            </dd>
                        </div>
                        <div>
                            <dt>"Capacity"</dt>
                            <dd>{format!("{} → {} sessions", thousands(a.capacity), thousands(a.capacity_after))}</dd>
                        </div>
                    }
                })}
            <div>
                <dt>{format!("{binds} oversubscribed")}</dt>
                <dd data-testid="advice-oversubscription">{format!("× {}", number(a.oversubscription, 2))}</dd>
            </div>
        </dl>
        <p class="note">
            {format!(
                "{} The button sets this plan's {binds} override to {}.",
                a.setting.note,
                plan_value(a)
            )}
        </p>
        <p class="warn-item sev-warning caution">
            <span class="badge warning">"Caution"</span>
            <RuleChip id="AG-4" />
            <span class="message">{a.caution.clone()}</span>
        </p>
    }
}

/// The override advice card (`#advice`), shown while the report has advice, or while the
/// override it applied is still set.
#[component]
pub fn OverrideAdviceCard() -> impl IntoView {
    let state = use_app_state();
    let advice = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().and_then(|r| r.override_advice.clone()))
    });
    let applied = RwSignal::new(None::<Applied>);
    let note = Memo::new(move |_| {
        if advice.with(Option::is_some) {
            return None;
        }
        applied.with(|a| {
            a.as_ref()
                .filter(|a| state.draft.with(|d| d.has_override(&a.field, a.value)))
                .map(|a| a.said.clone())
        })
    });
    let text = move |f: fn(&OverrideAdvice) -> String| {
        Signal::derive(move || advice.with(|a| a.as_ref().map(f).unwrap_or_default()))
    };
    let lead = text(lead);
    let setting_name = text(|a| a.setting.name.clone());
    let setting_value = text(|a| a.setting.value.clone());
    let apply = move |_| {
        let Some(a) = advice.get_untracked() else {
            return;
        };
        state.edit(|d| _ = d.set_override(&a.plan_field, a.plan_value));
        applied.set(Some(Applied {
            field: a.plan_field.clone(),
            value: a.plan_value,
            said: format!(
                "Applied: {} {} ({} sessions per {} instead of {}).",
                a.setting.name,
                a.setting.value,
                thousands(a.sessions_per_host_after),
                host(&a),
                thousands(a.sessions_per_host),
            ),
        }));
        focus_later("advice-applied".into());
    };
    let undo = move |_| {
        state.undo_redo(false);
        focus_later("apply-override".into());
    };
    view! {
        <Show when=move || advice.with(Option::is_some) || note.with(Option::is_some)>
            <section class="card advice" id="advice" aria-labelledby="h-advice">
                <h3 id="h-advice">"Override advice " <OutsideGuide /> " " <RuleChip id="OV-1" /></h3>
                <Show
                    when=move || advice.with(Option::is_some)
                    fallback=move || {
                        view! {
                            <p class="advice-applied" id="advice-applied" tabindex="-1" role="status">
                                {move || note.get().unwrap_or_default()}
                                " "
                                <button
                                    type="button"
                                    class="secondary"
                                    data-testid="advice-undo"
                                    on:click=undo
                                >
                                    "Undo"
                                </button>
                            </p>
                        }
                    }
                >
                    <p class="advice-lead">{lead}</p>
                    <div class="setting advice-setting">
                        <div class="setting-head">
                            <span class="setting-name">"Set in Kasm: " {setting_name}</span>
                        </div>
                        <div class="setting-value">
                            <code data-testid="advice-value">{setting_value}</code>
                            <CopyButton value=setting_value what=setting_name />
                        </div>
                    </div>
                    {move || advice.with(|a| a.as_ref().map(figures))}
                    <div class="advice-actions">
                        <button
                            type="button"
                            class="primary"
                            id="apply-override"
                            data-testid="apply-override"
                            on:click=apply
                        >
                            "Apply this override"
                        </button>
                    </div>
                    <WhyDetails why=part(advice, |a: &OverrideAdvice| &a.why) key="advice" />
                </Show>
            </section>
        </Show>
    }
}
