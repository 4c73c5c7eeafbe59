//! The form's draft of a plan: what the user typed, kept as raw text per field.
//!
//! A draft can hold `12a` or an empty box without losing it; [`PlanDraft::parse`] turns it
//! into an engine [`Plan`] or lists every field it cannot read, keyed by the same dotted
//! path the engine uses in [`crate::engine::FieldError::field`]. Pure code, tested natively.

mod access;
pub mod cloud;
pub mod editors;
mod errors;
pub mod history;
mod ignored;
mod named_users;
mod number;
mod peak;
pub mod presets;
pub mod schedule;
pub mod type_options;

pub use cloud::{AutoscaleDraft, CloudDraft, CostsDraft, DayDraft, InstanceDraft, PricesDraft};
pub use errors::{stale_message, DraftError, FieldErrors};
pub use named_users::{PEAK_CONCURRENCY_PATH, PEAK_USERS_PATH};
pub use peak::{scale_sessions, PEAK_PATH};

use crate::engine::{
    AgentMode, AgentPlan, Architecture, CpuAllocation, DatabasePlan, Deployment,
    LoadBalancingMethod, LoadBalancingPlan, Override, Plan, ProxyLoad, ProxyPlan, SingleServerPlan,
    UseCase, WebAppPlan, WorkspaceKind, WorkspaceProfile, Zone, PLAN_VERSION,
};
use number::{parse_count, parse_figure, parse_optional};

/// The whole plan as typed: numbers are text, choices are already typed values.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanDraft {
    /// Zones with their workspace profiles.
    pub zones: Vec<ZoneDraft>,
    /// Web app choices.
    pub web_app: WebAppDraft,
    /// Load balancing and health checks.
    pub load_balancing: LoadBalancingDraft,
    /// Agent hardware and policy.
    pub agents: AgentDraft,
    /// Connection proxy hardware and load.
    pub proxy: ProxyDraft,
    /// Database and logging (only choices, nothing to mistype).
    pub database: DatabasePlan,
    /// Optional prices per server (per month or hour) and the currency.
    pub costs: CostsDraft,
    /// Cloud provider and instance types per role.
    pub cloud: CloudDraft,
    /// The "Peak concurrent sessions" box while it is being edited with several profiles.
    pub peak_edit: Option<PeakEdit>,
    /// Each profile's share of the total, kept from the first time the total was typed
    /// until a profile's own sessions change or a profile comes or goes: totals typed one
    /// after another (7, then 1,500) all split these shares, never the rounded counts of
    /// the last total.
    pub peak_shares: Option<Vec<u64>>,
    /// Distributed or a single server (a choice, nothing to mistype).
    pub deployment: Deployment,
    /// Single-server choices (the reserve of SS-3).
    pub single_server: SingleServerPlan,
}

/// A zone as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ZoneDraft {
    /// Zone name.
    pub name: String,
    /// Its workspace profiles.
    pub profiles: Vec<ProfileDraft>,
}

/// A workspace profile as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileDraft {
    /// Display name.
    pub name: String,
    /// Peak concurrent sessions (whole number).
    pub sessions: String,
    /// CPU cores per session.
    pub cpu_cores: String,
    /// RAM per session in GB.
    pub ram_gb: String,
    /// Whether sessions are recorded.
    pub recording: bool,
    /// Disk per session in GB.
    pub disk_per_session_gb: String,
    /// Container or server connection.
    pub kind: WorkspaceKind,
    /// The peak comes from named users (NU-1) rather than `sessions`.
    pub uses_named_users: bool,
    /// Named users (whole number), read when `uses_named_users` is on.
    pub named_users: String,
    /// Share of them on at the busiest moment, in percent.
    pub concurrency_percent: String,
    /// Sessions each user runs at once (whole number).
    pub sessions_per_user: String,
}

/// Web app inputs as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebAppDraft {
    /// Standard or Direct-to-Agent.
    pub architecture: Architecture,
    /// Use-case preset.
    pub use_case: UseCase,
    /// Custom Standard sessions per server.
    pub custom_standard_per_server: String,
    /// Custom Direct-to-Agent sessions per server.
    pub custom_direct_per_server: String,
    /// Extra servers per zone.
    pub redundancy: String,
}

/// Load balancing inputs as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadBalancingDraft {
    /// DNS or network load balancer.
    pub method: LoadBalancingMethod,
    /// Seconds between health checks.
    pub health_check_interval_s: String,
    /// Failed checks before removal.
    pub failures_to_remove: String,
    /// DNS TTL in seconds.
    pub dns_ttl_s: String,
    /// Extra load balancers.
    pub lb_redundancy: String,
    /// Public host name.
    pub hostname: String,
}

/// Which kind of override a CPU or RAM figure has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OverrideKind {
    /// Count the physical figure.
    #[default]
    None,
    /// Count an absolute figure.
    Absolute,
    /// Count the physical figure times a ratio.
    Ratio,
}

/// An override as typed: its kind and the text of its figure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverrideDraft {
    /// None, absolute or ratio.
    pub kind: OverrideKind,
    /// The figure (ignored when the kind is None).
    pub value: String,
}

/// Agent inputs as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentDraft {
    /// Static pool or autoscaling.
    pub mode: AgentMode,
    /// CPU cores per agent.
    pub cpus: String,
    /// RAM per agent in GB.
    pub ram_gb: String,
    /// CPU override.
    pub cpu_override: OverrideDraft,
    /// RAM override.
    pub ram_override: OverrideDraft,
    /// Extra static agents per zone.
    pub redundancy: String,
    /// Docker CPU allocation method.
    pub cpu_allocation: CpuAllocation,
    /// Per-session disk cap in GB; empty means none.
    pub disk_limit_gb: String,
    /// The AutoScale config and schedule (autoscale mode).
    pub autoscale: AutoscaleDraft,
}

/// Connection proxy inputs as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProxyDraft {
    /// Cores per proxy.
    pub cores: String,
    /// Per-session load preset.
    pub load: ProxyLoad,
    /// Custom cores per session.
    pub custom_cores_per_session: String,
    /// Extra proxies per zone.
    pub redundancy: String,
}

/// The peak box being typed into while several profiles share the total.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PeakEdit {
    /// What is in the box.
    pub text: String,
}

/// A figure as the form shows it: `2` not `2.0`, `0.25` as is.
pub fn figure_text(x: f64) -> String {
    x.to_string()
}

fn opt_text(x: Option<f64>) -> String {
    x.map(figure_text).unwrap_or_default()
}

impl OverrideDraft {
    /// The draft of an engine override.
    pub fn from_override(o: Override) -> Self {
        match o {
            Override::None => OverrideDraft::default(),
            Override::Absolute(v) => OverrideDraft {
                kind: OverrideKind::Absolute,
                value: figure_text(v),
            },
            Override::Ratio(v) => OverrideDraft {
                kind: OverrideKind::Ratio,
                value: figure_text(v),
            },
        }
    }
}

impl ProfileDraft {
    /// The draft of an engine workspace profile.
    pub fn from_profile(p: &WorkspaceProfile) -> Self {
        ProfileDraft {
            name: p.name.clone(),
            sessions: p.sessions.to_string(),
            cpu_cores: figure_text(p.cpu_cores),
            ram_gb: figure_text(p.ram_gb),
            recording: p.recording,
            disk_per_session_gb: figure_text(p.disk_per_session_gb),
            kind: p.kind,
            uses_named_users: p.named_users.is_some(),
            named_users: p.named_users.map(|n| n.to_string()).unwrap_or_default(),
            concurrency_percent: figure_text(p.concurrency_percent),
            sessions_per_user: p.sessions_per_user.to_string(),
        }
    }
}

impl PlanDraft {
    /// The draft that shows an existing plan (URL loading, presets, reset).
    pub fn from_plan(plan: &Plan) -> Self {
        PlanDraft {
            zones: plan
                .zones
                .iter()
                .map(|z| ZoneDraft {
                    name: z.name.clone(),
                    profiles: z.profiles.iter().map(ProfileDraft::from_profile).collect(),
                })
                .collect(),
            web_app: WebAppDraft {
                architecture: plan.web_app.architecture,
                use_case: plan.web_app.use_case,
                custom_standard_per_server: plan.web_app.custom_standard_per_server.to_string(),
                custom_direct_per_server: plan.web_app.custom_direct_per_server.to_string(),
                redundancy: plan.web_app.redundancy.to_string(),
            },
            load_balancing: LoadBalancingDraft {
                method: plan.load_balancing.method,
                health_check_interval_s: figure_text(plan.load_balancing.health_check_interval_s),
                failures_to_remove: plan.load_balancing.failures_to_remove.to_string(),
                dns_ttl_s: figure_text(plan.load_balancing.dns_ttl_s),
                lb_redundancy: plan.load_balancing.lb_redundancy.to_string(),
                hostname: plan.load_balancing.hostname.clone(),
            },
            agents: AgentDraft {
                mode: plan.agents.mode,
                cpus: figure_text(plan.agents.cpus),
                ram_gb: figure_text(plan.agents.ram_gb),
                cpu_override: OverrideDraft::from_override(plan.agents.cpu_override),
                ram_override: OverrideDraft::from_override(plan.agents.ram_override),
                redundancy: plan.agents.redundancy.to_string(),
                cpu_allocation: plan.agents.cpu_allocation,
                disk_limit_gb: opt_text(plan.agents.disk_limit_gb),
                autoscale: AutoscaleDraft::from_plan(&plan.agents.autoscale),
            },
            proxy: ProxyDraft {
                cores: figure_text(plan.proxy.cores),
                load: plan.proxy.load,
                custom_cores_per_session: figure_text(plan.proxy.custom_cores_per_session),
                redundancy: plan.proxy.redundancy.to_string(),
            },
            database: plan.database.clone(),
            costs: CostsDraft::from_costs(&plan.costs),
            cloud: CloudDraft::from_plan(&plan.cloud),
            peak_edit: None,
            peak_shares: None,
            deployment: plan.deployment,
            single_server: plan.single_server.clone(),
        }
    }

    /// Read the draft as a plan, or list every field that cannot be read.
    ///
    /// Only reading is checked here (empty, letters, negative, not a whole number, far too
    /// large); the engine's own validation judges whether the figures make sense. An input
    /// the plan does not use ([`PlanDraft::ignored_inputs`]) never blocks it: text there
    /// that cannot be read counts as the default.
    pub fn parse(&self) -> Result<Plan, Vec<DraftError>> {
        let errs = match self.read() {
            Ok(plan) => return Ok(plan),
            Err(errs) => errs,
        };
        let ignored = self.ignored_inputs();
        let is_ignored = |e: &DraftError| ignored.iter().any(|u| u.path == e.field);
        if !errs.iter().any(is_ignored) {
            return Err(errs);
        }
        let mut d = self.clone();
        for e in errs.iter().filter(|e| is_ignored(e)) {
            d.reset_to_default(&e.field);
        }
        d.read()
    }

    fn read(&self) -> Result<Plan, Vec<DraftError>> {
        use number::Floor::{AboveZero, One, Zero};
        let mut errs = Vec::new();
        let e = &mut errs;
        if let Some(edit) = &self.peak_edit {
            if let Err(m) = number::count(&edit.text) {
                e.push(DraftError::new(PEAK_PATH, m));
            }
        }
        let zones = self
            .zones
            .iter()
            .enumerate()
            .map(|(zi, z)| Zone {
                name: z.name.clone(),
                profiles: z
                    .profiles
                    .iter()
                    .enumerate()
                    .map(|(pi, p)| {
                        let at = |f: &str| format!("zones[{zi}].profiles[{pi}].{f}");
                        let demand = p.parse_demand(e, &at);
                        WorkspaceProfile {
                            name: p.name.clone(),
                            sessions: demand.sessions,
                            named_users: demand.named_users,
                            concurrency_percent: demand.concurrency_percent,
                            sessions_per_user: demand.sessions_per_user,
                            cpu_cores: parse_figure(e, at("cpu_cores"), &p.cpu_cores, AboveZero),
                            ram_gb: parse_figure(e, at("ram_gb"), &p.ram_gb, AboveZero),
                            recording: p.recording,
                            disk_per_session_gb: parse_figure(
                                e,
                                at("disk_per_session_gb"),
                                &p.disk_per_session_gb,
                                Zero,
                            ),
                            kind: p.kind,
                        }
                    })
                    .collect(),
            })
            .collect();
        let w = &self.web_app;
        let web_app = WebAppPlan {
            architecture: w.architecture,
            use_case: w.use_case,
            custom_standard_per_server: parse_count(
                e,
                "web_app.custom_standard_per_server".into(),
                &w.custom_standard_per_server,
                One,
            ),
            custom_direct_per_server: parse_count(
                e,
                "web_app.custom_direct_per_server".into(),
                &w.custom_direct_per_server,
                One,
            ),
            redundancy: parse_count(e, "web_app.redundancy".into(), &w.redundancy, Zero),
        };
        let l = &self.load_balancing;
        let load_balancing = LoadBalancingPlan {
            method: l.method,
            health_check_interval_s: parse_figure(
                e,
                "load_balancing.health_check_interval_s".into(),
                &l.health_check_interval_s,
                AboveZero,
            ),
            failures_to_remove: parse_count(
                e,
                "load_balancing.failures_to_remove".into(),
                &l.failures_to_remove,
                One,
            ),
            dns_ttl_s: parse_figure(e, "load_balancing.dns_ttl_s".into(), &l.dns_ttl_s, Zero),
            lb_redundancy: parse_count(
                e,
                "load_balancing.lb_redundancy".into(),
                &l.lb_redundancy,
                Zero,
            ),
            hostname: l.hostname.clone(),
        };
        let a = &self.agents;
        let agents = AgentPlan {
            mode: a.mode,
            cpus: parse_figure(e, "agents.cpus".into(), &a.cpus, AboveZero),
            ram_gb: parse_figure(e, "agents.ram_gb".into(), &a.ram_gb, AboveZero),
            cpu_override: parse_override(e, "agents.cpu_override", &a.cpu_override),
            ram_override: parse_override(e, "agents.ram_override", &a.ram_override),
            redundancy: parse_count(e, "agents.redundancy".into(), &a.redundancy, Zero),
            sessions_per_instance: None,
            cpu_allocation: a.cpu_allocation,
            disk_limit_gb: parse_optional(
                e,
                "agents.disk_limit_gb".into(),
                &a.disk_limit_gb,
                AboveZero,
            ),
            autoscale: a.autoscale.parse(e),
        };
        let p = &self.proxy;
        let proxy = ProxyPlan {
            cores: parse_figure(e, "proxy.cores".into(), &p.cores, AboveZero),
            load: p.load,
            custom_cores_per_session: parse_figure(
                e,
                "proxy.custom_cores_per_session".into(),
                &p.custom_cores_per_session,
                AboveZero,
            ),
            redundancy: parse_count(e, "proxy.redundancy".into(), &p.redundancy, Zero),
        };
        let costs = self.costs.parse(e);
        let cloud = self.cloud.parse(e);
        if errs.is_empty() {
            Ok(Plan {
                version: PLAN_VERSION,
                zones,
                web_app,
                load_balancing,
                agents,
                proxy,
                database: self.database.clone(),
                costs,
                cloud,
                deployment: self.deployment,
                single_server: self.single_server.clone(),
            })
        } else {
            Err(errs)
        }
    }

    /// Add a workspace profile to a zone, with a name no other profile there uses and no
    /// sessions yet, so the peak total stays as it was (issue 14, item 15: it used to add
    /// 10 sessions without saying so).
    pub fn add_profile(&mut self, zone: usize) {
        self.end_peak_shares();
        if let Some(z) = self.zones.get_mut(zone) {
            let name = unique_name("Workspace", z.profiles.iter().map(|p| p.name.as_str()));
            z.profiles.push(new_profile(name));
        }
    }

    /// Remove a workspace profile; the last profile of a zone stays.
    pub fn remove_profile(&mut self, zone: usize, profile: usize) {
        self.end_peak_shares();
        if let Some(z) = self.zones.get_mut(zone) {
            if z.profiles.len() > 1 && profile < z.profiles.len() {
                z.profiles.remove(profile);
            }
        }
    }

    /// Add a zone with a name no other zone uses and one workspace without sessions, so the
    /// peak total stays as it was (the zone still gets its own web app server, WEB-5).
    pub fn add_zone(&mut self) {
        self.end_peak_shares();
        let name = unique_name("Zone", self.zones.iter().map(|z| z.name.as_str()));
        let profile = new_profile(WorkspaceProfile::default().name);
        self.zones.push(ZoneDraft {
            name,
            profiles: vec![profile],
        });
    }

    /// Remove a zone; the last zone stays.
    pub fn remove_zone(&mut self, zone: usize) {
        self.end_peak_shares();
        if self.zones.len() > 1 && zone < self.zones.len() {
            self.zones.remove(zone);
        }
    }

    /// Number of profiles over all zones.
    pub fn profile_count(&self) -> usize {
        self.zones.iter().map(|z| z.profiles.len()).sum()
    }
}

fn parse_override(e: &mut Vec<DraftError>, path: &str, o: &OverrideDraft) -> Override {
    match o.kind {
        OverrideKind::None => Override::None,
        OverrideKind::Absolute => Override::Absolute(parse_figure(
            e,
            path.into(),
            &o.value,
            number::Floor::AboveZero,
        )),
        OverrideKind::Ratio => Override::Ratio(parse_figure(
            e,
            path.into(),
            &o.value,
            number::Floor::AboveZero,
        )),
    }
}

/// A new workspace: the default workspace's figures, this name, no sessions.
fn new_profile(name: String) -> ProfileDraft {
    let mut p = ProfileDraft::from_profile(&WorkspaceProfile::default());
    p.name = name;
    p.sessions = "0".into();
    p
}

/// `"{stem} N"` with the smallest N from 2 up that is not taken.
fn unique_name<'a>(stem: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (2..)
        .map(|n| format!("{stem} {n}"))
        .find(|c| !taken.clone().any(|t| t == c))
        .unwrap_or_else(|| stem.to_string())
}

#[cfg(test)]
mod tests;
