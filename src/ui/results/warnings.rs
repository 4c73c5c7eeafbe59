//! Warnings with their severity and the rule they rest on.

use leptos::prelude::*;

use super::rule_chip::RuleChip;
use crate::engine::{Role, Severity, Warning};

/// Short name of a role for badges and tables.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::WebApp => "Web app",
        Role::Database => "Database",
        Role::Agent => "Agents",
        Role::ConnectionProxy => "Connection proxies",
        Role::LoadBalancer => "Load balancing",
        Role::SingleServer => "Single server",
    }
}

fn severity(s: Severity) -> (&'static str, &'static str) {
    match s {
        Severity::Critical => ("critical", "Critical"),
        Severity::Warning => ("warning", "Warning"),
        Severity::Info => ("info", "Note"),
    }
}

/// A list of warnings (most severe first, as given); empty when there are none.
/// `with_role` names the role of each one (for the overall list).
#[component]
pub fn WarningList(
    /// The warnings to list.
    #[prop(into)]
    warnings: Signal<Vec<Warning>>,
    /// Name each warning's role.
    #[prop(optional)]
    with_role: bool,
) -> impl IntoView {
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <ul class="warnings">
                // A warning's words are its identity: one that changes is a new warning.
                <For each=move || warnings.get() key=|w| (w.rule.clone(), w.message.clone()) let:w>
                    {
                        let (class, label) = severity(w.severity);
                        view! {
                            <li class=format!("warn-item sev-{class}")>
                                <span class=format!("badge {class}")>{label}</span>
                                <RuleChip id=w.rule.clone() />
                                {with_role.then(|| view! { <span class="scope">{role_name(w.role)}</span> })}
                                <span class="message">{w.message}</span>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}
