//! The growth curve's fast path: server counts at any session total from the engine's own
//! per-server figures, with no report built, checked against real engine runs.
//!
//! A full engine run formats every "why" and setting; in the browser that is far too slow
//! to repeat hundreds of times per keystroke. Each role's count is a ceiling of a load that
//! the engine's public helpers give per session (WEB-1..3, AG-1, CP-7), plus the redundancy
//! the engine added in real runs. [`Model::new`] reads those, and the caller verifies the
//! model against `size` at 0, today and the end of the range, and against the role's own
//! sizing function on both sides of every step it marks; any disagreement falls back to
//! the engine-only search.

use crate::engine::agent::profile_per_agent;
use crate::engine::proxy::{load_per_session, recording, sessions_per_proxy};
use crate::engine::scenarios::ceil_servers;
use crate::engine::web_app::per_server;
use crate::engine::{Architecture, Plan, Report, RoleReport, WorkspaceKind};

/// Per-profile figures and per-zone redundancy, read once per curve.
pub(super) struct Model {
    zone_of: Vec<usize>,
    standard: Vec<bool>,
    container: Vec<bool>,
    agent_per: Vec<f64>,
    zones: usize,
    std_per: f64,
    d2a_per: f64,
    proxy_per: u64,
    /// Per role (web, agent, proxy), per zone: redundant servers when needed > 0, and when 0.
    red: [Vec<(u64, u64)>; 3],
    /// Database servers at 0 sessions and above.
    db: (u64, u64),
}

fn redundancy(zones: usize, runs: &[&RoleReport]) -> Option<Vec<(u64, u64)>> {
    (0..zones)
        .map(|z| {
            let (mut hi, mut lo) = (None, None);
            for r in runs {
                let zr = r.zones.get(z)?;
                if zr.needed > 0 {
                    hi = Some(zr.redundant);
                } else {
                    lo = Some(zr.redundant);
                }
            }
            Some((hi.unwrap_or(0), lo.unwrap_or(0)))
        })
        .collect()
}

impl Model {
    /// The model of `plan`, from full engine runs at 0 sessions and at the end of the range.
    pub(super) fn new(plan: &Plan, at_zero: &Report, at_max: &Report) -> Option<Model> {
        let zones = plan.zones.len();
        let (std_per, d2a_per, _) = per_server(plan);
        let mut m = Model {
            zone_of: Vec::new(),
            standard: Vec::new(),
            container: Vec::new(),
            agent_per: Vec::new(),
            zones,
            std_per: std_per as f64,
            d2a_per: d2a_per as f64,
            proxy_per: sessions_per_proxy(
                crate::engine::cloud::proxy_cores(plan),
                load_per_session(plan),
                recording(plan),
            ),
            red: [
                redundancy(zones, &[&at_zero.web_app, &at_max.web_app])?,
                redundancy(zones, &[&at_zero.agents, &at_max.agents])?,
                redundancy(zones, &[&at_zero.proxies, &at_max.proxies])?,
            ],
            db: (at_zero.database.total, at_max.database.total),
        };
        for (z, p) in plan.profiles() {
            let container = p.kind == WorkspaceKind::Container;
            m.zone_of.push(z);
            m.container.push(container);
            m.standard
                .push(!(container && plan.web_app.architecture == Architecture::DirectToAgent));
            m.agent_per.push(if container {
                profile_per_agent(plan, p).max(1) as f64
            } else {
                0.0
            });
        }
        Some(m)
    }

    /// Web app, agent, proxy and database servers for sessions split as `split` (plan order).
    pub(super) fn counts(&self, split: &[u64]) -> [u64; 4] {
        let n = self.zones;
        let mut standard = vec![0u64; n];
        let mut direct = vec![0u64; n];
        let mut agent_load = vec![0.0f64; n];
        let mut server = vec![0u64; n];
        for (i, &a) in split.iter().enumerate() {
            let z = self.zone_of[i];
            if self.standard[i] {
                standard[z] += a;
            } else {
                direct[z] += a;
            }
            if self.container[i] {
                // Summed in plan order, as the engine does, so boundaries match exactly.
                agent_load[z] += a as f64 / self.agent_per[i];
            } else {
                server[z] += a;
            }
        }
        let with_red =
            |needed: u64, red: (u64, u64)| needed + if needed > 0 { red.0 } else { red.1 };
        let mut out = [0u64; 4];
        for z in 0..n {
            // WEB-3 interpretation (mixed load) and WEB-5 (at least one per zone).
            let web =
                ceil_servers(standard[z] as f64 / self.std_per + direct[z] as f64 / self.d2a_per)
                    .max(1);
            out[0] += with_red(web, self.red[0][z]);
            out[1] += with_red(ceil_servers(agent_load[z]), self.red[1][z]);
            let proxies = if self.proxy_per > 0 {
                ceil_servers(server[z] as f64 / self.proxy_per as f64)
            } else {
                0
            };
            out[2] += with_red(proxies, self.red[2][z]);
        }
        out[3] = if split.iter().all(|&a| a == 0) {
            self.db.0
        } else {
            self.db.1
        };
        out
    }
}
