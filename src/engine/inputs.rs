//! Which inputs a plan does not use, and why (issue 14, item 3).
//!
//! Some inputs only matter for some choices: an autoscaled instance is sized from its
//! workspaces, not from "CPU per agent"; a custom sessions-per-server figure only counts
//! under the custom use case. The form hides or disables such an input with the reason
//! given here, the draft does not refuse text it will not use, and validation does not
//! judge it. The rules read only the plan's choices ([`Choices`]), so the form asks the
//! same question of a draft that holds half-typed numbers. A new rule is one line of
//! [`RULES`].

use super::plan::{
    AgentMode, Architecture, LoadBalancingMethod, Override, Plan, ProxyLoad, UseCase, WorkspaceKind,
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

const AUTOSCALE: fn(&Choices) -> bool = |c| c.agent_mode == AgentMode::Autoscale;

/// Every rule for inputs outside the workspace list, one line each.
pub const RULES: &[Rule] = &[
    Rule { paths: &["agents.cpus", "agents.ram_gb"], when: AUTOSCALE, reason: "Autoscaled instances are sized from the workspaces and sessions per instance, not from this figure.", rule: "AG-9" },
    Rule { paths: &["agents.cpu_override.kind", "agents.ram_override.kind", "agents.cpu_override", "agents.ram_override"], when: AUTOSCALE, reason: "Overrides are set on the agents of a static pool.", rule: "AG-1" },
    Rule { paths: &["agents.cpu_override"], when: |c| !c.cpu_override, reason: "No CPU override is chosen: Kasm counts the physical CPUs.", rule: "AG-1" },
    Rule { paths: &["agents.ram_override"], when: |c| !c.ram_override, reason: "No RAM override is chosen: Kasm counts the physical RAM.", rule: "AG-1" },
    Rule { paths: &["agents.redundancy"], when: AUTOSCALE, reason: "Kasm replaces lost autoscaled agents, so no spare agents are added.", rule: "AG-9" },
    Rule { paths: &["agents.sessions_per_instance"], when: |c| c.agent_mode == AgentMode::Static, reason: "Used only with cloud autoscaling.", rule: "AG-9" },
    Rule { paths: &["web_app.custom_standard_per_server"], when: |c| c.use_case != UseCase::Custom, reason: "Used only with the custom use case.", rule: "WEB-3" },
    Rule { paths: &["web_app.custom_direct_per_server"], when: |c| c.use_case != UseCase::Custom || c.architecture == Architecture::Standard, reason: "Used only with the custom use case and Direct-to-Agent traffic.", rule: "WEB-2" },
    Rule { paths: &["load_balancing.dns_ttl_s"], when: |c| c.load_balancing != LoadBalancingMethod::Dns, reason: "Used only with DNS load balancing.", rule: "LB-1" },
    Rule { paths: &["load_balancing.lb_redundancy", "costs.load_balancer"], when: |c| c.load_balancing != LoadBalancingMethod::NetworkLoadBalancer, reason: "DNS load balancing needs no load balancers.", rule: "LB-2" },
    Rule { paths: &["proxy.custom_cores_per_session"], when: |c| c.proxy_load != ProxyLoad::Custom, reason: "Used only with the custom load per session.", rule: "CP-7" },
    Rule { paths: &["proxy.cores", "proxy.load", "proxy.custom_cores_per_session", "proxy.redundancy", "costs.proxy"], when: |c| !c.any(WorkspaceKind::ServerConnection), reason: "No RDP/VNC/SSH workspace in the plan, so no connection proxies.", rule: "CP-1" },
    Rule { paths: &["agents.mode", "agents.cpus", "agents.ram_gb", "agents.cpu_override.kind", "agents.ram_override.kind", "agents.cpu_override", "agents.ram_override", "agents.redundancy", "agents.sessions_per_instance", "agents.cpu_allocation", "agents.disk_limit_gb", "costs.agent"], when: |c| !c.any(WorkspaceKind::Container), reason: "No container workspace in the plan, so no agents.", rule: "AG-3" },
];

/// Why a server connection's own CPU, RAM and disk are not used (AG-3).
pub const SERVER_FIELDS_REASON: &str =
    "RDP/VNC/SSH sessions run on their own servers, not on agents: Kasm sizes only the connection proxies for them.";

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
    fn ag_9_autoscaling_leaves_the_agent_hardware_and_spares_unused() {
        let mut plan = Plan::default();
        let static_paths = paths(&Choices::of(&plan));
        assert!(static_paths.contains(&"agents.sessions_per_instance".to_string()));
        assert!(!static_paths.contains(&"agents.cpus".to_string()));
        plan.agents.mode = AgentMode::Autoscale;
        let u = unused_inputs(&Choices::of(&plan));
        let cpus = u.iter().find(|u| u.path == "agents.cpus").unwrap();
        assert_eq!(cpus.rule, "AG-9");
        for p in [
            "agents.ram_gb",
            "agents.redundancy",
            "agents.cpu_override.kind",
        ] {
            assert!(u.iter().any(|u| u.path == p), "{p}");
        }
        assert!(!u.iter().any(|u| u.path == "agents.sessions_per_instance"));
    }

    #[test]
    fn ag_9_validation_does_not_judge_an_input_the_plan_does_not_use() {
        let mut plan = Plan::default();
        plan.agents.sessions_per_instance = 0;
        plan.web_app.custom_standard_per_server = 0;
        assert!(crate::engine::validate(&plan).is_ok());
        plan.agents.mode = AgentMode::Autoscale;
        plan.agents.cpus = -1.0;
        let errs = crate::engine::validate(&plan).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["agents.sessions_per_instance"]);
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
