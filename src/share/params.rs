//! The table of plan-link parameters: one row per scalar input, with its key, meaning,
//! unit and accepted range, plus the parsers that turn link text back into values.
//!
//! The table drives the encoder, the decoder and `docs/plan-links.md`; a test checks that
//! the document lists every row. Keys and the order of [`PROFILE_PARAMS`] are part of
//! link version 1 and never change inside that version.

use crate::engine::{
    catalogue, schedule, AgentMode, Architecture, CpuAllocation, DatabaseKind, Deployment,
    LoadBalancingMethod, Logging, Override, Plan, Provider, ProxyLoad, Reserve, UseCase,
    WorkspaceKind, WorkspaceProfile,
};

/// Longest zone or workspace name a link may carry, in characters: the engine's own limit,
/// so a name that decodes is never refused afterwards.
pub const MAX_NAME_CHARS: usize = crate::engine::validate::MAX_NAME_CHARS;
/// Longest host name a link may carry, in characters (the DNS limit).
pub const MAX_HOST_CHARS: usize = crate::engine::validate::MAX_HOSTNAME_CHARS;

/// What `set` reports when it accepts a value: `Some(note)` when it had to adjust it.
pub type SetResult = Result<Option<String>, String>;

/// One scalar input as it appears in a link: `key=value`.
pub struct Param<T: 'static> {
    /// Query key, e.g. `sessions`.
    pub key: &'static str,
    /// The input's dotted path in the plan (and the draft): `agents.cpus`; for a workspace
    /// field, its name inside the workspace (`cpu_cores`).
    pub path: &'static str,
    /// What the value sets, in plain words.
    pub meaning: &'static str,
    /// Unit, or the accepted words for a choice.
    pub unit: &'static str,
    /// Accepted values, in plain words.
    pub range: &'static str,
    /// The value as written in a link.
    pub get: fn(&T) -> String,
    /// Set the value from link text; an error is the reason in plain words.
    pub set: fn(&mut T, &str) -> SetResult,
}

/// Write a number so that parsing it gives back the same `f64` (the shortest such text).
pub fn fmt_num(x: f64) -> String {
    x.to_string()
}

/// Write an optional number: the number, or `none`.
pub fn fmt_opt(x: Option<f64>) -> String {
    x.map_or_else(|| "none".to_string(), fmt_num)
}

/// Write a boolean as `1` or `0`.
pub fn fmt_bool(b: bool) -> String {
    if b { "1" } else { "0" }.to_string()
}

/// Write an override: `none`, an absolute figure such as `96`, or a ratio such as `x1.5`.
pub fn fmt_override(o: Override) -> String {
    match o {
        Override::None => "none".into(),
        Override::Absolute(v) => fmt_num(v),
        Override::Ratio(r) => format!("x{}", fmt_num(r)),
    }
}

/// Read a whole count between `min` and `max` inclusive.
pub fn parse_count(s: &str, min: u64, max: u64) -> Result<u64, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("empty value".into());
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err("not a whole number".into());
    }
    match t.parse::<u64>() {
        Ok(n) if n < min => Err(format!("below the smallest accepted value {min}")),
        Ok(n) if n > max => Err(format!("above the largest accepted value {max}")),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("above the largest accepted value {max}")),
    }
}

/// Read a finite number up to `max`; zero is accepted only when `zero_ok`.
pub fn parse_num(s: &str, zero_ok: bool, max: f64) -> Result<f64, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("empty value".into());
    }
    // Only plain decimal text: no `inf`, `NaN` or hex; an exponent is tolerated.
    if !t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
    {
        return Err("not a number".into());
    }
    let x: f64 = t.parse().map_err(|_| "not a number".to_string())?;
    if !x.is_finite() {
        return Err("not a finite number".into());
    }
    if x < 0.0 {
        return Err("negative".into());
    }
    if x == 0.0 && !zero_ok {
        return Err("must be above 0".into());
    }
    if x > max {
        return Err(format!("above the largest accepted value {}", fmt_num(max)));
    }
    Ok(x)
}

/// Read `none` or a number as [`parse_num`] does.
pub fn parse_opt(s: &str, zero_ok: bool, max: f64) -> Result<Option<f64>, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        Ok(None)
    } else {
        parse_num(s, zero_ok, max).map(Some)
    }
}

/// Read `1`/`0` (also `true`/`false`, `yes`/`no`, `on`/`off`).
pub fn parse_bool(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err("not 1 or 0".into()),
    }
}

/// Read an override: `none`, an absolute figure up to `max_abs`, or `x<ratio>` up to 100.
pub fn parse_override(s: &str, max_abs: f64) -> Result<Override, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(Override::None);
    }
    if let Some(r) = t.strip_prefix(['x', 'X']) {
        return parse_num(r, false, MAX_RATIO).map(Override::Ratio);
    }
    parse_num(t, false, max_abs).map(Override::Absolute)
}

/// Read one of a fixed set of words, e.g. `std` or `d2a`.
pub fn parse_choice<E: Copy>(s: &str, choices: &[(&str, E)]) -> Result<E, String> {
    let words: Vec<&str> = choices.iter().map(|(w, _)| *w).collect();
    word_index(s, &words).map(|i| choices[i].1)
}

/// The position of `s` among `words` (trimmed, any case). Not generic, so the search and
/// its message are compiled once rather than once per kind of choice.
fn word_index(s: &str, words: &[&str]) -> Result<usize, String> {
    let t = s.trim().to_ascii_lowercase();
    words
        .iter()
        .position(|w| *w == t)
        .ok_or_else(|| format!("not one of {}", words.join(", ")))
}

/// Write the word for a choice (the first word listed for it).
pub fn fmt_choice<E: Copy + PartialEq>(e: E, choices: &[(&str, E)]) -> String {
    choices
        .iter()
        .find(|(_, c)| *c == e)
        .map(|(w, _)| w.to_string())
        .unwrap_or_default()
}

/// Read a name: kept as plain text, control characters dropped, cut to `max` characters.
///
/// Names are data: the app only ever puts them into text nodes, so markup in a name is
/// harmless, but the link still says so, since nobody types `<img ...>` by accident.
pub fn parse_text(s: &str, max: usize) -> (String, Option<String>) {
    let mut notes = Vec::new();
    let mut t: String = s.chars().filter(|c| !c.is_control()).collect();
    if t.len() != s.len() {
        notes.push("control characters removed".to_string());
    }
    if t.chars().count() > max {
        t = t.chars().take(max).collect();
        notes.push(format!("cut to {max} characters"));
    }
    if t.contains('<') && t.contains('>') {
        notes.push("looks like markup; kept as plain text and never run".to_string());
    }
    let note = (!notes.is_empty()).then(|| notes.join("; "));
    (t, note)
}

const MAX_SESSIONS: u64 = crate::engine::validate::MAX_SESSIONS;
const MAX_SPARE: u64 = 100;
const MAX_RATIO: f64 = 100.0;

/// Workspace kinds as written in links.
pub const KINDS: &[(&str, WorkspaceKind)] = &[
    ("container", WorkspaceKind::Container),
    ("server", WorkspaceKind::ServerConnection),
];
const ARCHS: &[(&str, Architecture)] = &[
    ("std", Architecture::Standard),
    ("d2a", Architecture::DirectToAgent),
];
const USE_CASES: &[(&str, UseCase)] = &[
    ("gaming", UseCase::Gaming),
    ("mixed", UseCase::Mixed),
    ("remote", UseCase::RemoteWork),
    ("custom", UseCase::Custom),
];
const LB_METHODS: &[(&str, LoadBalancingMethod)] = &[
    ("dns", LoadBalancingMethod::Dns),
    ("nlb", LoadBalancingMethod::NetworkLoadBalancer),
];
const AGENT_MODES: &[(&str, AgentMode)] = &[
    ("static", AgentMode::Static),
    ("autoscale", AgentMode::Autoscale),
];
const CPU_ALLOCS: &[(&str, CpuAllocation)] = &[
    ("shares", CpuAllocation::Shares),
    ("quotas", CpuAllocation::Quotas),
];
const PROXY_LOADS: &[(&str, ProxyLoad)] = &[
    ("business", ProxyLoad::Business),
    ("video", ProxyLoad::FullScreenVideo),
    ("custom", ProxyLoad::Custom),
];
const DB_KINDS: &[(&str, DatabaseKind)] = &[
    ("bundled", DatabaseKind::Bundled),
    ("external", DatabaseKind::External),
];
const LOGGINGS: &[(&str, Logging)] = &[("builtin", Logging::BuiltIn), ("siem", Logging::Siem)];
const DEPLOYMENTS: &[(&str, Deployment)] = &[
    ("dist", Deployment::Distributed),
    ("single", Deployment::SingleServer),
];
const RESERVES: &[(&str, Reserve)] = &[
    ("none", Reserve::None),
    ("requests", Reserve::Requests),
    ("limits", Reserve::Limits),
];
const MAX_NAMED_USERS: u64 = crate::engine::validate::MAX_NAMED_USERS;
const MAX_SESSIONS_PER_USER: u64 = crate::engine::validate::MAX_SESSIONS_PER_USER;

const PROVIDERS: &[(&str, Provider)] = &[
    ("none", Provider::None),
    ("aws", Provider::Aws),
    ("azure", Provider::Azure),
    ("gcp", Provider::Gcp),
    ("oci", Provider::Oci),
];
const MAX_CURRENCY_CHARS: usize = crate::engine::validate::MAX_CURRENCY_CHARS;

/// Read `none` or a catalogue type id (any case), written as the catalogue writes it.
pub fn parse_type(s: &str) -> Result<Option<String>, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    catalogue::canonical_id(t)
        .map(|id| Some(id.to_string()))
        .ok_or_else(|| format!("\"{t}\" is not in the instance catalogue"))
}

/// One key of a role's instance type: `<prefix>_type`, or `<prefix>_ocpus` and
/// `<prefix>_mem` for OCI Flex shapes.
macro_rules! instance_param {
    (type, $prefix:literal, $what:literal, $field:ident) => {
        Param {
            key: concat!($prefix, "_type"),
            path: concat!("cloud.", stringify!($field), ".type"),
            meaning: concat!("Instance type of each ", $what, " (IC-1)"),
            unit: "type id or none",
            range: "none, or a catalogue type such as m6i.xlarge",
            get: |p| {
                p.cloud
                    .$field
                    .type_id
                    .clone()
                    .unwrap_or_else(|| "none".into())
            },
            set: |p, s| ok(&mut p.cloud.$field.type_id, parse_type(s)),
        }
    };
    (ocpus, $prefix:literal, $what:literal, $field:ident) => {
        Param {
            key: concat!($prefix, "_ocpus"),
            path: concat!("cloud.", stringify!($field), ".ocpus"),
            meaning: concat!(
                "OCPUs of the ",
                $what,
                "'s OCI Flex shape (IC-1: 1 OCPU = 2 vCPU)"
            ),
            unit: "OCPUs or none",
            range: "none; above 0, up to 512",
            get: |p| fmt_opt(p.cloud.$field.ocpus),
            set: |p, s| ok(&mut p.cloud.$field.ocpus, parse_opt(s, false, 512.0)),
        }
    };
    (mem, $prefix:literal, $what:literal, $field:ident) => {
        Param {
            key: concat!($prefix, "_mem"),
            path: concat!("cloud.", stringify!($field), ".memory_gib"),
            meaning: concat!("Memory of the ", $what, "'s OCI Flex shape (IC-1)"),
            unit: "GiB or none",
            range: "none; above 0, up to 16384",
            get: |p| fmt_opt(p.cloud.$field.memory_gib),
            set: |p, s| {
                ok(
                    &mut p.cloud.$field.memory_gib,
                    parse_opt(s, false, 16_384.0),
                )
            },
        }
    };
}

/// One price key of a role: `cost_<prefix>` per month, or `cost_<prefix>_hourly`.
macro_rules! price_param {
    (month, $prefix:literal, $what:literal, $field:ident) => {
        Param {
            key: concat!("cost_", $prefix),
            path: concat!("costs.", stringify!($field)),
            meaning: concat!("Monthly cost of one ", $what),
            unit: "currency per month, or none",
            range: "none; 0 to 1000000000",
            get: |p| fmt_opt(p.costs.monthly.$field),
            set: |p, s| ok(&mut p.costs.monthly.$field, parse_opt(s, true, 1e9)),
        }
    };
    (hour, $prefix:literal, $what:literal, $field:ident) => {
        Param {
            key: concat!("cost_", $prefix, "_hourly"),
            path: concat!("costs.hourly.", stringify!($field)),
            meaning: concat!(
                "Hourly price of one ",
                $what,
                " (IC-1; not with the monthly one)"
            ),
            unit: "currency per hour, or none",
            range: "none; 0 to 1000000",
            get: |p| fmt_opt(p.costs.hourly.$field),
            set: |p, s| ok(&mut p.costs.hourly.$field, parse_opt(s, true, 1e6)),
        }
    };
}

fn ok<T>(slot: &mut T, v: Result<T, String>) -> SetResult {
    *slot = v?;
    Ok(None)
}

/// How many of [`PROFILE_PARAMS`] every `p=` entry has; the named-user fields after them are
/// written only when one differs from its default, so links made before them read the same.
pub const REQUIRED_PROFILE_PARAMS: usize = 7;

/// The workspace fields, in the order they follow the zone name in a `p=` entry.
pub static PROFILE_PARAMS: &[Param<WorkspaceProfile>] = &[
    Param {
        key: "name",
        path: "name",
        meaning: "Workspace name",
        unit: "text",
        range: "up to 64 characters",
        get: |w| w.name.clone(),
        set: |w, s| {
            let (t, note) = parse_text(s, MAX_NAME_CHARS);
            w.name = t;
            Ok(note)
        },
    },
    Param {
        key: "sessions",
        path: "sessions",
        meaning: "Peak concurrent sessions of the workspace",
        unit: "sessions",
        range: "0 to 10000000",
        get: |w| w.sessions.to_string(),
        set: |w, s| ok(&mut w.sessions, parse_count(s, 0, MAX_SESSIONS)),
    },
    Param {
        key: "cpu",
        path: "cpu_cores",
        meaning: "CPU cores set on the workspace (AG-1)",
        unit: "cores",
        range: "above 0, up to 256",
        get: |w| fmt_num(w.cpu_cores),
        set: |w, s| ok(&mut w.cpu_cores, parse_num(s, false, 256.0)),
    },
    Param {
        key: "ram",
        path: "ram_gb",
        meaning: "RAM set on the workspace (AG-1)",
        unit: "GB",
        range: "above 0, up to 4096",
        get: |w| fmt_num(w.ram_gb),
        set: |w, s| ok(&mut w.ram_gb, parse_num(s, false, 4096.0)),
    },
    Param {
        key: "rec",
        path: "recording",
        meaning: "Sessions are recorded (AG-2, CP-4)",
        unit: "1 or 0",
        range: "1 = yes, 0 = no",
        get: |w| fmt_bool(w.recording),
        set: |w, s| ok(&mut w.recording, parse_bool(s)),
    },
    Param {
        key: "disk",
        path: "disk_per_session_gb",
        meaning: "Disk each session may use on its agent (AG-5)",
        unit: "GB",
        range: "0 to 100000",
        get: |w| fmt_num(w.disk_per_session_gb),
        set: |w, s| ok(&mut w.disk_per_session_gb, parse_num(s, true, 100_000.0)),
    },
    Param {
        key: "kind",
        path: "kind",
        meaning: "Container workspace, or RDP/VNC/SSH server connection (AG-3, CP-1)",
        unit: "word",
        range: "container, server",
        get: |w| fmt_choice(w.kind, KINDS),
        set: |w, s| ok(&mut w.kind, parse_choice(s, KINDS)),
    },
    Param {
        key: "users",
        path: "named_users",
        meaning: "Named users of the workspace; when given, its peak is users x concurrency x sessions per user and `sessions` is not used (NU-1)",
        unit: "users, or none",
        range: "none; 0 to 1000000000",
        get: |w| w.named_users.map_or_else(|| "none".to_string(), |n| n.to_string()),
        set: |w, s| {
            let v = if s.trim().eq_ignore_ascii_case("none") {
                Ok(None)
            } else {
                parse_count(s, 0, MAX_NAMED_USERS).map(Some)
            };
            ok(&mut w.named_users, v)
        },
    },
    Param {
        key: "concurrency",
        path: "concurrency_percent",
        meaning: "Share of the named users on at the busiest moment (NU-1)",
        unit: "%",
        range: "0 to 100",
        get: |w| fmt_num(w.concurrency_percent),
        set: |w, s| ok(&mut w.concurrency_percent, parse_num(s, true, 100.0)),
    },
    Param {
        key: "per_user",
        path: "sessions_per_user",
        meaning: "Sessions each named user runs at once (NU-1)",
        unit: "sessions",
        range: "1 to 100",
        get: |w| w.sessions_per_user.to_string(),
        set: |w, s| {
            ok(
                &mut w.sessions_per_user,
                parse_count(s, 1, MAX_SESSIONS_PER_USER),
            )
        },
    },
];

/// Every scalar input of the plan outside the workspace list.
pub static PLAN_PARAMS: &[Param<Plan>] = &[
    Param {
        key: "deploy",
        path: "deployment",
        meaning: "Deployment: servers per role, or one server for everything (SS-1, DEP-1)",
        unit: "word",
        range: "dist, single",
        get: |p| fmt_choice(p.deployment, DEPLOYMENTS),
        set: |p, s| ok(&mut p.deployment, parse_choice(s, DEPLOYMENTS)),
    },
    Param {
        key: "reserve",
        path: "single_server.reserve",
        meaning: "Single server: CPU and RAM kept for the other services, from the Helm chart's small preset (SS-3)",
        unit: "word",
        range: "none, requests, limits",
        get: |p| fmt_choice(p.single_server.reserve, RESERVES),
        set: |p, s| ok(&mut p.single_server.reserve, parse_choice(s, RESERVES)),
    },
    Param {
        key: "arch",
        path: "web_app.architecture",
        meaning: "Web app traffic architecture: Standard or Direct-to-Agent (WEB-1, WEB-2)",
        unit: "word",
        range: "std, d2a",
        get: |p| fmt_choice(p.web_app.architecture, ARCHS),
        set: |p, s| ok(&mut p.web_app.architecture, parse_choice(s, ARCHS)),
    },
    Param {
        key: "usecase",
        path: "web_app.use_case",
        meaning: "Use case that picks sessions per web app server (WEB-3)",
        unit: "word",
        range: "gaming, mixed, remote, custom",
        get: |p| fmt_choice(p.web_app.use_case, USE_CASES),
        set: |p, s| ok(&mut p.web_app.use_case, parse_choice(s, USE_CASES)),
    },
    Param {
        key: "std_per_server",
        path: "web_app.custom_standard_per_server",
        meaning: "Custom Standard sessions per web app server (WEB-3, use case custom)",
        unit: "sessions",
        range: "1 to 100000",
        get: |p| p.web_app.custom_standard_per_server.to_string(),
        set: |p, s| {
            ok(
                &mut p.web_app.custom_standard_per_server,
                parse_count(s, 1, 100_000),
            )
        },
    },
    Param {
        key: "d2a_per_server",
        path: "web_app.custom_direct_per_server",
        meaning: "Custom Direct-to-Agent sessions per web app server (WEB-3, use case custom)",
        unit: "sessions",
        range: "1 to 100000",
        get: |p| p.web_app.custom_direct_per_server.to_string(),
        set: |p, s| {
            ok(
                &mut p.web_app.custom_direct_per_server,
                parse_count(s, 1, 100_000),
            )
        },
    },
    Param {
        key: "web_spare",
        path: "web_app.redundancy",
        meaning: "Extra web app servers per zone (WEB-4)",
        unit: "servers",
        range: "0 to 100",
        get: |p| p.web_app.redundancy.to_string(),
        set: |p, s| ok(&mut p.web_app.redundancy, parse_count(s, 0, MAX_SPARE)),
    },
    Param {
        key: "lb",
        path: "load_balancing.method",
        meaning: "Load balancing: DNS or a network load balancer (LB-1, LB-2)",
        unit: "word",
        range: "dns, nlb",
        get: |p| fmt_choice(p.load_balancing.method, LB_METHODS),
        set: |p, s| ok(&mut p.load_balancing.method, parse_choice(s, LB_METHODS)),
    },
    Param {
        key: "hc_interval",
        path: "load_balancing.health_check_interval_s",
        meaning: "Seconds between health checks (LB-1)",
        unit: "s",
        range: "above 0, up to 3600",
        get: |p| fmt_num(p.load_balancing.health_check_interval_s),
        set: |p, s| {
            ok(
                &mut p.load_balancing.health_check_interval_s,
                parse_num(s, false, 3600.0),
            )
        },
    },
    Param {
        key: "hc_failures",
        path: "load_balancing.failures_to_remove",
        meaning: "Failed checks in a row before a server is taken out (LB-1)",
        unit: "checks",
        range: "1 to 100",
        get: |p| p.load_balancing.failures_to_remove.to_string(),
        set: |p, s| {
            ok(
                &mut p.load_balancing.failures_to_remove,
                parse_count(s, 1, 100),
            )
        },
    },
    Param {
        key: "dns_ttl",
        path: "load_balancing.dns_ttl_s",
        meaning: "DNS record time to live (LB-1)",
        unit: "s",
        range: "0 to 86400",
        get: |p| fmt_num(p.load_balancing.dns_ttl_s),
        set: |p, s| {
            ok(
                &mut p.load_balancing.dns_ttl_s,
                parse_num(s, true, 86_400.0),
            )
        },
    },
    Param {
        key: "lb_spare",
        path: "load_balancing.lb_redundancy",
        meaning: "Extra network load balancers (LB-2)",
        unit: "load balancers",
        range: "0 to 100",
        get: |p| p.load_balancing.lb_redundancy.to_string(),
        set: |p, s| {
            ok(
                &mut p.load_balancing.lb_redundancy,
                parse_count(s, 0, MAX_SPARE),
            )
        },
    },
    Param {
        key: "host",
        path: "load_balancing.hostname",
        meaning: "Public host name for the health-check URL (LB-3)",
        unit: "text",
        range: "up to 253 characters",
        get: |p| p.load_balancing.hostname.clone(),
        set: |p, s| {
            let (t, note) = parse_text(s, MAX_HOST_CHARS);
            p.load_balancing.hostname = t;
            Ok(note)
        },
    },
    Param {
        key: "agent_mode",
        path: "agents.mode",
        meaning: "Static agent pool or cloud autoscaling (AG-8, AG-9)",
        unit: "word",
        range: "static, autoscale",
        get: |p| fmt_choice(p.agents.mode, AGENT_MODES),
        set: |p, s| ok(&mut p.agents.mode, parse_choice(s, AGENT_MODES)),
    },
    Param {
        key: "agent_cpu",
        path: "agents.cpus",
        meaning: "CPU cores per agent or autoscaled instance (AG-1, AS-1)",
        unit: "cores",
        range: "above 0, up to 1024",
        get: |p| fmt_num(p.agents.cpus),
        set: |p, s| ok(&mut p.agents.cpus, parse_num(s, false, 1024.0)),
    },
    Param {
        key: "agent_ram",
        path: "agents.ram_gb",
        meaning: "RAM per agent or autoscaled instance (AG-1, AS-1)",
        unit: "GB",
        range: "above 0, up to 16384",
        get: |p| fmt_num(p.agents.ram_gb),
        set: |p, s| ok(&mut p.agents.ram_gb, parse_num(s, false, 16_384.0)),
    },
    Param {
        key: "agent_cpu_override",
        path: "agents.cpu_override",
        meaning: "CPU override: agent settings, or the AutoScale config's Agent Cores (AG-1, AG-4, AS-1)",
        unit: "none, cores, or x ratio",
        range: "none; above 0, up to 4096; x above 0, up to x100",
        get: |p| fmt_override(p.agents.cpu_override),
        set: |p, s| ok(&mut p.agents.cpu_override, parse_override(s, 4096.0)),
    },
    Param {
        key: "agent_ram_override",
        path: "agents.ram_override",
        meaning: "RAM override: agent settings, or the AutoScale config's Agent Memory (AG-1, AG-4, AS-1)",
        unit: "none, GB, or x ratio",
        range: "none; above 0, up to 65536; x above 0, up to x100",
        get: |p| fmt_override(p.agents.ram_override),
        set: |p, s| ok(&mut p.agents.ram_override, parse_override(s, 65_536.0)),
    },
    Param {
        key: "agent_spare",
        path: "agents.redundancy",
        meaning: "Extra static agents per zone (AG-8)",
        unit: "agents",
        range: "0 to 100",
        get: |p| p.agents.redundancy.to_string(),
        set: |p, s| ok(&mut p.agents.redundancy, parse_count(s, 0, MAX_SPARE)),
    },
    Param {
        key: "cpu_alloc",
        path: "agents.cpu_allocation",
        meaning: "Docker CPU allocation for sessions (AG-7)",
        unit: "word",
        range: "shares, quotas",
        get: |p| fmt_choice(p.agents.cpu_allocation, CPU_ALLOCS),
        set: |p, s| ok(&mut p.agents.cpu_allocation, parse_choice(s, CPU_ALLOCS)),
    },
    Param {
        key: "disk_limit",
        path: "agents.disk_limit_gb",
        meaning: "Per-session disk cap in the Docker Run Override (AG-6)",
        unit: "GB or none",
        range: "none; above 0, up to 10000",
        get: |p| fmt_opt(p.agents.disk_limit_gb),
        set: |p, s| ok(&mut p.agents.disk_limit_gb, parse_opt(s, false, 10_000.0)),
    },
    Param {
        key: "baseline",
        path: "agents.autoscale.baseline_sessions",
        meaning: "Sessions ready at the start of the busy period: AutoScale staging (AS-2)",
        unit: "sessions",
        range: "0 to 10000000",
        get: |p| p.agents.autoscale.baseline_sessions.to_string(),
        set: |p, s| {
            ok(
                &mut p.agents.autoscale.baseline_sessions,
                parse_count(s, 0, MAX_SESSIONS),
            )
        },
    },
    Param {
        key: "arrivals_per_min",
        path: "agents.autoscale.arrivals_per_minute",
        meaning: "Sessions arriving per minute at the busiest moment, for the standby (AS-3)",
        unit: "sessions per minute",
        range: "0 to 1000000",
        get: |p| fmt_num(p.agents.autoscale.arrivals_per_minute),
        set: |p, s| {
            ok(
                &mut p.agents.autoscale.arrivals_per_minute,
                parse_num(s, true, 1e6),
            )
        },
    },
    Param {
        key: "agent_startup",
        path: "agents.autoscale.startup_s",
        meaning: "Seconds an autoscaled agent takes to start; Kasm publishes none (AS-3)",
        unit: "s",
        range: "above 0, up to 86400",
        get: |p| fmt_num(p.agents.autoscale.startup_s),
        set: |p, s| ok(&mut p.agents.autoscale.startup_s, parse_num(s, false, 86_400.0)),
    },
    Param {
        key: "off_standby",
        path: "agents.autoscale.off_hours_standby_sessions",
        meaning: "Sessions the off-hours AutoScale config keeps room for (AS-4)",
        unit: "sessions",
        range: "0 to 10000000",
        get: |p| p.agents.autoscale.off_hours_standby_sessions.to_string(),
        set: |p, s| {
            ok(
                &mut p.agents.autoscale.off_hours_standby_sessions,
                parse_count(s, 0, MAX_SESSIONS),
            )
        },
    },
    Param {
        key: "downscale_backoff",
        path: "agents.autoscale.downscale_backoff_s",
        meaning: "Downscale Backoff of the AutoScale config (AS-4)",
        unit: "s",
        range: "0 to 604800",
        get: |p| fmt_num(p.agents.autoscale.downscale_backoff_s),
        set: |p, s| {
            ok(
                &mut p.agents.autoscale.downscale_backoff_s,
                parse_num(s, true, 604_800.0),
            )
        },
    },
    Param {
        key: "busy",
        path: "agents.autoscale.schedule",
        meaning: "Busy hours per weekday: the AutoScale schedule (AS-4)",
        unit: "days:start-end, comma-separated",
        range: "mon to sun, hours 0 to 24; or none",
        get: |p| schedule::to_link(&p.agents.autoscale.schedule),
        set: |p, s| ok(&mut p.agents.autoscale.schedule, schedule::from_link(s)),
    },
    Param {
        key: "proxy_cores",
        path: "proxy.cores",
        meaning: "CPU cores per connection proxy (CP-6, CP-7)",
        unit: "cores",
        range: "above 0, up to 1024",
        get: |p| fmt_num(p.proxy.cores),
        set: |p, s| ok(&mut p.proxy.cores, parse_num(s, false, 1024.0)),
    },
    Param {
        key: "proxy_load",
        path: "proxy.load",
        meaning: "Streaming load per proxied session (CP-2, CP-7)",
        unit: "word",
        range: "business, video, custom",
        get: |p| fmt_choice(p.proxy.load, PROXY_LOADS),
        set: |p, s| ok(&mut p.proxy.load, parse_choice(s, PROXY_LOADS)),
    },
    Param {
        key: "proxy_per_session",
        path: "proxy.custom_cores_per_session",
        meaning: "Custom cores per proxied session (proxy_load custom)",
        unit: "cores",
        range: "above 0, up to 64",
        get: |p| fmt_num(p.proxy.custom_cores_per_session),
        set: |p, s| {
            ok(
                &mut p.proxy.custom_cores_per_session,
                parse_num(s, false, 64.0),
            )
        },
    },
    Param {
        key: "proxy_spare",
        path: "proxy.redundancy",
        meaning: "Extra connection proxies per zone (CP-1)",
        unit: "proxies",
        range: "0 to 100",
        get: |p| p.proxy.redundancy.to_string(),
        set: |p, s| ok(&mut p.proxy.redundancy, parse_count(s, 0, MAX_SPARE)),
    },
    Param {
        key: "db",
        path: "database.kind",
        meaning: "Bundled PostgreSQL container or an external database (DB-1)",
        unit: "word",
        range: "bundled, external",
        get: |p| fmt_choice(p.database.kind, DB_KINDS),
        set: |p, s| ok(&mut p.database.kind, parse_choice(s, DB_KINDS)),
    },
    Param {
        key: "logging",
        path: "database.logging",
        meaning: "Logs kept in the database or forwarded to a SIEM (DB-4)",
        unit: "word",
        range: "builtin, siem",
        get: |p| fmt_choice(p.database.logging, LOGGINGS),
        set: |p, s| ok(&mut p.database.logging, parse_choice(s, LOGGINGS)),
    },
    Param {
        key: "standby",
        path: "database.standby",
        meaning: "Keep a standby database server (DB-5)",
        unit: "1 or 0",
        range: "1 = yes, 0 = no",
        get: |p| fmt_bool(p.database.standby),
        set: |p, s| ok(&mut p.database.standby, parse_bool(s)),
    },
    Param {
        key: "cloud",
        path: "cloud.provider",
        meaning: "Cloud provider whose instance types are offered (IC-1, IC-2)",
        unit: "word",
        range: "none, aws, azure, gcp, oci",
        get: |p| fmt_choice(p.cloud.provider, PROVIDERS),
        set: |p, s| ok(&mut p.cloud.provider, parse_choice(s, PROVIDERS)),
    },
    instance_param!(type, "web", "web app server", web_app),
    instance_param!(ocpus, "web", "web app server", web_app),
    instance_param!(mem, "web", "web app server", web_app),
    instance_param!(type, "db", "database server", database),
    instance_param!(ocpus, "db", "database server", database),
    instance_param!(mem, "db", "database server", database),
    instance_param!(type, "agent", "agent", agent),
    instance_param!(ocpus, "agent", "agent", agent),
    instance_param!(mem, "agent", "agent", agent),
    instance_param!(type, "proxy", "connection proxy", proxy),
    instance_param!(ocpus, "proxy", "connection proxy", proxy),
    instance_param!(mem, "proxy", "connection proxy", proxy),
    price_param!(month, "web", "web app server", web_app),
    price_param!(hour, "web", "web app server", web_app),
    price_param!(month, "db", "database server", database),
    price_param!(hour, "db", "database server", database),
    price_param!(month, "agent", "agent", agent),
    price_param!(hour, "agent", "agent", agent),
    price_param!(month, "proxy", "connection proxy", proxy),
    price_param!(hour, "proxy", "connection proxy", proxy),
    price_param!(month, "lb", "network load balancer", load_balancer),
    price_param!(hour, "lb", "network load balancer", load_balancer),
    Param {
        key: "currency",
        path: "costs.currency",
        meaning: "Currency of every price: a code or a symbol",
        unit: "text",
        range: "none, or up to 8 characters",
        get: |p| {
            if p.costs.currency.is_empty() {
                "none".into()
            } else {
                p.costs.currency.clone()
            }
        },
        set: |p, s| {
            let t = s.trim();
            if t.eq_ignore_ascii_case("none") {
                p.costs.currency.clear();
                return Ok(None);
            }
            let (text, note) = parse_text(t, MAX_CURRENCY_CHARS);
            p.costs.currency = text;
            Ok(note)
        },
    },
];

/// The parameter with this key, if any.
pub fn plan_param(key: &str) -> Option<&'static Param<Plan>> {
    PLAN_PARAMS.iter().find(|p| p.key == key)
}

/// The parameter for the plan input at this dotted path, if any.
pub fn plan_param_at(path: &str) -> Option<&'static Param<Plan>> {
    PLAN_PARAMS.iter().find(|p| p.path == path)
}

/// The workspace field at this path inside a workspace (`cpu_cores`), if any.
pub fn profile_param_at(field: &str) -> Option<&'static Param<WorkspaceProfile>> {
    PROFILE_PARAMS.iter().find(|p| p.path == field)
}

/// The workspace field with this key, if any.
pub fn profile_param(key: &str) -> Option<&'static Param<WorkspaceProfile>> {
    PROFILE_PARAMS.iter().find(|p| p.key == key)
}
