//! The rule table: every rule id of `shared/guide/RULES.md` with a one-line summary in our
//! own words and the guide section it comes from, plus the guide's figures as constants.

/// One numbered rule of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, e.g. "WEB-4".
    pub id: &'static str,
    /// Guide section the rule comes from.
    pub section: &'static str,
    /// What the rule says, in a sentence of our own.
    pub summary: &'static str,
}

/// Every rule the engine implements, in RULES.md order.
pub const RULES: &[Rule] = &[
    Rule { id: "WEB-1", section: "Web App Role / Sizing", summary: "Standard architecture: one 4 CPU / 4 GB / 80 GB web app server carries 70 to 150 sessions." },
    Rule { id: "WEB-2", section: "Web App Role / Sizing", summary: "Direct-to-Agent: the same server carries 300 to 500 sessions; server connections always count as Standard." },
    Rule { id: "WEB-3", section: "Web App Role / Sizing", summary: "Gaming sits at the low end of the range, remote work and browser isolation near the high end." },
    Rule { id: "WEB-4", section: "Web App Role / Redundancy", summary: "Keep N+1 web app servers so one can be patched without affecting users." },
    Rule { id: "WEB-5", section: "Web App Role", summary: "The role scales up and out; each zone has its own web app servers." },
    Rule { id: "LB-1", section: "Load Balancing / DNS", summary: "DNS failover takes check interval x failures to notice, then up to the record's TTL." },
    Rule { id: "LB-2", section: "Load Balancing / Network Load Balancer", summary: "A network load balancer converges in seconds and retries another server, but needs N+1 itself." },
    Rule { id: "LB-3", section: "Load Balancing / Health Checks", summary: "Health-check /api/__healthcheck; any answer outside 2xx is a failure." },
    Rule { id: "LB-4", section: "Load Balancing / Maintenance", summary: "Take a server out of rotation before patching; with DNS wait at least the TTL first." },
    Rule { id: "DB-1", section: "Database Role / PostgreSQL", summary: "PostgreSQL 14 in a container by default; external PostgreSQL, RDS and Aurora are supported." },
    Rule { id: "DB-2", section: "Database Role / PostgreSQL", summary: "At least 2 CPU and 4 GB RAM for any database server." },
    Rule { id: "DB-3", section: "Database Role / Sizing", summary: "Database size by peak sessions: 50-200, 200-500 and 500-1000 rows; scale up beyond." },
    Rule { id: "DB-4", section: "Database Role / PostgreSQL", summary: "Logs live in the database; above about 50 sessions forward them to a SIEM with retention 0." },
    Rule { id: "DB-5", section: "Database Role / Redundancy and Backups", summary: "Back up off the server and keep a standby that can restore the backups." },
    Rule { id: "AG-1", section: "Agent Role / Sizing", summary: "Sessions per agent = the smaller of CPUs / workspace CPUs and RAM / workspace RAM, overrides counted." },
    Rule { id: "AG-2", section: "Agent Role / Sizing", summary: "A recorded container workspace needs one more CPU for encoding." },
    Rule { id: "AG-3", section: "Agent Role / Sizing", summary: "Agents host container sessions only; RDP/VNC/SSH servers are not agents." },
    Rule { id: "AG-4", section: "Agent Role / Sizing", summary: "Oversubscribe with care and monitoring, never for game streaming; real RAM use must stay well below physical." },
    Rule { id: "AG-5", section: "Agent Role / Disk Space", summary: "Docker volume = 80 GB + sessions on the agent x space per session, on a separate XFS volume." },
    Rule { id: "AG-6", section: "Agent Role / Limiting Disk Usage", summary: "Per-session disk caps go in the workspace's Docker Run Override JSON and need XFS under overlay2." },
    Rule { id: "AG-7", section: "Agent Role / CPU Allocation Method", summary: "Shares: --cpu-shares = cores x 1024; Quotas: --cpus = cores, a ceiling of cores / host CPUs." },
    Rule { id: "AG-8", section: "Agent Role / Redundancy", summary: "Static agents: keep N+2, one for patching and one for a failure, within each zone." },
    Rule { id: "AG-9", section: "Agent Role / Cloud Auto-Scaling", summary: "Autoscaled agents: the instance size sets sessions per instance and Kasm manages capacity." },
    Rule { id: "AG-10", section: "Agent Role / Maintenance", summary: "Patch static agents one at a time: disable, drain, patch, re-enable." },
    Rule { id: "CP-1", section: "Connection Proxy / Redundancy", summary: "Each zone with RDP/VNC/SSH servers needs a connection proxy, two for redundancy." },
    Rule { id: "CP-2", section: "Connection Proxy / Sizing", summary: "Full-screen video costs about 1.25 cores per session; many users are idle at any moment." },
    Rule { id: "CP-3", section: "Connection Proxy / Sizing", summary: "A connection proxy needs at least 4 GB RAM." },
    Rule { id: "CP-4", section: "Connection Proxy / Sizing", summary: "Session Recording Queue Length = half the proxy's cores; the other half streams." },
    Rule { id: "CP-5", section: "Connection Proxy / Sizing", summary: "With recording, plan at least 1 GB of disk per concurrent session; disk I/O can limit." },
    Rule { id: "CP-6", section: "Connection Proxy / Sizing", summary: "All connection proxies are the same size." },
    Rule { id: "CP-7", section: "Connection Proxy / Example Specifications", summary: "8 CPU / 4 GB / 80 GB carries 32 sessions; with recording 16 CPU / 8 GB / 112 GB carries 32." },
    Rule { id: "DEP-1", section: "Introduction", summary: "A single-server install is sized with the agent rules." },
    Rule { id: "DEP-2", section: "Web App Role / Agent Role", summary: "Servers belong to a zone; sessions do not fail over to another zone." },
    Rule { id: "DEP-3", section: "Redundancy sections", summary: "For every role, check capacity with servers down, including one patching plus one failed." },
];

/// Look a rule up by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// WEB-1: the web app server spec (CPU, GB RAM, GB disk).
pub const WEB_SPEC: (f64, f64, f64) = (4.0, 4.0, 80.0);
/// WEB-1: Standard sessions per web app server, low and high end.
pub const WEB_STANDARD_RANGE: (u64, u64) = (70, 150);
/// WEB-2: Direct-to-Agent sessions per web app server, low and high end.
pub const WEB_DIRECT_RANGE: (u64, u64) = (300, 500);

/// DB-2: the general database minimum (CPU, GB RAM).
pub const DB_MINIMUM: (f64, f64) = (2.0, 4.0);
/// DB-3: the table rows as (from, to, CPU, GB RAM, GB disk), bounds inclusive.
pub const DB_TIERS: [(u64, u64, f64, f64, f64); 3] = [
    (50, 200, 4.0, 4.0, 80.0),
    (200, 500, 4.0, 8.0, 100.0),
    (500, 1000, 8.0, 8.0, 150.0),
];
/// DB-4: sessions up to which built-in logging is fine.
pub const DB_BUILTIN_LOGGING_LIMIT: u64 = 50;
/// DB-4: database volume for built-in logging at the high end, in GB.
pub const DB_BUILTIN_LOGGING_DISK_GB: f64 = 150.0;

/// AG-5: base Docker volume in GB.
pub const AGENT_BASE_DISK_GB: f64 = 80.0;
/// AG-5 / CP-5 interpretation: GB per recorded session for the clip being encoded.
pub const RECORDING_DISK_PER_SESSION_GB: f64 = 1.0;
/// AG-7: CPU shares per core.
pub const CPU_SHARES_PER_CORE: u64 = 1024;

/// CP-7: streaming cores per session for typical business use (8 cores / 32 sessions).
pub const PROXY_BUSINESS_LOAD: f64 = 0.25;
/// CP-2: streaming cores per session when everyone watches full-screen video.
pub const PROXY_VIDEO_LOAD: f64 = 1.25;
/// CP-3: minimum proxy RAM in GB.
pub const PROXY_MIN_RAM_GB: f64 = 4.0;
/// CP-7: base proxy disk in GB.
pub const PROXY_BASE_DISK_GB: f64 = 80.0;
/// CP-1: connection proxies per zone for redundancy.
pub const PROXY_MIN_FOR_REDUNDANCY: u64 = 2;

/// LB-3: the health-check path.
pub const HEALTH_CHECK_PATH: &str = "/api/__healthcheck";
