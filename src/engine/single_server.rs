//! A single-server install (DEP-1, SS-1..4): one server carries every role, sized with the
//! agent rules on its CPU, RAM and overrides, less an optional reserve for the other
//! services, never below Kasm's minimum.
//!
//! The server's CPU, RAM, overrides, CPU allocation and disk cap are the agent inputs
//! (`plan.agents`): the server is the agent host, and the overrides are its Agent Settings.
//! RDP/VNC/SSH sessions stream through its connection proxy service; the agent rules do not
//! count them, so they are reported beside the capacity, with their streaming load.

use super::agent::{
    agent_hardware, cpu_override_setting, oversubscription_warnings, ram_override_setting,
    sessions_formula, sessions_per_agent, space_per_session, workspace_settings,
};
use super::database::log_retention_setting;
use super::plan::{AgentMode, Logging, Override, Plan, Reserve, WorkspaceKind, WorkspaceProfile};
use super::proxy;
use super::report::{
    ReserveFigures, Role, ServerSpec, Setting, Severity, SingleServerDisk, SingleServerReport,
    Warning, Why, WorkspaceFit,
};
use super::rules::{
    AGENT_BASE_DISK_GB, DB_BUILTIN_LOGGING_LIMIT, RECORDING_DISK_PER_SESSION_GB, RESERVE_LIMITS,
    RESERVE_REQUESTS, SINGLE_SERVER_DATABASE_GB, SINGLE_SERVER_MINIMUM,
};
use super::scenarios::{floor_sessions, zone_scenarios, CapacityModel, Cover, ZoneSizing};
use super::swap::{swap_figure, swap_setting, swap_why};
use super::web_app;
use super::SwapFigure;
use crate::support::format::{readable, thousands};

/// SS-3: the CPUs and GB of RAM kept back for the other services.
pub fn reserve_figures(reserve: Reserve) -> ReserveFigures {
    let (cpus, ram_gb) = match reserve {
        Reserve::None => (0.0, 0.0),
        Reserve::Requests => RESERVE_REQUESTS,
        Reserve::Limits => RESERVE_LIMITS,
    };
    ReserveFigures {
        choice: reserve,
        cpus,
        ram_gb,
    }
}

/// What Kasm may count for sessions on the server: the CPU and RAM (or their overrides, AG-1)
/// less the reserve (SS-3), never below zero.
pub fn counted_capacity(plan: &Plan) -> (f64, f64) {
    let a = &plan.agents;
    let (cpus, ram) = agent_hardware(plan);
    let r = reserve_figures(plan.single_server.reserve);
    (
        (a.cpu_override.apply(cpus) - r.cpus).max(0.0),
        (a.ram_override.apply(ram) - r.ram_gb).max(0.0),
    )
}

/// AG-1 on the server's counted figures: sessions of this workspace alone that it holds.
pub fn per_server(plan: &Plan, p: &WorkspaceProfile) -> u64 {
    let (cpus, ram) = counted_capacity(plan);
    sessions_per_agent(cpus, ram, p.effective_cores(), p.ram_gb)
}

/// The container workspaces the server is sized for: those with sessions, or all of them
/// when none has any (as for agents).
fn sized_profiles(plan: &Plan) -> Vec<(usize, &WorkspaceProfile)> {
    let mut containers: Vec<(usize, &WorkspaceProfile)> = plan
        .profiles()
        .filter(|(_, p)| p.kind == WorkspaceKind::Container)
        .collect();
    if containers.iter().any(|(_, p)| p.sessions > 0) {
        containers.retain(|(_, p)| p.sessions > 0);
    }
    containers
}

/// Container sessions the server holds at the plan's workspace mix: each session takes
/// 1 / (its workspace's sessions per server) of it (the agents' mixed-workspace reading).
pub fn capacity(plan: &Plan) -> u64 {
    let sized = sized_profiles(plan);
    let demand: u64 = sized.iter().map(|(_, p)| p.sessions).sum();
    let load: f64 = sized
        .iter()
        .map(|(_, p)| p.sessions as f64 / per_server(plan, p).max(1) as f64)
        .sum();
    if demand > 0 && load > 0.0 {
        floor_sessions(demand as f64 / load)
    } else {
        sized.first().map_or(0, |(_, p)| per_server(plan, p))
    }
}

/// Size the one server. `plan` has its demand resolved (named users already counted).
pub fn size_single_server(plan: &Plan) -> SingleServerReport {
    let (physical_cpus, physical_ram) = agent_hardware(plan);
    let reserve = reserve_figures(plan.single_server.reserve);
    let (cpus, ram) = counted_capacity(plan);
    let sized = sized_profiles(plan);
    let demand: u64 = sized.iter().map(|(_, p)| p.sessions).sum();
    let capacity = capacity(plan);
    let fits = demand <= capacity;
    let held = demand.min(capacity);
    // The share of each workspace's sessions that the server holds (1 when it fits).
    let share = if demand > 0 {
        held as f64 / demand as f64
    } else {
        0.0
    };
    let multi_zone = plan.zones.len() > 1;
    let per_workspace: Vec<WorkspaceFit> = sized
        .iter()
        .map(|(z, p)| WorkspaceFit {
            workspace: if multi_zone {
                format!("{} / {}", plan.zones[*z].name, p.name)
            } else {
                p.name.clone()
            },
            sessions: p.sessions,
            per_server: per_server(plan, p),
        })
        .collect();

    let proxied: Vec<&WorkspaceProfile> = plan
        .profiles()
        .map(|(_, p)| p)
        .filter(|p| p.kind == WorkspaceKind::ServerConnection && p.sessions > 0)
        .collect();
    let proxied_sessions: u64 = proxied.iter().map(|p| p.sessions).sum();
    let recorded_proxied: u64 = proxied
        .iter()
        .filter(|p| p.recording)
        .map(|p| p.sessions)
        .sum();

    // SS-2: the Docker volume for the sessions it holds, the database, and CP-5's clips.
    let session_disk: f64 = sized
        .iter()
        .map(|(_, p)| p.sessions as f64 * share * space_per_session(plan, p))
        .sum();
    let docker_volume_gb = AGENT_BASE_DISK_GB + session_disk;
    let proxy_recording_gb = recorded_proxied as f64 * RECORDING_DISK_PER_SESSION_GB;
    let sum = docker_volume_gb + SINGLE_SERVER_DATABASE_GB + proxy_recording_gb;
    let disk = SingleServerDisk {
        docker_volume_gb,
        database_gb: SINGLE_SERVER_DATABASE_GB,
        proxy_recording_gb,
        minimum_gb: SINGLE_SERVER_MINIMUM.2,
        total_gb: sum.max(SINGLE_SERVER_MINIMUM.2),
    };
    let spec = ServerSpec {
        cpus: physical_cpus,
        ram_gb: physical_ram,
        disk_gb: disk.total_gb,
    };
    let swap = swap_figure("single server", None, held, physical_ram);

    let mut why = Vec::new();
    counted_why(plan, reserve, cpus, ram, &mut why);
    for (z, p) in &sized {
        let n = per_server(plan, p);
        let name = if multi_zone {
            format!("{} in zone {}", p.name, plan.zones[*z].name)
        } else {
            p.name.clone()
        };
        why.push(Why {
            figure: format!("Sessions of {name} on the single server"),
            value: thousands(n),
            rules: vec!["AG-1".into(), "AG-2".into(), "DEP-1".into(), "SS-1".into()],
            formula: sessions_formula(cpus, ram, p),
            assumption: reserve.choice != Reserve::None,
            outside_guide: true,
        });
    }
    why.push(Why {
        figure: "Container sessions the single server holds".into(),
        value: if fits {
            format!("{} (peak {})", thousands(capacity), thousands(demand))
        } else {
            format!("{} of {}", thousands(held), thousands(demand))
        },
        rules: vec!["SS-1".into(), "SS-4".into()],
        formula: format!(
            "{}: {}",
            if sized.iter().filter(|(_, p)| p.sessions > 0).count() > 1 {
                "each session takes 1 / (its workspace's sessions per server) of the server"
            } else {
                "AG-1 on the counted CPU and RAM"
            },
            if fits {
                format!(
                    "{} sessions at this mix, enough for the peak of {}",
                    thousands(capacity),
                    thousands(demand)
                )
            } else {
                format!(
                    "{} sessions at this mix, short of the peak of {} by {}",
                    thousands(capacity),
                    thousands(demand),
                    thousands(demand - capacity)
                )
            }
        ),
        assumption: sized.iter().filter(|(_, p)| p.sessions > 0).count() > 1,
        outside_guide: true,
    });
    why.push(Why {
        figure: "Single server disk".into(),
        value: format!("{} GB", readable(disk.total_gb)),
        rules: vec![
            "SS-2".into(),
            "AG-5".into(),
            "DB-4".into(),
            "SS-1".into(),
        ],
        formula: format!(
            "80 + {} GB for {} sessions = {} GB Docker volume; + {} GB database{}; at least {} GB = {} GB",
            readable(session_disk),
            thousands(held),
            readable(docker_volume_gb),
            readable(SINGLE_SERVER_DATABASE_GB),
            if proxy_recording_gb > 0.0 {
                format!(" + {} GB for recorded proxied sessions", readable(proxy_recording_gb))
            } else {
                String::new()
            },
            readable(SINGLE_SERVER_MINIMUM.2),
            readable(disk.total_gb)
        ),
        assumption: true,
        outside_guide: true,
    });
    why.push(swap_why(&swap));

    let settings = settings(plan, reserve, cpus, ram, &swap);
    let warnings = warnings(plan, demand, capacity, proxied_sessions, &sized);
    SingleServerReport {
        fits,
        demand,
        capacity,
        sessions_held: held,
        proxied_sessions,
        utilisation: if capacity > 0 {
            demand as f64 / capacity as f64
        } else {
            0.0
        },
        spec,
        swap_gb: swap.swap_gb,
        disk,
        reserve,
        counted_cpus: cpus,
        counted_ram_gb: ram,
        per_workspace,
        scenarios: zone_scenarios(&ZoneSizing {
            zone: match plan.zones.as_slice() {
                [zone] => zone.name.clone(),
                _ => "All zones".into(),
            },
            demand,
            needed: 1,
            redundant: 0,
            model: CapacityModel::PerServer(capacity as f64),
            cover: Cover::SingleServer,
            spec,
            workspaces: Vec::new(),
            estimate: None,
        }),
        single_point_of_failure: "This one server carries every role: while it is down or being patched, every session stops and no one can log in. Keep off-server backups (DB-5) and plan a maintenance window.".into(),
        distributed: None,
        settings,
        warnings,
        why,
        // Priced afterwards, with the other costs (cost::price_single_server).
        monthly_cost: None,
    }
}

fn counted_why(plan: &Plan, reserve: ReserveFigures, cpus: f64, ram: f64, why: &mut Vec<Why>) {
    let a = &plan.agents;
    let (physical_cpus, physical_ram) = agent_hardware(plan);
    let part = |o: Override, physical: f64, kept: f64, counted: f64, unit: &str| {
        let base = match o {
            Override::None => format!("{} {unit}", readable(physical)),
            _ => format!("override {} {unit}", readable(o.apply(physical))),
        };
        if kept > 0.0 {
            format!(
                "{base} - {} reserved = {}",
                readable(kept),
                readable(counted)
            )
        } else {
            base
        }
    };
    why.push(Why {
        figure: "CPU and RAM the single server counts for sessions".into(),
        value: format!("{} CPU / {} GB", readable(cpus), readable(ram)),
        rules: vec!["SS-3".into(), "AG-1".into(), "AG-4".into()],
        formula: format!(
            "{}; {}{}",
            part(a.cpu_override, physical_cpus, reserve.cpus, cpus, "CPU"),
            part(a.ram_override, physical_ram, reserve.ram_gb, ram, "GB"),
            match reserve.choice {
                Reserve::None => " (no reserve for the other services)",
                Reserve::Requests => {
                    " (reserve: the Helm chart's small-preset requests, about 2.1 CPU and 896 MiB)"
                }
                Reserve::Limits => {
                    " (reserve: the Helm chart's small-preset limits, about 3.5 CPU and 2.3 GiB)"
                }
            }
        ),
        assumption: reserve.choice != Reserve::None,
        outside_guide: true,
    });
}

fn settings(
    plan: &Plan,
    reserve: ReserveFigures,
    cpus: f64,
    ram: f64,
    swap: &SwapFigure,
) -> Vec<Setting> {
    let a = &plan.agents;
    let mut out = workspace_settings(plan);
    let reserved = reserve.choice != Reserve::None;
    // With a reserve, the overrides are how Kasm itself keeps the services' share free.
    let rule = if reserved { "SS-3" } else { "AG-1" };
    let keeping = |kept: f64, unit: &str| {
        if reserved {
            format!(", keeping {}{unit} for the other services", readable(kept))
        } else {
            String::new()
        }
    };
    if reserved || a.cpu_override != Override::None {
        out.push(cpu_override_setting(
            cpus,
            rule,
            format!(
                "Kasm counts {} CPUs for sessions on a server that has {}{}.",
                readable(cpus),
                readable(agent_hardware(plan).0),
                keeping(reserve.cpus, "")
            ),
        ));
    }
    if reserved || a.ram_override != Override::None {
        out.push(ram_override_setting(
            ram,
            rule,
            format!(
                "{} GB (1024^3 bytes per GB){}.",
                readable(ram),
                keeping(reserve.ram_gb, " GB")
            ),
        ));
    }
    out.push(swap_setting(swap, None));
    out.push(log_retention_setting(plan.database.logging));
    out
}

fn warnings(
    plan: &Plan,
    demand: u64,
    capacity: u64,
    proxied_sessions: u64,
    sized: &[(usize, &WorkspaceProfile)],
) -> Vec<Warning> {
    let warn = |severity, rule: &str, message: String| Warning {
        severity,
        rule: rule.into(),
        role: Role::SingleServer,
        message,
    };
    let mut out = Vec::new();
    if demand > capacity {
        out.push(warn(
            Severity::Critical,
            "SS-4",
            format!(
                "The server holds {} of the {} container sessions at peak: use a bigger server or overrides, or switch to the distributed deployment.",
                thousands(capacity),
                thousands(demand)
            ),
        ));
    }
    out.push(warn(
        Severity::Warning,
        "SS-1",
        "A single server is a single point of failure: when it stops, every session stops.".into(),
    ));
    let full: Vec<(&WorkspaceProfile, u64)> = sized
        .iter()
        .filter(|(_, p)| p.sessions > 0)
        .map(|(_, p)| (*p, per_server(plan, p)))
        .collect();
    out.extend(oversubscription_warnings(
        plan,
        Role::SingleServer,
        "server",
        &full,
    ));
    if proxied_sessions > 0 {
        let load = proxy::load_per_session(plan);
        let streaming = if proxy::recording(plan) { 2.0 } else { 1.0 };
        out.push(warn(
            Severity::Info,
            "SS-1",
            format!(
                "{} RDP/VNC/SSH sessions stream through the server's connection proxy service: about {} cores ({} each{}, CP-7) on top of what the agent rules count; watch the CPU.",
                thousands(proxied_sessions),
                readable(proxied_sessions as f64 * load * streaming),
                readable(load),
                if streaming > 1.0 { ", doubled for recording (CP-4)" } else { "" }
            ),
        ));
    }
    let (std_per, d2a_per, _) = web_app::per_server(plan);
    let (standard, direct) = plan
        .zones
        .iter()
        .map(|z| web_app::zone_traffic(plan, z))
        .fold((0, 0), |(s, d), (a, b)| (s + a, d + b));
    let web_load = standard as f64 / std_per as f64 + direct as f64 / d2a_per as f64;
    if web_load > 1.0 + 1e-9 {
        out.push(warn(
            Severity::Info,
            "WEB-1",
            format!(
                "{} sessions are more than the guide puts on one web app server ({} Standard, {} Direct-to-Agent for this use case): the server's web app services may become the limit before its CPU and RAM.",
                thousands(standard + direct),
                thousands(std_per),
                thousands(d2a_per)
            ),
        ));
    }
    if plan.database.logging == Logging::BuiltIn && plan.peak_sessions() > DB_BUILTIN_LOGGING_LIMIT
    {
        out.push(warn(
            Severity::Warning,
            "DB-4",
            format!(
                "Built-in logging with {} sessions grows the database on this server: forward logs to a SIEM and set retention to 0, or vacuum monthly.",
                thousands(plan.peak_sessions())
            ),
        ));
    }
    if plan.agents.mode == AgentMode::Autoscale {
        out.push(warn(
            Severity::Info,
            "SS-1",
            "Autoscaling does not apply to a single server: the agent mode is ignored.".into(),
        ));
    }
    if plan.zones.len() > 1 {
        out.push(warn(
            Severity::Info,
            "SS-1",
            format!(
                "The {} zones all run on the one server: zones group servers (DEP-2), and a single server has only one.",
                plan.zones.len()
            ),
        ));
    }
    out
}
