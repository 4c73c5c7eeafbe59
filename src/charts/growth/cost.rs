//! The growth chart's monthly cost line.

use super::runs::Eval;
use super::{RoleSeries, ROLES};
use crate::engine::{cost, AgentMode, Plan, Role};

/// Monthly cost at every evaluated count: the engine's totals at full samples, and between
/// them unit cost x servers of each role (the engine's own formula) plus the load
/// balancers' cost of the sample below.
pub(super) fn cost_series(
    plan: &Plan,
    evaluated: &[(u64, Eval)],
    series: &[RoleSeries],
) -> Option<Vec<(u64, f64)>> {
    if evaluated.is_empty() || evaluated.iter().any(|(_, e)| e.cost.is_none()) {
        return None;
    }
    // Autoscaled agents cost their instance-hours, which do not follow the server count
    // (standby and off-hours instances depend on each zone's share): only the engine's own
    // totals at the full samples are drawn then.
    if plan.agents.mode == AgentMode::Autoscale && cost::price(plan, Role::Agent).is_some() {
        return Some(
            evaluated
                .iter()
                .map(|(k, e)| (*k, e.cost.unwrap_or(0.0)))
                .collect(),
        );
    }
    let units = ROLES.map(|r| cost::price(plan, r).map(|(p, per)| cost::always_on_monthly(p, per)));
    let roles_cost = |at: u64| -> f64 {
        series
            .iter()
            .zip(units)
            .filter_map(|(s, u)| u.map(|u| u * s.servers_at(at) as f64))
            .sum()
    };
    let mut keys: Vec<u64> = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let mut out = Vec::with_capacity(keys.len());
    let mut i = 0;
    for k in keys {
        while i + 1 < evaluated.len() && evaluated[i + 1].0 <= k {
            i += 1;
        }
        let (sk, se) = evaluated[i];
        let total = se.cost.unwrap_or(0.0);
        let value = if sk == k {
            total
        } else {
            // The sample's load balancer share carries over; roles are re-counted.
            total - roles_cost(sk) + roles_cost(k)
        };
        out.push((k, value));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::{growth_curve, growth_curve_with, GrowthOptions};
    use crate::engine::{size, AgentMode, Plan};

    /// Chart text at its smallest, as `charts::fit` gives it on a wide screen.
    const FONT: f64 = 11.0;

    #[test]
    fn ic_1_as_4_hourly_and_autoscaled_costs_follow_the_engine_at_every_point() {
        // Hourly prices cost x 730 h a server; autoscaled agents cost their instance-hours,
        // which only full engine runs give, so their points are the engine's totals.
        for autoscale in [false, true] {
            let mut plan = Plan::default();
            plan.costs.hourly.web_app = Some(0.2);
            plan.costs.hourly.agent = Some(0.8);
            plan.costs.monthly.database = Some(150.0);
            if autoscale {
                plan.agents.mode = AgentMode::Autoscale;
            }
            let c = growth_curve(&plan);
            let cost = c.cost.as_ref().expect("cost series");
            assert!(cost.iter().any(|p| p.0 == 200));
            let mut p = plan.clone();
            for &(k, v) in cost {
                p.zones[0].profiles[0].sessions = k;
                let expected = size(&p).unwrap().totals.monthly_cost.unwrap();
                assert!(
                    (v - expected).abs() < 1e-6,
                    "{autoscale} at {k}: {v} vs {expected}"
                );
            }
        }
    }

    #[test]
    fn monthly_cost_series_when_unit_costs_are_given() {
        let mut plan = Plan::default();
        assert!(growth_curve(&plan).cost.is_none());
        plan.costs.monthly.web_app = Some(100.0);
        plan.costs.monthly.agent = Some(300.0);
        plan.costs.monthly.database = Some(200.0);
        plan.costs.monthly.proxy = Some(50.0);
        plan.costs.monthly.load_balancer = Some(20.0);
        let c = growth_curve(&plan);
        let cost = c.cost.as_ref().expect("cost series");
        let today = cost.iter().find(|p| p.0 == 200).unwrap().1;
        let mut p = plan.clone();
        p.zones[0].profiles[0].sessions = 200;
        assert_eq!(Some(today), size(&p).unwrap().totals.monthly_cost);
        assert!(cost.windows(2).all(|w| w[1].1 >= w[0].1));
        // At full samples the cost is the engine's own total.
        for &(k, v) in cost.iter().filter(|p| p.0 % 20 == 0) {
            p.zones[0].profiles[0].sessions = k;
            assert_eq!(Some(v), size(&p).unwrap().totals.monthly_cost, "at {k}");
        }
        // With every step searched, every point of the cost line, steps included, is exact.
        let opts = GrowthOptions {
            max_steps_per_role: 1000,
            max_runs: 100_000,
            ..GrowthOptions::default()
        };
        let full = growth_curve_with(&plan, opts);
        assert!(full.series.iter().all(|s| s.complete));
        let cost = full.cost.as_ref().unwrap();
        assert!(cost.len() > 100);
        for &(k, v) in cost {
            p.zones[0].profiles[0].sessions = k;
            let expected = size(&p).unwrap().totals.monthly_cost.unwrap();
            assert!((v - expected).abs() < 1e-6, "at {k}: {v} vs {expected}");
        }
        let l = c.layout(640.0, FONT);
        let cost_panel = l.panels.last().unwrap();
        assert_eq!(cost_panel.key, "cost");
        assert!(cost_panel.role.is_none());
        assert!(cost_panel.y_ticks.len() >= 2);
    }
}
