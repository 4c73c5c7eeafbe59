//! What was sized, for people: a plan's inputs as a printed plan lists them before its
//! results (issue 14, item 11).
//!
//! The settings come from the plan-link parameter table ([`PLAN_PARAMS`]), so every input a
//! link can carry is listed with its meaning and nothing is forgotten when an input is
//! added; inputs the plan does not use ([`unused_inputs`]) are left out, and so are the
//! per-role prices and instance types nobody gave.

use crate::engine::inputs::{unused_inputs, Choices};
use crate::engine::{Plan, WorkspaceKind};
use crate::share::params::{Param, PLAN_PARAMS};
use crate::support::format::{number, readable, thousands};

/// One workspace of one zone, as the printed table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceInputs {
    /// Zone name.
    pub zone: String,
    /// Workspace name.
    pub name: String,
    /// "container" or "RDP/VNC/SSH server".
    pub kind: &'static str,
    /// Peak concurrent sessions, with how named users give it when they do (NU-1).
    pub sessions: String,
    /// CPU, RAM and disk per session ("2 CPU / 4 GB RAM / 0 GB disk"), or "n/a" for a
    /// server connection, which agents do not host (AG-3).
    pub size: String,
    /// "yes" when sessions are recorded (AG-2).
    pub recorded: &'static str,
}

/// One plan-wide input: what it sets and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct InputLine {
    /// The link key, a stable id for tests and styling (`arch`, `agent_cpu`).
    pub key: &'static str,
    /// What the input sets, in plain words with its rule ids.
    pub meaning: &'static str,
    /// The value with its unit, for people (`16 cores`, `yes`, `Direct-to-Agent`).
    pub value: String,
}

/// What was sized: the workspaces zone by zone, then every other input the plan uses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InputsSummary {
    /// Every workspace of every zone, in order.
    pub workspaces: Vec<WorkspaceInputs>,
    /// Every plan-wide input the plan uses, in the link's order.
    pub settings: Vec<InputLine>,
}

/// Link words that read as codes, in the words the form uses; any other value is shown
/// as written.
fn words(value: &str) -> &str {
    match value {
        "dist" => "servers per role",
        "single" => "one server for everything",
        "std" => "Standard",
        "d2a" => "Direct-to-Agent",
        "dns" => "DNS records",
        "nlb" => "network load balancer",
        "builtin" => "in the database",
        "siem" => "forwarded to a SIEM",
        "remote" => "remote work / browser isolation",
        other => other,
    }
}

/// A parameter's value for people: yes/no for flags, grouped digits with the unit for
/// figures, words for choices.
fn value_for_people(param: &Param<Plan>, raw: &str) -> String {
    let unit = param.unit;
    if unit == "1 or 0" {
        return if raw == "1" { "yes" } else { "no" }.into();
    }
    if raw == "none" {
        return "none".into();
    }
    // The plain unit of a figure: "GB or none" is GB, "currency per month, or none" is per
    // month (the currency is its own line).
    let plain = unit.split([',']).next().unwrap_or_default();
    let plain = plain.split(" or ").next().unwrap_or_default();
    // A price keeps the cents of a cent that cloud prices have (0.0416 per hour), as the
    // costs card shows it.
    let price = plain.strip_prefix("currency ");
    let plain = price.unwrap_or(plain);
    if let Ok(x) = raw.parse::<f64>() {
        let figure = if price.is_some() {
            number(x, 4)
        } else {
            readable(x)
        };
        return format!("{figure} {}", counted(plain, x))
            .trim_end()
            .to_string();
    }
    if let Some(ratio) = raw.strip_prefix('x').and_then(|r| r.parse::<f64>().ok()) {
        return format!("x{} of the physical figure", readable(ratio));
    }
    words(raw).to_string()
}

/// A plural unit in the singular for one ("1 server", "1 proxy"); a symbol ("s", "%") or
/// a rate ("sessions per minute") as it is.
fn counted(unit: &str, x: f64) -> String {
    if x != 1.0 || unit.len() < 3 || unit.contains(' ') && !unit.ends_with('s') {
        return unit.to_string();
    }
    if let Some(stem) = unit.strip_suffix("ies") {
        format!("{stem}y")
    } else {
        unit.strip_suffix('s').unwrap_or(unit).to_string()
    }
}

/// Per-role picks nobody has to make: a price, an instance type or a Flex shape's size
/// left at none is not worth a line.
fn skip_when_none(key: &str) -> bool {
    key.starts_with("cost_")
        || key == "currency"
        || key.ends_with("_type")
        || key.ends_with("_ocpus")
        || key.ends_with("_mem")
}

/// What one workspace sizes, as a line of the printed table.
fn workspace(zone: &str, w: &crate::engine::WorkspaceProfile) -> WorkspaceInputs {
    let sessions = match w.named_users {
        Some(users) => format!(
            "{} ({} named users x {} % x {} per user)",
            thousands(w.peak_sessions()),
            thousands(users),
            readable(w.concurrency_percent),
            thousands(w.sessions_per_user),
        ),
        None => thousands(w.sessions),
    };
    let container = w.kind == WorkspaceKind::Container;
    WorkspaceInputs {
        zone: zone.to_string(),
        name: w.name.clone(),
        kind: if container {
            "container"
        } else {
            "RDP/VNC/SSH server"
        },
        sessions,
        size: if container {
            format!(
                "{} CPU / {} GB RAM / {} GB disk",
                readable(w.cpu_cores),
                readable(w.ram_gb),
                readable(w.disk_per_session_gb)
            )
        } else {
            super::markdown::NOT_USED.to_string()
        },
        recorded: if w.recording { "yes" } else { "no" },
    }
}

/// The inputs of `plan` a printed plan starts with.
pub fn inputs_summary(plan: &Plan) -> InputsSummary {
    let unused = unused_inputs(&Choices::of(plan));
    let is_unused = |path: &str| {
        unused.iter().any(|u| {
            u.path == path
                || u.path
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('[') || rest.starts_with('.'))
        })
    };
    let workspaces = plan
        .zones
        .iter()
        .flat_map(|z| z.profiles.iter().map(move |w| workspace(&z.name, w)))
        .collect();
    let settings = PLAN_PARAMS
        .iter()
        .filter(|p| !is_unused(p.path))
        .filter_map(|p| {
            let raw = (p.get)(plan);
            if raw == "none" && skip_when_none(p.key) {
                return None;
            }
            Some(InputLine {
                key: p.key,
                meaning: p.meaning,
                value: value_for_people(p, &raw),
            })
        })
        .collect();
    InputsSummary {
        workspaces,
        settings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{AgentMode, Architecture, Provider};

    fn value<'a>(s: &'a InputsSummary, key: &str) -> Option<&'a str> {
        s.settings
            .iter()
            .find(|l| l.key == key)
            .map(|l| l.value.as_str())
    }

    #[test]
    fn the_worked_example_lists_its_workspace_and_every_input_it_uses() {
        // The guide's worked example: 200 sessions of 2 CPU / 4 GB (5 GB disk, AG-5) on 16 / 64 GB
        // agents (AG-1).
        let s = inputs_summary(&Plan::default());
        assert_eq!(
            s.workspaces,
            vec![WorkspaceInputs {
                zone: "Default".into(),
                name: "Desktop".into(),
                kind: "container",
                sessions: "200".into(),
                size: "2 CPU / 4 GB RAM / 5 GB disk".into(),
                recorded: "no",
            }]
        );
        assert_eq!(value(&s, "arch"), Some("Standard"));
        assert_eq!(value(&s, "agent_cpu"), Some("16 cores"));
        assert_eq!(value(&s, "agent_ram"), Some("64 GB"));
        assert_eq!(value(&s, "agent_spare"), Some("2 agents"));
        assert_eq!(value(&s, "standby"), Some("yes"));
        assert_eq!(value(&s, "lb"), Some("DNS records"));
        assert_eq!(value(&s, "host"), Some("kasm.example.com"));
        // One of a plural unit reads in the singular (WEB-4's N+1).
        assert_eq!(value(&s, "web_spare"), Some("1 server"));
        // Without RDP/VNC/SSH workspaces there are no connection proxies to size (CP-1).
        assert_eq!(value(&s, "proxy_spare"), None);
        // AS-2..AS-4 apply to autoscaled agents only; nobody priced anything.
        assert_eq!(value(&s, "baseline"), None);
        assert_eq!(value(&s, "busy"), None);
        assert_eq!(value(&s, "cost_web"), None);
        assert_eq!(value(&s, "web_type"), None);
        // The custom sessions-per-server figures apply only to the custom use case (WEB-3).
        assert_eq!(value(&s, "std_per_server"), None);
    }

    #[test]
    fn choices_change_which_inputs_are_listed_and_figures_read_with_separators() {
        let mut plan = Plan::default();
        plan.web_app.architecture = Architecture::DirectToAgent;
        plan.agents.mode = AgentMode::Autoscale;
        plan.agents.autoscale.baseline_sessions = 1_500_000;
        plan.zones[0].profiles[0].sessions = 10_000_000;
        plan.costs.monthly.agent = Some(1234.5);
        plan.cloud.provider = Provider::Aws;
        let s = inputs_summary(&plan);
        assert_eq!(value(&s, "arch"), Some("Direct-to-Agent"));
        // AS-2: the baseline now applies; AG-8 spares do not (Kasm replaces agents, AG-9).
        assert_eq!(value(&s, "baseline"), Some("1,500,000 sessions"));
        assert_eq!(value(&s, "agent_spare"), None);
        assert_eq!(value(&s, "cost_agent"), Some("1,234.5 per month"));
        // An hourly cloud price prints as typed, not rounded to 0.042 (issue 16).
        plan.costs.monthly.agent = None;
        plan.costs.hourly.agent = Some(0.0416);
        let s = inputs_summary(&plan);
        assert_eq!(value(&s, "cost_agent_hourly"), Some("0.0416 per hour"));
        assert_eq!(value(&s, "cloud"), Some("aws"));
        assert_eq!(s.workspaces[0].sessions, "10,000,000");
    }

    #[test]
    fn a_server_connection_has_no_agent_size_and_named_users_show_their_peak() {
        // AG-3: RDP/VNC/SSH sessions do not run on agents; NU-1: 200 x 20 % x 1 = 40.
        let mut plan = Plan::default();
        let mut rdp = plan.zones[0].profiles[0].clone();
        rdp.name = "Jump hosts".into();
        rdp.kind = WorkspaceKind::ServerConnection;
        rdp.recording = true;
        plan.zones[0].profiles.push(rdp);
        plan.zones[0].profiles[0].named_users = Some(200);
        plan.zones[0].profiles[0].concurrency_percent = 20.0;
        let s = inputs_summary(&plan);
        assert_eq!(s.workspaces[1].kind, "RDP/VNC/SSH server");
        assert_eq!(s.workspaces[1].size, "n/a");
        assert_eq!(s.workspaces[1].recorded, "yes");
        // CP-1: the server connection needs proxies, with one spare per zone.
        assert_eq!(value(&s, "proxy_spare"), Some("1 proxy"));
        assert_eq!(
            s.workspaces[0].sessions,
            "40 (200 named users x 20 % x 1 per user)"
        );
    }

    #[test]
    fn every_link_parameter_is_listed_when_the_plan_uses_it() {
        // The table is the link's: an input added to the link is printed without more code.
        let s = inputs_summary(&Plan::default());
        let unused = unused_inputs(&Choices::of(&Plan::default()));
        for p in PLAN_PARAMS {
            let listed = s.settings.iter().any(|l| l.key == p.key);
            let used = !unused.iter().any(|u| u.path.starts_with(p.path));
            let given = (p.get)(&Plan::default()) != "none" || !skip_when_none(p.key);
            assert_eq!(listed, used && given, "{}", p.key);
        }
    }
}
