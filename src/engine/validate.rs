//! Plan validation: every bad input becomes a typed error naming its field.

use serde::{Deserialize, Serialize};

use super::catalogue::{self, Provider};
use super::plan::{
    role_key, AgentMode, AutoscalePlan, Costs, Deployment, Override, Plan, ProxyLoad, Reserve,
    UseCase, WorkspaceKind, PLAN_VERSION, WEEKDAYS,
};
use super::report::Role;
use super::rules::SINGLE_SERVER_MINIMUM;
use super::{agent, inputs, proxy, single_server};
use crate::support::format::{num, readable, thousands};

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Reason {
    /// NaN or infinite.
    NotFinite,
    /// Below zero.
    Negative,
    /// Zero where a positive figure is required.
    Zero,
    /// Above the largest figure the engine accepts.
    TooLarge {
        /// The largest accepted value.
        max: f64,
    },
    /// An empty or blank name.
    Empty,
    /// A name used twice.
    Duplicate,
    /// A list with more entries than the engine accepts.
    TooMany {
        /// The largest accepted count.
        max: u64,
    },
    /// A workspace that fits on no agent, even with the overrides.
    WorkspaceTooBig,
    /// A figure too small for the load, such as a proxy that cannot carry one session.
    TooSmall,
    /// The shape version is newer than this build understands.
    UnsupportedVersion,
    /// Not a plan at all: the document does not have the plan's JSON shape.
    Malformed,
    /// A field this version no longer reads, given where it would change the answer.
    Retired,
    /// Two inputs that exclude each other, or one that does not fit another's choice.
    Conflict,
    /// An instance type the catalogue does not list (IC-1).
    NotInCatalogue,
}

/// One refused field: a dotted path such as `zones[0].profiles[1].cpu_cores`, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// Path of the field in the plan's JSON shape.
    pub field: String,
    /// Why it was refused.
    pub reason: Reason,
    /// One plain sentence for people.
    pub message: String,
}

/// Most zones a plan may have.
pub const MAX_ZONES: usize = 100;
/// Most workspace profiles over all zones.
pub const MAX_PROFILES: usize = 2_000;
/// Most peak concurrent sessions over the whole plan.
pub const MAX_SESSIONS: u64 = 10_000_000;
/// Longest name, in characters.
pub const MAX_NAME_CHARS: usize = 64;
/// Longest currency code or symbol, in characters (`EUR`, `€`, `US$`).
pub const MAX_CURRENCY_CHARS: usize = 8;
/// Most named users of one workspace (NU-1); their peak must also fit [`MAX_SESSIONS`].
pub const MAX_NAMED_USERS: u64 = 1_000_000_000;
/// Most sessions per named user (NU-1; Kasm's `max_kasms_per_user` is the real cap).
pub const MAX_SESSIONS_PER_USER: u64 = 100;
/// Longest host name, in characters (the DNS limit), spaces around it aside.
pub const MAX_HOSTNAME_CHARS: usize = 253;

impl FieldError {
    /// More zones than [`MAX_ZONES`] in the list at `field`.
    pub fn too_many_zones(field: &str) -> Self {
        Self::too_many(field, MAX_ZONES, "zones")
    }

    /// More workspace profiles than [`MAX_PROFILES`] over all zones, counted up to the
    /// list at `field`.
    pub fn too_many_profiles(field: &str) -> Self {
        Self::too_many(field, MAX_PROFILES, "workspace profiles in all")
    }

    /// A list at `field` with more than `max` entries: `at most 7 days`.
    pub fn too_many(field: &str, max: usize, what: &str) -> Self {
        FieldError {
            field: field.into(),
            reason: Reason::TooMany { max: max as u64 },
            message: format!("at most {max} {what}"),
        }
    }

    /// A text at `field` longer than `max` characters.
    pub fn too_long(field: &str, max: usize) -> Self {
        FieldError {
            field: field.into(),
            reason: Reason::TooLarge { max: max as f64 },
            message: format!("at most {max} characters"),
        }
    }

    /// A currency at `field` longer than [`MAX_CURRENCY_CHARS`] (or with control characters).
    pub fn currency_too_long(field: &str) -> Self {
        FieldError {
            field: field.into(),
            reason: Reason::TooLarge {
                max: MAX_CURRENCY_CHARS as f64,
            },
            message: format!(
                "a currency code or symbol of at most {MAX_CURRENCY_CHARS} characters"
            ),
        }
    }

    /// A value at `field` that does not have the plan's JSON shape.
    pub fn malformed(field: &str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            reason: Reason::Malformed,
            message: message.into(),
        }
    }
}

/// Check a plan; every refused field is listed, in plan order.
pub fn validate(plan: &Plan) -> Result<(), Vec<FieldError>> {
    let mut v = Checker::default();
    if plan.version > PLAN_VERSION {
        v.push(
            "version",
            Reason::UnsupportedVersion,
            format!(
                "version {} is newer than this calculator (version {PLAN_VERSION})",
                plan.version
            ),
        );
    }
    if plan.zones.is_empty() {
        v.push("zones", Reason::Empty, "add at least one zone".into());
    }
    if plan.zones.len() > MAX_ZONES {
        v.errors.push(FieldError::too_many_zones("zones"));
    }
    let profiles = plan.zones.iter().map(|z| z.profiles.len()).sum::<usize>();
    if profiles > MAX_PROFILES {
        v.errors.push(FieldError::too_many_profiles("zones"));
    }
    // The host a workspace must fit on: the single server (less its reserve, SS-3), an
    // agent, or an autoscaled instance (AS-1).
    let single = plan.deployment == Deployment::SingleServer;
    let what = match (single, plan.agents.mode) {
        (true, _) => "the single server",
        (false, AgentMode::Static) => "an agent",
        (false, AgentMode::Autoscale) => "an instance",
    };
    let (agent_cpus, agent_ram) = if single {
        single_server::counted_capacity(plan)
    } else {
        agent::counted_capacity(plan)
    };
    let mut total: u64 = 0;
    for (zi, zone) in plan.zones.iter().enumerate() {
        let zf = format!("zones[{zi}]");
        v.name(&format!("{zf}.name"), &zone.name);
        if plan.zones[..zi]
            .iter()
            .any(|z| z.name.trim() == zone.name.trim())
        {
            v.push(
                &format!("{zf}.name"),
                Reason::Duplicate,
                format!("another zone is already called \"{}\"", zone.name.trim()),
            );
        }
        for (pi, p) in zone.profiles.iter().enumerate() {
            let pf = format!("{zf}.profiles[{pi}]");
            v.name(&format!("{pf}.name"), &p.name);
            if zone.profiles[..pi]
                .iter()
                .any(|q| q.name.trim() == p.name.trim())
            {
                v.push(
                    &format!("{pf}.name"),
                    Reason::Duplicate,
                    format!(
                        "this zone already has a workspace called \"{}\"",
                        p.name.trim()
                    ),
                );
            }
            v.count(&format!("{pf}.sessions"), p.sessions, MAX_SESSIONS);
            if let Some(users) = p.named_users {
                v.named_users(&pf, users, p.concurrency_percent, p.sessions_per_user);
            }
            // A workspace whose named users alone pass the limit is refused above, at its
            // own field; the plan total counts it at the limit so it is not refused twice.
            let peak = match p.named_users {
                Some(_) => p.peak_sessions().min(MAX_SESSIONS),
                None => p.sessions,
            };
            total = total.saturating_add(peak);
            // AG-3: CPU, RAM and disk size agents, so only container workspaces use them
            // (WorkspaceKind::uses); a server connection's figures are ignored, not judged.
            if p.kind.uses("cpu_cores") {
                v.positive(&format!("{pf}.cpu_cores"), p.cpu_cores, 256.0);
            }
            if p.kind.uses("ram_gb") {
                v.positive(&format!("{pf}.ram_gb"), p.ram_gb, 4096.0);
            }
            if p.kind.uses("disk_per_session_gb") {
                v.non_negative(
                    &format!("{pf}.disk_per_session_gb"),
                    p.disk_per_session_gb,
                    100_000.0,
                );
            }
            if p.kind == WorkspaceKind::Container
                && p.cpu_cores.is_finite()
                && p.ram_gb.is_finite()
                && p.cpu_cores > 0.0
                && p.ram_gb > 0.0
            {
                let (cpus, ram) = (agent_cpus, agent_ram);
                if cpus.is_finite() && ram.is_finite() && cpus > 0.0 && ram > 0.0 {
                    let cores = p.effective_cores();
                    if cores > cpus + 1e-9 {
                        v.push(
                            &format!("{pf}.cpu_cores"),
                            Reason::WorkspaceTooBig,
                            format!(
                                "{} cores{} do not fit on {what} that counts {} CPUs for sessions",
                                readable(cores),
                                if p.recording {
                                    " (with the recording core)"
                                } else {
                                    ""
                                },
                                readable(cpus)
                            ),
                        );
                    } else if p.ram_gb > ram + 1e-9 {
                        v.push(
                            &format!("{pf}.ram_gb"),
                            Reason::WorkspaceTooBig,
                            format!(
                                "{} GB does not fit on {what} that counts {} GB for sessions",
                                readable(p.ram_gb),
                                readable(ram)
                            ),
                        );
                    }
                }
            }
        }
    }
    if total > MAX_SESSIONS {
        v.push(
            "peak_sessions",
            Reason::TooLarge {
                max: MAX_SESSIONS as f64,
            },
            format!(
                "at most {} peak concurrent sessions in all",
                thousands(MAX_SESSIONS)
            ),
        );
    }
    let w = &plan.web_app;
    v.count("web_app.redundancy", w.redundancy, 100);
    if w.use_case == UseCase::Custom {
        v.count_positive(
            "web_app.custom_standard_per_server",
            w.custom_standard_per_server,
            100_000,
        );
        v.count_positive(
            "web_app.custom_direct_per_server",
            w.custom_direct_per_server,
            100_000,
        );
    }
    let lb = &plan.load_balancing;
    v.positive(
        "load_balancing.health_check_interval_s",
        lb.health_check_interval_s,
        3600.0,
    );
    v.count_positive(
        "load_balancing.failures_to_remove",
        lb.failures_to_remove,
        100,
    );
    v.non_negative("load_balancing.dns_ttl_s", lb.dns_ttl_s, 86_400.0);
    v.count("load_balancing.lb_redundancy", lb.lb_redundancy, 100);
    let host = lb.hostname.trim();
    if host.is_empty() {
        v.push(
            "load_balancing.hostname",
            Reason::Empty,
            "enter the host name users open".into(),
        );
    } else if host.len() > MAX_HOSTNAME_CHARS
        || !host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':')
    {
        v.push(
            "load_balancing.hostname",
            Reason::Empty,
            "use letters, digits, dots and hyphens only (and :port)".into(),
        );
    }
    let a = &plan.agents;
    v.positive("agents.cpus", a.cpus, 1024.0);
    v.positive("agents.ram_gb", a.ram_gb, 16_384.0);
    v.override_value("agents.cpu_override", a.cpu_override, 4096.0);
    v.override_value("agents.ram_override", a.ram_override, 65_536.0);
    v.count("agents.redundancy", a.redundancy, 100);
    if a.sessions_per_instance.is_some() && a.mode == AgentMode::Autoscale {
        v.push(
            "agents.sessions_per_instance",
            Reason::Retired,
            "no longer read: autoscaled instances are sized from agents.cpus and agents.ram_gb (AS-1); for n sessions of a workspace, give n times its CPU and RAM, and leave this field out".into(),
        );
    }
    if let Some(limit) = a.disk_limit_gb {
        v.positive("agents.disk_limit_gb", limit, 10_000.0);
    }
    if a.mode == AgentMode::Autoscale {
        autoscale(&mut v, &a.autoscale);
    }
    let p = &plan.proxy;
    v.positive("proxy.cores", p.cores, 1024.0);
    if p.load == ProxyLoad::Custom {
        v.positive(
            "proxy.custom_cores_per_session",
            p.custom_cores_per_session,
            64.0,
        );
    }
    v.count("proxy.redundancy", p.redundancy, 100);
    if plan.deployment == Deployment::SingleServer {
        v.single_server(plan);
    }
    let server_sessions = plan
        .profiles()
        .any(|(_, q)| q.kind == WorkspaceKind::ServerConnection && q.peak_sessions() > 0);
    // On a single server the connection proxy is a service beside the sessions, not servers
    // of `proxy.cores` each.
    if server_sessions
        && plan.deployment == Deployment::Distributed
        && v.errors.iter().all(|e| !e.field.starts_with("proxy."))
    {
        let load = proxy::load_per_session(plan);
        let cores = super::cloud::proxy_cores(plan);
        if proxy::sessions_per_proxy(cores, load, proxy::recording(plan)) == 0 {
            // A picked instance type sets the cores, so the error belongs to it (IC-1).
            let typed = plan.cloud.instance(Role::ConnectionProxy).is_none();
            v.push(
                if typed {
                    "proxy.cores"
                } else {
                    "cloud.proxy.type"
                },
                Reason::TooSmall,
                format!(
                    "{} cores cannot stream one session at {} cores each{}",
                    readable(cores),
                    readable(load),
                    if proxy::recording(plan) {
                        " with half of them recording"
                    } else {
                        ""
                    }
                ),
            );
        }
    }
    costs(&mut v, &plan.costs);
    cloud(&mut v, plan);
    if !v.errors.is_empty() {
        // An input this plan does not use is not judged (the form hides or disables it).
        let unused = inputs::unused_inputs(&inputs::Choices::of(plan));
        v.errors
            .retain(|e| !unused.iter().any(|u| u.path == e.field));
    }
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(v.errors)
    }
}

/// AS-2..AS-4 inputs: counts and times in range, seven days with each start before its end.
fn autoscale(v: &mut Checker, a: &AutoscalePlan) {
    let f = |name: &str| format!("agents.autoscale.{name}");
    v.count(&f("baseline_sessions"), a.baseline_sessions, MAX_SESSIONS);
    v.non_negative(&f("arrivals_per_minute"), a.arrivals_per_minute, 1e6);
    v.positive(&f("startup_s"), a.startup_s, 86_400.0);
    v.count(
        &f("off_hours_standby_sessions"),
        a.off_hours_standby_sessions,
        MAX_SESSIONS,
    );
    v.non_negative(&f("downscale_backoff_s"), a.downscale_backoff_s, 604_800.0);
    if a.schedule.len() != WEEKDAYS.len() {
        v.push(
            &f("schedule"),
            Reason::Malformed,
            format!("give 7 days, Monday first ({} given)", a.schedule.len()),
        );
        return;
    }
    for (i, day) in a.schedule.iter().enumerate() {
        let Some(h) = day else { continue };
        let at = |end: &str| format!("agents.autoscale.schedule[{i}].{end}");
        let errors = v.errors.len();
        v.non_negative(&at("start_hour"), h.start_hour, 24.0);
        v.non_negative(&at("end_hour"), h.end_hour, 24.0);
        if v.errors.len() == errors && h.end_hour <= h.start_hour {
            v.push(
                &at("end_hour"),
                Reason::TooSmall,
                format!(
                    "{}: the busy period must end after it starts ({})",
                    WEEKDAYS[i],
                    num(h.start_hour)
                ),
            );
        }
    }
}

/// Prices: at most one per role (per month or per hour), in range; a short currency.
fn costs(v: &mut Checker, c: &Costs) {
    for role in [
        Role::WebApp,
        Role::Database,
        Role::Agent,
        Role::ConnectionProxy,
        Role::LoadBalancer,
    ] {
        let key = role_key(role);
        if let Some(x) = c.monthly.get(role) {
            v.non_negative(&format!("costs.{key}"), x, 1e9);
        }
        if let Some(x) = c.hourly.get(role) {
            let field = format!("costs.hourly.{key}");
            v.non_negative(&field, x, 1e6);
            if c.monthly.get(role).is_some() {
                v.push(
                    &field,
                    Reason::Conflict,
                    "give a price per month or per hour, not both".into(),
                );
            }
        }
    }
    let cur = c.currency.trim();
    if cur.chars().count() > MAX_CURRENCY_CHARS || cur.chars().any(char::is_control) {
        v.errors
            .push(FieldError::currency_too_long("costs.currency"));
    }
}

/// IC-1: with a provider chosen, each picked type is in the catalogue and of that
/// provider, and an OCI Flex shape has its OCPUs and memory (without a provider, or for a
/// fixed type, those inputs are not used: [`inputs`]).
fn cloud(v: &mut Checker, plan: &Plan) {
    let provider = plan.cloud.provider;
    if provider == Provider::None {
        return;
    }
    for role in [
        Role::WebApp,
        Role::Database,
        Role::Agent,
        Role::ConnectionProxy,
    ] {
        let Some(c) = plan.cloud.choice(role) else {
            continue;
        };
        let Some(id) = c.type_id.as_deref() else {
            continue;
        };
        let at = |f: &str| format!("cloud.{}.{f}", role_key(role));
        let Some(family) = catalogue::family_of(id) else {
            v.push(
                &at("type"),
                Reason::NotInCatalogue,
                format!("\"{id}\" is not in the instance catalogue"),
            );
            continue;
        };
        if family.provider != provider {
            v.push(
                &at("type"),
                Reason::Conflict,
                format!(
                    "{id} belongs to {}, but the plan's provider is {}",
                    family.provider.label(),
                    provider.label()
                ),
            );
        }
        if family.flex {
            match c.ocpus {
                None => v.push(
                    &at("ocpus"),
                    Reason::Empty,
                    "give the OCPUs of the shape".into(),
                ),
                Some(o) => v.positive(&at("ocpus"), o, 512.0),
            }
            match c.memory_gib {
                None => v.push(
                    &at("memory_gib"),
                    Reason::Empty,
                    "give the memory of the shape in GiB".into(),
                ),
                Some(m) => v.positive(&at("memory_gib"), m, 16_384.0),
            }
        }
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn push(&mut self, field: &str, reason: Reason, message: String) {
        self.errors.push(FieldError {
            field: field.into(),
            reason,
            message,
        });
    }

    /// A finite figure from 0 to `max`; `positive` fields also refuse zero, and then a
    /// negative figure gets the same message (zero is refused too, so "not negative" would
    /// mislead).
    fn figure(&mut self, field: &str, x: f64, max: f64, positive: bool) {
        if !x.is_finite() {
            self.push(field, Reason::NotFinite, "enter a number".into());
        } else if positive && x <= 0.0 {
            let reason = if x < 0.0 {
                Reason::Negative
            } else {
                Reason::Zero
            };
            self.push(field, reason, "must be more than zero".into());
        } else if x < 0.0 {
            self.push(field, Reason::Negative, "must not be negative".into());
        } else if x > max {
            self.push(
                field,
                Reason::TooLarge { max },
                format!("at most {}", readable(max)),
            );
        }
    }

    fn positive(&mut self, field: &str, x: f64, max: f64) {
        self.figure(field, x, max, true);
    }

    fn non_negative(&mut self, field: &str, x: f64, max: f64) {
        self.figure(field, x, max, false);
    }

    fn count(&mut self, field: &str, n: u64, max: u64) {
        if n > max {
            self.push(
                field,
                Reason::TooLarge { max: max as f64 },
                format!("at most {}", thousands(max)),
            );
        }
    }

    fn count_positive(&mut self, field: &str, n: u64, max: u64) {
        if n == 0 {
            self.push(field, Reason::Zero, "must be at least 1".into());
        }
        self.count(field, n, max);
    }

    fn override_value(&mut self, field: &str, o: Override, max: f64) {
        match o {
            Override::None => {}
            Override::Absolute(x) => self.positive(field, x, max),
            Override::Ratio(r) => self.positive(field, r, 100.0),
        }
    }

    /// NU-1: a workspace's named users, concurrency and sessions per user, and the peak
    /// they give.
    fn named_users(&mut self, pf: &str, users: u64, percent: f64, per_user: u64) {
        let field = format!("{pf}.named_users");
        self.count(&field, users, MAX_NAMED_USERS);
        let before = self.errors.len();
        self.non_negative(&format!("{pf}.concurrency_percent"), percent, 100.0);
        self.count_positive(
            &format!("{pf}.sessions_per_user"),
            per_user,
            MAX_SESSIONS_PER_USER,
        );
        if self.errors.len() == before {
            let peak = super::plan::named_user_sessions(users, percent, per_user);
            if peak > MAX_SESSIONS {
                self.push(
                    &field,
                    Reason::TooLarge {
                        max: MAX_SESSIONS as f64,
                    },
                    format!(
                        "{} users at {} % x {per_user} give {} sessions; at most {}",
                        thousands(users),
                        readable(percent),
                        thousands(peak),
                        thousands(MAX_SESSIONS)
                    ),
                );
            }
        }
    }

    /// SS-1, SS-3: Kasm's minimum CPU and RAM, and a reserve that leaves room for sessions.
    fn single_server(&mut self, plan: &Plan) {
        let (min_cpus, min_ram, _) = SINGLE_SERVER_MINIMUM;
        // The server's hardware: a picked instance type's (IC-1), else the typed figures.
        let (cpus, ram) = agent::agent_hardware(plan);
        let (cpu_field, ram_field) = match plan.cloud.instance(Role::Agent) {
            Some(_) => ("cloud.agent.type", "cloud.agent.type"),
            None => ("agents.cpus", "agents.ram_gb"),
        };
        let cpus_ok = cpus.is_finite() && cpus > 0.0;
        let ram_ok = ram.is_finite() && ram > 0.0;
        if cpus_ok && cpus < min_cpus {
            self.push(
                cpu_field,
                Reason::TooSmall,
                format!(
                    "a single-server install needs at least {} CPU cores (Kasm's minimum)",
                    readable(min_cpus)
                ),
            );
        }
        if ram_ok && ram < min_ram && !(cpus < min_cpus && cpu_field == ram_field) {
            self.push(
                ram_field,
                Reason::TooSmall,
                format!(
                    "a single-server install needs at least {} GB of RAM (Kasm's minimum)",
                    readable(min_ram)
                ),
            );
        }
        if plan.single_server.reserve == Reserve::None
            || self
                .errors
                .iter()
                .any(|e| e.field.starts_with("agents.") || e.field == "cloud.agent.type")
        {
            return;
        }
        let kept = single_server::reserve_figures(plan.single_server.reserve);
        let (cpus, ram) = single_server::counted_capacity(plan);
        let short = match (cpus <= 0.0, ram <= 0.0) {
            (true, _) => Some(format!("{} CPUs", readable(kept.cpus))),
            (_, true) => Some(format!("{} GB of RAM", readable(kept.ram_gb))),
            _ => None,
        };
        if let Some(what) = short {
            self.push(
                "single_server.reserve",
                Reason::TooSmall,
                format!(
                    "keeping {what} for the other services leaves nothing for sessions: choose a smaller reserve or a bigger server"
                ),
            );
        }
    }

    fn name(&mut self, field: &str, name: &str) {
        if name.trim().is_empty() {
            self.push(field, Reason::Empty, "give it a name".into());
        } else if name.chars().count() > MAX_NAME_CHARS {
            self.errors
                .push(FieldError::too_long(field, MAX_NAME_CHARS));
        }
    }
}
