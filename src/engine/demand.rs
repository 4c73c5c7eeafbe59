//! Peak demand from named users (NU-1): ceil(named users x peak concurrency x sessions per
//! user), shown with its why trail, the group setting that caps sessions per user, and the
//! labelled concurrency anchors.

use super::plan::{named_user_sessions, Deployment, Plan, WorkspaceKind};
use super::report::{DemandReport, Role, Setting, Severity, Warning, Why, WorkspaceDemand};
use super::rules::{CONCURRENCY_ANCHORS, STOCK_MAX_KASMS_PER_USER};
use crate::support::format::{readable, thousands};

/// The label of a concurrency figure when it is one of NU-1's anchors.
pub fn anchor_label(percent: f64) -> Option<&'static str> {
    CONCURRENCY_ANCHORS
        .iter()
        .find(|(p, _)| *p == percent)
        .map(|(_, label)| *label)
}

/// The named-user demand of every workspace that has named users.
pub fn size_demand(plan: &Plan) -> DemandReport {
    let mut out = DemandReport::default();
    let multi_zone = plan.zones.len() > 1;
    let mut most_per_user = 0;
    for (z, p) in plan.profiles() {
        let Some(users) = p.named_users else {
            continue;
        };
        let zone = &plan.zones[z].name;
        let sessions = named_user_sessions(users, p.concurrency_percent, p.sessions_per_user);
        let name = if multi_zone {
            format!("{} in zone {zone}", p.name)
        } else {
            p.name.clone()
        };
        let anchor = anchor_label(p.concurrency_percent)
            .map(|l| format!(" ({} %: {l})", readable(p.concurrency_percent)))
            .unwrap_or_default();
        out.why.push(Why {
            figure: format!("Peak sessions of {name} from named users"),
            value: thousands(sessions),
            rules: vec!["NU-1".into()],
            formula: format!(
                "ceil({} named users x {} % x {} per user) = {}{anchor}",
                thousands(users),
                readable(p.concurrency_percent),
                p.sessions_per_user,
                thousands(sessions)
            ),
            assumption: false,
            outside_guide: true,
        });
        out.named_users.push(WorkspaceDemand {
            zone: zone.clone(),
            workspace: p.name.clone(),
            named_users: users,
            concurrency_percent: p.concurrency_percent,
            sessions_per_user: p.sessions_per_user,
            sessions,
        });
        most_per_user = most_per_user.max(p.sessions_per_user);
        if p.sessions_per_user > STOCK_MAX_KASMS_PER_USER {
            out.warnings.push(Warning {
                severity: Severity::Warning,
                rule: "NU-1".into(),
                role: match (plan.deployment, p.kind) {
                    (Deployment::SingleServer, _) => Role::SingleServer,
                    (_, WorkspaceKind::Container) => Role::Agent,
                    (_, WorkspaceKind::ServerConnection) => Role::ConnectionProxy,
                },
                message: format!(
                    "{name}: {} sessions per user is more than a stock install allows (max_kasms_per_user is {STOCK_MAX_KASMS_PER_USER}): raise it in the users' group settings.",
                    p.sessions_per_user
                ),
            });
        }
    }
    if most_per_user > 0 {
        out.settings.push(Setting {
            name: "max_kasms_per_user (group setting)".into(),
            value: most_per_user.to_string(),
            scope: None,
            rule: "NU-1".into(),
            note: format!(
                "Sessions one user may run at once; the plan counts {most_per_user} per user, and a stock install allows {STOCK_MAX_KASMS_PER_USER}."
            ),
        });
    }
    out
}
