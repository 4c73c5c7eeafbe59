//! The top-level sizing function: validate, count the demand, size every role (or the one
//! server), price it, add up.

use super::advisor::advise;
use super::agent::size_agents_with_autoscale;
use super::cloud::{picked_type_warnings, size_cloud};
use super::cost::{price_roles, price_single_server};
use super::database::size_database;
use super::demand::size_demand;
use super::load_balancing::{health_check_url, size_load_balancing};
use super::plan::{Deployment, Plan, WorkspaceKind, PLAN_VERSION};
use super::proxy::size_proxies;
use super::report::{
    AutoscaleReport, CloudReport, CostReport, DemandReport, LoadBalancingReport, OverrideAdvice,
    Report, Role, RoleReport, ServerSpec, Severity, SingleServerReport, SwapFigure, Totals,
    Warning,
};
use super::single_server::size_single_server;
use super::swap::{add_to_agents, agent_swap, swap_figure};
use super::validate::{validate, FieldError};
use super::web_app::size_web_app;

/// Size a plan: validate it, then compute every role. Never panics; a bad plan gives the
/// list of refused fields instead of a report.
pub fn size(plan: &Plan) -> Result<Report, Vec<FieldError>> {
    validate(plan)?;
    let demand = size_demand(plan);
    // NU-1: from here on every workspace's peak is in `sessions`.
    let resolved = plan.resolve_demand();
    let plan = resolved.as_ref();
    Ok(match plan.deployment {
        Deployment::Distributed => distributed(plan, demand),
        Deployment::SingleServer => single_server(plan, demand),
    })
}

/// Every role on its own servers, priced.
struct Roles {
    web_app: RoleReport,
    database: RoleReport,
    agents: RoleReport,
    proxies: RoleReport,
    load_balancing: LoadBalancingReport,
    autoscale: Option<AutoscaleReport>,
    costs: CostReport,
}

impl Roles {
    fn size(plan: &Plan) -> Roles {
        let mut web_app = size_web_app(plan);
        let mut database = size_database(plan);
        let (mut agents, autoscale) = size_agents_with_autoscale(plan);
        let mut proxies = size_proxies(plan);
        let mut load_balancing = size_load_balancing(plan, web_app.total);
        let costs = price_roles(
            plan,
            [&mut web_app, &mut database, &mut agents, &mut proxies],
            &mut load_balancing,
            autoscale.as_ref(),
        );
        Roles {
            web_app,
            database,
            agents,
            proxies,
            load_balancing,
            autoscale,
            costs,
        }
    }

    fn list(&self) -> [&RoleReport; 4] {
        [&self.web_app, &self.database, &self.agents, &self.proxies]
    }

    fn totals(&self) -> Totals {
        totals(
            &self.list(),
            self.load_balancing.load_balancers,
            self.load_balancing.monthly_cost,
        )
    }
}

/// What a report holds beside its roles.
struct Extras {
    demand: DemandReport,
    single_server: Option<SingleServerReport>,
    swap: Vec<SwapFigure>,
    override_advice: Option<OverrideAdvice>,
    cloud: Option<CloudReport>,
    totals: Totals,
    warnings: Vec<Warning>,
}

fn distributed(plan: &Plan, demand: DemandReport) -> Report {
    let mut roles = Roles::size(plan);
    let swap = agent_swap(plan, &roles.agents);
    add_to_agents(plan, &mut roles.agents, &swap);
    let override_advice = advise(plan, &roles.agents);
    let (cloud, cloud_warnings) = size_cloud(plan);
    let totals = roles.totals();
    let mut warnings: Vec<Warning> = roles
        .list()
        .iter()
        .flat_map(|r| r.warnings.iter().cloned())
        .collect();
    warnings.extend(roles.load_balancing.warnings.iter().cloned());
    warnings.extend(cloud_warnings);
    if plan.zones.len() > 1 {
        warnings.push(Warning {
            severity: Severity::Info,
            rule: "DEP-2".into(),
            role: Role::WebApp,
            message: format!(
                "{} zones are sized separately: a zone's sessions never move to another zone's servers.",
                plan.zones.len()
            ),
        });
    }
    report(
        plan,
        roles,
        Extras {
            demand,
            single_server: None,
            swap,
            override_advice,
            cloud,
            totals,
            warnings,
        },
    )
}

fn single_server(plan: &Plan, demand: DemandReport) -> Report {
    let mut server = size_single_server(plan);
    if !server.fits {
        // SS-4: the distributed plan for the same demand, when it sizes.
        let mut other = plan.clone();
        other.deployment = Deployment::Distributed;
        if validate(&other).is_ok() {
            server.distributed = Some(Roles::size(&other).totals());
        }
    }
    let costs = price_single_server(plan, &mut server);
    let roles = Roles {
        web_app: idle(Role::WebApp),
        database: idle(Role::Database),
        agents: idle(Role::Agent),
        proxies: idle(Role::ConnectionProxy),
        load_balancing: LoadBalancingReport {
            load_balancers: 0,
            detection_s: 0.0,
            failover_s: 0.0,
            health_check_url: health_check_url(&plan.load_balancing.hostname),
            settings: Vec::new(),
            warnings: Vec::new(),
            why: Vec::new(),
            monthly_cost: None,
        },
        autoscale: None,
        costs,
    };
    let override_advice = advise(plan, &roles.agents);
    let swap = vec![swap_figure(
        "single server",
        None,
        server.sessions_held,
        server.spec.ram_gb,
    )];
    let totals = single_totals(&server);
    let mut warnings = server.warnings.clone();
    // IC-1: a burstable type picked for the agent is the server's.
    warnings.extend(
        picked_type_warnings(plan)
            .into_iter()
            .filter(|w| w.role == Role::Agent)
            .map(|w| Warning {
                role: Role::SingleServer,
                ..w
            }),
    );
    report(
        plan,
        roles,
        Extras {
            demand,
            single_server: Some(server),
            swap,
            override_advice,
            cloud: None,
            totals,
            warnings,
        },
    )
}

fn report(plan: &Plan, roles: Roles, extras: Extras) -> Report {
    let mut warnings = extras.warnings;
    warnings.extend(extras.demand.warnings.iter().cloned());
    // Most severe first; the sort is stable, so role order is kept within a severity.
    warnings.sort_by_key(|w| std::cmp::Reverse(w.severity as u8));
    let (container_sessions, server_sessions) =
        plan.profiles().fold((0, 0), |(c, s), (_, p)| match p.kind {
            WorkspaceKind::Container => (c + p.sessions, s),
            WorkspaceKind::ServerConnection => (c, s + p.sessions),
        });
    Report {
        version: PLAN_VERSION,
        peak_sessions: plan.peak_sessions(),
        container_sessions,
        server_sessions,
        deployment: plan.deployment,
        demand: extras.demand,
        web_app: roles.web_app,
        database: roles.database,
        agents: roles.agents,
        proxies: roles.proxies,
        load_balancing: roles.load_balancing,
        single_server: extras.single_server,
        swap: extras.swap,
        override_advice: extras.override_advice,
        totals: extras.totals,
        warnings,
        autoscale: roles.autoscale,
        cloud: extras.cloud,
        costs: roles.costs,
    }
}

/// A role that has no servers of its own (on a single server every role shares the one).
fn idle(role: Role) -> RoleReport {
    RoleReport {
        role,
        needed: 0,
        redundant: 0,
        total: 0,
        spec: ServerSpec::default(),
        capacity: 0,
        demand: 0,
        utilisation: 0.0,
        zones: Vec::new(),
        scenarios: Vec::new(),
        settings: Vec::new(),
        warnings: Vec::new(),
        why: Vec::new(),
        monthly_cost: None,
    }
}

/// SS-1: one server, whether or not the demand fits on it.
fn single_totals(server: &SingleServerReport) -> Totals {
    Totals {
        servers: 1,
        vcpus: server.spec.cpus,
        ram_gb: server.spec.ram_gb,
        disk_gb: server.spec.disk_gb,
        monthly_cost: server.monthly_cost,
    }
}

fn totals(roles: &[&RoleReport], load_balancers: u64, lb_cost: Option<f64>) -> Totals {
    // Zones of one role may differ in spec (agents' disk), so sum zone by zone.
    let sum = |f: &dyn Fn(&ServerSpec) -> f64| {
        roles
            .iter()
            .flat_map(|r| r.zones.iter())
            // A zone without servers adds nothing, whatever its (maybe unused) spec holds.
            .filter(|z| z.total > 0)
            .map(|z| z.total as f64 * f(&z.spec))
            .sum::<f64>()
    };
    let costs: Vec<f64> = roles
        .iter()
        .filter_map(|r| r.monthly_cost)
        .chain(lb_cost)
        .collect();
    Totals {
        servers: roles.iter().map(|r| r.total).sum::<u64>() + load_balancers,
        vcpus: sum(&|s| s.cpus),
        ram_gb: sum(&|s| s.ram_gb),
        disk_gb: sum(&|s| s.disk_gb),
        monthly_cost: if costs.is_empty() {
            None
        } else {
            Some(costs.iter().sum())
        },
    }
}
