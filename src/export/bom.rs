//! The bill of materials: one row per role and zone, with per-server spec and totals.

pub use crate::engine::database::ALL_ZONES;
use crate::engine::{LoadBalancingMethod, Plan, Report, RoleReport, ServerSpec};

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

/// Rows for every role with servers: one per zone where the report splits by zone.
pub fn bill_of_materials(plan: &Plan, report: &Report) -> Vec<BomRow> {
    let mut rows = Vec::new();
    let roles: [(&str, &RoleReport); 4] = [
        ("Web app server", &report.web_app),
        ("Database server", &report.database),
        ("Agent", &report.agents),
        ("Connection proxy", &report.proxies),
    ];
    for (name, role) in roles {
        let instance_type = plan.cloud.instance(role.role).map(|t| t.id);
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
                });
            }
        } else if role.total > 0 {
            rows.push(BomRow {
                role: name.to_string(),
                zone: role
                    .zones
                    .first()
                    .map(|z| z.zone.clone())
                    .unwrap_or_default(),
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
        });
    }
    rows
}
