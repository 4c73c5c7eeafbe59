//! The report: what to deploy (the engine's output), with the reason for every figure.

use serde::{Deserialize, Serialize};

use super::catalogue::{InstanceSize, Provider};
use super::plan::{Deployment, Override, Reserve};

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
    /// Which deployment the figures describe; with `single_server` the roles below are
    /// empty and [`Report::single_server`] holds the one server.
    pub deployment: Deployment,
    /// Workspaces whose peak comes from named users (NU-1), with the why trail.
    pub demand: DemandReport,
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
    /// The one server of a single-server install (SS-1..4); `None` when distributed.
    pub single_server: Option<SingleServerReport>,
    /// Swap for every kind of host that runs sessions (SW-1).
    pub swap: Vec<SwapFigure>,
    /// An override that balances CPU and RAM on the session hosts, when one is worth
    /// suggesting (OV-1).
    pub override_advice: Option<OverrideAdvice>,
    /// Sums over all roles.
    pub totals: Totals,
    /// Every warning of every role, most severe first.
    pub warnings: Vec<Warning>,
    /// Autoscaling figures (AS-1..AS-4), in autoscale mode.
    pub autoscale: Option<AutoscaleReport>,
    /// Instance types per role and the vendor's own defaults (IC-1, IC-2), with a provider.
    pub cloud: Option<CloudReport>,
    /// Prices per role, monthly and yearly totals, and what is not priced.
    pub costs: CostReport,
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
    /// The one server of a single-server install, carrying every role (SS-1).
    SingleServer,
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
    /// Zone name ("All zones" for the database, which every zone shares).
    pub zone: String,
    /// Sessions this role must carry in the zone at peak.
    pub demand: u64,
    /// Servers needed to carry that peak.
    pub needed: u64,
    /// Servers added for redundancy.
    pub redundant: u64,
    /// needed + redundant.
    pub total: u64,
    /// Sessions one server carries at this zone's workspace mix: an average (demand / load)
    /// when the zone's workspaces differ, so show it only labelled as one; people count
    /// servers with [`ZoneRoleReport::workspaces`] and [`ZoneRoleReport::whole_per_server`].
    pub sessions_per_server: f64,
    /// Sessions carried with every server up.
    pub capacity: u64,
    /// Spec of one server in this zone.
    pub spec: ServerSpec,
    /// Each workspace this role serves in the zone, with the whole number of its sessions
    /// one server carries (empty for the database, which is sized by its table row).
    #[serde(default)]
    pub workspaces: Vec<WorkspaceFit>,
    /// k servers down, k = 0 .. redundancy + 1, then maintenance.
    pub scenarios: Vec<Scenario>,
    /// Cost of the zone's servers per month, when the role has a price.
    pub monthly_cost: Option<f64>,
}

/// One workspace's sessions in a zone and how many of them one server of the role carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceFit {
    /// Workspace name.
    pub workspace: String,
    /// Its peak concurrent sessions in the zone.
    pub sessions: u64,
    /// Sessions of this workspace alone that one server carries (a whole number: AG-1 per
    /// agent, WEB-1/WEB-2 per web app server, CP-7 per connection proxy).
    pub per_server: u64,
}

impl ZoneRoleReport {
    /// Sessions per server as a person counts them: the one whole number every workspace
    /// with sessions shares (or the database row's rating), `None` when the zone mixes
    /// workspaces of different figures (then show [`ZoneRoleReport::workspaces`]).
    pub fn whole_per_server(&self) -> Option<u64> {
        let mut busy = self.workspaces.iter().filter(|w| w.sessions > 0);
        match busy.next() {
            None if self.workspaces.is_empty() => Some(self.sessions_per_server.max(0.0) as u64),
            None => self.workspaces.first().map(|w| w.per_server),
            Some(first) => busy
                .all(|w| w.per_server == first.per_server)
                .then_some(first.per_server),
        }
    }
}

impl RoleReport {
    /// Sessions per server shared by every zone with servers, `None` when zones or
    /// workspaces differ (show the zone table and the per-workspace figures instead).
    pub fn whole_per_server(&self) -> Option<u64> {
        let mut figures = self
            .zones
            .iter()
            .filter(|z| z.total > 0 || self.zones.len() == 1)
            .map(ZoneRoleReport::whole_per_server);
        let first = figures.next()??;
        figures.all(|f| f == Some(first)).then_some(first)
    }

    /// How the scenarios count servers down, in words for a chart axis or a table
    /// heading: `k down` means k servers out of service in every zone at once (DEP-2), so
    /// a plan with zones says "in each zone".
    pub fn down_basis(&self) -> &'static str {
        if self.zones.len() > 1 {
            "Servers down in each zone"
        } else {
            "Servers down"
        }
    }
}

/// How a scenario stands against peak demand, for colouring without judging again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ScenarioStatus {
    /// The servers still up carry peak demand.
    #[default]
    Enough,
    /// Autoscaled agents: Kasm starts new instances for the lost ones (AG-9).
    Replaced,
    /// Short, but the chosen redundancy never promised this case (e.g. 2 down under N+1,
    /// WEB-4), or the database standby is still restoring the backups (DB-5).
    Expected,
    /// Short in a case the chosen redundancy promises to cover: the plan fails its promise.
    Short,
}

/// Capacity with some servers out of service, against peak demand (DEP-3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Short label: "2 down" (two servers down in every zone at once) or
    /// "patching + 1 failure".
    pub label: String,
    /// Servers out of service in each zone (the k of "k down"; 2 for the maintenance case,
    /// capped at each zone's size).
    #[serde(default)]
    pub down_per_zone: u64,
    /// Servers out of service, over all zones.
    pub down: u64,
    /// Servers still serving.
    pub up: u64,
    /// Sessions they carry.
    pub capacity: u64,
    /// Peak sessions to carry.
    pub demand: u64,
    /// Sessions left without a server: over the zones, peak minus capacity where a zone
    /// falls short (a zone's sessions never move to another zone, DEP-2).
    #[serde(default)]
    pub shortfall: u64,
    /// shortfall == 0.
    pub enough: bool,
    /// How this case stands: enough, replaced, expected under the chosen redundancy, short.
    #[serde(default)]
    pub status: ScenarioStatus,
    /// The rule the status rests on (WEB-4, AG-8, AG-9, CP-1, DB-3, DB-5), when it needs one.
    #[serde(default)]
    pub rule: Option<String>,
    /// Why, in one plain sentence, when the case is not simply enough (or is an estimate).
    #[serde(default)]
    pub reason: Option<String>,
    /// Sessions carried once a database standby has restored the backups (DB-5): the
    /// capacity is 0 until then. `None` for every other case.
    #[serde(default)]
    pub restored_capacity: Option<u64>,
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

/// Autoscaled agents: instances per zone, the AutoScale figures and instance-hours
/// (AS-1..AS-4). The settings to type are in the agent role's `settings`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutoscaleReport {
    /// Hours in an average month: 8760 / 12 = 730.
    pub hours_per_month: f64,
    /// Busy hours per week from the schedule.
    pub busy_hours_per_week: f64,
    /// Busy hours in an average month (weekly x 730 / 168).
    pub busy_hours_per_month: f64,
    /// The rest of the month, under the off-hours config.
    pub off_hours_per_month: f64,
    /// Sessions arriving within one agent start-up, over the plan (before the zone split).
    pub burst_sessions: u64,
    /// Figures per zone with container sessions.
    pub zones: Vec<AutoscaleZone>,
    /// Instance-hours per month over all zones.
    pub instance_hours: f64,
    /// The same capacity (max nodes) kept running all month, in instance-hours.
    pub always_on_instance_hours: f64,
}

/// One zone's autoscale figures (one AutoScale config pair per zone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutoscaleZone {
    /// Zone name.
    pub zone: String,
    /// Container sessions at peak in the zone.
    pub peak_sessions: u64,
    /// Instances carrying the peak (AS-1, AG-1).
    pub peak_instances: u64,
    /// Sessions one instance holds of the zone's largest workspace (for standby).
    pub sessions_per_instance: u64,
    /// Sessions staged at the start of the busy period (AS-2: recorded ones excluded).
    pub staged_sessions: u64,
    /// Sessions arriving within one agent start-up in the zone (AS-3).
    pub burst_sessions: u64,
    /// Busy config's Standby Cores.
    pub standby_cores: f64,
    /// Busy config's Standby Memory in MB.
    pub standby_memory_mb: u64,
    /// Instances the busy standby keeps free, whole instances.
    pub standby_instances: u64,
    /// Off-hours config: sessions it keeps room for.
    pub off_hours_sessions: u64,
    /// Off-hours config's Standby Cores.
    pub off_hours_standby_cores: f64,
    /// Off-hours config's Standby Memory in MB.
    pub off_hours_standby_memory_mb: u64,
    /// Instances running off-hours.
    pub off_hours_instances: u64,
    /// VM provider's Max Nodes: peak instances + standby instances (AS-4).
    pub max_nodes: u64,
    /// Instance-hours per month: busy hours x max nodes + off-hours x off-hours instances.
    pub instance_hours: f64,
    /// Max nodes kept running all month, in instance-hours.
    pub always_on_instance_hours: f64,
}

/// The instance types per role for the chosen provider (IC-1) and the vendor's own
/// defaults beside them (IC-2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloudReport {
    /// The provider.
    pub provider: Provider,
    /// One entry per role with servers of its own.
    pub roles: Vec<RoleInstance>,
    /// Where the vendor defaults come from, when the sources give any for this provider.
    pub vendor_source: Option<String>,
    /// What Kasm's own infrastructure code deploys per role.
    pub vendor_defaults: Vec<VendorDefaultReport>,
    /// How each figure was reached.
    pub why: Vec<Why>,
}

/// One role's spec beside the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleInstance {
    /// The role.
    pub role: Role,
    /// CPUs the role's server needs: the guide's figure for web app and database servers,
    /// the role's own hardware (picked type or typed) for agents and connection proxies.
    pub needs_cpus: f64,
    /// RAM the role's server needs, in GB (compared one to one with GiB).
    pub needs_ram_gb: f64,
    /// The smallest sustained catalogue type that meets it.
    pub suggested: Option<InstanceSize>,
    /// The smallest fitting type of each family of the provider.
    pub per_family: Vec<InstanceSize>,
    /// The type picked in the plan, if any.
    pub chosen: Option<InstanceSize>,
    /// Whether the picked type meets the need.
    pub chosen_meets: Option<bool>,
}

/// What the vendor deploys for one role, against the guide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VendorDefaultReport {
    /// The role.
    pub role: Role,
    /// The instance deployed.
    pub instance: InstanceSize,
    /// True when it falls below the guide's figure for the role.
    pub below_guide: bool,
    /// What it is compared with, in a sentence.
    pub note: String,
}

/// How a role's price is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceUnit {
    /// Per server and month.
    Month,
    /// Per server (instance) and hour.
    Hour,
}

/// The cost of one priced role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleCost {
    /// The role.
    pub role: Role,
    /// The price as given.
    pub price: f64,
    /// Per month or per hour.
    pub per: PriceUnit,
    /// Server-hours (instance-hours for autoscaled agents) billed per month, for hourly
    /// prices and autoscaled agents; `null` for a monthly price on static servers.
    pub billed_hours: Option<f64>,
    /// Cost per month.
    pub monthly: f64,
    /// Cost per year (12 months).
    pub yearly: f64,
    /// Autoscaled agents only: the same capacity kept running all month.
    pub always_on_monthly: Option<f64>,
}

/// Costs: per priced role, totals, and whether every deployed role is priced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostReport {
    /// Currency code or symbol as given (may be empty).
    pub currency: String,
    /// Hours in an average month, for hourly prices: 8760 / 12 = 730.
    pub hours_per_month: f64,
    /// Every priced role with servers.
    pub roles: Vec<RoleCost>,
    /// Sum of the priced roles per month; `null` when nothing is priced.
    pub monthly: Option<f64>,
    /// The same per year.
    pub yearly: Option<f64>,
    /// True when every role with servers has a price, so the totals are complete.
    pub complete: bool,
    /// Roles with servers but no price: the totals leave them out.
    pub unpriced: Vec<Role>,
    /// How each cost was reached.
    pub why: Vec<Why>,
}

/// Peak demand from named users (NU-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DemandReport {
    /// Every workspace that takes its peak from named users, in plan order.
    pub named_users: Vec<WorkspaceDemand>,
    /// Settings that follow from the demand (the group's `max_kasms_per_user`).
    pub settings: Vec<Setting>,
    /// Warnings about the demand.
    pub warnings: Vec<Warning>,
    /// How each workspace's peak was reached.
    pub why: Vec<Why>,
}

/// One workspace's peak sessions worked out from its named users (NU-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceDemand {
    /// Zone name.
    pub zone: String,
    /// Workspace name.
    pub workspace: String,
    /// Named users.
    pub named_users: u64,
    /// Share of them on at the busiest moment, in percent.
    pub concurrency_percent: f64,
    /// Sessions each runs at once.
    pub sessions_per_user: u64,
    /// ceil(named users x concurrency x sessions per user): the peak the plan is sized for.
    pub sessions: u64,
}

/// Everything about the one server of a single-server install (SS-1..4, DEP-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SingleServerReport {
    /// True when the server holds every container session at peak (SS-4).
    pub fits: bool,
    /// Container sessions at peak (the sessions the agent rules count).
    pub demand: u64,
    /// Container sessions the server holds at this workspace mix.
    pub capacity: u64,
    /// Of the demand, the sessions it holds: min(demand, capacity).
    pub sessions_held: u64,
    /// RDP/VNC/SSH sessions streamed through its connection proxy service (not counted by
    /// the agent rules).
    pub proxied_sessions: u64,
    /// Demand divided by capacity (0 when there is no capacity).
    pub utilisation: f64,
    /// CPU and RAM as entered and the disk of SS-2.
    pub spec: ServerSpec,
    /// Swap to set on it (SW-1).
    pub swap_gb: f64,
    /// How the disk adds up (SS-2).
    pub disk: SingleServerDisk,
    /// The reserve kept for the other services (SS-3).
    pub reserve: ReserveFigures,
    /// CPUs Kasm may count for sessions: the CPU (or its override) less the reserve.
    pub counted_cpus: f64,
    /// RAM Kasm may count for sessions, in GB: the RAM (or its override) less the reserve.
    pub counted_ram_gb: f64,
    /// Each busy container workspace and the sessions of it alone the server holds (AG-1 on
    /// the counted figures); named `zone / workspace` when the plan has several zones.
    pub per_workspace: Vec<WorkspaceFit>,
    /// Capacity with the server up and down (DEP-3): down means no sessions at all (SS-1).
    pub scenarios: Vec<Scenario>,
    /// One plain sentence: the server is a single point of failure (SS-1).
    pub single_point_of_failure: String,
    /// The distributed plan for the same demand, when the server is too small (SS-4).
    pub distributed: Option<Totals>,
    /// Values to type into Kasm, Docker or the operating system.
    pub settings: Vec<Setting>,
    /// Warnings about the server.
    pub warnings: Vec<Warning>,
    /// How each figure was reached.
    pub why: Vec<Why>,
    /// Monthly cost of the server at the agent's price (per month, or per hour x 730), when given.
    pub monthly_cost: Option<f64>,
}

/// The single server's disk, part by part (SS-2).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SingleServerDisk {
    /// The Docker volume of AG-5: 80 GB + sessions held x space per session.
    pub docker_volume_gb: f64,
    /// The database with default log retention (DB-4, single-server scale).
    pub database_gb: f64,
    /// Clips of recorded proxied sessions, 1 GB each (CP-5).
    pub proxy_recording_gb: f64,
    /// Kasm's floor for any install (SS-1).
    pub minimum_gb: f64,
    /// The sum, never below the floor.
    pub total_gb: f64,
}

/// What the single server keeps back for the other services (SS-3).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ReserveFigures {
    /// Which reserve was chosen.
    pub choice: Reserve,
    /// CPUs kept back.
    pub cpus: f64,
    /// RAM kept back, in GB.
    pub ram_gb: f64,
}

/// Swap for one kind of host that runs sessions (SW-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SwapFigure {
    /// The host: `agent`, `autoscaled instance` or `single server`.
    pub host: String,
    /// Its zone, when the figure is per zone.
    pub zone: Option<String>,
    /// Concurrent sessions on one such host.
    pub sessions: u64,
    /// Its physical RAM, in GB.
    pub ram_gb: f64,
    /// Swap to set: 2 GB x sessions (SW-1).
    pub swap_gb: f64,
    /// The flat sizes Kasm's own automation uses, for comparison.
    pub vendor: Vec<VendorSwap>,
}

/// A flat swap size from Kasm's automation (SW-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VendorSwap {
    /// Where it comes from, e.g. `kasmtech/terraform`.
    pub source: String,
    /// The swap it sets on this host, in GB.
    pub swap_gb: f64,
}

/// A CPU or RAM figure of the agent settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resource {
    /// CPU cores.
    Cpu,
    /// RAM.
    Ram,
}

/// The override advisor's suggestion (OV-1, AG-1, AG-4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverrideAdvice {
    /// The resource that binds today, and the override that lifts it.
    pub resource: Resource,
    /// Where the hosts are: agents, or the single server.
    pub role: Role,
    /// The workspace whose balance sets the figure.
    pub workspace: String,
    /// Share of the other resource a full host uses today (at most 0.5).
    pub other_used: f64,
    /// Sessions of that workspace per host today.
    pub sessions_per_host: u64,
    /// Sessions of that workspace per host with the override.
    pub sessions_per_host_after: u64,
    /// The plan field the change goes to: `agents.cpu_override` or `agents.ram_override`.
    pub plan_field: String,
    /// The new value of that field (cores, or GB for RAM), ready to apply.
    pub plan_value: Override,
    /// The Agent Settings value to type, in Kasm's units (cores; memory in bytes).
    pub setting: Setting,
    /// Committed over physical for the resource once applied (2 means twice the hardware).
    pub oversubscription: f64,
    /// Session hosts today (agents with their spares, or 1 server).
    pub hosts: u64,
    /// Session hosts with the override.
    pub hosts_after: u64,
    /// hosts - hosts_after.
    pub hosts_saved: u64,
    /// Container sessions the hosts hold today.
    pub capacity: u64,
    /// Container sessions the hosts hold with the override.
    pub capacity_after: u64,
    /// The guide's caution about oversubscribing (AG-4), in a sentence.
    pub caution: String,
    /// How the figures were reached.
    pub why: Vec<Why>,
}
