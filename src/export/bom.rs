//! The bill of materials: one row per role and zone, with per-server spec and totals.

pub use crate::engine::database::ALL_ZONES;
use crate::engine::{LoadBalancingMethod, Plan, Report, Role, RoleReport, ServerSpec};

/// The role name of the one server of a single-server install.
pub const SINGLE_SERVER_ROW: &str = "Single server";

/// One line of the bill of materials.
#[derive(Debug, Clone, PartialEq)]
pub struct BomRow {
    /// Role in words, e.g. "Web app server".
    pub role: String,
    /// Zone name; [`ALL_ZONES`] for a row that serves every zone (the database, the load
    /// balancers), as the page calls it.
    pub zone: String,
    /// Servers to deploy.
    pub count: u64,
    /// Servers needed for peak.
    pub needed: u64,
    /// Servers added for redundancy.
    pub redundant: u64,
    /// Spec of one server.
    pub spec: ServerSpec,
    /// The cloud instance type picked for the role, if any (IC-1).
    pub instance_type: Option<String>,
    /// Monthly cost of the row, when the role has a price (autoscaled agents: by their
    /// instance-hours).
    pub monthly_cost: Option<f64>,
    /// Swap to set on each server of the row, for hosts that run sessions (SW-1).
    pub swap_gb: Option<f64>,
}

impl BomRow {
    /// vCPU over the row's servers.
    pub fn total_vcpu(&self) -> f64 {
        self.spec.cpus * self.count as f64
    }
    /// RAM over the row's servers, in GB.
    pub fn total_ram_gb(&self) -> f64 {
        self.spec.ram_gb * self.count as f64
    }
    /// Disk over the row's servers, in GB.
    pub fn total_disk_gb(&self) -> f64 {
        self.spec.disk_gb * self.count as f64
    }
}

/// Swap per session host of a zone (SW-1), for the agent rows.
fn agent_swap(report: &Report, zone: &str) -> Option<f64> {
    report
        .swap
        .iter()
        .find(|f| f.zone.as_deref() == Some(zone))
        .map(|f| f.swap_gb)
}

/// Rows for every role with servers: one per zone where the report splits by zone; for a
/// single-server install, the one server (SS-1).
pub fn bill_of_materials(plan: &Plan, report: &Report) -> Vec<BomRow> {
    let mut rows = Vec::new();
    if let Some(single) = &report.single_server {
        rows.push(BomRow {
            role: SINGLE_SERVER_ROW.to_string(),
            zone: String::new(),
            count: 1,
            needed: 1,
            redundant: 0,
            spec: single.spec,
            instance_type: plan.cloud.instance(Role::Agent).map(|t| t.id),
            monthly_cost: single.monthly_cost,
            swap_gb: Some(single.swap_gb),
        });
    }
    let roles: [(&str, &RoleReport); 4] = [
        ("Web app server", &report.web_app),
        ("Database server", &report.database),
        ("Agent", &report.agents),
        ("Connection proxy", &report.proxies),
    ];
    for (name, role) in roles {
        let instance_type = plan.cloud.instance(role.role).map(|t| t.id);
        let swap = |zone: &str| {
            if role.role == Role::Agent {
                agent_swap(report, zone)
            } else {
                None
            }
        };
        if role.zones.len() > 1 {
            for z in role.zones.iter().filter(|z| z.total > 0) {
                rows.push(BomRow {
                    role: name.to_string(),
                    zone: z.zone.clone(),
                    count: z.total,
                    needed: z.needed,
                    redundant: z.redundant,
                    spec: z.spec,
                    instance_type: instance_type.clone(),
                    monthly_cost: z.monthly_cost,
                    swap_gb: swap(&z.zone),
                });
            }
        } else if role.total > 0 {
            let zone = role
                .zones
                .first()
                .map(|z| z.zone.clone())
                .unwrap_or_default();
            rows.push(BomRow {
                role: name.to_string(),
                swap_gb: swap(&zone),
                zone,
                count: role.total,
                needed: role.needed,
                redundant: role.redundant,
                spec: role.spec,
                instance_type,
                monthly_cost: role.monthly_cost,
            });
        }
    }
    let lbs = report.load_balancing.load_balancers;
    if lbs > 0 {
        let spare = if plan.load_balancing.method == LoadBalancingMethod::NetworkLoadBalancer {
            plan.load_balancing.lb_redundancy.min(lbs)
        } else {
            0
        };
        rows.push(BomRow {
            role: "Network load balancer".to_string(),
            zone: ALL_ZONES.to_string(),
            count: lbs,
            needed: lbs - spare,
            redundant: spare,
            spec: ServerSpec::default(),
            instance_type: None,
            monthly_cost: report.load_balancing.monthly_cost,
            swap_gb: None,
        });
    }
    rows
}
