//! A link always opens with a plan the page can size (issue 14, item 7).
//!
//! The codec reads each value on its own; some links are still refused as a whole by the
//! engine's validation: a blank name (`name=`, `zone=%20%20`), two workspaces with one name
//! in a zone, a host name with a space, sessions adding up to more than the engine sizes,
//! a workspace too big for the agent. Each such problem is repaired here, the way a person
//! would (the default value, or a name made unique as "Desktop (2)"), and listed as a
//! [`Notice`], so the page opens with results and says what it changed.

use super::notices::Notice;
use super::params::{plan_param_at, profile_param_at, Param};
use crate::engine::validate::{validate, FieldError, Reason, MAX_SESSIONS};
use crate::engine::{Plan, WorkspaceProfile, Zone};
use crate::support::format::thousands;

/// Where the plan came from in the link, to name the key a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// One zone and one workspace written as single keys (`zone=`, `name=`, `cpu=`).
    Single,
    /// Workspaces listed with `p=` (and zones with `z=`).
    List,
}

/// Rounds of repair before giving up (a repair can reveal the next problem: a reset
/// workspace may still not fit a tiny agent).
const ROUNDS: usize = 4;

/// Repair `plan` until the engine accepts it; one notice per change. A plan nothing
/// repairs (none known) becomes the default plan, with a notice.
pub fn repair(plan: &mut Plan, form: Form) -> Vec<Notice> {
    let mut notices = Vec::new();
    for round in 0..ROUNDS {
        let errors = match validate(plan) {
            Ok(()) => return notices,
            Err(e) => e,
        };
        for e in &errors {
            fix(plan, e, form, round, &mut notices);
        }
    }
    if validate(plan).is_err() {
        *plan = Plan::default();
        notices.push(Notice::new(
            "",
            "",
            "the plan in the link could not be repaired; the default plan is shown",
        ));
    }
    notices
}

/// `zones[3].profiles[1].cpu_cores` -> (3, Some(1), "cpu_cores"); `zones[3].name` ->
/// (3, None, "name").
fn zone_path(path: &str) -> Option<(usize, Option<usize>, &str)> {
    let rest = path.strip_prefix("zones[")?;
    let (z, rest) = rest.split_once("].")?;
    let z = z.parse().ok()?;
    match rest.strip_prefix("profiles[") {
        Some(rest) => {
            let (p, field) = rest.split_once("].")?;
            Some((z, Some(p.parse().ok()?), field))
        }
        None => Some((z, None, rest)),
    }
}

/// `base`, or `base (2)`, `base (3)` ... whichever no name in `taken` uses.
fn unique(base: &str, taken: &[&str]) -> String {
    let free = |n: &str| !taken.iter().any(|t| t.trim() == n);
    if free(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|c| free(c))
        .expect("some number is free")
}

/// The new name of `names[at]`: a repeated name with a number added, a blank one the
/// default (numbered too if taken); with a notice under `key` saying why.
#[allow(clippy::too_many_arguments)]
fn renamed(
    names: &[&str],
    at: usize,
    duplicate: bool,
    default: &str,
    repeated: impl Fn(&str) -> String,
    blank: String,
    key: &str,
    out: &mut Vec<Notice>,
) -> String {
    let own = names[at].trim();
    let others: Vec<&str> = names
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, n)| *n)
        .collect();
    let (base, why) = if duplicate {
        (own, repeated(own))
    } else {
        (default, blank)
    };
    let name = unique(base, &others);
    out.push(Notice::new(
        key,
        names[at],
        format!("{why}; \"{name}\" is used"),
    ));
    name
}

fn fix(plan: &mut Plan, e: &FieldError, form: Form, round: usize, out: &mut Vec<Notice>) {
    let single = form == Form::Single;
    if e.field == "zones" && plan.zones.is_empty() {
        plan.zones.push(Zone::default());
        out.push(Notice::new(
            "zones",
            "0",
            "a plan needs at least one zone; the default zone and workspace are used",
        ));
        return;
    }
    if e.field == "peak_sessions" {
        // Each workspace's peak, named users counted (NU-1); a scaled workspace keeps its
        // share as a session count.
        let base: Vec<u64> = plan.profiles().map(|(_, p)| p.peak_sessions()).collect();
        let sum: u64 = base.iter().sum();
        let parts = crate::form::scale_sessions(&base, MAX_SESSIONS);
        for (p, n) in plan
            .zones
            .iter_mut()
            .flat_map(|z| &mut z.profiles)
            .zip(parts)
        {
            p.sessions = n;
            p.named_users = None;
        }
        out.push(Notice::new(
            if single { "sessions" } else { "p" },
            "",
            format!(
                "the workspaces add up to {} sessions, more than the {} the sizer takes; each was scaled down in proportion",
                thousands(sum),
                thousands(MAX_SESSIONS)
            ),
        ));
        return;
    }
    if let Some((zi, pi, field)) = zone_path(&e.field) {
        let Some(zone) = plan.zones.get(zi) else {
            return;
        };
        let zone_name = zone.name.trim().to_string();
        match (pi, field) {
            (None, "name") => {
                let names: Vec<&str> = plan.zones.iter().map(|z| z.name.as_str()).collect();
                let name = renamed(
                    &names,
                    zi,
                    e.reason == Reason::Duplicate,
                    &Zone::default().name,
                    |own| format!("another zone is already called \"{own}\""),
                    "a zone needs a name".to_string(),
                    if single { "zone" } else { "p" },
                    out,
                );
                plan.zones[zi].name = name;
            }
            (Some(pi), "name") => {
                if pi >= zone.profiles.len() {
                    return;
                }
                let names: Vec<&str> = zone.profiles.iter().map(|p| p.name.as_str()).collect();
                let name = renamed(
                    &names,
                    pi,
                    e.reason == Reason::Duplicate,
                    &WorkspaceProfile::default().name,
                    |own| format!("zone \"{zone_name}\" already has a workspace called \"{own}\""),
                    format!("a workspace of zone \"{zone_name}\" needs a name"),
                    if single { "name" } else { "p" },
                    out,
                );
                plan.zones[zi].profiles[pi].name = name;
            }
            (Some(pi), field) => {
                // A workspace figure the engine refuses (one too big for the agent): its
                // default first; if that still does not fit, the agent's defaults too.
                if round > 0 {
                    reset_agent_hardware(plan, out);
                }
                let Some(param) = profile_param_at(field) else {
                    return;
                };
                let Some(p) = plan.zones[zi].profiles.get_mut(pi) else {
                    return;
                };
                let Some((was, default)) = to_default(param, p, &WorkspaceProfile::default())
                else {
                    return;
                };
                out.push(Notice::new(
                    if single { param.key } else { "p" },
                    &was,
                    format!(
                        "{} ({} of workspace \"{}\"); the default {default} is used",
                        e.message,
                        param.key,
                        p.name.trim()
                    ),
                ));
            }
            _ => {}
        }
        return;
    }
    // A picked OCI Flex shape without its OCPUs or memory: no type, so the typed hardware
    // applies again (IC-1).
    if let Some(role) = e.field.strip_prefix("cloud.").and_then(|rest| {
        rest.strip_suffix(".ocpus")
            .or(rest.strip_suffix(".memory_gib"))
    }) {
        if e.reason == Reason::Empty {
            reset(plan, &format!("cloud.{role}.type"), e, out);
            return;
        }
    }
    // A schedule day the engine refuses: the default schedule (AS-4).
    if e.field.starts_with("agents.autoscale.schedule") {
        reset(plan, "agents.autoscale.schedule", e, out);
        return;
    }
    if e.field == "single_server.reserve" {
        // SS-3: the reserve leaves nothing for sessions on this server; keep none.
        if let Some(param) = plan_param_at(&e.field) {
            let was = (param.get)(plan);
            plan.single_server.reserve = crate::engine::Reserve::None;
            out.push(Notice::new(
                param.key,
                &was,
                format!("{}; none is kept", e.message),
            ));
        }
        return;
    }
    if e.reason == Reason::TooSmall && e.field == "proxy.cores" && round > 0 {
        // The default proxy may still be too small for a custom load: business load too.
        reset(plan, "proxy.load", e, out);
        reset(plan, "proxy.custom_cores_per_session", e, out);
    }
    reset(plan, &e.field, e, out);
}

/// Set `param` of `target` to its value in `defaults`; the old and new link text when that
/// changed anything.
fn to_default<T>(param: &Param<T>, target: &mut T, defaults: &T) -> Option<(String, String)> {
    let default = (param.get)(defaults);
    let was = (param.get)(target);
    if was == default {
        return None;
    }
    let _ = (param.set)(target, &default);
    Some((was, default))
}

/// Put the default back into the scalar input at `path`, with a notice.
fn reset(plan: &mut Plan, path: &str, e: &FieldError, out: &mut Vec<Notice>) {
    let Some(param) = plan_param_at(path) else {
        return;
    };
    let Some((was, default)) = to_default(param, plan, &Plan::default()) else {
        return;
    };
    out.push(Notice::new(
        param.key,
        &was,
        format!("{}; the default {default} is used", e.message),
    ));
}

fn reset_agent_hardware(plan: &mut Plan, out: &mut Vec<Notice>) {
    let why = FieldError {
        field: String::new(),
        reason: Reason::WorkspaceTooBig,
        message: "a workspace does not fit on this agent".into(),
    };
    for path in [
        "cloud.agent.type",
        "agents.cpus",
        "agents.ram_gb",
        "agents.cpu_override",
        "agents.ram_override",
    ] {
        reset(plan, path, &why, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_made_unique_the_way_a_person_would() {
        assert_eq!(unique("Desktop", &["Desktop"]), "Desktop (2)");
        assert_eq!(
            unique("Desktop", &["Desktop", "Desktop (2)"]),
            "Desktop (3)"
        );
        assert_eq!(unique("Default", &["Paris"]), "Default");
        assert_eq!(
            zone_path("zones[3].profiles[12].cpu_cores"),
            Some((3, Some(12), "cpu_cores"))
        );
        assert_eq!(zone_path("zones[0].name"), Some((0, None, "name")));
        assert_eq!(zone_path("agents.cpus"), None);
    }

    #[test]
    fn ic_1_links_with_a_type_that_cannot_be_used_open_without_it() {
        // A Flex shape without its OCPUs, and an AWS type on GCP: each type is dropped.
        let link = crate::share::decode_link(
            "v=2&cloud=gcp&agent_type=E4.Flex&web_type=m6i.xlarge&db_type=e2-standard-4",
        );
        assert_eq!(link.plan.cloud.agent.type_id, None);
        assert_eq!(link.plan.cloud.web_app.type_id, None);
        assert_eq!(
            link.plan.cloud.database.type_id.as_deref(),
            Some("e2-standard-4")
        );
        assert!(validate(&link.plan).is_ok());
        assert!(
            link.notices.iter().any(|n| n.key == "agent_type"),
            "{:?}",
            link.notices
        );
        assert!(
            link.notices.iter().any(|n| n.key == "web_type"),
            "{:?}",
            link.notices
        );
        // A workspace too big for the picked instance (4 cores on a t3.medium's 2): the
        // workspace's default first, then the agent's type and hardware.
        let link = crate::share::decode_link(
            "v=2&cpu=4&agent_mode=autoscale&cloud=aws&agent_type=t3.medium",
        );
        assert!(validate(&link.plan).is_ok(), "{:?}", link.notices);
        assert_eq!(link.plan.zones[0].profiles[0].cpu_cores, 2.0);
        assert_eq!(link.plan.cloud.agent.type_id.as_deref(), Some("t3.medium"));
    }

    #[test]
    fn ag_1_a_workspace_too_big_for_a_tiny_agent_gets_defaults_until_it_fits() {
        let mut plan = Plan::default();
        plan.agents.cpus = 1.0;
        plan.zones[0].profiles[0].cpu_cores = 64.0;
        let notes = repair(&mut plan, Form::Single);
        assert!(validate(&plan).is_ok(), "{notes:?}");
        assert_eq!(plan.zones[0].profiles[0].cpu_cores, 2.0);
        assert_eq!(plan.agents.cpus, 16.0);
        assert!(notes.iter().any(|n| n.key == "cpu"), "{notes:?}");
        assert!(notes.iter().any(|n| n.key == "agent_cpu"), "{notes:?}");
    }
}
