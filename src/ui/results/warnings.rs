//! Warnings with their severity and the rule they rest on.

use crate::engine::{Role, Severity, Warning};
use crate::markup::{el, El};

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

/// A list of warnings (most severe first, as given); `None` when there are none.
/// `with_role` names the role of each one (for the overall list).
pub fn warning_list(warnings: &[Warning], with_role: bool) -> Option<El> {
    if warnings.is_empty() {
        return None;
    }
    Some(
        el("ul")
            .class("warnings")
            .children(warnings.iter().map(|w| {
                let (class, label) = severity(w.severity);
                el("li")
                    .class(format!("warn-item sev-{class}"))
                    .child(el("span").class(format!("badge {class}")).text(label))
                    .child(el("span").class("rule").text(w.rule.as_str()))
                    .child_opt(with_role.then(|| el("span").class("scope").text(role_name(w.role))))
                    .child(el("span").class("message").text(w.message.as_str()))
                    .into()
            })),
    )
}
