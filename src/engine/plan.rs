//! The plan: everything the administrator knows before sizing (the engine's input).
//!
//! Field names are the stable JSON shape (`docs/schema.md`); the version number in
//! [`PLAN_VERSION`] changes whenever that shape changes incompatibly.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use super::catalogue::Provider;

/// Version of the plan and report JSON shape written by this build.
pub const PLAN_VERSION: u32 = 1;

/// What the administrator knows: demand, architecture, hardware and preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// Shape version of this JSON document ([`PLAN_VERSION`]).
    pub version: u32,
    /// Deployment zones; each has its own web app servers, agents and proxies (DEP-2).
    pub zones: Vec<Zone>,
    /// Web app role choices (WEB-*).
    pub web_app: WebAppPlan,
    /// How clients reach the web app servers (LB-*).
    pub load_balancing: LoadBalancingPlan,
    /// Agent hardware and policy (AG-*).
    pub agents: AgentPlan,
    /// Connection proxy hardware and load (CP-*).
    pub proxy: ProxyPlan,
    /// Database and logging choices (DB-*).
    pub database: DatabasePlan,
    /// Optional prices per server (per month or per hour) and their currency.
    pub costs: Costs,
    /// Cloud provider and the instance type of each role (IC-1).
    pub cloud: CloudPlan,
    /// Servers for every role (distributed) or one server for everything (SS-1, DEP-1).
    pub deployment: Deployment,
    /// Single-server choices (SS-3), used when `deployment` is `single_server`.
    pub single_server: SingleServerPlan,
}

/// How the deployment is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Deployment {
    /// Web app servers, a database, agents and proxies, each role on its own servers.
    #[default]
    Distributed,
    /// One server carries every role, sized with the agent rules (DEP-1, SS-1).
    SingleServer,
}

/// The share of a single server kept for the services beside the sessions (SS-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reserve {
    /// Keep nothing back: sessions may count on the whole server.
    None,
    /// Keep the Helm chart's small-preset requests (about 2.1 CPU and 896 MiB).
    #[default]
    Requests,
    /// Keep the Helm chart's small-preset limits (about 3.5 CPU and 2.3 GiB).
    Limits,
}

/// Single-server inputs; its CPU, RAM and overrides are the agent inputs (`agents`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SingleServerPlan {
    /// What to keep back for the web app, database and other services (SS-3).
    pub reserve: Reserve,
}

/// A zone: a group of servers that serve their own sessions (DEP-2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Zone {
    /// Display name, unique within the plan.
    pub name: String,
    /// The workspaces used in this zone and their peak concurrent sessions.
    pub profiles: Vec<WorkspaceProfile>,
}

/// Where a workspace's sessions run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceKind {
    /// A container desktop or app, hosted on agents (AG-3).
    #[default]
    Container,
    /// An RDP, VNC or SSH server reached through connection proxies (CP-1).
    ServerConnection,
}

/// One workspace definition and how many of its sessions run at peak.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceProfile {
    /// Display name.
    pub name: String,
    /// Peak concurrent sessions of this workspace.
    pub sessions: u64,
    /// CPU cores set on the workspace (before the recording core of AG-2).
    pub cpu_cores: f64,
    /// RAM set on the workspace, in GB.
    pub ram_gb: f64,
    /// Whether these sessions are recorded (AG-2, AG-5, CP-4, CP-5).
    pub recording: bool,
    /// Disk each session may accumulate on its agent, in GB (AG-5).
    pub disk_per_session_gb: f64,
    /// Container workspace or server connection.
    pub kind: WorkspaceKind,
    /// Named users of the workspace; when set, its peak sessions come from them (NU-1) and
    /// `sessions` is not used.
    pub named_users: Option<u64>,
    /// Share of the named users on at the busiest moment, in percent (NU-1).
    pub concurrency_percent: f64,
    /// Sessions each of those users runs at once (NU-1; Kasm's `max_kasms_per_user` caps it).
    pub sessions_per_user: u64,
}

/// The web app traffic architecture (WEB-1, WEB-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Architecture {
    /// All traffic passes through the web app servers.
    #[default]
    Standard,
    /// Desktop streams go straight to the agents; only API calls reach the web app.
    DirectToAgent,
}

/// Where in the guide's per-server range a deployment sits (WEB-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum UseCase {
    /// Heavy interactive use such as online gaming: the low end of the range.
    Gaming,
    /// Between the two ends (our interpretation: the midpoint).
    Mixed,
    /// Remote work or browser isolation: the high end of the range.
    #[default]
    RemoteWork,
    /// The administrator's own sessions-per-server figures.
    Custom,
}

/// Web app role inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebAppPlan {
    /// Standard or Direct-to-Agent.
    pub architecture: Architecture,
    /// Preset that picks the sessions-per-server figure.
    pub use_case: UseCase,
    /// Sessions per server for Standard traffic when `use_case` is Custom.
    pub custom_standard_per_server: u64,
    /// Sessions per server for Direct-to-Agent traffic when `use_case` is Custom.
    pub custom_direct_per_server: u64,
    /// Extra servers per zone beyond those needed (WEB-4: N+1).
    pub redundancy: u64,
}

/// How traffic is spread over web app servers (LB-1, LB-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LoadBalancingMethod {
    /// One A record per server, removed by a health check (LB-1).
    #[default]
    Dns,
    /// A network load balancer pool (LB-2).
    NetworkLoadBalancer,
}

/// Load balancing and health check inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoadBalancingPlan {
    /// DNS or a network load balancer.
    pub method: LoadBalancingMethod,
    /// Seconds between health checks.
    pub health_check_interval_s: f64,
    /// Consecutive failed checks before a server is taken out.
    pub failures_to_remove: u64,
    /// DNS record time to live, in seconds (DNS only).
    pub dns_ttl_s: f64,
    /// Extra load balancers beyond the one needed (LB-2: N+1; network LB only).
    pub lb_redundancy: u64,
    /// Public host name used to build the health-check URL (LB-3).
    pub hostname: String,
}

/// How agents are provided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AgentMode {
    /// A fixed pool of agents sized for peak (AG-8).
    #[default]
    Static,
    /// Cloud instances started and stopped by Kasm (AG-9).
    Autoscale,
}

/// An agent's CPU or RAM figure as Kasm should count it (AG-1, AG-4).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Override {
    /// Count the physical figure.
    #[default]
    None,
    /// Count this absolute figure (cores, or GB for RAM).
    Absolute(f64),
    /// Count the physical figure times this ratio.
    Ratio(f64),
}

/// Docker CPU allocation method for session containers (AG-7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CpuAllocation {
    /// `--cpu-shares`, the global default.
    #[default]
    Shares,
    /// `--cpus`, a hard ceiling.
    Quotas,
}

/// Agent role inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgentPlan {
    /// Static pool or cloud autoscaling.
    pub mode: AgentMode,
    /// Physical (or instance) CPU cores per agent.
    pub cpus: f64,
    /// Physical (or instance) RAM per agent, in GB.
    pub ram_gb: f64,
    /// CPU override in the Kasm agent settings.
    pub cpu_override: Override,
    /// RAM override in the Kasm agent settings.
    pub ram_override: Override,
    /// Extra static agents per zone (AG-8: N+2).
    pub redundancy: u64,
    /// Retired: sessions per autoscaled instance, read only to refuse it in autoscale mode
    /// (instances are now sized from `cpus` and `ram_gb` by AG-1, AS-1). Never written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions_per_instance: Option<u64>,
    /// CPU allocation method.
    pub cpu_allocation: CpuAllocation,
    /// Optional per-session disk cap, in GB (AG-6).
    pub disk_limit_gb: Option<f64>,
    /// The AutoScale config and schedule, used in autoscale mode (AS-2..AS-4).
    pub autoscale: AutoscalePlan,
}

/// One weekday's busy period, in hours from midnight (local time): `start_hour` to
/// `end_hour`, e.g. 8 to 18.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BusyHours {
    /// Start of the busy period, 0 to 24 (8.5 is 08:30).
    pub start_hour: f64,
    /// End of the busy period, after the start, at most 24.
    pub end_hour: f64,
}

/// Days in the schedule, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The AutoScale inputs Kasm publishes no figure for (AS-2..AS-4); each has a labelled default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AutoscalePlan {
    /// Sessions to have ready at the start of the busy period (staging, AS-2), over the plan.
    pub baseline_sessions: u64,
    /// Sessions arriving per minute at the busiest moment (for the busy config's standby, AS-3).
    pub arrivals_per_minute: f64,
    /// Seconds an agent instance takes to start and register (AS-3; default 600, Kasm's seed
    /// timeouts, as Kasm publishes no start-up time).
    pub startup_s: f64,
    /// Sessions the off-hours config keeps room for (AS-4; may be zero).
    pub off_hours_standby_sessions: u64,
    /// Downscale Backoff in seconds (AS-4: Kasm's default 3600).
    pub downscale_backoff_s: f64,
    /// Busy period per weekday, Monday first (7 entries); `null` for a day without one.
    pub schedule: Vec<Option<BusyHours>>,
}

/// The instance type picked for one role (IC-1); all empty when none is picked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct InstanceChoice {
    /// Catalogue type id, e.g. `m6i.xlarge`, or an OCI Flex shape such as `E4.Flex`.
    #[serde(rename = "type")]
    pub type_id: Option<String>,
    /// OCPUs of an OCI Flex shape (1 OCPU = 2 vCPU).
    pub ocpus: Option<f64>,
    /// Memory of an OCI Flex shape, in GiB.
    pub memory_gib: Option<f64>,
}

/// The cloud the plan is deployed in and the instance type of each role (IC-1, IC-2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CloudPlan {
    /// Provider whose catalogue and vendor defaults apply; `none` for typed servers.
    pub provider: Provider,
    /// Web app server type (sizing keeps the guide's per-server figure, WEB-1).
    pub web_app: InstanceChoice,
    /// Database server type.
    pub database: InstanceChoice,
    /// Agent (or autoscaled instance) type: sets the agent's CPU and RAM.
    pub agent: InstanceChoice,
    /// Connection proxy type: sets the proxy's cores.
    pub proxy: InstanceChoice,
}

/// Typical per-session streaming load on a connection proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProxyLoad {
    /// Documents and email: 0.25 cores per session (CP-7).
    #[default]
    Business,
    /// Everyone watching full-screen video: 1.25 cores per session (CP-2).
    FullScreenVideo,
    /// The administrator's own figure in `custom_cores_per_session`.
    Custom,
}

/// Connection proxy inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProxyPlan {
    /// CPU cores per proxy server (all proxies identical, CP-6).
    pub cores: f64,
    /// Per-session load preset.
    pub load: ProxyLoad,
    /// Cores per session when `load` is Custom.
    pub custom_cores_per_session: f64,
    /// Extra proxies per zone beyond those needed (CP-1: at least two in all).
    pub redundancy: u64,
}

/// Where PostgreSQL runs (DB-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DatabaseKind {
    /// The PostgreSQL container installed with Kasm.
    #[default]
    Bundled,
    /// An external PostgreSQL or a managed service (RDS, Aurora).
    External,
}

/// Where logs are kept (DB-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Logging {
    /// Kasm's own logging in the database (4 h debug, 7 days others).
    #[default]
    BuiltIn,
    /// Forwarded to a SIEM with retention set to 0.
    Siem,
}

/// Database role inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DatabasePlan {
    /// Bundled container or external/managed.
    pub kind: DatabaseKind,
    /// Built-in logging or a SIEM.
    pub logging: Logging,
    /// Keep a standby server that can restore the off-server backups (DB-5).
    pub standby: bool,
}

/// An optional price for one server of each role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RolePrices {
    /// One web app server.
    pub web_app: Option<f64>,
    /// One database server.
    pub database: Option<f64>,
    /// One agent (or autoscaled instance).
    pub agent: Option<f64>,
    /// One connection proxy.
    pub proxy: Option<f64>,
    /// One network load balancer.
    pub load_balancer: Option<f64>,
}

/// Prices of one server of each role, per month or per hour (one of the two per role), and
/// the currency they are in. None are embedded: prices change by region and month (IC-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Costs {
    /// Per month, e.g. for a typed server (JSON: `costs.web_app` ..., as before).
    #[serde(flatten)]
    pub monthly: RolePrices,
    /// Per hour, e.g. for a cloud instance type (JSON: `costs.hourly.web_app` ...).
    pub hourly: RolePrices,
    /// Currency code or symbol, e.g. `EUR` or `€`; empty when not given.
    pub currency: String,
}

impl Default for Plan {
    /// The guide's worked example (WEB-4): 200 remote-work sessions, Standard, one zone.
    fn default() -> Self {
        Plan {
            version: PLAN_VERSION,
            zones: vec![Zone::default()],
            web_app: WebAppPlan::default(),
            load_balancing: LoadBalancingPlan::default(),
            agents: AgentPlan::default(),
            proxy: ProxyPlan::default(),
            database: DatabasePlan::default(),
            costs: Costs::default(),
            cloud: CloudPlan::default(),
            deployment: Deployment::Distributed,
            single_server: SingleServerPlan::default(),
        }
    }
}

impl Default for Zone {
    fn default() -> Self {
        Zone {
            name: "Default".into(),
            profiles: vec![WorkspaceProfile::default()],
        }
    }
}

impl Default for WorkspaceProfile {
    /// The first agent table row's workspace (AG-1, AG-5): 2 CPU, 4 GB, 5 GB per session.
    fn default() -> Self {
        WorkspaceProfile {
            name: "Desktop".into(),
            sessions: 200,
            cpu_cores: 2.0,
            ram_gb: 4.0,
            recording: false,
            disk_per_session_gb: 5.0,
            kind: WorkspaceKind::Container,
            named_users: None,
            concurrency_percent: DEFAULT_CONCURRENCY_PERCENT,
            sessions_per_user: 1,
        }
    }
}

impl Default for WebAppPlan {
    fn default() -> Self {
        WebAppPlan {
            architecture: Architecture::Standard,
            use_case: UseCase::RemoteWork,
            custom_standard_per_server: 100,
            custom_direct_per_server: 400,
            redundancy: 1,
        }
    }
}

impl Default for LoadBalancingPlan {
    /// The guide's most aggressive DNS settings (LB-1): 10 s x 3, TTL 60 s.
    fn default() -> Self {
        LoadBalancingPlan {
            method: LoadBalancingMethod::Dns,
            health_check_interval_s: 10.0,
            failures_to_remove: 3,
            dns_ttl_s: 60.0,
            lb_redundancy: 1,
            hostname: "kasm.example.com".into(),
        }
    }
}

impl Default for AgentPlan {
    /// The first agent table row's agent (AG-1): 16 CPU, 64 GB, no override, N+2.
    fn default() -> Self {
        AgentPlan {
            mode: AgentMode::Static,
            cpus: 16.0,
            ram_gb: 64.0,
            cpu_override: Override::None,
            ram_override: Override::None,
            redundancy: 2,
            sessions_per_instance: None,
            cpu_allocation: CpuAllocation::Shares,
            disk_limit_gb: None,
            autoscale: AutoscalePlan::default(),
        }
    }
}

impl Default for AutoscalePlan {
    /// Labelled defaults: no staging, one arrival a minute, a 600 s start-up (Kasm's seed
    /// timeouts), no off-hours standby, Kasm's 3600 s backoff, Monday to Friday 8 to 18.
    fn default() -> Self {
        let day = Some(BusyHours {
            start_hour: 8.0,
            end_hour: 18.0,
        });
        AutoscalePlan {
            baseline_sessions: 0,
            arrivals_per_minute: 1.0,
            startup_s: 600.0,
            off_hours_standby_sessions: 0,
            downscale_backoff_s: 3600.0,
            schedule: vec![day, day, day, day, day, None, None],
        }
    }
}

impl Default for ProxyPlan {
    /// The connection proxy row without recording (CP-7): 8 cores, business load.
    fn default() -> Self {
        ProxyPlan {
            cores: 8.0,
            load: ProxyLoad::Business,
            custom_cores_per_session: 0.5,
            redundancy: 1,
        }
    }
}

impl Default for DatabasePlan {
    fn default() -> Self {
        DatabasePlan {
            kind: DatabaseKind::Bundled,
            logging: Logging::BuiltIn,
            standby: true,
        }
    }
}

impl Plan {
    /// Every profile of every zone, with its zone index.
    pub fn profiles(&self) -> impl Iterator<Item = (usize, &WorkspaceProfile)> {
        self.zones
            .iter()
            .enumerate()
            .flat_map(|(z, zone)| zone.profiles.iter().map(move |p| (z, p)))
    }

    /// Peak concurrent sessions over all zones and profiles (named users counted by NU-1).
    pub fn peak_sessions(&self) -> u64 {
        self.profiles()
            .map(|(_, p)| p.peak_sessions())
            .fold(0, u64::saturating_add)
    }

    /// True when some workspace takes its peak from named users (NU-1).
    pub fn has_named_users(&self) -> bool {
        self.profiles().any(|(_, p)| p.named_users.is_some())
    }

    /// The plan with every workspace's peak written into `sessions` and named users
    /// cleared, so the role sizers (and anything scaling sessions) read one figure. Borrows
    /// when no workspace has named users.
    pub fn resolve_demand(&self) -> Cow<'_, Plan> {
        if !self.has_named_users() {
            return Cow::Borrowed(self);
        }
        let mut plan = self.clone();
        for p in plan.zones.iter_mut().flat_map(|z| z.profiles.iter_mut()) {
            p.sessions = p.peak_sessions();
            p.named_users = None;
        }
        Cow::Owned(plan)
    }
}

/// Concurrency a workspace with named users starts from: every named user at once, the safe
/// upper bound, since Kasm publishes no ratio (NU-1 offers labelled anchors to pick from).
pub const DEFAULT_CONCURRENCY_PERCENT: f64 = 100.0;

/// NU-1: peak sessions = ceil(named users x concurrency x sessions per user). Saturates
/// rather than overflowing (validation refuses such figures).
pub fn named_user_sessions(
    named_users: u64,
    concurrency_percent: f64,
    sessions_per_user: u64,
) -> u64 {
    // Multiply before dividing so whole percentages give whole figures (200 x 20 / 100 = 40).
    let x = named_users as f64 * sessions_per_user as f64 * concurrency_percent / 100.0;
    if x.is_finite() && x > 0.0 {
        // Forgive floating-point noise just above a whole number, as server counts do.
        (x - 1e-9).ceil().max(0.0) as u64
    } else {
        0
    }
}

impl Override {
    /// The figure Kasm counts for a physical figure under this override.
    pub fn apply(self, physical: f64) -> f64 {
        match self {
            Override::None => physical,
            Override::Absolute(v) => v,
            Override::Ratio(r) => physical * r,
        }
    }
}

impl WorkspaceProfile {
    /// Peak concurrent sessions: from named users when they are set (NU-1), else `sessions`.
    pub fn peak_sessions(&self) -> u64 {
        match self.named_users {
            Some(users) => {
                named_user_sessions(users, self.concurrency_percent, self.sessions_per_user)
            }
            None => self.sessions,
        }
    }

    /// CPU cores the workspace is set to, including the recording core of AG-2.
    pub fn effective_cores(&self) -> f64 {
        self.cpu_cores + if self.recording { 1.0 } else { 0.0 }
    }
}

impl WorkspaceKind {
    /// Whether a workspace of this kind uses the profile field `field` (the plan's JSON
    /// name: `cpu_cores`, `ram_gb`, `disk_per_session_gb` ...). CPU, RAM and disk per
    /// session size agents, which host container sessions only (AG-1, AG-3, AG-5); an
    /// RDP/VNC/SSH server's own hardware is not Kasm's to size. Every other field (name,
    /// sessions, recording, kind) applies to both kinds.
    pub fn uses(self, field: &str) -> bool {
        match self {
            WorkspaceKind::Container => true,
            WorkspaceKind::ServerConnection => {
                !matches!(field, "cpu_cores" | "ram_gb" | "disk_per_session_gb")
            }
        }
    }
}

/// A role's key in the plan's `costs` and `cloud` sections (`web_app`, `database`, `agent`,
/// `proxy`, `load_balancer`), as in field paths such as `cloud.proxy.type`.
pub fn role_key(role: super::report::Role) -> &'static str {
    use super::report::Role;
    match role {
        Role::WebApp => "web_app",
        Role::Database => "database",
        // SS-1: the single server's hardware and price are the agent's.
        Role::Agent | Role::SingleServer => "agent",
        Role::ConnectionProxy => "proxy",
        Role::LoadBalancer => "load_balancer",
    }
}

impl RolePrices {
    /// The price for a role (none for a role without servers of its own).
    pub fn get(&self, role: super::report::Role) -> Option<f64> {
        use super::report::Role;
        match role {
            Role::WebApp => self.web_app,
            Role::Database => self.database,
            Role::Agent => self.agent,
            Role::ConnectionProxy => self.proxy,
            Role::LoadBalancer => self.load_balancer,
            // SS-1: the single server's hardware is the agent's, so is its price.
            Role::SingleServer => self.agent,
        }
    }
}

impl CloudPlan {
    /// The choice for a role (load balancers are managed services: none).
    pub fn choice(&self, role: super::report::Role) -> Option<&InstanceChoice> {
        use super::report::Role;
        match role {
            Role::WebApp => Some(&self.web_app),
            Role::Database => Some(&self.database),
            // SS-1: the single server's hardware is the agent's.
            Role::Agent | Role::SingleServer => Some(&self.agent),
            Role::ConnectionProxy => Some(&self.proxy),
            Role::LoadBalancer => None,
        }
    }

    /// The size of the type picked for a role, when a provider is chosen and the type is
    /// listed (IC-1); without a provider, picked types are not used.
    pub fn instance(&self, role: super::report::Role) -> Option<super::catalogue::InstanceSize> {
        if self.provider == Provider::None {
            return None;
        }
        let c = self.choice(role)?;
        super::catalogue::lookup(c.type_id.as_deref()?, c.ocpus, c.memory_gib)
    }
}

impl UseCase {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            UseCase::Gaming => "online gaming (low end)",
            UseCase::Mixed => "in between (midpoint)",
            UseCase::RemoteWork => "remote work / browser isolation (high end)",
            UseCase::Custom => "custom figures",
        }
    }
}

impl ProxyLoad {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            ProxyLoad::Business => "typical business use",
            ProxyLoad::FullScreenVideo => "full-screen video",
            ProxyLoad::Custom => "custom load",
        }
    }
}
