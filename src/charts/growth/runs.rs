//! Engine runs on the plan scaled to a total: full [`size`] runs and per-role probes, cached.

use std::collections::BTreeMap;

use super::apportion::apportion;
use super::ROLES;
use crate::engine::agent::size_agents;
use crate::engine::database::size_database;
use crate::engine::proxy::size_proxies;
use crate::engine::web_app::size_web_app;
use crate::engine::{size, Plan, Report, Role};

/// Server counts of one engine run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Eval {
    /// Servers per role, in [`ROLES`] order.
    pub(super) counts: [u64; 4],
    /// The plan's monthly cost, when every role has a unit cost.
    pub(super) cost: Option<f64>,
}

/// The counts of one report.
pub(super) fn counts_of(r: &Report) -> Eval {
    Eval {
        counts: [
            r.web_app.total,
            r.agents.total,
            r.proxies.total,
            r.database.total,
        ],
        cost: r.totals.monthly_cost,
    }
}

/// Runs the engine on the plan scaled to a given total, caching every result.
///
/// Samples are full [`size`] runs (validated, with costs); the binary search between two
/// valid samples only needs the one role it is looking at, so it calls that role's own
/// sizing function, the same one `size` calls, at a fraction of the cost.
pub(super) struct Sampler {
    /// The plan as last scaled.
    pub(super) work: Plan,
    /// Each profile's share of the sessions.
    pub(super) weights: Vec<u64>,
    /// Full runs by total (None: the plan does not size there).
    pub(super) full: BTreeMap<u64, Option<Eval>>,
    /// Per-role probes by total.
    pub(super) probes: [BTreeMap<u64, u64>; 4],
    /// Engine runs so far.
    pub(super) runs: usize,
}

impl Sampler {
    pub(super) fn new(plan: &Plan) -> Self {
        let mut weights: Vec<u64> = plan.profiles().map(|(_, p)| p.sessions).collect();
        if weights.iter().all(|&w| w == 0) {
            // No sessions today: grow every profile alike.
            weights.iter_mut().for_each(|w| *w = 1);
        }
        Sampler {
            work: plan.clone(),
            weights,
            full: BTreeMap::new(),
            probes: Default::default(),
            runs: 0,
        }
    }

    pub(super) fn scale_to(&mut self, total: u64) {
        let split = apportion(&self.weights, total);
        let mut it = split.into_iter();
        for zone in &mut self.work.zones {
            for p in &mut zone.profiles {
                p.sessions = it.next().unwrap_or(0);
            }
        }
    }

    pub(super) fn eval(&mut self, total: u64) -> Option<Eval> {
        if let Some(e) = self.full.get(&total) {
            return *e;
        }
        self.scale_to(total);
        self.runs += 1;
        let e = size(&self.work).ok().map(|r| counts_of(&r));
        self.full.insert(total, e);
        e
    }

    /// Servers of role `r` at `total`; only called between two valid samples.
    pub(super) fn probe(&mut self, r: usize, total: u64) -> u64 {
        if let Some(Some(e)) = self.full.get(&total) {
            return e.counts[r];
        }
        if let Some(&c) = self.probes[r].get(&total) {
            return c;
        }
        self.scale_to(total);
        self.runs += 1;
        let w = &self.work;
        let c = match ROLES[r] {
            Role::WebApp => size_web_app(w).total,
            Role::Agent => size_agents(w).total,
            Role::ConnectionProxy => size_proxies(w).total,
            _ => size_database(w).total,
        };
        self.probes[r].insert(total, c);
        c
    }

    /// The smallest count in (lo, hi] where role `r` reaches `target`; c(lo) < target <= c(hi).
    pub(super) fn boundary(
        &mut self,
        r: usize,
        mut lo: u64,
        mut hi: u64,
        target: u64,
        budget: usize,
    ) -> Option<u64> {
        while hi - lo > 1 {
            if self.runs >= budget {
                return None;
            }
            let mid = lo + (hi - lo) / 2;
            if self.probe(r, mid) >= target {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Some(hi)
    }
}
