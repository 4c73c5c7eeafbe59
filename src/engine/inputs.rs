//! Which inputs a plan does not use, and why (issue 14, item 3).
//!
//! Some inputs only matter for some choices: the AutoScale config only counts with cloud
//! autoscaling; a picked instance type, not "CPU per agent", sets an agent's hardware; a
//! custom sessions-per-server figure only counts under the custom use case. The form hides
//! or disables such an input with the reason given here, the draft does not refuse text it will not use, and validation does not
//! judge it. The rules read only the plan's choices ([`Choices`]), so the form asks the
//! same question of a draft that holds half-typed numbers. A new rule is one line of
//! [`RULES`].

use super::catalogue::{family_of, Provider};
use super::plan::{
    AgentMode, Architecture, Deployment, InstanceChoice, LoadBalancingMethod, Override, Plan,
    ProxyLoad, UseCase, WorkspaceKind,
};

/// The choices that decide which inputs are used (every one a pick, never typed text).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Choices {
    /// Static pool or autoscaling.
    pub agent_mode: AgentMode,
    /// Use case preset (custom figures only under Custom).
    pub use_case: UseCase,
    /// Standard or Direct-to-Agent.
    pub architecture: Architecture,
    /// DNS or network load balancers.
    pub load_balancing: LoadBalancingMethod,
    /// Proxy load preset (a custom figure only under Custom).
    pub proxy_load: ProxyLoad,
    /// Whether a CPU override is chosen.
    pub cpu_override: bool,
    /// Whether a RAM override is chosen.
    pub ram_override: bool,
    /// The kind of every workspace, zone by zone.
    pub kinds: Vec<Vec<WorkspaceKind>>,
    /// The cloud provider (instance types are picked only with one).
    pub provider: Provider,
    /// The instance type picked per role: web app, database, agent, connection proxy.
    pub types: [Picked; 4],
    /// Servers per role or one server for everything (SS-1).
    pub deployment: Deployment,
    /// Whether each workspace counts named users (NU-1), zone by zone.
    pub named_users: Vec<Vec<bool>>,
}

/// What is picked as one role's instance type (IC-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Picked {
    /// No type: the role's typed hardware (or the guide's spec) applies.
    #[default]
    Nothing,
    /// A fixed type: it sets the role's hardware.
    Fixed,
    /// An OCI Flex shape: it sets the hardware from the OCPUs and memory picked with it.
    Flex,
}

impl Picked {
    /// What a type id (empty for none) picks. An id the catalogue does not list counts as
    /// fixed: validation names it.
    pub fn of(id: &str) -> Picked {
        let id = id.trim();
        if id.is_empty() {
            return Picked::Nothing;
        }
        match family_of(id) {
            Some(f) if f.flex => Picked::Flex,
            _ => Picked::Fixed,
        }
    }

    fn of_choice(c: &InstanceChoice) -> Picked {
        Picked::of(c.type_id.as_deref().unwrap_or_default())
    }
}

impl Choices {
    /// The choices of a plan.
    pub fn of(plan: &Plan) -> Choices {
        Choices {
            agent_mode: plan.agents.mode,
            use_case: plan.web_app.use_case,
            architecture: plan.web_app.architecture,
            load_balancing: plan.load_balancing.method,
            proxy_load: plan.proxy.load,
            cpu_override: plan.agents.cpu_override != Override::None,
            ram_override: plan.agents.ram_override != Override::None,
            kinds: plan
                .zones
                .iter()
                .map(|z| z.profiles.iter().map(|p| p.kind).collect())
                .collect(),
            provider: plan.cloud.provider,
            types: [
                Picked::of_choice(&plan.cloud.web_app),
                Picked::of_choice(&plan.cloud.database),
                Picked::of_choice(&plan.cloud.agent),
                Picked::of_choice(&plan.cloud.proxy),
            ],
            deployment: plan.deployment,
            named_users: plan
                .zones
                .iter()
                .map(|z| z.profiles.iter().map(|p| p.named_users.is_some()).collect())
                .collect(),
        }
    }

    /// What the role at `index` (web app, database, agent, proxy) has picked; nothing
    /// without a provider.
    fn picked(&self, index: usize) -> Picked {
        if self.provider == Provider::None {
            Picked::Nothing
        } else {
            self.types[index]
        }
    }

    fn any(&self, kind: WorkspaceKind) -> bool {
        self.kinds.iter().flatten().any(|&k| k == kind)
    }
}

/// An input the plan does not use.
#[derive(Debug, Clone, PartialEq)]
pub struct Unused {
    /// Dotted path of the input (the plan's and the draft's, e.g. `agents.cpus`).
    pub path: String,
    /// Why it is not used, one plain sentence.
    pub reason: &'static str,
    /// The rule behind the reason.
    pub rule: &'static str,
}

/// One rule: the inputs it covers, when they are unused, and why.
pub struct Rule {
    /// Paths of the inputs.
    pub paths: &'static [&'static str],
    /// True when the plan does not use them.
    pub when: fn(&Choices) -> bool,
    /// Why, for people.
    pub reason: &'static str,
    /// The guide's rule.
    pub rule: &'static str,
}

/// Autoscaled agents of a distributed deployment (a single server ignores the agent mode).
const AUTOSCALE: fn(&Choices) -> bool =
    |c| c.agent_mode == AgentMode::Autoscale && c.deployment == Deployment::Distributed;
const STATIC: fn(&Choices) -> bool = |c| c.agent_mode == AgentMode::Static;
const SINGLE: fn(&Choices) -> bool = |c| c.deployment == Deployment::SingleServer;

/// What a single server leaves unused: the servers, spares and load balancing of the other
/// roles (its own hardware is the agent's, and its price the agent's).
const SINGLE_SERVER_UNUSED: &[&str] = &[
    "agents.mode",
    "agents.redundancy",
    "web_app.redundancy",
    "load_balancing.method",
    "load_balancing.health_check_interval_s",
    "load_balancing.failures_to_remove",
    "load_balancing.dns_ttl_s",
    "load_balancing.lb_redundancy",
    "proxy.cores",
    "proxy.redundancy",
    "database.kind",
    "database.standby",
    "costs.web_app",
    "costs.database",
    "costs.proxy",
    "costs.load_balancer",
    "costs.hourly.web_app",
    "costs.hourly.database",
    "costs.hourly.proxy",
    "costs.hourly.load_balancer",
    "cloud.web_app.type",
    "cloud.web_app.ocpus",
    "cloud.web_app.memory_gib",
    "cloud.database.type",
    "cloud.database.ocpus",
    "cloud.database.memory_gib",
    "cloud.proxy.type",
    "cloud.proxy.ocpus",
    "cloud.proxy.memory_gib",
];

const SINGLE_REASON: &str = "One server carries every role: there are no separate servers, spares, load balancing or autoscaling to size (the server's hardware and price are the agent's).";

/// The AutoScale inputs (AS-2..AS-4), schedule included.
const AUTOSCALE_INPUTS: &[&str] = &[
    "agents.autoscale.baseline_sessions",
    "agents.autoscale.arrivals_per_minute",
    "agents.autoscale.startup_s",
    "agents.autoscale.off_hours_standby_sessions",
    "agents.autoscale.downscale_backoff_s",
    "agents.autoscale.schedule[0].start_hour",
    "agents.autoscale.schedule[0].end_hour",
    "agents.autoscale.schedule[1].start_hour",
    "agents.autoscale.schedule[1].end_hour",
    "agents.autoscale.schedule[2].start_hour",
    "agents.autoscale.schedule[2].end_hour",
    "agents.autoscale.schedule[3].start_hour",
    "agents.autoscale.schedule[3].end_hour",
    "agents.autoscale.schedule[4].start_hour",
    "agents.autoscale.schedule[4].end_hour",
    "agents.autoscale.schedule[5].start_hour",
    "agents.autoscale.schedule[5].end_hour",
    "agents.autoscale.schedule[6].start_hour",
    "agents.autoscale.schedule[6].end_hour",
];

/// Every instance type input, for when no provider is chosen.
const CLOUD_TYPES: &[&str] = &[
    "cloud.web_app.type",
    "cloud.web_app.ocpus",
    "cloud.web_app.memory_gib",
    "cloud.database.type",
    "cloud.database.ocpus",
    "cloud.database.memory_gib",
    "cloud.agent.type",
    "cloud.agent.ocpus",
    "cloud.agent.memory_gib",
    "cloud.proxy.type",
    "cloud.proxy.ocpus",
    "cloud.proxy.memory_gib",
];

const FLEX_ONLY: &str = "Only an OCI Flex shape takes OCPUs and memory.";

/// Every rule for inputs outside the workspace list, one line each.
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    Rule { paths: SINGLE_SERVER_UNUSED, when: SINGLE, reason: SINGLE_REASON, rule: "SS-1" },
    Rule { paths: AUTOSCALE_INPUTS, when: SINGLE, reason: SINGLE_REASON, rule: "SS-1" },
    Rule { paths: &["single_server.reserve"], when: |c| c.deployment == Deployment::Distributed, reason: "Used only for a single-server install.", rule: "SS-3" },
    Rule { paths: AUTOSCALE_INPUTS, when: STATIC, reason: "Used only with cloud autoscaling: the AutoScale config and its schedule.", rule: "AS-4" },
    Rule { paths: CLOUD_TYPES, when: |c| c.provider == Provider::None, reason: "Pick a cloud provider to choose instance types.", rule: "IC-1" },
    Rule { paths: &["agents.cpus", "agents.ram_gb"], when: |c| c.picked(2) != Picked::Nothing, reason: "The picked instance type sets the agent's CPU and RAM.", rule: "IC-1" },
    Rule { paths: &["proxy.cores"], when: |c| c.picked(3) != Picked::Nothing, reason: "The picked instance type sets the connection proxy's cores.", rule: "IC-1" },
    Rule { paths: &["cloud.web_app.ocpus", "cloud.web_app.memory_gib"], when: |c| c.picked(0) != Picked::Flex, reason: FLEX_ONLY, rule: "IC-1" },
    Rule { paths: &["cloud.database.ocpus", "cloud.database.memory_gib"], when: |c| c.picked(1) != Picked::Flex, reason: FLEX_ONLY, rule: "IC-1" },
    Rule { paths: &["cloud.agent.ocpus", "cloud.agent.memory_gib"], when: |c| c.picked(2) != Picked::Flex, reason: FLEX_ONLY, rule: "IC-1" },
    Rule { paths: &["cloud.proxy.ocpus", "cloud.proxy.memory_gib"], when: |c| c.picked(3) != Picked::Flex, reason: FLEX_ONLY, rule: "IC-1" },
    Rule { paths: &["agents.cpu_override"], when: |c| !c.cpu_override, reason: "No CPU override is chosen: Kasm counts the physical CPUs.", rule: "AG-1" },
    Rule { paths: &["agents.ram_override"], when: |c| !c.ram_override, reason: "No RAM override is chosen: Kasm counts the physical RAM.", rule: "AG-1" },
    Rule { paths: &["agents.redundancy"], when: AUTOSCALE, reason: "Kasm replaces lost autoscaled agents, so no spare agents are added.", rule: "AG-9" },
    Rule { paths: &["web_app.custom_standard_per_server"], when: |c| c.use_case != UseCase::Custom, reason: "Used only with the custom use case.", rule: "WEB-3" },
    Rule { paths: &["web_app.custom_direct_per_server"], when: |c| c.use_case != UseCase::Custom || c.architecture == Architecture::Standard, reason: "Used only with the custom use case and Direct-to-Agent traffic.", rule: "WEB-2" },
    Rule { paths: &["load_balancing.dns_ttl_s"], when: |c| c.load_balancing != LoadBalancingMethod::Dns, reason: "Used only with DNS load balancing.", rule: "LB-1" },
    Rule { paths: &["load_balancing.lb_redundancy", "costs.load_balancer", "costs.hourly.load_balancer"], when: |c| c.load_balancing != LoadBalancingMethod::NetworkLoadBalancer, reason: "DNS load balancing needs no load balancers.", rule: "LB-2" },
    Rule { paths: &["proxy.custom_cores_per_session"], when: |c| c.proxy_load != ProxyLoad::Custom, reason: "Used only with the custom load per session.", rule: "CP-7" },
    Rule { paths: &["proxy.cores", "proxy.load", "proxy.custom_cores_per_session", "proxy.redundancy", "costs.proxy", "costs.hourly.proxy", "cloud.proxy.type", "cloud.proxy.ocpus", "cloud.proxy.memory_gib"], when: |c| !c.any(WorkspaceKind::ServerConnection), reason: "No RDP/VNC/SSH workspace in the plan, so no connection proxies.", rule: "CP-1" },
    Rule { paths: &["agents.mode", "agents.cpus", "agents.ram_gb", "agents.cpu_override.kind", "agents.ram_override.kind", "agents.cpu_override", "agents.ram_override", "agents.redundancy", "agents.cpu_allocation", "agents.disk_limit_gb", "costs.agent", "costs.hourly.agent", "cloud.agent.type", "cloud.agent.ocpus", "cloud.agent.memory_gib"], when: |c| !c.any(WorkspaceKind::Container) && c.deployment == Deployment::Distributed, reason: "No container workspace in the plan, so no agents.", rule: "AG-3" },
];

/// Why a server connection's own CPU, RAM and disk are not used (AG-3).
pub const SERVER_FIELDS_REASON: &str =
    "RDP/VNC/SSH sessions run on their own servers, not on agents: Kasm sizes only the connection proxies for them.";

/// Why a workspace's typed sessions are not used (NU-1).
pub const NAMED_USERS_SESSIONS_REASON: &str =
    "This workspace's peak comes from its named users, concurrency and sessions per user.";
/// Why a workspace's named-user inputs are not used (NU-1).
pub const NAMED_USERS_OFF_REASON: &str =
    "Used only when the workspace's peak comes from named users.";

/// Every input these choices leave unused, each once, with the first reason that applies.
pub fn unused_inputs(c: &Choices) -> Vec<Unused> {
    let mut out: Vec<Unused> = Vec::new();
    for r in RULES.iter().filter(|r| (r.when)(c)) {
        for p in r.paths {
            if !out.iter().any(|u| u.path == *p) {
                out.push(Unused {
                    path: (*p).to_string(),
                    reason: r.reason,
                    rule: r.rule,
                });
            }
        }
    }
    for (zi, zone) in c.kinds.iter().enumerate() {
        for (pi, kind) in zone.iter().enumerate() {
            for f in ["cpu_cores", "ram_gb", "disk_per_session_gb"] {
                if !kind.uses(f) {
                    out.push(Unused {
                        path: format!("zones[{zi}].profiles[{pi}].{f}"),
                        reason: SERVER_FIELDS_REASON,
                        rule: "AG-3",
                    });
                }
            }
            let named = c
                .named_users
                .get(zi)
                .and_then(|z| z.get(pi))
                .copied()
                .unwrap_or(false);
            let (fields, reason): (&[&str], _) = if named {
                (&["sessions"], NAMED_USERS_SESSIONS_REASON)
            } else {
                (
                    &["named_users", "concurrency_percent", "sessions_per_user"],
                    NAMED_USERS_OFF_REASON,
                )
            };
            for f in fields {
                out.push(Unused {
                    path: format!("zones[{zi}].profiles[{pi}].{f}"),
                    reason,
                    rule: "NU-1",
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(c: &Choices) -> Vec<String> {
        unused_inputs(c).into_iter().map(|u| u.path).collect()
    }

    #[test]
    fn ss_1_a_single_server_leaves_spares_proxies_and_load_balancing_unused() {
        let mut plan = Plan::default();
        assert!(paths(&Choices::of(&plan)).contains(&"single_server.reserve".to_string()));
        plan.deployment = Deployment::SingleServer;
        plan.agents.mode = AgentMode::Autoscale; // ignored on one server
        let u = unused_inputs(&Choices::of(&plan));
        let spare = u.iter().find(|u| u.path == "agents.redundancy").unwrap();
        assert_eq!(spare.rule, "SS-1");
        for p in [
            "load_balancing.method",
            "proxy.cores",
            "database.standby",
            "agents.mode",
            "agents.autoscale.startup_s",
            "cloud.web_app.type",
        ] {
            assert!(u.iter().any(|u| u.path == p), "{p}");
        }
        // The server's own hardware, overrides, reserve, price and host name stay in use.
        for p in [
            "agents.cpus",
            "agents.ram_gb",
            "agents.cpu_override.kind",
            "single_server.reserve",
            "load_balancing.hostname",
            "costs.agent",
        ] {
            assert!(!u.iter().any(|u| u.path == p), "{p}");
        }
    }

    #[test]
    fn nu_1_named_users_leave_the_typed_sessions_unused_and_the_other_way_round() {
        let mut plan = Plan::default();
        let u = paths(&Choices::of(&plan));
        assert!(u.contains(&"zones[0].profiles[0].concurrency_percent".to_string()));
        assert!(!u.contains(&"zones[0].profiles[0].sessions".to_string()));
        plan.zones[0].profiles[0].named_users = Some(200);
        plan.zones[0].profiles[0].sessions = 20_000_000; // not judged: not used
        let u = unused_inputs(&Choices::of(&plan));
        let s = u
            .iter()
            .find(|u| u.path == "zones[0].profiles[0].sessions")
            .unwrap();
        assert_eq!(s.rule, "NU-1");
        assert!(!u
            .iter()
            .any(|u| u.path == "zones[0].profiles[0].named_users"));
        assert!(crate::engine::validate(&plan).is_ok());
    }

    #[test]
    fn as_1_autoscaling_uses_the_agent_hardware_and_overrides_but_not_spares() {
        // Issue 14, item 3: autoscaled instances are sized from "CPU per agent" and "RAM
        // per agent" (AS-1), so they stay used; the spares are Kasm's business (AG-9).
        let mut plan = Plan::default();
        let static_paths = paths(&Choices::of(&plan));
        assert!(static_paths.contains(&"agents.autoscale.startup_s".to_string()));
        assert!(static_paths.contains(&"agents.autoscale.schedule[6].end_hour".to_string()));
        assert!(!static_paths.contains(&"agents.cpus".to_string()));
        plan.agents.mode = AgentMode::Autoscale;
        let u = unused_inputs(&Choices::of(&plan));
        let spares = u.iter().find(|u| u.path == "agents.redundancy").unwrap();
        assert_eq!(spares.rule, "AG-9");
        for p in [
            "agents.cpus",
            "agents.ram_gb",
            "agents.cpu_override.kind",
            "agents.autoscale.baseline_sessions",
        ] {
            assert!(!u.iter().any(|u| u.path == p), "{p}");
        }
    }

    #[test]
    fn ic_1_a_picked_type_replaces_the_typed_hardware_and_flex_takes_its_figures() {
        let mut plan = Plan::default();
        plan.cloud.agent.type_id = Some("m6i.xlarge".into());
        // Without a provider the type is not used, and the typed hardware is.
        let u = paths(&Choices::of(&plan));
        assert!(u.contains(&"cloud.agent.type".to_string()));
        assert!(!u.contains(&"agents.cpus".to_string()));
        plan.cloud.provider = Provider::Aws;
        let u = unused_inputs(&Choices::of(&plan));
        let cpus = u.iter().find(|u| u.path == "agents.cpus").unwrap();
        assert_eq!(cpus.rule, "IC-1");
        assert!(u.iter().any(|u| u.path == "cloud.agent.ocpus"));
        assert!(!u.iter().any(|u| u.path == "cloud.agent.type"));
        plan.cloud.provider = Provider::Oci;
        plan.cloud.agent.type_id = Some("E4.Flex".into());
        assert!(!paths(&Choices::of(&plan)).contains(&"cloud.agent.memory_gib".to_string()));
    }

    #[test]
    fn as_4_validation_does_not_judge_an_input_the_plan_does_not_use() {
        let mut plan = Plan::default();
        plan.agents.autoscale.startup_s = 0.0;
        plan.web_app.custom_standard_per_server = 0;
        plan.cloud.agent.type_id = Some("m9z.huge".into());
        assert!(crate::engine::validate(&plan).is_ok());
        plan.agents.mode = AgentMode::Autoscale;
        plan.agents.cpus = -1.0;
        let errs = crate::engine::validate(&plan).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["agents.cpus", "agents.autoscale.startup_s"]);
    }

    #[test]
    fn each_input_is_listed_once_with_the_first_reason() {
        let mut plan = Plan::default();
        plan.agents.mode = AgentMode::Autoscale;
        let u = paths(&Choices::of(&plan));
        let mut sorted = u.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), u.len());
    }

    #[test]
    fn ag_3_server_connections_leave_cpu_ram_and_disk_unused_and_need_proxies() {
        let mut plan = Plan::default();
        // No RDP/VNC/SSH workspace: the proxy inputs do nothing (CP-1).
        assert!(paths(&Choices::of(&plan)).contains(&"proxy.cores".to_string()));
        plan.zones[0].profiles[0].kind = WorkspaceKind::ServerConnection;
        let u = paths(&Choices::of(&plan));
        assert!(u.contains(&"zones[0].profiles[0].cpu_cores".to_string()));
        assert!(u.contains(&"zones[0].profiles[0].disk_per_session_gb".to_string()));
        assert!(!u.contains(&"zones[0].profiles[0].sessions".to_string()));
        assert!(!u.contains(&"proxy.cores".to_string()));
        // Now no container workspace: the agent inputs do nothing.
        assert!(u.contains(&"agents.cpus".to_string()));
    }
}
