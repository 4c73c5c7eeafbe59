//! Cloud instance types per role (IC-1) and the vendor's own defaults beside them (IC-2).
//!
//! A picked type sets the role's hardware: agents and connection proxies are sized on its
//! vCPUs (and the agent on its memory); web app and database servers keep the guide's
//! per-server figures (WEB-1, DB-3), and the type only has to meet their spec. Catalogue
//! memory is in GiB and is compared one to one with the guide's GB, which this project
//! reads as 1024^3 bytes (as Kasm counts memory).

use super::agent::{agent_hardware, sessions_per_agent};
use super::catalogue::{
    meets, smallest_per_family, suggest, vendor_defaults, InstanceSize, Provider,
};
use super::database::db_tier;
use super::plan::{Plan, WorkspaceKind};
use super::proxy::{load_per_session, proxy_spec, recording, sessions_per_proxy};
use super::report::{
    CloudReport, Role, RoleInstance, ServerSpec, Severity, VendorDefaultReport, Warning, Why,
};
use super::rules::{PROXY_MIN_RAM_GB, WEB_SPEC};
use crate::support::format::readable;

/// Roles with servers of their own, in report order.
const ROLES: [Role; 4] = [
    Role::WebApp,
    Role::Database,
    Role::Agent,
    Role::ConnectionProxy,
];

/// The role's name for people.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::WebApp => "web app server",
        Role::Database => "database server",
        Role::Agent => "agent",
        Role::ConnectionProxy => "connection proxy",
        Role::LoadBalancer => "network load balancer",
        Role::SingleServer => "single server",
    }
}

/// A type with its size: `m6i.xlarge (4 vCPU / 16 GiB)`, `E4.Flex 2 OCPU (4 vCPU) / 16 GiB`.
pub fn size_text(t: &InstanceSize) -> String {
    match t.ocpus {
        Some(o) => format!(
            "{} {} OCPU ({} vCPU) / {} GiB",
            t.id,
            readable(o),
            readable(t.vcpus),
            readable(t.memory_gib)
        ),
        None => format!(
            "{} ({} vCPU / {} GiB)",
            t.id,
            readable(t.vcpus),
            readable(t.memory_gib)
        ),
    }
}

/// The spec of the server deployed for a role that needs `need`: the picked type's vCPU
/// and GiB (disk as needed), or `need` itself; with the reason when a type is picked.
pub fn deployed(plan: &Plan, role: Role, need: ServerSpec) -> (ServerSpec, Option<Why>) {
    let Some(t) = plan.cloud.instance(role) else {
        return (need, None);
    };
    let spec = ServerSpec {
        cpus: t.vcpus,
        ram_gb: t.memory_gib,
        disk_gb: need.disk_gb,
    };
    let ok = meets(&t, need.cpus, need.ram_gb);
    let why = Why {
        figure: format!("Instance type of each {}", role_name(role)),
        value: t.id.clone(),
        rules: vec!["IC-1".into()],
        formula: format!(
            "{} against the {} CPU / {} GB needed: {} (GiB compared one to one with GB)",
            size_text(&t),
            readable(need.cpus),
            readable(need.ram_gb),
            if ok { "meets it" } else { "falls below it" }
        ),
        assumption: false,
        outside_guide: true,
    };
    (spec, Some(why))
}

/// CPU cores of one connection proxy: the picked type's vCPUs, else the typed cores.
pub fn proxy_cores(plan: &Plan) -> f64 {
    plan.cloud
        .instance(Role::ConnectionProxy)
        .map_or(plan.proxy.cores, |t| t.vcpus)
}

/// What each role needs: the guide's spec for web app and database servers; for agents and
/// connection proxies their hardware (a picked type's, else the typed figures), so the
/// suggestion beside a picked type is the smallest sustained type of the same size.
pub fn needs(plan: &Plan, role: Role) -> ServerSpec {
    match role {
        Role::WebApp => ServerSpec {
            cpus: WEB_SPEC.0,
            ram_gb: WEB_SPEC.1,
            disk_gb: WEB_SPEC.2,
        },
        Role::Database => db_tier(plan.peak_sessions(), plan.database.logging).spec,
        // SS-1: the single server's hardware is the agent's.
        Role::Agent | Role::SingleServer => {
            let (cpus, ram_gb) = agent_hardware(plan);
            ServerSpec {
                cpus,
                ram_gb,
                disk_gb: 0.0,
            }
        }
        Role::ConnectionProxy | Role::LoadBalancer => {
            let cores = proxy_cores(plan);
            let rec = recording(plan);
            proxy_spec(
                cores,
                sessions_per_proxy(cores, load_per_session(plan), rec),
                rec,
            )
        }
    }
}

/// The largest container workspace's cores (with recording) and RAM, if any.
fn largest_workspace(plan: &Plan) -> Option<(f64, f64)> {
    plan.profiles()
        .map(|(_, p)| p)
        .filter(|p| p.kind == WorkspaceKind::Container && p.sessions > 0)
        .map(|p| (p.effective_cores(), p.ram_gb))
        .reduce(|a, b| (a.0.max(b.0), a.1.max(b.1)))
}

/// How one vendor default compares with the guide for this plan.
fn vendor_check(plan: &Plan, role: Role, t: &InstanceSize) -> (bool, String) {
    match role {
        Role::Agent => match largest_workspace(plan) {
            Some((cores, ram)) => {
                let n = sessions_per_agent(t.vcpus, t.memory_gib, cores, ram);
                (
                    n == 0,
                    format!(
                        "holds {n} {} of the largest workspace ({} CPU / {} GB) by AG-1",
                        if n == 1 { "session" } else { "sessions" },
                        readable(cores),
                        readable(ram)
                    ),
                )
            }
            None => (false, "no container sessions in this plan".into()),
        },
        Role::ConnectionProxy => {
            let n = sessions_per_proxy(t.vcpus, load_per_session(plan), recording(plan));
            (
                t.memory_gib + 1e-9 < PROXY_MIN_RAM_GB || n == 0,
                format!(
                    "carries {n} {} by CP-7; the guide asks at least {} GB of RAM (CP-3)",
                    if n == 1 { "session" } else { "sessions" },
                    readable(PROXY_MIN_RAM_GB)
                ),
            )
        }
        _ => {
            let need = needs(plan, role);
            (
                !meets(t, need.cpus, need.ram_gb),
                format!(
                    "the guide asks {} CPU / {} GB for this plan",
                    readable(need.cpus),
                    readable(need.ram_gb)
                ),
            )
        }
    }
}

/// Roles with servers in this plan (proxies only with server sessions).
fn deployed_roles(plan: &Plan) -> Vec<Role> {
    let servers = plan
        .profiles()
        .any(|(_, p)| p.kind == WorkspaceKind::ServerConnection && p.sessions > 0);
    ROLES
        .into_iter()
        .filter(|r| *r != Role::ConnectionProxy || servers)
        .collect()
}

/// The cloud report and its warnings: suggestions, picked types, vendor defaults.
pub fn size_cloud(plan: &Plan) -> (Option<CloudReport>, Vec<Warning>) {
    let mut warnings = picked_type_warnings(plan);
    let provider = plan.cloud.provider;
    if provider == Provider::None {
        return (None, warnings);
    }
    let mut why = Vec::new();
    let roles: Vec<RoleInstance> = deployed_roles(plan)
        .into_iter()
        .map(|role| {
            let need = needs(plan, role);
            let suggested = suggest(provider, need.cpus, need.ram_gb);
            if let Some(s) = &suggested {
                why.push(Why {
                    figure: format!("Suggested {} type", role_name(role)),
                    value: s.id.clone(),
                    rules: vec!["IC-1".into()],
                    formula: format!(
                        "the smallest {} type with at least {} vCPU and {} GiB, burstable types left out: {}",
                        provider.label(),
                        readable(need.cpus),
                        readable(need.ram_gb),
                        size_text(s)
                    ),
                    assumption: false,
                    outside_guide: true,
                });
            }
            let chosen = plan.cloud.instance(role);
            RoleInstance {
                role,
                needs_cpus: need.cpus,
                needs_ram_gb: need.ram_gb,
                per_family: smallest_per_family(provider, need.cpus, need.ram_gb),
                chosen_meets: chosen.as_ref().map(|t| meets(t, need.cpus, need.ram_gb)),
                suggested,
                chosen,
            }
        })
        .collect();
    let (vendor_source, vendor) = match vendor_defaults(provider) {
        Some((source, list)) => {
            let rows: Vec<VendorDefaultReport> = list
                .iter()
                .filter(|d| roles.iter().any(|r| r.role == d.role))
                .filter_map(|d| {
                    let instance = d.size()?;
                    let (below_guide, note) = vendor_check(plan, d.role, &instance);
                    Some(VendorDefaultReport {
                        role: d.role,
                        instance,
                        below_guide,
                        note,
                    })
                })
                .collect();
            let below: Vec<String> = rows
                .iter()
                .filter(|r| r.below_guide)
                .map(|r| format!("{} {}", role_name(r.role), r.instance.id))
                .collect();
            if !below.is_empty() {
                warnings.push(Warning {
                    severity: Severity::Info,
                    rule: "IC-2".into(),
                    role: Role::WebApp,
                    message: format!(
                        "Kasm's own {source} deploys {}: below this plan's figures, so use it for a trial, not for this load.",
                        below.join(", ")
                    ),
                });
            }
            (Some(source.to_string()), rows)
        }
        None => (None, Vec::new()),
    };
    let report = CloudReport {
        provider,
        roles,
        vendor_source,
        vendor_defaults: vendor,
        why,
    };
    (Some(report), warnings)
}

/// Warnings about the types picked: burstable types carrying sessions (IC-1) and types
/// below the spec the guide gives their role.
pub fn picked_type_warnings(plan: &Plan) -> Vec<Warning> {
    let mut out = Vec::new();
    for role in deployed_roles(plan) {
        let Some(t) = plan.cloud.instance(role) else {
            continue;
        };
        let carries_sessions = match role {
            Role::Agent => largest_workspace(plan).is_some(),
            Role::ConnectionProxy => true,
            _ => false,
        };
        if t.burstable && carries_sessions {
            let share = if t.id == "t3.medium" {
                " (a t3.medium about 20 %)"
            } else {
                ""
            };
            out.push(Warning {
                severity: Severity::Warning,
                rule: "IC-1".into(),
                role,
                message: format!(
                    "{} is burstable: it sustains only a fraction of each vCPU{share}, so sessions slow down once its CPU credits run out.",
                    t.id
                ),
            });
        }
        let below = match role {
            Role::WebApp | Role::Database => {
                let need = needs(plan, role);
                (!meets(&t, need.cpus, need.ram_gb)).then(|| {
                    format!(
                        "{} falls below the {} CPU / {} GB the guide gives each {} of this plan.",
                        size_text(&t),
                        readable(need.cpus),
                        readable(need.ram_gb),
                        role_name(role)
                    )
                })
            }
            Role::ConnectionProxy => {
                let ram = PROXY_MIN_RAM_GB.max(t.vcpus / 2.0);
                (t.memory_gib + 1e-9 < ram).then(|| {
                    format!(
                        "{} has less than the {} GB of RAM a {}-core connection proxy needs (CP-3, CP-7).",
                        size_text(&t),
                        readable(ram),
                        readable(t.vcpus)
                    )
                })
            }
            _ => None,
        };
        if let Some(message) = below {
            out.push(Warning {
                severity: Severity::Warning,
                rule: "IC-1".into(),
                role,
                message,
            });
        }
    }
    out
}
