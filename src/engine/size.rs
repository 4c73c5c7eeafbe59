//! The top-level sizing function: validate, size every role, add up.

use super::agent::size_agents_with_autoscale;
use super::cloud::size_cloud;
use super::cost::price_roles;
use super::database::size_database;
use super::load_balancing::size_load_balancing;
use super::plan::{Plan, WorkspaceKind, PLAN_VERSION};
use super::proxy::size_proxies;
use super::report::{Report, RoleReport, ServerSpec, Severity, Totals, Warning};
use super::validate::{validate, FieldError};
use super::web_app::size_web_app;

/// Size a plan: validate it, then compute every role. Never panics; a bad plan gives the
/// list of refused fields instead of a report.
pub fn size(plan: &Plan) -> Result<Report, Vec<FieldError>> {
    validate(plan)?;
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
    let (cloud, cloud_warnings) = size_cloud(plan);
    let roles = [&web_app, &database, &agents, &proxies];
    let totals = totals(
        &roles,
        load_balancing.load_balancers,
        load_balancing.monthly_cost,
    );
    let mut warnings: Vec<Warning> = roles
        .iter()
        .flat_map(|r| r.warnings.iter().cloned())
        .collect();
    warnings.extend(load_balancing.warnings.iter().cloned());
    warnings.extend(cloud_warnings);
    if plan.zones.len() > 1 {
        warnings.push(Warning {
            severity: Severity::Info,
            rule: "DEP-2".into(),
            role: super::report::Role::WebApp,
            message: format!(
                "{} zones are sized separately: a zone's sessions never move to another zone's servers.",
                plan.zones.len()
            ),
        });
    }
    // Most severe first; the sort is stable, so role order is kept within a severity.
    warnings.sort_by_key(|w| std::cmp::Reverse(w.severity as u8));
    let (container_sessions, server_sessions) =
        plan.profiles().fold((0, 0), |(c, s), (_, p)| match p.kind {
            WorkspaceKind::Container => (c + p.sessions, s),
            WorkspaceKind::ServerConnection => (c, s + p.sessions),
        });
    Ok(Report {
        version: PLAN_VERSION,
        peak_sessions: plan.peak_sessions(),
        container_sessions,
        server_sessions,
        web_app,
        database,
        agents,
        proxies,
        load_balancing,
        totals,
        warnings,
        autoscale,
        cloud,
        costs,
    })
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
