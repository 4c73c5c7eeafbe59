//! The engine-only growth curve, used when the fast path's checks fail.

use std::collections::BTreeMap;

use super::cost::cost_series;
use super::runs::{Eval, Sampler};
use super::{range_end, GrowthCurve, GrowthOptions, RoleSeries, Step, ROLES};
use crate::charts::redundancy::role_name;
use crate::engine::Plan;

/// The engine-only growth curve: samples of full runs, then a binary search for each step.
pub(super) fn growth_curve_engine(plan: &Plan, opts: GrowthOptions) -> GrowthCurve {
    let today = plan.peak_sessions();
    let max_sessions = range_end(today);
    let mut s = Sampler::new(plan);
    let n = opts.points.max(2) as u64;
    let samples: Vec<u64> = (0..n)
        .map(|j| {
            ((j as u128 * max_sessions as u128 + (n as u128 - 1) / 2) / (n as u128 - 1)) as u64
        })
        .chain([today.min(max_sessions)])
        .collect();
    for &x in &samples {
        s.eval(x);
    }
    let sample_keys: Vec<u64> = s.full.keys().copied().collect();
    let mut series = Vec::new();
    for (r, &role) in ROLES.iter().enumerate() {
        // Intervals between neighbouring samples where this role's count rises.
        let mut rising: Vec<(u64, u64)> = Vec::new();
        let mut rises = 0u64;
        for w in sample_keys.windows(2) {
            if let (Some(Some(a)), Some(Some(b))) = (s.full.get(&w[0]), s.full.get(&w[1])) {
                if b.counts[r] > a.counts[r] {
                    rising.push((w[0], w[1]));
                    rises += b.counts[r] - a.counts[r];
                }
            }
        }
        let dense = rises > opts.max_steps_per_role as u64;
        let mut complete = !dense;
        if dense {
            // Only the steps nearest today matter to the reader: the one that brought
            // today's count and the next few. Intervals are searched nearest first.
            let mut above: Vec<(u64, u64)> =
                rising.iter().copied().filter(|iv| iv.1 > today).collect();
            above.truncate(opts.next_steps);
            let below = rising.iter().copied().rfind(|iv| iv.1 <= today);
            rising = below.into_iter().chain(above).collect();
        }
        let mut steps = Vec::new();
        for (a, b) in rising {
            let (Some(Some(ea)), Some(Some(eb))) =
                (s.full.get(&a).copied(), s.full.get(&b).copied())
            else {
                continue;
            };
            let (mut lo, top) = (a, eb.counts[r]);
            let mut level = ea.counts[r];
            while level < top {
                match s.boundary(r, lo, b, level + 1, opts.max_runs) {
                    Some(at) => {
                        let servers = s.probe(r, at);
                        steps.push(Step {
                            sessions: at,
                            servers,
                        });
                        lo = at;
                        level = servers;
                    }
                    None => {
                        complete = false;
                        break;
                    }
                }
            }
        }
        steps.sort_by_key(|st| st.sessions);
        series.push((r, role, steps, complete));
    }
    let evaluated: Vec<(u64, Eval)> = s
        .full
        .iter()
        .filter_map(|(&k, e)| e.map(|e| (k, e)))
        .collect();
    let series: Vec<RoleSeries> = series
        .into_iter()
        .map(|(r, role, steps, complete)| {
            let mut points = BTreeMap::new();
            for (k, e) in &evaluated {
                points.insert(*k, e.counts[r]);
            }
            for (&k, &v) in s.probes[r].iter() {
                points.insert(k, v);
            }
            RoleSeries {
                role,
                name: role_name(role),
                points: points.iter().map(|(&k, &v)| (k, v)).collect(),
                steps,
                complete,
            }
        })
        .collect();
    let cost = cost_series(plan, &evaluated, &series);
    GrowthCurve {
        today,
        max_sessions,
        series,
        cost,
        runs: s.runs,
    }
}
