//! The report: what to deploy (the engine's output), with the reason for every figure.

use serde::{Deserialize, Serialize};

/// Everything the engine recommends for one plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Shape version, equal to the plan version the engine understands.
    pub version: u32,
    /// Peak concurrent sessions over all zones.
    pub peak_sessions: u64,
    /// Of those, container sessions (hosted on agents).
    pub container_sessions: u64,
    /// Of those, RDP/VNC/SSH server sessions (through connection proxies).
    pub server_sessions: u64,
    /// Web app servers (WEB-*).
    pub web_app: RoleReport,
    /// Database server (DB-*).
    pub database: RoleReport,
    /// Agents (AG-*).
    pub agents: RoleReport,
    /// Connection proxies (CP-*).
    pub proxies: RoleReport,
    /// Load balancing and failover (LB-*).
    pub load_balancing: LoadBalancingReport,
    /// Sums over all roles.
    pub totals: Totals,
    /// Every warning of every role, most severe first.
    pub warnings: Vec<Warning>,
}

/// Which server role a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Web app servers (API, manager, share, proxy).
    WebApp,
    /// The PostgreSQL database.
    Database,
    /// Agents hosting container sessions.
    Agent,
    /// Connection proxies for RDP/VNC/SSH.
    ConnectionProxy,
    /// Network load balancers in front of the web app.
    LoadBalancer,
}

/// CPU, RAM and disk of one server.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct ServerSpec {
    /// CPU cores.
    pub cpus: f64,
    /// RAM in GB.
    pub ram_gb: f64,
    /// Disk in GB.
    pub disk_gb: f64,
}

/// The recommendation for one role, over all zones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleReport {
    /// The role.
    pub role: Role,
    /// Servers needed to carry peak, summed over zones.
    pub needed: u64,
    /// Servers added for redundancy, summed over zones.
    pub redundant: u64,
    /// Servers to deploy: needed + redundant.
    pub total: u64,
    /// Spec of one server (the largest zone's, where zones differ).
    pub spec: ServerSpec,
    /// Sessions the role carries with every server up.
    pub capacity: u64,
    /// Sessions the role must carry at peak.
    pub demand: u64,
    /// Demand divided by capacity (0 when there is no capacity).
    pub utilisation: f64,
    /// The same figures zone by zone.
    pub zones: Vec<ZoneRoleReport>,
    /// k servers down in every zone at once, k = 0 .. redundancy + 1, then maintenance.
    pub scenarios: Vec<Scenario>,
    /// Values to type into Kasm or Docker.
    pub settings: Vec<Setting>,
    /// Warnings about this role.
    pub warnings: Vec<Warning>,
    /// How each figure was reached.
    pub why: Vec<Why>,
    /// Monthly cost of all servers of the role, when a unit cost is given.
    pub monthly_cost: Option<f64>,
}

/// One role's figures in one zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZoneRoleReport {
    /// Zone name.
    pub zone: String,
    /// Sessions this role must carry in the zone at peak.
    pub demand: u64,
    /// Servers needed to carry that peak.
    pub needed: u64,
    /// Servers added for redundancy.
    pub redundant: u64,
    /// needed + redundant.
    pub total: u64,
    /// Sessions one server carries at this zone's workspace mix.
    pub sessions_per_server: f64,
    /// Sessions carried with every server up.
    pub capacity: u64,
    /// Spec of one server in this zone.
    pub spec: ServerSpec,
    /// k servers down, k = 0 .. redundancy + 1, then maintenance.
    pub scenarios: Vec<Scenario>,
}

/// Capacity with some servers out of service, against peak demand (DEP-3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Short label, e.g. "2 down" or "maintenance".
    pub label: String,
    /// Servers out of service.
    pub down: u64,
    /// Servers still serving.
    pub up: u64,
    /// Sessions they carry.
    pub capacity: u64,
    /// Peak sessions to carry.
    pub demand: u64,
    /// capacity >= demand.
    pub enough: bool,
    /// True for the maintenance case (one patching plus one failed).
    pub maintenance: bool,
}

/// A value to type into Kasm, Docker or a DNS/LB console.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    /// Where it goes, in the words of the product it goes into.
    pub name: String,
    /// The exact value to type or paste.
    pub value: String,
    /// Which workspace or zone it is for, if not all.
    pub scope: Option<String>,
    /// The rule that gives it.
    pub rule: String,
    /// One sentence on what it does.
    pub note: String,
}

/// How bad a warning is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Likely to hurt in production.
    Warning,
    /// The plan does not hold up as entered.
    Critical,
}

/// Something the administrator should know, tied to a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// How bad it is.
    pub severity: Severity,
    /// The rule id it rests on.
    pub rule: String,
    /// The role it concerns.
    pub role: Role,
    /// One plain sentence.
    pub message: String,
}

/// The reason behind one figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Why {
    /// What the figure is, e.g. "Web app servers".
    pub figure: String,
    /// The figure itself, as shown.
    pub value: String,
    /// Rule ids it rests on.
    pub rules: Vec<String>,
    /// The formula with the numbers substituted.
    pub formula: String,
    /// True where the figure rests on this project's interpretation, not the guide.
    pub assumption: bool,
    /// True where the figure rests on a rule outside the guide (`docs/rules.md`).
    #[serde(default)]
    pub outside_guide: bool,
}

/// Load balancing outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancingReport {
    /// Network load balancers to deploy (0 with DNS).
    pub load_balancers: u64,
    /// Seconds until a failed server is taken out of rotation.
    pub detection_s: f64,
    /// Seconds until clients stop reaching a failed server, at worst for the best-placed client.
    pub failover_s: f64,
    /// The health-check URL to configure (LB-3).
    pub health_check_url: String,
    /// Settings for the DNS or LB console.
    pub settings: Vec<Setting>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// How each figure was reached.
    pub why: Vec<Why>,
    /// Monthly cost of the load balancers, when a unit cost is given.
    pub monthly_cost: Option<f64>,
}

/// Sums over all roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Servers of every role, load balancers included.
    pub servers: u64,
    /// vCPU over all servers.
    pub vcpus: f64,
    /// RAM over all servers, in GB.
    pub ram_gb: f64,
    /// Disk over all servers, in GB.
    pub disk_gb: f64,
    /// Monthly cost, when every deployed role has a unit cost.
    pub monthly_cost: Option<f64>,
}
