//! Agent role: the servers that host container sessions (AG-1 .. AG-10).

use super::plan::{
    AgentMode, CpuAllocation, Override, Plan, UseCase, WorkspaceKind, WorkspaceProfile, Zone,
};
use super::report::{
    AutoscaleReport, Role, RoleReport, ServerSpec, Setting, Severity, Warning, Why, WorkspaceFit,
};
use super::rules::{
    any_outside_guide, AGENT_BASE_DISK_GB, CPU_SHARES_PER_CORE, RECORDING_DISK_PER_SESSION_GB,
};
use super::scenarios::{
    assemble, ceil_servers, floor_sessions, CapacityModel, Cover, RoleExtras, ZoneSizing,
};
use crate::support::format::{num, percent_in_formula, readable, thousands};

/// Bytes per GB in the Kasm agent memory override (interpretation: binary gigabytes).
pub const BYTES_PER_GB: f64 = 1024.0 * 1024.0 * 1024.0;

/// AG-1: sessions one agent takes = min(floor(CPUs / workspace CPUs), floor(RAM / workspace RAM)).
pub fn sessions_per_agent(agent_cpus: f64, agent_ram_gb: f64, ws_cpus: f64, ws_ram_gb: f64) -> u64 {
    if ws_cpus <= 0.0 || ws_ram_gb <= 0.0 {
        return 0;
    }
    floor_sessions(agent_cpus / ws_cpus).min(floor_sessions(agent_ram_gb / ws_ram_gb))
}

/// AG-1 with the numbers in: `min(floor(16 / 2), floor(64 / 4)) = min(8, 16) = 8` for a
/// host that counts `cpus` and `ram_gb`.
pub fn sessions_formula(cpus: f64, ram_gb: f64, p: &WorkspaceProfile) -> String {
    let cores = p.effective_cores();
    format!(
        "min(floor({} / {}), floor({} / {})) = min({}, {}) = {}{}",
        readable(cpus),
        readable(cores),
        readable(ram_gb),
        readable(p.ram_gb),
        thousands(floor_sessions(cpus / cores)),
        thousands(floor_sessions(ram_gb / p.ram_gb)),
        thousands(sessions_per_agent(cpus, ram_gb, cores, p.ram_gb)),
        if p.recording {
            " (workspace CPUs include 1 for recording)"
        } else {
            ""
        }
    )
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

/// The physical CPUs and RAM (GB) of one agent or autoscaled instance: the picked
/// catalogue type's vCPU and GiB (IC-1: GiB read as the guide's GB), else the typed figures.
pub fn agent_hardware(plan: &Plan) -> (f64, f64) {
    match plan.cloud.instance(Role::Agent) {
        Some(t) => (t.vcpus, t.memory_gib),
        None => (plan.agents.cpus, plan.agents.ram_gb),
    }
}

/// The CPUs and RAM Kasm counts for each agent, overrides applied (AG-1). Autoscaled
/// instances count the AutoScale config's Agent Cores / Memory overrides the same way (AS-1).
pub fn counted_capacity(plan: &Plan) -> (f64, f64) {
    let a = &plan.agents;
    let (cpus, ram) = agent_hardware(plan);
    (a.cpu_override.apply(cpus), a.ram_override.apply(ram))
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

/// Sessions of one profile that fit on one agent or autoscaled instance of this plan
/// (AG-1 with the recording core of AG-2; AS-1 for instances).
pub fn profile_per_agent(plan: &Plan, p: &WorkspaceProfile) -> u64 {
    Counted::of(plan).per(p)
}

/// The CPUs and RAM Kasm counts on one agent, worked out once per sizing (a picked
/// instance type is looked up in the catalogue only here).
#[derive(Debug, Clone, Copy)]
struct Counted {
    cpus: f64,
    ram: f64,
}

impl Counted {
    fn of(plan: &Plan) -> Counted {
        let (cpus, ram) = counted_capacity(plan);
        Counted { cpus, ram }
    }

    /// AG-1 for one profile.
    fn per(self, p: &WorkspaceProfile) -> u64 {
        sessions_per_agent(self.cpus, self.ram, p.effective_cores(), p.ram_gb)
    }
}

fn is_container(p: &&WorkspaceProfile) -> bool {
    p.kind == WorkspaceKind::Container
}

/// The container workspaces of a zone that size its agents: those with sessions, or every
/// one when none has sessions yet. The Docker volume (AG-5) and swap (SW-1) both follow them.
pub fn sized_profiles(zone: &Zone) -> Vec<&WorkspaceProfile> {
    let containers = zone.profiles.iter().filter(is_container);
    let busy: Vec<&WorkspaceProfile> = containers.clone().filter(|p| p.sessions > 0).collect();
    if busy.is_empty() {
        containers.collect()
    } else {
        busy
    }
}

/// Sessions on one full session host of this zone: the most any of its workspaces puts on
/// one agent or autoscaled instance (the count AG-5's volume is sized for).
pub fn host_sessions(plan: &Plan, zone: &Zone) -> u64 {
    let counted = Counted::of(plan);
    sized_profiles(zone)
        .iter()
        .map(|p| counted.per(p))
        .max()
        .unwrap_or(0)
}

/// Size the agents of every zone.
pub fn size_agents(plan: &Plan) -> RoleReport {
    size_agents_with_autoscale(plan).0
}

/// Size the agents and, in autoscale mode, the AutoScale figures (AS-1..AS-4), whose
/// settings, reasons and warnings join the agent role's.
pub fn size_agents_with_autoscale(plan: &Plan) -> (RoleReport, Option<AutoscaleReport>) {
    let mut extras = RoleExtras::default();
    let counted = Counted::of(plan);
    let (cpus, ram) = (counted.cpus, counted.ram);
    let (physical_cpus, physical_ram) = agent_hardware(plan);
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
                .map(|p| p.sessions as f64 / counted.per(p).max(1) as f64)
                .sum();
            let needed = ceil_servers(load);
            // AG-9: Kasm manages autoscaled capacity, so no spare instances are added.
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
                    .map(|p| counted.per(p) as f64)
                    .unwrap_or(0.0)
            };
            let sized = sized_profiles(zone);
            let disk = sized
                .iter()
                .map(|p| docker_volume_gb(counted.per(p), space_per_session(plan, p)))
                .fold(AGENT_BASE_DISK_GB, f64::max);
            let spec = ServerSpec {
                cpus: physical_cpus,
                ram_gb: physical_ram,
                disk_gb: disk,
            };
            zone_why(
                plan,
                counted,
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
                        per_server: counted.per(p),
                    })
                    .collect(),
                estimate: None,
            }
        })
        .collect();

    let what = if static_mode {
        "agent"
    } else {
        "autoscaled instance"
    };
    let picked = plan.cloud.instance(Role::Agent);
    let source = match &picked {
        Some(t) => format!(
            "{} ({} vCPU / {} GiB, GiB read as GB)",
            t.id,
            readable(t.vcpus),
            readable(t.memory_gib)
        ),
        None => format!(
            "physical {} CPU / {} GB",
            readable(physical_cpus),
            readable(physical_ram)
        ),
    };
    let mut rules: Vec<String> = vec!["AG-1".into(), "AG-4".into()];
    if !static_mode {
        rules.insert(0, "AS-1".into());
    }
    if picked.is_some() {
        rules.push("IC-1".into());
    }
    extras.why.push(Why {
        figure: format!("CPU and RAM Kasm counts per {what}"),
        value: format!("{} CPU / {} GB", readable(cpus), readable(ram)),
        formula: format!(
            "{source}; overrides {} and {}; oversubscription CPU x{}, RAM x{}",
            describe_override(plan.agents.cpu_override, "CPU"),
            describe_override(plan.agents.ram_override, "GB"),
            readable(cpus / physical_cpus),
            readable(ram / physical_ram)
        ),
        assumption: false,
        outside_guide: any_outside_guide(&rules),
        rules,
    });
    extras.settings = settings(plan);
    extras.warnings = warnings(plan);
    let mut report = assemble(Role::Agent, zones, extras);
    let autoscale = (!static_mode).then(|| super::autoscale::size_autoscale(plan, &mut report));
    (report, autoscale)
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
    counted: Counted,
    zone: &str,
    profiles: &[&WorkspaceProfile],
    load: f64,
    needed: u64,
    redundant: u64,
    spec: ServerSpec,
    extras: &mut RoleExtras,
) {
    let (cpus, ram) = (counted.cpus, counted.ram);
    let static_mode = plan.agents.mode == AgentMode::Static;
    for p in profiles.iter().filter(|p| p.sessions > 0) {
        let n = counted.per(p);
        let formula = sessions_formula(cpus, ram, p);
        let mut rules = vec!["AG-1".to_string(), "AG-2".to_string()];
        if !static_mode {
            rules.insert(0, "AS-1".into());
        }
        extras.why.push(Why {
            figure: if static_mode {
                format!("Sessions per agent for {} in zone {zone}", p.name)
            } else {
                format!(
                    "Sessions per autoscaled instance for {} in zone {zone}",
                    p.name
                )
            },
            value: thousands(n),
            formula,
            assumption: false,
            outside_guide: any_outside_guide(&rules),
            rules,
        });
    }
    let busy = profiles.iter().filter(|p| p.sessions > 0).count();
    let terms: Vec<String> = profiles
        .iter()
        .filter(|p| p.sessions > 0)
        .take(6)
        .map(|p| format!("{} / {}", thousands(p.sessions), thousands(counted.per(p))))
        .collect();
    let more = if busy > 6 {
        format!(" + ... ({} more)", busy - 6)
    } else {
        String::new()
    };
    let (figure, rules, spares) = if static_mode {
        (
            format!("Agents in zone {zone}"),
            vec!["AG-1".into(), "AG-8".into(), "DEP-2".into()],
            format!(
                "; + {redundant} for redundancy = {}",
                thousands(needed + redundant)
            ),
        )
    } else {
        (
            format!("Autoscaled instances at peak in zone {zone}"),
            vec!["AS-1".into(), "AG-1".into(), "AG-9".into(), "DEP-2".into()],
            "; Kasm starts and stops instances, so no spares are added".into(),
        )
    };
    extras.why.push(Why {
        figure,
        value: thousands(needed + redundant),
        outside_guide: any_outside_guide(&rules),
        rules,
        formula: if terms.is_empty() {
            "no container sessions in this zone: 0 agents".into()
        } else {
            format!(
                "ceil({}{more}) = ceil({}) = {}{spares}",
                terms.join(" + "),
                readable(load),
                thousands(needed),
            )
        },
        assumption: busy > 1,
    });
    let recording = profiles.iter().any(|p| p.recording);
    extras.why.push(Why {
        figure: format!("Docker volume per agent in zone {zone}"),
        value: format!("{} GB", readable(spec.disk_gb)),
        rules: vec!["AG-5".into(), "AG-6".into()],
        formula: profiles
            .iter()
            .max_by(|a, b| {
                let da = docker_volume_gb(counted.per(a), space_per_session(plan, a));
                let db = docker_volume_gb(counted.per(b), space_per_session(plan, b));
                da.total_cmp(&db)
            })
            .map(|p| {
                format!(
                    "80 + {} sessions x {} GB = {} GB{}",
                    thousands(counted.per(p)),
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
    let mut out = workspace_settings(plan);
    // Autoscaled instances take their overrides from the AutoScale config (autoscale.rs).
    match plan.agents.mode {
        AgentMode::Static => {
            let (cpus, ram) = counted_capacity(plan);
            if plan.agents.cpu_override != Override::None {
                out.push(cpu_override_setting(
                    cpus,
                    "AG-1",
                    format!(
                        "Kasm counts {} CPUs on an agent that has {}.",
                        num(cpus),
                        num(agent_hardware(plan).0)
                    ),
                ));
            }
            if plan.agents.ram_override != Override::None {
                out.push(ram_override_setting(
                    ram,
                    "AG-1",
                    format!("{} GB, counted as 1024^3 bytes per GB.", num(ram)),
                ));
            }
        }
        AgentMode::Autoscale => {}
    }
    out
}

/// The Agent Settings CPU override, in cores (AG-1), given by `rule`.
pub fn cpu_override_setting(cpus: f64, rule: &str, note: String) -> Setting {
    Setting {
        name: "Agent CPU Override".into(),
        value: num(cpus),
        scope: None,
        rule: rule.into(),
        note,
    }
}

/// The Agent Settings memory override, in bytes (AG-1; 1024^3 bytes per GB), given by `rule`.
pub fn ram_override_setting(ram_gb: f64, rule: &str, note: String) -> Setting {
    Setting {
        name: "Agent Memory Override (bytes)".into(),
        value: format!("{}", (ram_gb * BYTES_PER_GB).round() as u64),
        scope: None,
        rule: rule.into(),
        note,
    }
}

/// Settings of every container workspace (cores, memory, CPU flag, disk cap) and the global
/// CPU allocation method: what any host running sessions needs (AG-1, AG-2, AG-6, AG-7).
pub fn workspace_settings(plan: &Plan) -> Vec<Setting> {
    let mut out = Vec::new();
    let multi_zone = plan.zones.len() > 1;
    let host = agent_hardware(plan).0;
    for (z, p) in plan.profiles() {
        if p.kind != WorkspaceKind::Container {
            continue;
        }
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
            note: format!("{} GB, counted as 1,024 MB per GB.", readable(p.ram_gb)),
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
    out
}

/// AG-4: what a full host of each workspace commits against its physical CPU and RAM, and
/// the guide's caution against overrides for game streaming. `full` pairs each busy
/// workspace with its sessions on one full host; `host` names the host in the messages.
pub fn oversubscription_warnings(
    plan: &Plan,
    role: Role,
    host: &str,
    full: &[(&WorkspaceProfile, u64)],
) -> Vec<Warning> {
    let mut out = Vec::new();
    let warn = |severity, message: String| Warning {
        severity,
        rule: "AG-4".into(),
        role,
        message,
    };
    let (host_cpus, host_ram) = agent_hardware(plan);
    for &(p, n) in full {
        let committed_ram = n as f64 * p.ram_gb;
        if committed_ram > host_ram + 1e-9 {
            out.push(warn(
                Severity::Warning,
                format!(
                    "A full {host} of {} commits {} GB of RAM against {} GB physical: watch real RAM use closely.",
                    p.name,
                    readable(committed_ram),
                    readable(host_ram)
                ),
            ));
        }
        let committed_cpu = n as f64 * p.effective_cores();
        if committed_cpu > host_cpus + 1e-9 {
            out.push(warn(
                Severity::Info,
                format!(
                    "A full {host} of {} commits {} CPUs against {} physical (x{} oversubscribed).",
                    p.name,
                    readable(committed_cpu),
                    readable(host_cpus),
                    readable(committed_cpu / host_cpus)
                ),
            ));
        }
    }
    let overridden =
        plan.agents.cpu_override != Override::None || plan.agents.ram_override != Override::None;
    if overridden && plan.web_app.use_case == UseCase::Gaming {
        out.push(warn(
            Severity::Warning,
            format!(
                "Overrides oversubscribe the {}, which the guide advises against for game streaming.",
                if role == Role::Agent { "agents" } else { host }
            ),
        ));
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
    let counted = Counted::of(plan);
    let what = match plan.agents.mode {
        AgentMode::Static => "agent",
        AgentMode::Autoscale => "instance",
    };
    let full: Vec<(&WorkspaceProfile, u64)> = container
        .iter()
        .filter(|(_, p)| p.sessions > 0)
        .map(|(_, p)| (*p, counted.per(p)))
        .collect();
    out.extend(oversubscription_warnings(plan, Role::Agent, what, &full));
    if plan.agents.mode == AgentMode::Static {
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
