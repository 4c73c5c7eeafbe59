//! Redundancy scenarios (DEP-3) and the assembly of per-zone figures into a role report.

use super::report::{
    Role, RoleReport, Scenario, ServerSpec, Setting, Warning, Why, ZoneRoleReport,
};

/// Tolerance for floating-point products that should be whole numbers (3 x 150.0 = 450).
const EPS: f64 = 1e-6;

/// How a zone's capacity grows with the servers that are up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CapacityModel {
    /// Each server up carries this many sessions (web app, agents, proxies).
    PerServer(f64),
    /// One active server carries this many; the others stand by (database, DB-5).
    ActiveStandby(u64),
}

impl CapacityModel {
    /// Sessions carried with `up` servers serving.
    pub fn capacity(self, up: u64) -> u64 {
        match self {
            CapacityModel::PerServer(per) => floor_sessions(up as f64 * per),
            CapacityModel::ActiveStandby(cap) => {
                if up > 0 {
                    cap
                } else {
                    0
                }
            }
        }
    }

    /// Sessions one server carries.
    pub fn per_server(self) -> f64 {
        match self {
            CapacityModel::PerServer(per) => per,
            CapacityModel::ActiveStandby(cap) => cap as f64,
        }
    }
}

/// Round a session figure down, forgiving floating-point noise just below a whole number.
pub fn floor_sessions(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        (x + EPS).floor() as u64
    } else {
        0
    }
}

/// Round a server load up, forgiving floating-point noise just above a whole number.
pub fn ceil_servers(load: f64) -> u64 {
    if load.is_finite() && load > 0.0 {
        (load - EPS).ceil().max(0.0) as u64
    } else {
        0
    }
}

/// One role's sizing in one zone, before scenarios are worked out.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneSizing {
    /// Zone name.
    pub zone: String,
    /// Peak sessions this role carries in the zone.
    pub demand: u64,
    /// Servers needed for that peak.
    pub needed: u64,
    /// Servers added for redundancy.
    pub redundant: u64,
    /// How capacity grows with servers up.
    pub model: CapacityModel,
    /// Spec of one server.
    pub spec: ServerSpec,
}

/// The scenarios of one zone: k = 0 ..= redundant + 1 servers down, then maintenance (DEP-3).
pub fn zone_scenarios(
    total: u64,
    redundant: u64,
    demand: u64,
    model: CapacityModel,
) -> Vec<Scenario> {
    let last = (redundant + 1).min(total);
    let mut out: Vec<Scenario> = (0..=last)
        .map(|down| scenario(format!("{down} down"), down, total, demand, model, false))
        .collect();
    // DEP-3, AG-8: one server in patching plus one failed.
    let down = 2.min(total);
    out.push(scenario(
        "maintenance + failure".into(),
        down,
        total,
        demand,
        model,
        true,
    ));
    out
}

fn scenario(
    label: String,
    down: u64,
    total: u64,
    demand: u64,
    model: CapacityModel,
    maintenance: bool,
) -> Scenario {
    let up = total - down;
    let capacity = model.capacity(up);
    Scenario {
        label,
        down,
        up,
        capacity,
        demand,
        enough: capacity >= demand,
        maintenance,
    }
}

/// What a role module hands over besides its zones.
#[derive(Debug, Default)]
pub struct RoleExtras {
    /// Settings to type into Kasm.
    pub settings: Vec<Setting>,
    /// Warnings about the role.
    pub warnings: Vec<Warning>,
    /// The why trail.
    pub why: Vec<Why>,
    /// Cost of one server per month.
    pub unit_cost: Option<f64>,
}

/// Build a role report from its zones: sums, the largest spec, and scenarios with k servers
/// down in every zone at once (a zone's sessions never fail over to another zone, DEP-2).
pub fn assemble(role: Role, zones: Vec<ZoneSizing>, extras: RoleExtras) -> RoleReport {
    let zone_reports: Vec<ZoneRoleReport> = zones
        .iter()
        .map(|z| {
            let total = z.needed + z.redundant;
            ZoneRoleReport {
                zone: z.zone.clone(),
                demand: z.demand,
                needed: z.needed,
                redundant: z.redundant,
                total,
                sessions_per_server: z.model.per_server(),
                capacity: z.model.capacity(total),
                spec: z.spec,
                scenarios: zone_scenarios(total, z.redundant, z.demand, z.model),
            }
        })
        .collect();
    let needed = zones.iter().map(|z| z.needed).sum::<u64>();
    let redundant = zones.iter().map(|z| z.redundant).sum::<u64>();
    let total = needed + redundant;
    let demand = zones.iter().map(|z| z.demand).sum::<u64>();
    let capacity = zone_reports.iter().map(|z| z.capacity).sum::<u64>();
    let spec = largest_spec(
        zones
            .iter()
            .filter(|z| z.needed + z.redundant > 0)
            .map(|z| z.spec),
    )
    .or_else(|| zones.first().map(|z| z.spec))
    .unwrap_or_default();
    let max_redundant = zones.iter().map(|z| z.redundant).max().unwrap_or(0);
    let scenarios = role_scenarios(&zones, max_redundant);
    RoleReport {
        role,
        needed,
        redundant,
        total,
        spec,
        capacity,
        demand,
        utilisation: if capacity > 0 {
            demand as f64 / capacity as f64
        } else {
            0.0
        },
        zones: zone_reports,
        scenarios,
        settings: extras.settings,
        warnings: extras.warnings,
        why: extras.why,
        monthly_cost: extras.unit_cost.map(|c| c * total as f64),
    }
}

fn largest_spec(specs: impl Iterator<Item = ServerSpec>) -> Option<ServerSpec> {
    specs.fold(None, |acc: Option<ServerSpec>, s| {
        Some(match acc {
            None => s,
            Some(a) => ServerSpec {
                cpus: a.cpus.max(s.cpus),
                ram_gb: a.ram_gb.max(s.ram_gb),
                disk_gb: a.disk_gb.max(s.disk_gb),
            },
        })
    })
}

/// k servers down in every zone (capped at each zone's size), then maintenance in every zone.
fn role_scenarios(zones: &[ZoneSizing], max_redundant: u64) -> Vec<Scenario> {
    let max_total = zones
        .iter()
        .map(|z| z.needed + z.redundant)
        .max()
        .unwrap_or(0);
    let last = (max_redundant + 1).min(max_total);
    let mut out: Vec<Scenario> = (0..=last)
        .map(|k| combined(zones, k, format!("{k} down"), false))
        .collect();
    out.push(combined(zones, 2, "maintenance + failure".into(), true));
    out
}

fn combined(zones: &[ZoneSizing], k: u64, label: String, maintenance: bool) -> Scenario {
    let mut s = Scenario {
        label,
        down: 0,
        up: 0,
        capacity: 0,
        demand: 0,
        enough: true,
        maintenance,
    };
    for z in zones {
        let total = z.needed + z.redundant;
        let down = k.min(total);
        let up = total - down;
        let cap = z.model.capacity(up);
        s.down += down;
        s.up += up;
        s.capacity += cap;
        s.demand += z.demand;
        s.enough &= cap >= z.demand;
    }
    s
}
