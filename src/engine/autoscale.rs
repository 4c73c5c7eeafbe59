//! Autoscaled agents (AS-1..AS-4): staging, standby, Max Nodes, the schedule and the
//! instance-hours they lead to, and the AutoScale settings in Kasm's own units.
//!
//! Instances are sized by AG-1 on their CPU and RAM (or the AutoScale config's overrides,
//! AS-1) in `agent.rs`; this module works out what Kasm should keep ready around them.
//! Plan-wide inputs (baseline, arrivals, off-hours standby) are split over zones in
//! proportion to each zone's container sessions at peak, rounded up per zone.

use super::agent::{agent_hardware, counted_capacity, sessions_per_agent};
use super::plan::{Plan, WorkspaceKind, WorkspaceProfile};
use super::report::{
    AutoscaleReport, AutoscaleZone, Role, RoleReport, Setting, Severity, Warning, Why,
};
use super::scenarios::ceil_servers;
use super::schedule::{self, HOURS_PER_MONTH, HOURS_PER_WEEK};
use crate::support::format::{num, readable, thousands};

/// MB per GB in Kasm's memory fields (Workspace Memory, Standby Memory).
const MB_PER_GB: f64 = 1024.0;

/// AS-3 interpretation: sessions arriving within one agent start-up =
/// ceil(arrivals per minute x start-up seconds / 60).
pub fn burst_sessions(arrivals_per_minute: f64, startup_s: f64) -> u64 {
    ceil_servers(arrivals_per_minute * startup_s / 60.0)
}

/// What one AutoScale config keeps free for `sessions` of a workspace of `cores` and
/// `ram_gb`, on instances holding `per_instance` such sessions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standby {
    /// Standby Cores: sessions x workspace cores (AS-3).
    pub cores: f64,
    /// Standby Memory in MB: sessions x workspace GB x 1024.
    pub memory_mb: u64,
    /// Whole instances that keep it free: ceil(sessions / per instance).
    pub instances: u64,
}

/// AS-3: Standby Cores >= workspace cores x sessions, rounded up to whole instances.
pub fn standby(sessions: u64, cores: f64, ram_gb: f64, per_instance: u64) -> Standby {
    Standby {
        cores: sessions as f64 * cores,
        memory_mb: (sessions as f64 * ram_gb * MB_PER_GB).round() as u64,
        instances: if per_instance > 0 {
            sessions.div_ceil(per_instance)
        } else {
            0
        },
    }
}

/// `ceil(total x part / whole)`: a plan-wide figure's share for one zone or workspace.
fn share(total: u64, part: u64, whole: u64) -> u64 {
    if whole == 0 {
        0
    } else {
        ((total as u128 * part as u128).div_ceil(whole as u128)) as u64
    }
}

fn container(p: &&WorkspaceProfile) -> bool {
    p.kind == WorkspaceKind::Container && p.sessions > 0
}

/// Work out the autoscale figures for every zone with container sessions, and add their
/// settings, reasons and warnings to the agent role report.
pub fn size_autoscale(plan: &Plan, agents: &mut RoleReport) -> AutoscaleReport {
    let a = &plan.agents.autoscale;
    let (cores, memory) = counted_capacity(plan);
    let plan_peak: u64 = plan
        .profiles()
        .map(|(_, p)| p)
        .filter(container)
        .map(|p| p.sessions)
        .sum();
    let busy_week = schedule::busy_hours_per_week(&a.schedule);
    let busy_month = schedule::busy_hours_per_month(&a.schedule);
    let burst = burst_sessions(a.arrivals_per_minute, a.startup_s);
    let multi_zone = plan.zones.len() > 1;
    let mut settings = Vec::new();
    let mut why = vec![
        Why {
            figure: "Sessions arriving within one agent start-up".into(),
            value: thousands(burst),
            rules: vec!["AS-3".into()],
            formula: format!(
                "ceil({} per minute x {} s / 60) = {burst} (the start-up time is an input, 600 s by default: Kasm publishes none, and its seed timeouts are 600 s)",
                readable(a.arrivals_per_minute),
                readable(a.startup_s),
                burst = thousands(burst),
            ),
            assumption: true,
            outside_guide: true,
        },
        Why {
            figure: "Busy hours per month".into(),
            value: format!("{} h", readable(busy_month)),
            rules: vec!["AS-4".into()],
            formula: format!(
                "{} h a week ({}) x {} / {} = {} h; a month is 8760 / 12 = {} h",
                readable(busy_week),
                schedule::describe(&a.schedule),
                readable(HOURS_PER_MONTH),
                readable(HOURS_PER_WEEK),
                readable(busy_month),
                readable(HOURS_PER_MONTH)
            ),
            assumption: true,
            outside_guide: true,
        },
    ];
    let mut warnings = Vec::new();
    let mut staged_total = 0;
    let mut zones = Vec::new();
    for (zi, zone) in plan.zones.iter().enumerate() {
        let busy: Vec<&WorkspaceProfile> = zone.profiles.iter().filter(container).collect();
        let peak: u64 = busy.iter().map(|p| p.sessions).sum();
        if peak == 0 {
            continue;
        }
        let at = |what: &str| {
            if multi_zone {
                format!("{what} in zone {}", zone.name)
            } else {
                what.to_string()
            }
        };
        let scope = multi_zone.then(|| zone.name.clone());
        // The largest workspace of the zone sets what one standby session takes.
        let ws_cores = busy.iter().map(|p| p.effective_cores()).fold(0.0, f64::max);
        let ws_ram = busy.iter().map(|p| p.ram_gb).fold(0.0, f64::max);
        let per = sessions_per_agent(cores, memory, ws_cores, ws_ram);
        let peak_instances = agents.zones.get(zi).map_or(0, |z| z.needed);

        // AS-2: staging, recorded workspaces excluded; the baseline is shared out in
        // proportion to each workspace's peak, rounded up, never above that peak.
        let mut staged = 0;
        let mut terms = Vec::new();
        for p in busy.iter().filter(|p| !p.recording) {
            let n = share(a.baseline_sessions, p.sessions, plan_peak).min(p.sessions);
            if n == 0 {
                continue;
            }
            staged += n;
            terms.push(format!("{} {}", p.name, thousands(n)));
            settings.push(Setting {
                name: "Staging Config: Desired Sessions".into(),
                value: n.to_string(),
                scope: Some(if multi_zone {
                    format!("{} / {}", zone.name, p.name)
                } else {
                    p.name.clone()
                }),
                rule: "AS-2".into(),
                note: "Sessions started ahead so the baseline finds them ready at the start of the busy period.".into(),
            });
        }
        staged_total += staged;
        if a.baseline_sessions > 0 {
            why.push(Why {
                figure: at("Staged sessions (Desired Sessions)"),
                value: thousands(staged),
                rules: vec!["AS-2".into()],
                formula: format!(
                    "baseline {} shared by peak sessions ({peak} here of {plan_peak}), recorded workspaces left out, rounded up: {}",
                    thousands(a.baseline_sessions),
                    if terms.is_empty() {
                        "nothing to stage".into()
                    } else {
                        terms.join(", ")
                    },
                    peak = thousands(peak),
                    plan_peak = thousands(plan_peak),
                ),
                assumption: busy.len() > 1 || multi_zone,
                outside_guide: true,
            });
        }

        let zone_burst = share(burst, peak, plan_peak).min(peak);
        let on = standby(zone_burst, ws_cores, ws_ram, per);
        let off_sessions = share(a.off_hours_standby_sessions, peak, plan_peak);
        let off = standby(off_sessions, ws_cores, ws_ram, per);
        let max_nodes = peak_instances + on.instances;
        let hours = schedule::instance_hours(busy_month, max_nodes, off.instances);
        let always_on = max_nodes as f64 * HOURS_PER_MONTH;
        let ws = format!("{} cores / {} GB", readable(ws_cores), readable(ws_ram));
        why.push(Why {
            figure: at("Standby (busy hours)"),
            value: format!(
                "{} cores / {} MB, {} instances",
                readable(on.cores),
                thousands(on.memory_mb),
                thousands(on.instances)
            ),
            rules: vec!["AS-3".into(), "AS-1".into()],
            formula: format!(
                "{zone_burst} arriving sessions x {ws} (the largest workspace) = {} cores, {} MB; ceil({zone_burst} / {per} sessions per instance) = {} instances",
                readable(on.cores),
                thousands(on.memory_mb),
                thousands(on.instances),
                zone_burst = thousands(zone_burst),
                per = thousands(per),
            ),
            assumption: true,
            outside_guide: true,
        });
        why.push(Why {
            figure: at("Standby (off-hours)"),
            value: format!(
                "{} cores / {} MB, {} instances",
                readable(off.cores),
                thousands(off.memory_mb),
                thousands(off.instances)
            ),
            rules: vec!["AS-4".into(), "AS-3".into()],
            formula: format!(
                "{off_sessions} sessions x {ws} = {} cores, {} MB; ceil({off_sessions} / {per}) = {} instances",
                readable(off.cores),
                thousands(off.memory_mb),
                thousands(off.instances),
                off_sessions = thousands(off_sessions),
                per = thousands(per),
            ),
            assumption: true,
            outside_guide: true,
        });
        why.push(Why {
            figure: at("Max Nodes"),
            value: thousands(max_nodes),
            rules: vec!["AS-4".into(), "AS-3".into()],
            formula: format!(
                "{} instances at peak + {} standby = {}",
                thousands(peak_instances),
                thousands(on.instances),
                thousands(max_nodes)
            ),
            assumption: false,
            outside_guide: true,
        });
        why.push(Why {
            figure: at("Instance-hours per month"),
            value: format!("{} h", readable(hours)),
            rules: vec!["AS-4".into()],
            formula: format!(
                "{} busy h x {max_nodes} + {} off-hours h x {} = {} h; kept running all month: {max_nodes} x {} = {} h. Kasm never stops an instance with active sessions, so late sessions add hours.",
                readable(busy_month),
                readable(HOURS_PER_MONTH - busy_month),
                thousands(off.instances),
                readable(hours),
                readable(HOURS_PER_MONTH),
                readable(always_on),
                max_nodes = thousands(max_nodes),
            ),
            assumption: true,
            outside_guide: true,
        });
        let config = |which: &str, what: &str| format!("AutoScale config ({which}): {what}");
        for (which, s, note) in [
            (
                "busy hours",
                on,
                "Kept free for sessions arriving while a new instance starts.",
            ),
            (
                "off-hours",
                off,
                "Kept free outside the busy hours; zero is allowed.",
            ),
        ] {
            settings.push(Setting {
                name: config(which, "Standby Cores"),
                value: num(s.cores),
                scope: scope.clone(),
                rule: if which == "off-hours" { "AS-4" } else { "AS-3" }.into(),
                note: note.into(),
            });
            settings.push(Setting {
                name: config(which, "Standby Memory (MB)"),
                value: s.memory_mb.to_string(),
                scope: scope.clone(),
                rule: if which == "off-hours" { "AS-4" } else { "AS-3" }.into(),
                note: "In MB, 1,024 per GB of workspace memory.".into(),
            });
            settings.push(Setting {
                name: config(which, "Standby GPUs"),
                value: "0".into(),
                scope: scope.clone(),
                rule: "AS-3".into(),
                note: "No workspace in this plan asks for a GPU.".into(),
            });
        }
        settings.push(Setting {
            name: "VM Provider: Max Nodes".into(),
            value: max_nodes.to_string(),
            scope: scope.clone(),
            rule: "AS-4".into(),
            note: format!(
                "{} at peak plus {} kept free; Kasm has no minimum instance count.",
                thousands(peak_instances),
                thousands(on.instances)
            ),
        });
        zones.push(AutoscaleZone {
            zone: zone.name.clone(),
            peak_sessions: peak,
            peak_instances,
            sessions_per_instance: per,
            staged_sessions: staged,
            burst_sessions: zone_burst,
            standby_cores: on.cores,
            standby_memory_mb: on.memory_mb,
            standby_instances: on.instances,
            off_hours_sessions: off_sessions,
            off_hours_standby_cores: off.cores,
            off_hours_standby_memory_mb: off.memory_mb,
            off_hours_instances: off.instances,
            max_nodes,
            instance_hours: hours,
            always_on_instance_hours: always_on,
        });
    }
    let (physical_cores, physical_ram) = agent_hardware(plan);
    settings.push(Setting {
        name: "AutoScale config: Agent Cores Override".into(),
        value: num(cores),
        scope: None,
        rule: "AS-1".into(),
        note: format!(
            "The cores Kasm counts on each new instance (it has {}); the same in both configs.",
            readable(physical_cores)
        ),
    });
    settings.push(Setting {
        name: "AutoScale config: Agent Memory Override (GB)".into(),
        value: num(memory),
        scope: None,
        rule: "AS-1".into(),
        note: format!(
            "In GB here (the agent settings' override is in bytes); the instance has {} GB.",
            readable(physical_ram)
        ),
    });
    settings.push(Setting {
        name: "AutoScale config: Downscale Backoff (s)".into(),
        value: num(a.downscale_backoff_s),
        scope: None,
        rule: "AS-4".into(),
        note: "How long Kasm waits before removing idle capacity (its default is 3,600 s).".into(),
    });
    settings.push(Setting {
        name: "AutoScale Schedule: busy-hours config".into(),
        value: schedule::describe(&a.schedule),
        scope: None,
        rule: "AS-4".into(),
        note: "Local time of the zone; the off-hours config covers the rest of the week.".into(),
    });
    if a.baseline_sessions > staged_total {
        warnings.push(Warning {
            severity: Severity::Info,
            rule: "AS-2".into(),
            role: Role::Agent,
            message: format!(
                "{} of the {} baseline sessions cannot be staged (recorded workspaces, or more than the peak): they start on demand.",
                thousands(a.baseline_sessions - staged_total),
                thousands(a.baseline_sessions)
            ),
        });
    }
    agents.settings.extend(settings);
    agents.why.extend(why);
    agents.warnings.extend(warnings);
    let instance_hours = zones.iter().map(|z| z.instance_hours).sum();
    let always_on_instance_hours = zones.iter().map(|z| z.always_on_instance_hours).sum();
    AutoscaleReport {
        hours_per_month: HOURS_PER_MONTH,
        busy_hours_per_week: busy_week,
        busy_hours_per_month: busy_month,
        off_hours_per_month: HOURS_PER_MONTH - busy_month,
        burst_sessions: burst,
        zones,
        instance_hours,
        always_on_instance_hours,
    }
}
