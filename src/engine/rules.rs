//! The rule table: every rule id of the Kasm 1.18 guide's numbered rules and of the rules
//! this project adopted where the guide is silent, each with its group, its source, a
//! summary in our own words with its figures, and its kind; plus the guide's figures as
//! constants. `docs/rules.md` is the same table for readers (`tests/rule_coverage.rs` keeps
//! the two equal), and the page shows it behind every rule chip.

/// Where a rule stands: the guide's own, the guide's with this project's reading, or outside
/// the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// The guide states the rule and its figures; nothing of ours is added.
    Guide,
    /// The guide states the rule but leaves a gap that this project fills with its own
    /// reading (the rule's `interpretation`); figures resting on that part are labelled
    /// assumptions (`Why::assumption`).
    Interpretation,
    /// The guide does not cover it: Kasm staff advice, vendor code, other public sources or
    /// this project's decision. Figures resting on it are marked outside the guide
    /// (`Why::outside_guide`), even where the rule is also our interpretation.
    OutsideGuide,
}

impl RuleKind {
    /// The kind as the page and `docs/rules.md` name it.
    pub fn label(self) -> &'static str {
        match self {
            RuleKind::Guide => "guide",
            RuleKind::Interpretation => "guide, our interpretation",
            RuleKind::OutsideGuide => "outside the guide",
        }
    }
}

/// One numbered rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, e.g. "WEB-4".
    pub id: &'static str,
    /// The group it is listed under, in the guide's order (e.g. "Web app role").
    pub group: &'static str,
    /// Where it comes from: the guide's section for guide rules, else the outside source.
    pub source: &'static str,
    /// What the rule says, with its figures, in a sentence of our own.
    pub summary: &'static str,
    /// What this project decided where its source is silent or vague, if anything.
    pub interpretation: Option<&'static str>,
    /// Guide, guide with our interpretation, or outside the guide.
    pub kind: RuleKind,
    /// False where the calculator does not compute anything from the rule (it is shown
    /// for reference only).
    pub modelled: bool,
}

impl Rule {
    /// The source as a reader should see it: guide rules name the guide and its section.
    pub fn source_text(&self) -> String {
        match self.kind {
            RuleKind::Guide | RuleKind::Interpretation => {
                format!("Kasm 1.18 Sizing and Deployment Guide, {}", self.source)
            }
            RuleKind::OutsideGuide => self.source.to_string(),
        }
    }

    /// Everything a rule chip's description shows: summary, our interpretation, whether the
    /// calculator models it, the source and the kind.
    pub fn description(&self) -> String {
        let mut text = self.summary.to_string();
        if let Some(reading) = self.interpretation {
            text.push_str(" Our interpretation: ");
            text.push_str(reading);
        }
        if !self.modelled {
            text.push_str(" Not modelled by this calculator.");
        }
        text.push_str(" Source: ");
        text.push_str(&self.source_text());
        text.push_str(" (");
        text.push_str(self.kind.label());
        text.push_str(").");
        text
    }

    /// Adds this project's reading; a guide rule becomes [`RuleKind::Interpretation`], a
    /// rule outside the guide stays outside it.
    const fn reading(mut self, text: &'static str) -> Rule {
        self.interpretation = Some(text);
        if let RuleKind::Guide = self.kind {
            self.kind = RuleKind::Interpretation;
        }
        self
    }

    /// Marks a rule the calculator shows but computes nothing from.
    const fn not_modelled(mut self) -> Rule {
        self.modelled = false;
        self
    }
}

const fn guide(
    group: &'static str,
    id: &'static str,
    source: &'static str,
    summary: &'static str,
) -> Rule {
    Rule {
        id,
        group,
        source,
        summary,
        interpretation: None,
        kind: RuleKind::Guide,
        modelled: true,
    }
}

const fn outside(
    group: &'static str,
    id: &'static str,
    source: &'static str,
    summary: &'static str,
) -> Rule {
    let mut rule = guide(group, id, source, summary);
    rule.kind = RuleKind::OutsideGuide;
    rule
}

const WEB: &str = "Web app role";
const LB: &str = "Load balancing and health checks";
const DB: &str = "Database role";
const AG: &str = "Agent role";
const CP: &str = "Connection proxy";
const DEP: &str = "Whole deployment";
const SS: &str = "Single-server install (outside the guide)";
const DEMAND: &str = "Demand (outside the guide)";
const AGENTS: &str = "Agents (outside the guide)";
const AS: &str = "Cloud autoscaling (outside the guide)";
const IC: &str = "Cloud instance types (outside the guide)";

/// Every rule, in the order of the guide's numbered rules, then the rules outside the guide.
pub const RULES: &[Rule] = &[
    guide(WEB, "WEB-1", "Web App Role / Sizing", "Standard architecture: one 4 CPU / 4 GB / 80 GB web app server carries 70 to 150 concurrent sessions."),
    guide(WEB, "WEB-2", "Web App Role / Sizing", "Direct-to-Agent: the same server carries 300 to 500 sessions; only container sessions can go direct, server connections always count as Standard."),
    guide(WEB, "WEB-3", "Web App Role / Sizing", "Heavy interactive use such as gaming sits at the low end of the range, remote work and browser isolation near the high end.")
        .reading("the use case picks the figure (gaming the low end, remote work the high end, in between the midpoint, or a custom figure that warns outside the range); mixed traffic adds standard / standard-per-server and direct / direct-per-server, rounded up."),
    guide(WEB, "WEB-4", "Web App Role / Redundancy", "Keep N+1 web app servers so one can be patched without affecting users: 200 remote-work sessions need 2 + 1 = 3 servers, 450 sessions of capacity, 300 with one down."),
    guide(WEB, "WEB-5", "Web App Role", "The role scales up and out; with zones, each zone has its own web app servers."),
    guide(LB, "LB-1", "Load Balancing / DNS", "DNS failover: a failed server is noticed after check interval x failures (10 s x 3 = 30 s), then clients keep its record until the TTL ends (300 s typical, 60 s at least): 90 s at best."),
    guide(LB, "LB-2", "Load Balancing / Network Load Balancer", "A network load balancer converges in seconds and retries another server, so users rarely notice, but needs N+1 itself, usually behind DNS balancing."),
    guide(LB, "LB-3", "Load Balancing / Health Checks", "Health-check /api/__healthcheck (the API and its database); any answer outside 2xx is a failure."),
    guide(LB, "LB-4", "Load Balancing / Maintenance", "Take a server out of DNS or the pool before patching and put it back after; with DNS, wait at least the TTL first."),
    guide(DB, "DB-1", "Database Role / PostgreSQL", "PostgreSQL 14 in a container by default; an external PostgreSQL, RDS or Aurora is supported, other compatible engines may work unsupported."),
    guide(DB, "DB-2", "Database Role / PostgreSQL", "Any database server needs at least 2 CPU and 4 GB RAM."),
    guide(DB, "DB-3", "Database Role / Sizing", "Database size by peak sessions: 50-200 gets 4 CPU / 4 GB / 80 GB, 200-500 gets 4 / 8 / 100, 500-1,000 gets 8 / 8 / 150; beyond, scale up.")
        .reading("below 50 sessions the DB-2 minimum; above 1,000 the largest row, flagged, with advice to scale up or use a managed database."),
    guide(DB, "DB-4", "Database Role / PostgreSQL", "Logs live in the database (250-550 MB on one server, tens of GB with hundreds of users); up to about 50 sessions built-in logging is fine with about 150 GB, above that forward logs to a SIEM and set retention to 0."),
    guide(DB, "DB-5", "Database Role / Redundancy and Backups", "Copy scheduled backups off the server and keep a standby that can restore them."),
    guide(AG, "AG-1", "Agent Role / Sizing", "Sessions per agent = the smaller of floor(CPUs / workspace CPUs) and floor(RAM / workspace RAM), overrides counted: 8, 20 and 48 for the guide's three rows."),
    guide(AG, "AG-2", "Agent Role / Sizing", "A recorded container workspace needs 1 more CPU for encoding."),
    guide(AG, "AG-3", "Agent Role / Sizing", "Agents host container sessions only; RDP, VNC and SSH servers are not agents."),
    guide(AG, "AG-4", "Agent Role / Sizing", "Overrides oversubscribe: fine for standard use with monitoring, never for game streaming; real RAM use must stay well below physical.")
        .reading("warn when sessions x workspace RAM exceeds physical RAM, and show the CPU and RAM oversubscription ratios."),
    guide(AG, "AG-5", "Agent Role / Disk Space", "Docker volume = 80 GB + sessions on the agent x space per session, on its own XFS volume: 120, 280 and 656 GB for the guide's rows.")
        .reading("a recorded session adds 1 GB for the clip being encoded, as CP-5."),
    guide(AG, "AG-6", "Agent Role / Limiting Disk Usage", "Per-session disk caps (size, read rate, I/O weight) go in the workspace's Docker Run Override JSON and need XFS under overlay2."),
    guide(AG, "AG-7", "Agent Role / CPU Allocation Method", "Shares: --cpu-shares = cores x 1,024 (2 cores give 2,048); Quotas: --cpus = cores, a ceiling of cores / host CPUs (2 of 8 is 25 %)."),
    guide(AG, "AG-8", "Agent Role / Redundancy", "Static agents: keep N+2 in each zone, one for patching and one for a failure."),
    guide(AG, "AG-9", "Agent Role / Cloud Auto-Scaling", "Autoscaled agents: the instance size sets sessions per instance (Kasm's own service fits two) and Kasm manages capacity, so no N+2."),
    guide(AG, "AG-10", "Agent Role / Maintenance", "Patch static agents one at a time: disable, drain, patch, re-enable, next."),
    guide(CP, "CP-1", "Connection Proxy / Redundancy", "Each zone with RDP, VNC or SSH servers needs a connection proxy, two for redundancy; Kasm balances and fails over between them."),
    guide(CP, "CP-2", "Connection Proxy / Sizing", "Full-screen video costs about 1.25 cores per session; often about 60 % of users are idle at a given moment."),
    guide(CP, "CP-3", "Connection Proxy / Sizing", "A connection proxy needs at least 4 GB RAM."),
    guide(CP, "CP-4", "Connection Proxy / Sizing", "Session Recording Queue Length = half the proxy's cores (16 gives 8); the other half streams."),
    guide(CP, "CP-5", "Connection Proxy / Sizing", "With recording, plan at least 1 GB of disk per concurrent session; disk I/O can become the limit."),
    guide(CP, "CP-6", "Connection Proxy / Sizing", "All connection proxies are the same size."),
    guide(CP, "CP-7", "Connection Proxy / Example Specifications", "8 CPU / 4 GB / 80 GB carries 32 sessions; with recording, 16 CPU / 8 GB / 112 GB carries 32.")
        .reading("a session streams 0.25 cores for business use (8 / 32) or 1.25 for video; sessions per proxy = floor(streaming cores / that load), half the cores streaming with recording; RAM = max(4 GB, cores / 2); disk = 80 GB + 1 GB per recorded session."),
    guide(DEP, "DEP-1", "Introduction", "A single-server install is sized with the agent rules."),
    guide(DEP, "DEP-2", "Web App Role / Agent Role", "Agents, proxies and web app servers belong to a zone; sessions do not fail over to another zone."),
    guide(DEP, "DEP-3", "Redundancy sections", "For every role, check capacity against peak with 0, 1, 2 ... servers down, and with one patching plus one failed."),
    outside(SS, "SS-1", "Kasm system requirements page and installer; the guide's Introduction", "One server runs every role, sized with the agent rules (AG-1 to AG-7) and never below 2 CPU / 4 GB RAM / 50 GB SSD; it has no spare, so it is a single point of failure."),
    outside(SS, "SS-2", "This project, from AG-5 and DB-4", "The single server's disk = the agent Docker volume (80 GB + sessions x space per session) + the database (250-550 MB), at least 50 GB.")
        .reading("Kasm publishes no single-server disk formula; this one adds the guide's two figures."),
    outside(SS, "SS-3", "kasmtech/kasm-helm kasm-single-zone/templates/_resources.tpl (chart 1.16)", "An optional reserve for the services beside the sessions, by default the Helm chart's small-preset requests: about 2.1 CPU and 896 MiB (limits about 3.5 CPU and 2.3 GiB).")
        .reading("Kasm publishes no figure for this share; the chart's preset is the nearest vendor number."),
    outside(SS, "SS-4", "This project's decision", "When the sessions do not fit on one server, say how many do and offer the multi-server plan for the same peak."),
    outside(DEMAND, "NU-1", "HP VDI and NComputing planning examples, a two-classroom school on Kasm; kasmtech/workspaces-issues #109; Kasm's AWS deployment code", "Peak sessions = ceil(named users x peak concurrency x sessions per user); 70 %, 50 % and 20 % are labelled concurrency choices, and sessions per user stops at max_kasms_per_user (2 on a stock install, 5 in Kasm's AWS code)."),
    outside(AGENTS, "SW-1", "Kasm staff in kasmtech/workspaces-issues #522; vendor automation (1.12 installer, autoscale start-up scripts, kasmtech/terraform, kasmtech/ansible)", "Give every host that runs sessions at least 2 GB of swap per concurrent session; beside it, the vendor's flat sizes: RAM / 4 up to 8 GB (1.12 installer), 8 GB (autoscale scripts), 2 GB (Terraform), 5 GB (Ansible)."),
    outside(AGENTS, "OV-1", "This project, from AG-1 and AG-4", "When agents run out of one resource with at most half of the other used, suggest the overrides that make CPU and RAM run out at the same session count, with the agents saved and AG-4's caution.")
        .reading("the guide's first agent row (CPU full, RAM half used) is the case it addresses; the overrides are a suggestion, never applied."),
    outside(AGENTS, "GPU-1", "Kasm's agent GPUs Override and workspace GPU count; no published sizing figure", "Kasm counts GPUs on agents and workspaces but publishes no sessions-per-GPU figure; if GPUs were modelled they would be a third limit in AG-1's minimum.")
        .not_modelled(),
    outside(AS, "AS-1", "Kasm autoscale configuration and agent settings", "Sessions per autoscaled instance = AG-1 on the instance's CPU and RAM, or on the config's Agent Cores and Memory overrides; that memory is in GB, the agent's Memory Override in bytes."),
    outside(AS, "AS-2", "Kasm staging settings", "Staging keeps Desired Sessions ready for the known baseline at the start of the busy period; recorded sessions cannot be staged and start on demand."),
    outside(AS, "AS-3", "Kasm autoscale configuration (standby settings)", "Standby Cores, Memory (in MB) and GPUs stay free beyond staging; agents are added when free capacity falls below them.")
        .reading("standby cores >= workspace cores x sessions arriving during one agent start-up, in whole instances; the start-up time is an input, since Kasm publishes none (its seed timeouts are 600 s)."),
    outside(AS, "AS-4", "Kasm AutoScale Scheduling settings", "Schedules switch configs by time of day (little or no standby off-hours, more when busy); Kasm never removes a server with sessions, Downscale Backoff defaults to 3,600 s, and only the provider's Max Nodes caps the count."),
    outside(IC, "IC-1", "openshift/openshift-docs modules/rosa-sdpolicy-am-aws-compute-types.adoc and its GCP counterpart; consistent third-party copies for Azure and the small AWS sizes", "A catalogue of instance types in vCPU and GiB (AWS m6i, m7i, c6i, t3; GCP e2- and n2-standard; Azure Dsv5; OCI E4/E5.Flex, 1 OCPU = 2 vCPU); t3 types warn when they carry sessions, and prices are entered by the user, never built in."),
    outside(IC, "IC-2", "kasmtech/terraform (AWS, GCP for Kasm 1.18.1, OCI, DigitalOcean)", "For comparison, what Kasm's own Terraform deploys, often below the guide: AWS t3.small web app and proxy, t3.medium database and agents; GCP e2-standard-2 everywhere; OCI 2 OCPU / 2 GB web app and database, 4 / 8 agents, 4 / 4 proxy; one 2 vCPU / 4 GB DigitalOcean server."),
];

/// Look a rule up by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rules by group, in table order: what the page's Rules view lists.
pub fn groups() -> impl Iterator<Item = (&'static str, &'static [Rule])> {
    RULES
        .chunk_by(|a, b| a.group == b.group)
        .map(|rules| (rules[0].group, rules))
}

/// True when any of these rule ids is a rule outside the guide: the value of
/// `Why::outside_guide` for a figure resting on them.
pub fn any_outside_guide(ids: &[String]) -> bool {
    ids.iter()
        .any(|id| rule(id).is_some_and(|r| r.kind == RuleKind::OutsideGuide))
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

// Figures of the rules outside the guide (`shared/guide/BEYOND.md`), with their sources.

/// SS-1: Kasm's published minimum for any install (CPU cores, GB RAM, GB SSD).
pub const SINGLE_SERVER_MINIMUM: (f64, f64, f64) = (2.0, 4.0, 50.0);
/// SS-3: the Helm chart's small preset (kasm-helm `kasm-single-zone`, chart 1.16), the
/// requests of all services added up: about 2.1 CPU and 896 MiB (0.875 GB).
pub const RESERVE_REQUESTS: (f64, f64) = (2.1, 0.875);
/// SS-3: the same preset's limits added up: about 3.5 CPU and 2.3 GiB.
pub const RESERVE_LIMITS: (f64, f64) = (3.5, 2.3);
/// SS-2 / DB-4: the database on a single-server install, the high end of 250-550 MB, in GB.
pub const SINGLE_SERVER_DATABASE_GB: f64 = 0.55;

/// SW-1: swap per concurrent session on a host that runs sessions (Kasm staff,
/// kasmtech/workspaces-issues #522), in GB.
pub const SWAP_GB_PER_SESSION: f64 = 2.0;
/// SW-1: the 1.12 installer's swap: RAM divided by this, up to [`SWAP_INSTALLER_MAX_GB`].
pub const SWAP_INSTALLER_RAM_DIVISOR: f64 = 4.0;
/// SW-1: the 1.12 installer's largest swap, in GB.
pub const SWAP_INSTALLER_MAX_GB: f64 = 8.0;
/// SW-1: swap set by the autoscale start-up scripts from 1.14 on, in GB.
pub const SWAP_AUTOSCALE_SCRIPTS_GB: f64 = 8.0;
/// SW-1: swap set by kasmtech/terraform, in GB.
pub const SWAP_TERRAFORM_GB: f64 = 2.0;
/// SW-1: swap set by kasmtech/ansible, in GB.
pub const SWAP_ANSIBLE_GB: f64 = 5.0;

/// NU-1: labelled peak-concurrency anchors a person can pick from, in percent, with where
/// each comes from. Kasm publishes no ratio.
pub const CONCURRENCY_ANCHORS: [(f64, &str); 3] = [
    (70.0, "an HP VDI planning baseline"),
    (50.0, "an NComputing planning example"),
    (20.0, "a school running Kasm for two classrooms"),
];
/// NU-1: sessions per user a stock install allows (`max_kasms_per_user`,
/// kasmtech/workspaces-issues #109).
pub const STOCK_MAX_KASMS_PER_USER: u64 = 2;
