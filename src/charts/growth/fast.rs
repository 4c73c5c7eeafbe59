//! The fast path: the model on a fine grid, checked against the engine.

use std::collections::BTreeMap;

use super::apportion::apportion;
use super::cost::cost_series;
use super::model::Model;
use super::runs::{counts_of, Eval, Sampler};
use super::steps::find_steps;
use super::{range_end, GrowthCurve, GrowthOptions, RoleSeries, ROLES};
use crate::charts::redundancy::role_name;
use crate::engine::{size, Plan, Report};

/// The fast path: the model on a fine grid, steps by binary search on the model, and every
/// check against the engine (see [`model`](super::model)); None if any fails.
pub(super) fn growth_curve_fast(plan: &Plan, opts: GrowthOptions) -> Option<GrowthCurve> {
    let today = plan.peak_sessions();
    let max_sessions = range_end(today);
    let mut s = Sampler::new(plan);
    // Full engine runs at 0, today and the end of the range: the model's inputs and checks.
    let mut reports: Vec<(u64, Report)> = Vec::new();
    for x in [0, today.min(max_sessions), max_sessions] {
        if !reports.iter().any(|(k, _)| *k == x) {
            s.scale_to(x);
            s.runs += 1;
            let r = size(&s.work).ok()?;
            s.full.insert(x, Some(counts_of(&r)));
            reports.push((x, r));
        }
    }
    let full: Vec<(u64, Eval)> = reports.iter().map(|(k, r)| (*k, counts_of(r))).collect();
    let r0 = &reports[0].1;
    let rmax = &reports[reports.len() - 1].1;
    let model = Model::new(plan, r0, rmax)?;
    let weights = s.weights.clone();
    let mut cache: BTreeMap<u64, [u64; 4]> = BTreeMap::new();
    let mut eval = |x: u64| -> [u64; 4] {
        *cache
            .entry(x)
            .or_insert_with(|| model.counts(&apportion(&weights, x)))
    };
    for &(x, e) in &full {
        if eval(x) != e.counts {
            return None;
        }
    }
    // The model costs about one pass over the profiles per point: fewer points for big plans.
    let profiles = s.weights.len().max(1);
    let n = opts.grid.min((40_000 / profiles).max(25)).max(2) as u64;
    let mut keys: Vec<u64> = (0..n)
        .map(|j| {
            ((j as u128 * max_sessions as u128 + (n as u128 - 1) / 2) / (n as u128 - 1)) as u64
        })
        .chain([today.min(max_sessions)])
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let mut found = Vec::new();
    for r in 0..ROLES.len() {
        let (steps, complete) = find_steps(&keys, &mut |x| eval(x)[r], today, &opts);
        found.push((steps, complete));
    }
    // Every marked step is checked with the role's own engine function on both sides.
    for (r, (steps, _)) in found.iter().enumerate() {
        for st in steps {
            if s.probe(r, st.sessions) != st.servers || s.probe(r, st.sessions - 1) >= st.servers {
                return None;
            }
        }
    }
    let series: Vec<RoleSeries> = found
        .into_iter()
        .enumerate()
        .map(|(r, (steps, complete))| RoleSeries {
            role: ROLES[r],
            name: role_name(ROLES[r]),
            points: cache.iter().map(|(&k, c)| (k, c[r])).collect(),
            steps,
            complete,
        })
        .collect();
    let cost = cost_series(plan, &full, &series);
    Some(GrowthCurve {
        today,
        max_sessions,
        series,
        cost,
        runs: s.runs,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fallback::growth_curve_engine;
    use super::*;
    use crate::engine::{WorkspaceKind, WorkspaceProfile, Zone};

    fn plans_of_every_shape() -> Vec<Plan> {
        use crate::engine::{AgentMode, Architecture, Override, UseCase};
        let mut plans = vec![Plan::default()];
        let mut p = Plan::default();
        p.web_app.architecture = Architecture::DirectToAgent;
        p.zones[0].profiles.push(WorkspaceProfile {
            name: "RDP".into(),
            sessions: 70,
            kind: WorkspaceKind::ServerConnection,
            recording: true,
            ..WorkspaceProfile::default()
        });
        plans.push(p.clone());
        p.zones.push(Zone {
            name: "East".into(),
            profiles: vec![
                WorkspaceProfile {
                    name: "Big".into(),
                    sessions: 33,
                    cpu_cores: 4.0,
                    ram_gb: 16.0,
                    ..WorkspaceProfile::default()
                },
                WorkspaceProfile {
                    name: "Small".into(),
                    sessions: 120,
                    cpu_cores: 1.0,
                    ram_gb: 2.0,
                    ..WorkspaceProfile::default()
                },
            ],
        });
        p.web_app.use_case = UseCase::Mixed;
        plans.push(p.clone());
        let mut q = Plan::default();
        q.agents.mode = AgentMode::Autoscale;
        q.agents.cpus = 9.0;
        q.agents.ram_gb = 12.0;
        q.zones[0].profiles[0].recording = true;
        plans.push(q);
        let mut o = Plan::default();
        o.agents.cpu_override = Override::Ratio(3.0);
        o.agents.ram_override = Override::Absolute(80.0);
        o.web_app.use_case = UseCase::Gaming;
        o.zones[0].profiles[0].sessions = 0;
        plans.push(o);
        plans
    }

    #[test]
    fn fast_path_agrees_with_the_engine_at_every_point_it_draws() {
        // The fast path reads the engine's per-server figures (WEB-3, AG-1, CP-7); every
        // point it draws must equal a full engine run at that total.
        for plan in plans_of_every_shape() {
            let c = growth_curve_fast(&plan, GrowthOptions::default())
                .expect("the fast path holds for this plan");
            let weights: Vec<u64> = {
                let w: Vec<u64> = plan.profiles().map(|(_, p)| p.sessions).collect();
                if w.iter().all(|&x| x == 0) {
                    vec![1; w.len()]
                } else {
                    w
                }
            };
            let keys: Vec<u64> = c.series[0].points.iter().map(|p| p.0).collect();
            assert!(keys.len() >= 241);
            for &k in &keys {
                let split = apportion(&weights, k);
                let mut p = plan.clone();
                let mut it = split.into_iter();
                for z in &mut p.zones {
                    for w in &mut z.profiles {
                        w.sessions = it.next().unwrap();
                    }
                }
                let e = counts_of(&size(&p).unwrap());
                for (r, s) in c.series.iter().enumerate() {
                    assert_eq!(s.servers_at(k), e.counts[r], "{:?} at {k}", s.role);
                }
            }
            // The same steps as the engine-only search wherever that one is complete.
            let slow = growth_curve_engine(
                &plan,
                GrowthOptions {
                    max_runs: 100_000,
                    ..GrowthOptions::default()
                },
            );
            for (f, e) in c.series.iter().zip(&slow.series) {
                if f.complete && e.complete {
                    assert_eq!(f.steps, e.steps, "{:?}", f.role);
                }
            }
        }
    }
}
