//! Warnings with their severity and the rule they rest on.

use leptos::prelude::*;

use crate::engine::{Role, Severity, Warning};

/// Short name of a role for badges and tables.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::WebApp => "Web app",
        Role::Database => "Database",
        Role::Agent => "Agents",
        Role::ConnectionProxy => "Connection proxies",
        Role::LoadBalancer => "Load balancing",
    }
}

fn severity(s: Severity) -> (&'static str, &'static str) {
    match s {
        Severity::Critical => ("critical", "Critical"),
        Severity::Warning => ("warning", "Warning"),
        Severity::Info => ("info", "Note"),
    }
}

/// A list of warnings; nothing at all when there are none.
#[component]
pub fn WarningList(
    /// The warnings, most severe first.
    warnings: Vec<Warning>,
    /// Show which role each warning is about (for the overall list).
    #[prop(optional)]
    with_role: bool,
) -> impl IntoView {
    if warnings.is_empty() {
        return None;
    }
    Some(view! {
        <ul class="warnings">
            {warnings
                .into_iter()
                .map(|w| {
                    let (class, label) = severity(w.severity);
                    view! {
                        <li class=format!("warn-item sev-{class}")>
                            <span class=format!("badge {class}")>{label}</span>
                            <span class="rule">{w.rule}</span>
                            {with_role.then(|| view! { <span class="scope">{role_name(w.role)}</span> })}
                            <span class="message">{w.message}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    })
}
