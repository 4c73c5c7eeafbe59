//! Reach any input of the draft by its dotted path, so one UI field component fits all.
//!
//! Text inputs hold raw text; choices (selects) are read and written as the snake_case
//! codes of the plan's JSON shape; flags are checkboxes.

use super::{
    OverrideDraft, OverrideKind, PlanDraft, PEAK_CONCURRENCY_PATH, PEAK_PATH, PEAK_USERS_PATH,
};
use crate::engine::{
    AgentMode, Architecture, CpuAllocation, DatabaseKind, Deployment, LoadBalancingMethod, Logging,
    Provider, ProxyLoad, Reserve, UseCase, WorkspaceKind,
};

/// `zones[3].rest` -> (3, "rest"); `zones[3]` alone -> (3, "").
fn split_zone(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix("zones[")?;
    let (idx, rest) = rest.split_once(']')?;
    Some((idx.parse().ok()?, rest.strip_prefix('.').unwrap_or(rest)))
}

/// `profiles[1].rest` -> (1, "rest").
fn split_profile(rest: &str) -> Option<(usize, &str)> {
    let rest = rest.strip_prefix("profiles[")?;
    let (idx, rest) = rest.split_once(']')?;
    Some((idx.parse().ok()?, rest.strip_prefix('.')?))
}

/// The codes and typed values of every choice, in one place for the form's selects (the
/// same codes as the engine's JSON names).
macro_rules! codes {
    ($($name:ident: $ty:ty { $($code:literal => $val:expr),* $(,)? })*) => {
        $(
            pub(crate) fn $name(code: Option<&str>, value: Option<$ty>) -> (Option<&'static str>, Option<$ty>) {
                $(
                    if code == Some($code) { return (None, Some($val)); }
                    if value == Some($val) { return (Some($code), None); }
                )*
                (None, None)
            }
        )*
    };
}

codes! {
    kind_code: WorkspaceKind { "container" => WorkspaceKind::Container, "server_connection" => WorkspaceKind::ServerConnection }
    arch_code: Architecture { "standard" => Architecture::Standard, "direct_to_agent" => Architecture::DirectToAgent }
    use_case_code: UseCase { "gaming" => UseCase::Gaming, "mixed" => UseCase::Mixed, "remote_work" => UseCase::RemoteWork, "custom" => UseCase::Custom }
    lb_code: LoadBalancingMethod { "dns" => LoadBalancingMethod::Dns, "network_load_balancer" => LoadBalancingMethod::NetworkLoadBalancer }
    mode_code: AgentMode { "static" => AgentMode::Static, "autoscale" => AgentMode::Autoscale }
    override_code: OverrideKind { "none" => OverrideKind::None, "absolute" => OverrideKind::Absolute, "ratio" => OverrideKind::Ratio }
    alloc_code: CpuAllocation { "shares" => CpuAllocation::Shares, "quotas" => CpuAllocation::Quotas }
    load_code: ProxyLoad { "business" => ProxyLoad::Business, "full_screen_video" => ProxyLoad::FullScreenVideo, "custom" => ProxyLoad::Custom }
    db_code: DatabaseKind { "bundled" => DatabaseKind::Bundled, "external" => DatabaseKind::External }
    logging_code: Logging { "built_in" => Logging::BuiltIn, "siem" => Logging::Siem }
    provider_code: Provider { "none" => Provider::None, "aws" => Provider::Aws, "azure" => Provider::Azure, "gcp" => Provider::Gcp, "oci" => Provider::Oci }
    deployment_code: Deployment { "distributed" => Deployment::Distributed, "single_server" => Deployment::SingleServer }
    reserve_code: Reserve { "none" => Reserve::None, "requests" => Reserve::Requests, "limits" => Reserve::Limits }
}

/// `agents.autoscale.schedule[2].end_hour` -> (2, "end_hour").
fn split_day(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix("agents.autoscale.schedule[")?;
    let (idx, rest) = rest.split_once(']')?;
    Some((idx.parse().ok()?, rest.strip_prefix('.')?))
}

/// `cloud.agent.ocpus` -> ("agent", "ocpus").
fn split_cloud(path: &str) -> Option<(&str, &str)> {
    path.strip_prefix("cloud.")?.split_once('.')
}

/// Read (`code` None) or write (`code` Some) a choice; returns the current code on read.
macro_rules! choice {
    ($slot:expr, $f:ident, $code:expr) => {{
        match $code {
            None => $f(None, Some($slot)).0,
            Some(c) => match $f(Some(c), None).1 {
                Some(v) => {
                    $slot = v;
                    Some("")
                }
                None => None,
            },
        }
    }};
}

/// One path table for both the shared and the mutable text accessor.
macro_rules! text_slot {
    ($name:ident, $get:ident $(, $m:tt)?) => {
            fn $name(self: & $($m)? Self, path: &str) -> Option<& $($m)? String> {
            if let Some((zi, rest)) = split_zone(path) {
                let zone = self.zones.$get(zi)?;
                if rest == "name" {
                    return Some(& $($m)? zone.name);
                }
                let (pi, field) = split_profile(rest)?;
                let p = zone.profiles.$get(pi)?;
                return Some(match field {
                    "name" => & $($m)? p.name,
                    "sessions" => & $($m)? p.sessions,
                    "cpu_cores" => & $($m)? p.cpu_cores,
                    "ram_gb" => & $($m)? p.ram_gb,
                    "disk_per_session_gb" => & $($m)? p.disk_per_session_gb,
                    "named_users" => & $($m)? p.named_users,
                    "concurrency_percent" => & $($m)? p.concurrency_percent,
                    "sessions_per_user" => & $($m)? p.sessions_per_user,
                    _ => return None,
                });
            }
            if let Some((di, field)) = split_day(path) {
                let day = self.agents.autoscale.schedule.$get(di)?;
                return Some(match field {
                    "start_hour" => & $($m)? day.start_hour,
                    "end_hour" => & $($m)? day.end_hour,
                    _ => return None,
                });
            }
            if let Some((role, field)) = split_cloud(path) {
                let r = match role {
                    "web_app" => & $($m)? self.cloud.web_app,
                    "database" => & $($m)? self.cloud.database,
                    "agent" => & $($m)? self.cloud.agent,
                    "proxy" => & $($m)? self.cloud.proxy,
                    _ => return None,
                };
                return Some(match field {
                    "type" => & $($m)? r.type_id,
                    "ocpus" => & $($m)? r.ocpus,
                    "memory_gib" => & $($m)? r.memory_gib,
                    _ => return None,
                });
            }
            if let Some(key) = path.strip_prefix("costs.hourly.") {
                let h = & $($m)? self.costs.hourly;
                return Some(match key {
                    "web_app" => & $($m)? h.web_app,
                    "database" => & $($m)? h.database,
                    "agent" => & $($m)? h.agent,
                    "proxy" => & $($m)? h.proxy,
                    "load_balancer" => & $($m)? h.load_balancer,
                    _ => return None,
                });
            }
            Some(match path {
                "web_app.custom_standard_per_server" => & $($m)? self.web_app.custom_standard_per_server,
                "web_app.custom_direct_per_server" => & $($m)? self.web_app.custom_direct_per_server,
                "web_app.redundancy" => & $($m)? self.web_app.redundancy,
                "load_balancing.health_check_interval_s" => {
                    & $($m)? self.load_balancing.health_check_interval_s
                }
                "load_balancing.failures_to_remove" => & $($m)? self.load_balancing.failures_to_remove,
                "load_balancing.dns_ttl_s" => & $($m)? self.load_balancing.dns_ttl_s,
                "load_balancing.lb_redundancy" => & $($m)? self.load_balancing.lb_redundancy,
                "load_balancing.hostname" => & $($m)? self.load_balancing.hostname,
                "agents.cpus" => & $($m)? self.agents.cpus,
                "agents.ram_gb" => & $($m)? self.agents.ram_gb,
                "agents.cpu_override" => & $($m)? self.agents.cpu_override.value,
                "agents.ram_override" => & $($m)? self.agents.ram_override.value,
                "agents.redundancy" => & $($m)? self.agents.redundancy,
                "agents.disk_limit_gb" => & $($m)? self.agents.disk_limit_gb,
                "agents.autoscale.baseline_sessions" => & $($m)? self.agents.autoscale.baseline_sessions,
                "agents.autoscale.arrivals_per_minute" => & $($m)? self.agents.autoscale.arrivals_per_minute,
                "agents.autoscale.startup_s" => & $($m)? self.agents.autoscale.startup_s,
                "agents.autoscale.off_hours_standby_sessions" => {
                    & $($m)? self.agents.autoscale.off_hours_standby_sessions
                }
                "agents.autoscale.downscale_backoff_s" => & $($m)? self.agents.autoscale.downscale_backoff_s,
                "proxy.cores" => & $($m)? self.proxy.cores,
                "proxy.custom_cores_per_session" => & $($m)? self.proxy.custom_cores_per_session,
                "proxy.redundancy" => & $($m)? self.proxy.redundancy,
                "costs.web_app" => & $($m)? self.costs.monthly.web_app,
                "costs.database" => & $($m)? self.costs.monthly.database,
                "costs.agent" => & $($m)? self.costs.monthly.agent,
                "costs.proxy" => & $($m)? self.costs.monthly.proxy,
                "costs.load_balancer" => & $($m)? self.costs.monthly.load_balancer,
                "costs.currency" => & $($m)? self.costs.currency,
                _ => return None,
            })
        }
    };
}

impl PlanDraft {
    text_slot!(text_ref, get);
    text_slot!(text_mut, get_mut, mut);

    /// The raw text of a text input, if `path` names one.
    pub fn text(&self, path: &str) -> Option<String> {
        if path == PEAK_PATH {
            return Some(
                self.named_users_peak_text()
                    .unwrap_or_else(|| self.peak_text()),
            );
        }
        if path == PEAK_USERS_PATH || path == PEAK_CONCURRENCY_PATH {
            return self.peak_users_text(path);
        }
        self.text_ref(path).cloned()
    }

    /// Replace the raw text of a text input; false when `path` names none (or the total box
    /// while it cannot be typed into, see [`PlanDraft::peak_editable`]).
    pub fn set_text(&mut self, path: &str, value: String) -> bool {
        if path == PEAK_PATH {
            if !self.leave_named_users_for_peak() {
                return false;
            }
            self.set_peak_text(value);
            return true;
        }
        if path == PEAK_USERS_PATH || path == PEAK_CONCURRENCY_PATH {
            return self.set_peak_users_text(path, value);
        }
        if let Some((role, "type")) = split_cloud(path) {
            // A known type (or none) also sets the role's hardware; other text is kept.
            if self.pick_instance(role, &value) {
                return true;
            }
        }
        match self.text_mut(path) {
            Some(slot) => {
                *slot = value;
                if path.ends_with(".sessions")
                    || path.ends_with(".named_users")
                    || path.ends_with(".concurrency_percent")
                    || path.ends_with(".sessions_per_user")
                {
                    self.end_peak_shares();
                }
                if let Some((role, _)) = split_cloud(path) {
                    self.sync_hardware(role);
                }
                true
            }
            None => false,
        }
    }

    /// The code of a choice (e.g. `"remote_work"` at `web_app.use_case`), if `path` names one.
    pub fn choice(&self, path: &str) -> Option<&'static str> {
        // Read-only twin of `choice_io` (no copy of the draft on every read).
        if let Some((zi, rest)) = split_zone(path) {
            let (pi, field) = split_profile(rest)?;
            let p = self.zones.get(zi)?.profiles.get(pi)?;
            return (field == "kind").then(|| kind_code(None, Some(p.kind)).0)?;
        }
        match path {
            "web_app.architecture" => arch_code(None, Some(self.web_app.architecture)).0,
            "web_app.use_case" => use_case_code(None, Some(self.web_app.use_case)).0,
            "load_balancing.method" => lb_code(None, Some(self.load_balancing.method)).0,
            "agents.mode" => mode_code(None, Some(self.agents.mode)).0,
            "agents.cpu_override.kind" => {
                override_code(None, Some(self.agents.cpu_override.kind)).0
            }
            "agents.ram_override.kind" => {
                override_code(None, Some(self.agents.ram_override.kind)).0
            }
            "agents.cpu_allocation" => alloc_code(None, Some(self.agents.cpu_allocation)).0,
            "proxy.load" => load_code(None, Some(self.proxy.load)).0,
            "database.kind" => db_code(None, Some(self.database.kind)).0,
            "database.logging" => logging_code(None, Some(self.database.logging)).0,
            "cloud.provider" => provider_code(None, Some(self.cloud.provider)).0,
            "deployment" => deployment_code(None, Some(self.deployment)).0,
            "single_server.reserve" => reserve_code(None, Some(self.single_server.reserve)).0,
            _ => None,
        }
    }

    /// Set a choice by its code; false when the path or the code is unknown.
    pub fn set_choice(&mut self, path: &str, code: &str) -> bool {
        let known = self.choice_io(path, Some(code)).is_some();
        if known && path == "cloud.provider" {
            self.drop_foreign_types();
        }
        known
    }

    fn choice_io(&mut self, path: &str, code: Option<&str>) -> Option<&'static str> {
        if let Some((zi, rest)) = split_zone(path) {
            let (pi, field) = split_profile(rest)?;
            let p = self.zones.get_mut(zi)?.profiles.get_mut(pi)?;
            return match field {
                "kind" => choice!(p.kind, kind_code, code),
                _ => None,
            };
        }
        let o = |o: &mut OverrideDraft, code: Option<&str>| choice!(o.kind, override_code, code);
        match path {
            "web_app.architecture" => choice!(self.web_app.architecture, arch_code, code),
            "web_app.use_case" => choice!(self.web_app.use_case, use_case_code, code),
            "load_balancing.method" => choice!(self.load_balancing.method, lb_code, code),
            "agents.mode" => choice!(self.agents.mode, mode_code, code),
            "agents.cpu_override.kind" => o(&mut self.agents.cpu_override, code),
            "agents.ram_override.kind" => o(&mut self.agents.ram_override, code),
            "agents.cpu_allocation" => choice!(self.agents.cpu_allocation, alloc_code, code),
            "proxy.load" => choice!(self.proxy.load, load_code, code),
            "database.kind" => choice!(self.database.kind, db_code, code),
            "database.logging" => choice!(self.database.logging, logging_code, code),
            "cloud.provider" => choice!(self.cloud.provider, provider_code, code),
            "deployment" => choice!(self.deployment, deployment_code, code),
            "single_server.reserve" => choice!(self.single_server.reserve, reserve_code, code),
            _ => None,
        }
    }

    /// The state of a checkbox, if `path` names one.
    pub fn flag(&self, path: &str) -> Option<bool> {
        if let Some((zi, rest)) = split_zone(path) {
            let (pi, field) = split_profile(rest)?;
            let p = self.zones.get(zi)?.profiles.get(pi)?;
            return match field {
                "recording" => Some(p.recording),
                "uses_named_users" => Some(p.uses_named_users),
                _ => None,
            };
        }
        (path == "database.standby").then_some(self.database.standby)
    }

    /// Tick or untick a checkbox; false when `path` names none.
    pub fn set_flag(&mut self, path: &str, on: bool) -> bool {
        if let Some((zi, rest)) = split_zone(path) {
            if let Some((pi, "uses_named_users")) = split_profile(rest) {
                let Some(p) = self.zones.get_mut(zi).and_then(|z| z.profiles.get_mut(pi)) else {
                    return false;
                };
                p.toggle_named_users(on);
                self.end_peak_shares();
                return true;
            }
        }
        match self.flag_mut(path) {
            Some(b) => {
                *b = on;
                true
            }
            None => false,
        }
    }

    fn flag_mut(&mut self, path: &str) -> Option<&mut bool> {
        if let Some((zi, rest)) = split_zone(path) {
            let (pi, field) = split_profile(rest)?;
            let p = self.zones.get_mut(zi)?.profiles.get_mut(pi)?;
            return (field == "recording").then_some(&mut p.recording);
        }
        match path {
            "database.standby" => Some(&mut self.database.standby),
            _ => None,
        }
    }

    /// Paths of every input the form shows for this draft (to find errors no input shows).
    pub fn field_paths(&self) -> Vec<String> {
        let mut out: Vec<String> = vec![PEAK_PATH.to_string()];
        for (zi, z) in self.zones.iter().enumerate() {
            out.push(format!("zones[{zi}].name"));
            for pi in 0..z.profiles.len() {
                for f in [
                    "name",
                    "sessions",
                    "cpu_cores",
                    "ram_gb",
                    "recording",
                    "disk_per_session_gb",
                    "kind",
                    "uses_named_users",
                ] {
                    out.push(format!("zones[{zi}].profiles[{pi}].{f}"));
                }
                if z.profiles[pi].uses_named_users {
                    for f in ["named_users", "concurrency_percent", "sessions_per_user"] {
                        out.push(format!("zones[{zi}].profiles[{pi}].{f}"));
                    }
                }
            }
        }
        if self.profile_count() == 1 {
            out.extend([PEAK_USERS_PATH, PEAK_CONCURRENCY_PATH].map(String::from));
        }
        out.push("deployment".into());
        if self.deployment == Deployment::SingleServer {
            out.push("single_server.reserve".into());
        }
        out.extend(
            [
                "web_app.architecture",
                "web_app.use_case",
                "web_app.custom_standard_per_server",
                "web_app.custom_direct_per_server",
                "web_app.redundancy",
                "load_balancing.method",
                "load_balancing.health_check_interval_s",
                "load_balancing.failures_to_remove",
                "load_balancing.dns_ttl_s",
                "load_balancing.lb_redundancy",
                "load_balancing.hostname",
                "agents.mode",
                "agents.cpus",
                "agents.ram_gb",
                "agents.cpu_override",
                "agents.ram_override",
                "agents.redundancy",
                "agents.cpu_allocation",
                "agents.disk_limit_gb",
                "agents.autoscale.baseline_sessions",
                "agents.autoscale.arrivals_per_minute",
                "agents.autoscale.startup_s",
                "agents.autoscale.off_hours_standby_sessions",
                "agents.autoscale.downscale_backoff_s",
                "proxy.cores",
                "proxy.load",
                "proxy.custom_cores_per_session",
                "proxy.redundancy",
                "database.kind",
                "database.logging",
                "database.standby",
                "costs.web_app",
                "costs.database",
                "costs.agent",
                "costs.proxy",
                "costs.load_balancer",
                "costs.currency",
                "cloud.provider",
            ]
            .map(String::from),
        );
        for i in 0..self.agents.autoscale.schedule.len() {
            for end in ["start_hour", "end_hour"] {
                out.push(format!("agents.autoscale.schedule[{i}].{end}"));
            }
        }
        for key in super::cloud::PRICE_KEYS {
            out.push(format!("costs.hourly.{key}"));
        }
        for key in ["web_app", "database", "agent", "proxy"] {
            for f in ["type", "ocpus", "memory_gib"] {
                out.push(format!("cloud.{key}.{f}"));
            }
        }
        out
    }
}
