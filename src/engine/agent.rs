//! Agent role: the servers that host container sessions (AG-1 .. AG-10).

use super::plan::{
    AgentMode, CpuAllocation, Override, Plan, UseCase, WorkspaceKind, WorkspaceProfile, Zone,
};
use super::report::{Role, RoleReport, ServerSpec, Setting, Severity, Warning, Why, WorkspaceFit};
use super::rules::{AGENT_BASE_DISK_GB, CPU_SHARES_PER_CORE, RECORDING_DISK_PER_SESSION_GB};
use super::scenarios::{
    assemble, ceil_servers, floor_sessions, CapacityModel, Cover, RoleExtras, ZoneSizing,
};
use crate::support::format::{readable, num, percent_in_formula, thousands};

/// Bytes per GB in the Kasm agent memory override (interpretation: binary gigabytes).
pub const BYTES_PER_GB: f64 = 1024.0 * 1024.0 * 1024.0;

/// AG-1: sessions one agent takes = min(floor(CPUs / workspace CPUs), floor(RAM / workspace RAM)).
pub fn sessions_per_agent(agent_cpus: f64, agent_ram_gb: f64, ws_cpus: f64, ws_ram_gb: f64) -> u64 {
    if ws_cpus <= 0.0 || ws_ram_gb <= 0.0 {
        return 0;
    }
    floor_sessions(agent_cpus / ws_cpus).min(floor_sessions(agent_ram_gb / ws_ram_gb))
}

/// AG-5: Docker volume = 80 GB + sessions on the agent x space per session.
pub fn docker_volume_gb(sessions: u64, space_per_session_gb: f64) -> f64 {
    AGENT_BASE_DISK_GB + sessions as f64 * space_per_session_gb
}

/// AG-7: the `--cpu-shares` value for a workspace's cores.
pub fn cpu_shares(cores: f64) -> u64 {
    (cores * CPU_SHARES_PER_CORE as f64).round() as u64
}

/// AG-7: the share of the host a `--cpus` quota allows (2 of 8 = 0.25).
pub fn quota_share(cores: f64, host_cpus: f64) -> f64 {
    if host_cpus > 0.0 {
        cores / host_cpus
    } else {
        0.0
    }
}

/// The CPUs and RAM Kasm counts for each agent, overrides applied (AG-1).
pub fn counted_capacity(plan: &Plan) -> (f64, f64) {
    let a = &plan.agents;
    (a.cpu_override.apply(a.cpus), a.ram_override.apply(a.ram_gb))
}

/// Disk each session of a profile needs on its agent: growth (capped by AG-6) plus the
/// recording clip (AG-5 interpretation: 1 GB, as CP-5).
pub fn space_per_session(plan: &Plan, p: &WorkspaceProfile) -> f64 {
    let growth = match plan.agents.disk_limit_gb {
        Some(limit) => p.disk_per_session_gb.min(limit),
        None => p.disk_per_session_gb,
    };
    growth
        + if p.recording {
            RECORDING_DISK_PER_SESSION_GB
        } else {
            0.0
        }
}

/// Sessions of one profile that fit on one agent of this plan (static mode), or the
/// autoscale instance's sessions.
pub fn profile_per_agent(plan: &Plan, p: &WorkspaceProfile) -> u64 {
    match plan.agents.mode {
        AgentMode::Static => {
            let (cpus, ram) = counted_capacity(plan);
            sessions_per_agent(cpus, ram, p.effective_cores(), p.ram_gb)
        }
        AgentMode::Autoscale => plan.agents.sessions_per_instance,
    }
}

fn is_container(p: &&WorkspaceProfile) -> bool {
    p.kind == WorkspaceKind::Container
}

/// The container workspaces of a zone that size its agents: those with sessions, or every
/// one when none has sessions yet.
fn sized_profiles(zone: &Zone) -> Vec<&WorkspaceProfile> {
    let containers = zone.profiles.iter().filter(is_container);
    let busy: Vec<&WorkspaceProfile> = containers.clone().filter(|p| p.sessions > 0).collect();
    if busy.is_empty() {
        containers.collect()
    } else {
        busy
    }
}

/// CPUs and RAM (GB) of one agent for these workspaces: the plan's agent in a static pool;
/// in autoscaling an instance that fits `sessions_per_instance` of the largest (AG-9).
pub fn agent_hardware(plan: &Plan, sized: &[&WorkspaceProfile]) -> (f64, f64) {
    match plan.agents.mode {
        AgentMode::Static => (plan.agents.cpus, plan.agents.ram_gb),
        AgentMode::Autoscale => {
            let n = plan.agents.sessions_per_instance as f64;
            let cpu = sized
                .iter()
                .map(|p| p.effective_cores())
                .fold(0.0, f64::max);
            let ram = sized.iter().map(|p| p.ram_gb).fold(0.0, f64::max);
            (n * cpu, n * ram)
        }
    }
}

/// Size the agents of every zone.
pub fn size_agents(plan: &Plan) -> RoleReport {
    let mut extras = RoleExtras {
        unit_cost: plan.costs.agent,
        ..Default::default()
    };
    let (cpus, ram) = counted_capacity(plan);
    let static_mode = plan.agents.mode == AgentMode::Static;
    let zones: Vec<ZoneSizing> = plan
        .zones
        .iter()
        .map(|zone| {
            let profiles: Vec<&WorkspaceProfile> =
                zone.profiles.iter().filter(is_container).collect();
            let demand: u64 = profiles.iter().map(|p| p.sessions).sum();
            // AG-1 interpretation for mixed workspaces: each session takes 1 / (its profile's
            // sessions per agent) of an agent; the zone's agents are the sum, rounded up.
            let load: f64 = profiles
                .iter()
                .filter(|p| p.sessions > 0)
                .map(|p| p.sessions as f64 / profile_per_agent(plan, p).max(1) as f64)
                .sum();
            let needed = ceil_servers(load);
            let redundant = if static_mode && needed > 0 {
                plan.agents.redundancy
            } else {
                0
            };
            let per = if demand > 0 && load > 0.0 {
                demand as f64 / load
            } else {
                profiles
                    .first()
                    .map(|p| profile_per_agent(plan, p) as f64)
                    .unwrap_or(0.0)
            };
            let sized = sized_profiles(zone);
            let disk = sized
                .iter()
                .map(|p| docker_volume_gb(profile_per_agent(plan, p), space_per_session(plan, p)))
                .fold(AGENT_BASE_DISK_GB, f64::max);
            let (cpus, ram_gb) = agent_hardware(plan, &sized);
            let spec = ServerSpec {
                cpus,
                ram_gb,
                disk_gb: disk,
            };
            zone_why(
                plan,
                &zone.name,
                &sized,
                load,
                needed,
                redundant,
                spec,
                &mut extras,
            );
            ZoneSizing {
                zone: zone.name.clone(),
                demand,
                needed,
                redundant,
                model: CapacityModel::PerServer(per),
                cover: if static_mode {
                    Cover::Spares { rule: "AG-8" }
                } else {
                    Cover::Autoscaled
                },
                spec,
                workspaces: profiles
                    .iter()
                    .map(|p| WorkspaceFit {
                        workspace: p.name.clone(),
                        sessions: p.sessions,
                        per_server: profile_per_agent(plan, p),
                    })
                    .collect(),
                estimate: None,
            }
        })
        .collect();

    if static_mode {
        extras.why.push(Why {
            figure: "CPU and RAM Kasm counts per agent".into(),
            value: format!("{} CPU / {} GB", readable(cpus), readable(ram)),
            rules: vec!["AG-1".into(), "AG-4".into()],
            formula: format!(
                "physical {} CPU / {} GB; overrides {} and {}; oversubscription CPU x{}, RAM x{}",
                readable(plan.agents.cpus),
                readable(plan.agents.ram_gb),
                describe_override(plan.agents.cpu_override, "CPU"),
                describe_override(plan.agents.ram_override, "GB"),
                readable(cpus / plan.agents.cpus),
                readable(ram / plan.agents.ram_gb)
            ),
            assumption: false,
            outside_guide: false,
        });
    }
    extras.settings = settings(plan);
    extras.warnings = warnings(plan);
    assemble(Role::Agent, zones, extras)
}

fn describe_override(o: Override, unit: &str) -> String {
    match o {
        Override::None => "none".into(),
        Override::Absolute(v) => format!("{} {unit}", readable(v)),
        Override::Ratio(r) => format!("x{}", num(r)),
    }
}

#[allow(clippy::too_many_arguments)]
fn zone_why(
    plan: &Plan,
    zone: &str,
    profiles: &[&WorkspaceProfile],
    load: f64,
    needed: u64,
    redundant: u64,
    spec: ServerSpec,
    extras: &mut RoleExtras,
) {
    let (cpus, ram) = counted_capacity(plan);
    let static_mode = plan.agents.mode == AgentMode::Static;
    for p in profiles.iter().filter(|p| p.sessions > 0) {
        let n = profile_per_agent(plan, p);
        let formula = if static_mode {
            format!(
                "min(floor({} / {}), floor({} / {})) = min({}, {}) = {}{}",
                readable(cpus),
                readable(p.effective_cores()),
                readable(ram),
                readable(p.ram_gb),
                thousands(floor_sessions(cpus / p.effective_cores())),
                thousands(floor_sessions(ram / p.ram_gb)),
                thousands(n),
                if p.recording {
                    " (workspace CPUs include 1 for recording)"
                } else {
                    ""
                }
            )
        } else {
            format!("autoscale instances are sized for {n} sessions each")
        };
        extras.why.push(Why {
            figure: format!("Sessions per agent for {} in zone {zone}", p.name),
            value: thousands(n),
            rules: if static_mode {
                vec!["AG-1".into(), "AG-2".into()]
            } else {
                vec!["AG-9".into()]
            },
            formula,
            assumption: !static_mode,
            outside_guide: false,
        });
    }
    let busy = profiles.iter().filter(|p| p.sessions > 0).count();
    let terms: Vec<String> = profiles
        .iter()
        .filter(|p| p.sessions > 0)
        .take(6)
        .map(|p| {
            format!(
                "{} / {}",
                thousands(p.sessions),
                thousands(profile_per_agent(plan, p))
            )
        })
        .collect();
    let more = if busy > 6 {
        format!(" + ... ({} more)", busy - 6)
    } else {
        String::new()
    };
    let redundancy_rule = if static_mode { "AG-8" } else { "AG-9" };
    extras.why.push(Why {
        figure: format!("Agents in zone {zone}"),
        value: thousands(needed + redundant),
        rules: vec!["AG-1".into(), redundancy_rule.into(), "DEP-2".into()],
        formula: if terms.is_empty() {
            "no container sessions in this zone: 0 agents".into()
        } else {
            format!(
                "ceil({}{more}) = ceil({}) = {}; + {redundant} for redundancy = {}",
                terms.join(" + "),
                readable(load),
                thousands(needed),
                thousands(needed + redundant)
            )
        },
        assumption: busy > 1,
        outside_guide: false,
    });
    let recording = profiles.iter().any(|p| p.recording);
    extras.why.push(Why {
        figure: format!("Docker volume per agent in zone {zone}"),
        value: format!("{} GB", readable(spec.disk_gb)),
        rules: vec!["AG-5".into(), "AG-6".into()],
        formula: profiles
            .iter()
            .max_by(|a, b| {
                let da = docker_volume_gb(profile_per_agent(plan, a), space_per_session(plan, a));
                let db = docker_volume_gb(profile_per_agent(plan, b), space_per_session(plan, b));
                da.total_cmp(&db)
            })
            .map(|p| {
                format!(
                    "80 + {} sessions x {} GB = {} GB{}",
                    thousands(profile_per_agent(plan, p)),
                    readable(space_per_session(plan, p)),
                    readable(spec.disk_gb),
                    if p.recording {
                        " (1 GB per session added for the recording clip)"
                    } else {
                        ""
                    }
                )
            })
            .unwrap_or_else(|| "80 GB base".into()),
        assumption: recording,
        outside_guide: false,
    });
}

fn settings(plan: &Plan) -> Vec<Setting> {
    let mut out = Vec::new();
    let multi_zone = plan.zones.len() > 1;
    for (z, p) in plan.profiles() {
        if p.kind != WorkspaceKind::Container {
            continue;
        }
        let host = agent_hardware(plan, &sized_profiles(&plan.zones[z])).0;
        let scope = Some(if multi_zone {
            format!("{} / {}", plan.zones[z].name, p.name)
        } else {
            p.name.clone()
        });
        let cores = p.effective_cores();
        out.push(Setting {
            name: "Workspace Cores".into(),
            value: num(cores),
            scope: scope.clone(),
            rule: if p.recording {
                "AG-2".into()
            } else {
                "AG-1".into()
            },
            note: if p.recording {
                format!("{} cores plus one for recording.", num(p.cpu_cores))
            } else {
                "The cores each session is counted against the agent.".into()
            },
        });
        out.push(Setting {
            name: "Workspace Memory (MB)".into(),
            value: format!("{}", (p.ram_gb * 1024.0).round() as u64),
            scope: scope.clone(),
            rule: "AG-1".into(),
            note: format!("{} GB, counted as 1024 MB per GB.", num(p.ram_gb)),
        });
        out.push(match plan.agents.cpu_allocation {
            CpuAllocation::Shares => Setting {
                name: "Docker CPU flag (Shares)".into(),
                value: format!("--cpu-shares={}", cpu_shares(cores)),
                scope: scope.clone(),
                rule: "AG-7".into(),
                note: "A weight: the container is held back only when the CPUs are contended."
                    .into(),
            },
            CpuAllocation::Quotas => Setting {
                name: "Docker CPU flag (Quotas)".into(),
                value: format!("--cpus={}", num(cores)),
                scope: scope.clone(),
                rule: "AG-7".into(),
                note: format!(
                    "A hard ceiling: at most {} of a {}-CPU agent.",
                    percent_in_formula(quota_share(cores, host)),
                    num(host)
                ),
            },
        });
        if let Some(limit) = plan.agents.disk_limit_gb {
            out.push(Setting {
                name: "Docker Run Override JSON".into(),
                value: format!("{{\"storage_opt\":{{\"size\":\"{}g\"}}}}", num(limit)),
                scope: scope.clone(),
                rule: "AG-6".into(),
                note: "Caps what the session may write; needs XFS under the overlay2 driver."
                    .into(),
            });
        }
    }
    out.push(Setting {
        name: "Default CPU Allocation Method (global setting)".into(),
        value: match plan.agents.cpu_allocation {
            CpuAllocation::Shares => "Shares".into(),
            CpuAllocation::Quotas => "Quotas".into(),
        },
        scope: None,
        rule: "AG-7".into(),
        note: "Workspaces left on Inherit use this method.".into(),
    });
    match plan.agents.mode {
        AgentMode::Static => {
            let (cpus, ram) = counted_capacity(plan);
            if plan.agents.cpu_override != Override::None {
                out.push(Setting {
                    name: "Agent CPU Override".into(),
                    value: num(cpus),
                    scope: None,
                    rule: "AG-1".into(),
                    note: format!(
                        "Kasm counts {} CPUs on an agent that has {}.",
                        num(cpus),
                        num(plan.agents.cpus)
                    ),
                });
            }
            if plan.agents.ram_override != Override::None {
                out.push(Setting {
                    name: "Agent Memory Override (bytes)".into(),
                    value: format!("{}", (ram * BYTES_PER_GB).round() as u64),
                    scope: None,
                    rule: "AG-1".into(),
                    note: format!("{} GB, counted as 1024^3 bytes per GB.", num(ram)),
                });
            }
        }
        AgentMode::Autoscale => {}
    }
    out
}

fn warnings(plan: &Plan) -> Vec<Warning> {
    let mut out = Vec::new();
    let warn = |severity, rule: &str, message: String| Warning {
        severity,
        rule: rule.into(),
        role: Role::Agent,
        message,
    };
    let container: Vec<(usize, &WorkspaceProfile)> = plan
        .profiles()
        .filter(|(_, p)| p.kind == WorkspaceKind::Container)
        .collect();
    let overridden =
        plan.agents.cpu_override != Override::None || plan.agents.ram_override != Override::None;
    if plan.agents.mode == AgentMode::Static {
        for (_, p) in container.iter().filter(|(_, p)| p.sessions > 0) {
            let n = profile_per_agent(plan, p) as f64;
            let committed_ram = n * p.ram_gb;
            if committed_ram > plan.agents.ram_gb + 1e-9 {
                out.push(warn(
                    Severity::Warning,
                    "AG-4",
                    format!(
                        "A full agent of {} commits {} GB of RAM against {} GB physical: watch real RAM use closely.",
                        p.name,
                        readable(committed_ram),
                        readable(plan.agents.ram_gb)
                    ),
                ));
            }
            let committed_cpu = n * p.effective_cores();
            if committed_cpu > plan.agents.cpus + 1e-9 {
                out.push(warn(
                    Severity::Info,
                    "AG-4",
                    format!(
                        "A full agent of {} commits {} CPUs against {} physical (x{} oversubscribed).",
                        p.name,
                        readable(committed_cpu),
                        readable(plan.agents.cpus),
                        readable(committed_cpu / plan.agents.cpus)
                    ),
                ));
            }
        }
        if overridden && plan.web_app.use_case == UseCase::Gaming {
            out.push(warn(
                Severity::Warning,
                "AG-4",
                "Overrides oversubscribe the agents, which the guide advises against for game streaming.".into(),
            ));
        }
        let needs_agents = container.iter().any(|(_, p)| p.sessions > 0);
        if needs_agents && plan.agents.redundancy < 2 {
            out.push(warn(
                Severity::Warning,
                "AG-8",
                format!(
                    "N+{} static agents: the guide keeps N+2 so one agent can be patched while another fails.",
                    plan.agents.redundancy
                ),
            ));
        }
    } else {
        out.push(warn(
            Severity::Info,
            "AG-9",
            "Autoscaling: Kasm starts and stops agents, so no spare agents are added; counts are at peak.".into(),
        ));
    }
    if plan.agents.disk_limit_gb.is_some() {
        out.push(warn(
            Severity::Info,
            "AG-6",
            "Disk limits work only when /var/lib/docker is XFS under the overlay2 driver.".into(),
        ));
    }
    if plan
        .profiles()
        .any(|(_, p)| p.kind == WorkspaceKind::ServerConnection && p.sessions > 0)
    {
        out.push(warn(
            Severity::Info,
            "AG-3",
            "RDP/VNC/SSH server sessions are not placed on agents; they go through connection proxies.".into(),
        ));
    }
    out
}
