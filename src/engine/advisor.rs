//! The override advisor (OV-1, AG-1, AG-4): when the session hosts run out of one resource
//! while at most half of the other is used, suggest the Agent Settings override that makes
//! both run out at the same session count.
//!
//! It advises static agents and the single server (autoscaled instances are sized by their
//! instance type), never for game streaming (AG-4). With several container workspaces it
//! speaks only when all of them are held back by the same resource with the other at most
//! half used; the override is then the largest any of them needs to balance, so each one
//! ends up balanced or held by the other resource, and the advice does not come back.

use super::agent::{
    agent_hardware, counted_capacity, cpu_override_setting, ram_override_setting, size_agents,
};
use super::plan::{AgentMode, Deployment, Override, Plan, Reserve, UseCase, WorkspaceKind};
use super::report::{OverrideAdvice, Resource, Role, RoleReport, Why};
use super::scenarios::floor_sessions;
use super::single_server::{self, reserve_figures};
use crate::support::format::{percent_in_formula as percent, readable, thousands};

/// Largest absolute overrides the engine accepts (cores, GB), as in validation.
const MAX_CPU_OVERRIDE: f64 = 4096.0;
const MAX_RAM_OVERRIDE_GB: f64 = 65_536.0;
const EPS: f64 = 1e-9;

/// One busy workspace on a full host: how many sessions each resource allows.
struct Fit<'a> {
    name: &'a str,
    cores: f64,
    ram_gb: f64,
    by_cpu: u64,
    by_ram: u64,
}

impl Fit<'_> {
    /// The resource that binds, and the share of the other one a full host uses.
    fn binding(&self, cpus: f64, ram: f64) -> Option<(Resource, f64)> {
        if self.by_cpu < self.by_ram {
            Some((Resource::Cpu, self.by_cpu as f64 * self.ram_gb / ram))
        } else if self.by_ram < self.by_cpu {
            Some((Resource::Ram, self.by_ram as f64 * self.cores / cpus))
        } else {
            None
        }
    }

    /// The counted figure of the binding resource at which both bind together.
    fn balance(&self, resource: Resource) -> f64 {
        match resource {
            Resource::Cpu => self.by_ram as f64 * self.cores,
            Resource::Ram => self.by_cpu as f64 * self.ram_gb,
        }
    }
}

/// The suggestion for this plan (demand resolved), or `None` when no override is worth
/// suggesting. `agents` is the plan's agent report (unused for a single server).
pub fn advise(plan: &Plan, agents: &RoleReport) -> Option<OverrideAdvice> {
    if plan.web_app.use_case == UseCase::Gaming {
        return None; // AG-4: no oversubscription for game streaming.
    }
    let single = plan.deployment == Deployment::SingleServer;
    if !single && plan.agents.mode != AgentMode::Static {
        return None;
    }
    let (cpus, ram) = if single {
        single_server::counted_capacity(plan)
    } else {
        counted_capacity(plan)
    };
    if cpus <= 0.0 || ram <= 0.0 {
        return None;
    }
    let fits: Vec<Fit> = plan
        .profiles()
        .map(|(_, p)| p)
        .filter(|p| p.kind == WorkspaceKind::Container && p.sessions > 0)
        .map(|p| Fit {
            name: &p.name,
            cores: p.effective_cores(),
            ram_gb: p.ram_gb,
            by_cpu: floor_sessions(cpus / p.effective_cores()),
            by_ram: floor_sessions(ram / p.ram_gb),
        })
        .collect();
    let first = fits.first()?;
    let (resource, _) = first.binding(cpus, ram)?;
    let mut other_used: f64 = 0.0;
    for f in &fits {
        match f.binding(cpus, ram) {
            Some((r, used)) if r == resource && used <= 0.5 + EPS => {
                other_used = other_used.max(used)
            }
            _ => return None,
        }
    }
    let setter = fits
        .iter()
        .max_by(|a, b| a.balance(resource).total_cmp(&b.balance(resource)))?;
    let target = setter.balance(resource);
    let reserve = if single {
        reserve_figures(plan.single_server.reserve)
    } else {
        reserve_figures(Reserve::None)
    };
    let (physical_cpus, physical_ram) = agent_hardware(plan);
    let (kept, physical, max, field) = match resource {
        Resource::Cpu => (
            reserve.cpus,
            physical_cpus,
            MAX_CPU_OVERRIDE,
            "agents.cpu_override",
        ),
        Resource::Ram => (
            reserve.ram_gb,
            physical_ram,
            MAX_RAM_OVERRIDE_GB,
            "agents.ram_override",
        ),
    };
    let plan_value = target + kept;
    // Beyond what validation accepts, or a server whose reserve takes all its hardware.
    if plan_value > max || physical <= kept {
        return None;
    }
    let mut after = plan.clone();
    match resource {
        Resource::Cpu => after.agents.cpu_override = Override::Absolute(plan_value),
        Resource::Ram => after.agents.ram_override = Override::Absolute(plan_value),
    }
    let (hosts, hosts_after, capacity, capacity_after) = if single {
        (
            1,
            1,
            single_server::capacity(plan),
            single_server::capacity(&after),
        )
    } else {
        let later = size_agents(&after);
        (agents.total, later.total, agents.capacity, later.capacity)
    };
    let per_host = setter.by_cpu.min(setter.by_ram);
    let per_host_after = setter.by_cpu.max(setter.by_ram);
    let oversubscription = target / (physical - kept);
    let (host, role) = if single {
        ("the server, which has", Role::SingleServer)
    } else {
        ("each agent, which has", Role::Agent)
    };
    let setting_note = format!(
        "Suggested by the override advisor: {} sessions of {} per host instead of {}.",
        thousands(per_host_after),
        setter.name,
        thousands(per_host)
    );
    let setting = match resource {
        Resource::Cpu => cpu_override_setting(target, "OV-1", setting_note),
        Resource::Ram => ram_override_setting(target, "OV-1", setting_note),
    };
    let (bound, other, unit) = match resource {
        Resource::Cpu => ("CPU", "RAM", "cores"),
        Resource::Ram => ("RAM", "CPU", "GB"),
    };
    let caution = match resource {
        Resource::Cpu => format!(
            "Counting {} cores on {host} {} for sessions, oversubscribes its CPUs x{}: fine for standard use with monitoring, never for game streaming (AG-4).",
            readable(target),
            readable(physical - kept),
            readable(oversubscription)
        ),
        Resource::Ram => format!(
            "Counting {} GB on {host} {} GB for sessions, oversubscribes its RAM x{}: real memory use must never come near the physical RAM, so watch it closely and give the host swap (AG-4, SW-1).",
            readable(target),
            readable(physical - kept),
            readable(oversubscription)
        ),
    };
    let saved = hosts.saturating_sub(hosts_after);
    let why = vec![Why {
        figure: format!("Suggested {bound} override"),
        value: format!("{} {unit}", readable(plan_value)),
        rules: vec!["OV-1".into(), "AG-1".into(), "AG-4".into()],
        formula: format!(
            "{bound} holds {} to {} sessions per host while {other} is {} used; {} sessions x {} {unit} = {} {unit} counted make both bind at {}{}; {}",
            setter.name,
            thousands(per_host),
            percent(other_used),
            thousands(per_host_after),
            readable(match resource {
                Resource::Cpu => setter.cores,
                Resource::Ram => setter.ram_gb,
            }),
            readable(target),
            thousands(per_host_after),
            if kept > 0.0 {
                format!(" (+ {} {unit} reserved = {})", readable(kept), readable(plan_value))
            } else {
                String::new()
            },
            if single {
                format!(
                    "the server holds {} sessions instead of {}",
                    thousands(capacity_after),
                    thousands(capacity)
                )
            } else {
                format!(
                    "agents {} -> {} ({} fewer)",
                    thousands(hosts),
                    thousands(hosts_after),
                    thousands(saved)
                )
            }
        ),
        assumption: true,
        outside_guide: true,
    }];
    Some(OverrideAdvice {
        resource,
        role,
        workspace: setter.name.to_string(),
        other_used,
        sessions_per_host: per_host,
        sessions_per_host_after: per_host_after,
        plan_field: field.into(),
        plan_value: Override::Absolute(plan_value),
        setting,
        oversubscription,
        hosts,
        hosts_after,
        hosts_saved: saved,
        capacity,
        capacity_after,
        caution,
        why,
    })
}
