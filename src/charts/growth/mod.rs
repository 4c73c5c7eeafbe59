//! Growth curve data: servers per role as peak sessions grow from 0 to 3x today's figure,
//! with the exact session counts where each role needs one more server.
//!
//! The plan is scaled with every profile's sessions in proportion ([`apportion`]). Server
//! counts never fall as sessions rise (the engine's monotonicity property, issue 2), so a
//! binary search between two points whose counts differ finds each step exactly.
//!
//! Fast path (used whenever its checks pass): counts come from the engine's own per-server
//! figures on a fine grid (`model`, `fast`), checked against full
//! [`size`] runs at 0, today and 3x, and against the role's sizing function on both sides of
//! every marked step. Fallback: samples of full engine runs, then a binary search per step
//! with the role's sizing function, within [`GrowthOptions::max_runs`] (`fallback`).
//!
//! - `apportion`: the plan's sessions split over its profiles at any total.
//! - `runs`: full engine runs and per-role probes, cached; `steps`: the exact session
//!   counts where a count rises, by binary search; `cost`: the monthly cost line.
//! - `layout`: the chart in pixels (panels, step markers and labels, ticks) and its text
//!   alternative.

mod apportion;
mod cost;
mod fallback;
mod fast;
mod layout;
mod model;
mod runs;
mod steps;

pub use apportion::apportion;
pub use layout::{GrowthLayout, GrowthPanel, StepMarker, PANEL_HEADER, PANEL_HEIGHT};

use crate::engine::validate::MAX_SESSIONS;
use crate::engine::{Plan, Role};

/// The roles charted, in legend order.
pub const ROLES: [Role; 4] = [
    Role::WebApp,
    Role::Agent,
    Role::ConnectionProxy,
    Role::Database,
];

/// Range used when today's plan has no sessions at all.
pub const EMPTY_PLAN_RANGE: u64 = 300;

/// How much work the growth curve may do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GrowthOptions {
    /// Fallback only: evenly spaced full engine runs from 0 to the end of the range.
    pub points: usize,
    /// Fallback only: engine runs allowed in all, samples included.
    pub max_runs: usize,
    /// A role with more steps than this in range is "dense": only the steps nearest
    /// today's figure are searched, the rest of its line follows the samples.
    pub max_steps_per_role: usize,
    /// For dense roles, how many steps above today's figure to find exactly.
    pub next_steps: usize,
    /// Grid points of the fast path (the model is cheap, so the line is fine-grained).
    pub grid: usize,
    /// Use the fast path (model checked against the engine) before the engine-only search.
    pub fast: bool,
}

impl Default for GrowthOptions {
    fn default() -> Self {
        GrowthOptions {
            points: 31,
            max_runs: 160,
            max_steps_per_role: 12,
            next_steps: 2,
            grid: 241,
            fast: true,
        }
    }
}

/// The session count where a role goes up to `servers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The smallest peak session count that needs the new server count.
    pub sessions: u64,
    /// Servers from that count on.
    pub servers: u64,
}

/// One role's line.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleSeries {
    /// The role.
    pub role: Role,
    /// Its plain name.
    pub name: &'static str,
    /// (peak sessions, servers) at every evaluated count, ascending.
    pub points: Vec<(u64, u64)>,
    /// Steps found exactly, ascending.
    pub steps: Vec<Step>,
    /// True when every step in the range was found (the line is exact everywhere).
    pub complete: bool,
}

impl RoleSeries {
    /// Servers at `sessions`, read off the evaluated points (exact at steps and samples).
    pub fn servers_at(&self, sessions: u64) -> u64 {
        match self.points.binary_search_by_key(&sessions, |p| p.0) {
            Ok(i) => self.points[i].1,
            Err(0) => self.points.first().map_or(0, |p| p.1),
            Err(i) => self.points[i - 1].1,
        }
    }
}

/// Servers per role (and monthly cost) against peak sessions.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthCurve {
    /// Today's peak concurrent sessions.
    pub today: u64,
    /// End of the range (3x today, capped at the engine's maximum).
    pub max_sessions: u64,
    /// One series per role of [`ROLES`].
    pub series: Vec<RoleSeries>,
    /// (peak sessions, monthly cost) at every evaluated count, when unit costs are given.
    pub cost: Option<Vec<(u64, f64)>>,
    /// Engine runs it took.
    pub runs: usize,
}

/// The growth curve of a plan, with default effort.
pub fn growth_curve(plan: &Plan) -> GrowthCurve {
    growth_curve_with(plan, GrowthOptions::default())
}

/// End of the growth range for today's figure: 3x, or [`EMPTY_PLAN_RANGE`] from zero.
pub(super) fn range_end(today: u64) -> u64 {
    if today == 0 {
        EMPTY_PLAN_RANGE
    } else {
        today.saturating_mul(3)
    }
    .clamp(1, MAX_SESSIONS)
}

/// The growth curve of a plan within `opts`' budget: the fast path when its checks against
/// the engine pass, else samples of full engine runs and a binary search for each step.
pub fn growth_curve_with(plan: &Plan, opts: GrowthOptions) -> GrowthCurve {
    // Named users (NU-1) become their peak in `sessions`, the figure the curve scales.
    let resolved = plan.resolve_demand();
    let plan = resolved.as_ref();
    if opts.fast {
        if let Some(c) = fast::growth_curve_fast(plan, opts) {
            return c;
        }
    }
    fallback::growth_curve_engine(plan, opts)
}

#[cfg(test)]
mod tests {
    use super::runs::counts_of;
    use super::*;
    use crate::engine::{size, WorkspaceKind, WorkspaceProfile, Zone};

    /// Chart text at its smallest, as `charts::fit` gives it on a wide screen.
    const FONT: f64 = 11.0;

    fn web(sessions: u64, plan: &Plan) -> u64 {
        let mut p = plan.clone();
        p.zones[0].profiles[0].sessions = sessions;
        size(&p).unwrap().web_app.total
    }

    #[test]
    fn nu_1_named_users_grow_from_the_peak_they_give() {
        // 200 named users at 20 % are 40 sessions: the curve is that of 40 typed sessions.
        let mut named = Plan::default();
        named.zones[0].profiles[0].named_users = Some(200);
        named.zones[0].profiles[0].concurrency_percent = 20.0;
        let mut typed = Plan::default();
        typed.zones[0].profiles[0].sessions = 40;
        let c = growth_curve(&named);
        assert_eq!((c.today, c.max_sessions), (40, 120));
        assert_eq!(c, growth_curve(&typed));
    }

    #[test]
    fn default_plan_web_app_steps_where_ceil_sessions_over_150_changes() {
        // WEB-1, WEB-3, WEB-4: 150 remote-work sessions per server plus one redundant.
        let plan = Plan::default();
        let c = growth_curve(&plan);
        assert_eq!(c.today, 200);
        assert_eq!(c.max_sessions, 600);
        let w = &c.series[0];
        assert_eq!(w.role, Role::WebApp);
        assert!(w.complete);
        let at: Vec<u64> = w.steps.iter().map(|s| s.sessions).collect();
        assert_eq!(at, vec![151, 301, 451]);
        for st in &w.steps {
            assert_eq!(web(st.sessions, &plan), st.servers);
            assert_eq!(web(st.sessions - 1, &plan), st.servers - 1);
        }
        assert_eq!(w.servers_at(200), 3);
        assert_eq!(w.servers_at(600), 5);
        // The engine-only fallback finds the same steps.
        let slow = growth_curve_with(
            &plan,
            GrowthOptions {
                fast: false,
                ..GrowthOptions::default()
            },
        );
        assert_eq!(slow.series[0].steps, w.steps);
        // 0 sessions: the engine's own figure, whatever it is, is the line's start.
        assert_eq!(w.servers_at(0), web(0, &plan));
        assert!(
            c.runs <= GrowthOptions::default().max_runs,
            "{} runs",
            c.runs
        );
    }

    #[test]
    fn agent_steps_match_the_engine_in_a_dense_role() {
        // AG-1: 2 CPU / 4 GB on 16 / 64 gives 8 sessions per agent, N+2 (AG-8).
        let plan = Plan::default();
        let c = growth_curve(&plan);
        let a = &c.series[1];
        assert_eq!(a.role, Role::Agent);
        assert!(!a.steps.is_empty());
        // The first step above today (200 = 25 agents + 2): 201 needs a 26th.
        let next = a.steps.iter().find(|s| s.sessions > 200).unwrap();
        assert_eq!(next.sessions, 201);
        assert_eq!(next.servers, 28);
        for st in &a.steps {
            let mut p = plan.clone();
            p.zones[0].profiles[0].sessions = st.sessions;
            assert_eq!(size(&p).unwrap().agents.total, st.servers);
            p.zones[0].profiles[0].sessions = st.sessions - 1;
            assert!(size(&p).unwrap().agents.total < st.servers);
        }
    }

    #[test]
    fn mixed_profiles_and_zones_step_where_the_engine_steps() {
        let mut plan = Plan::default();
        plan.zones[0].profiles.push(WorkspaceProfile {
            name: "RDP".into(),
            sessions: 40,
            kind: WorkspaceKind::ServerConnection,
            ..WorkspaceProfile::default()
        });
        plan.zones.push(Zone {
            name: "East".into(),
            profiles: vec![WorkspaceProfile {
                sessions: 90,
                ..WorkspaceProfile::default()
            }],
        });
        let c = growth_curve(&plan);
        assert_eq!(c.today, 330);
        let weights = [200, 40, 90];
        let mut checked = 0;
        for (r, s) in c.series.iter().enumerate() {
            for st in &s.steps {
                let eval = |t: u64| {
                    let split = apportion(&weights, t);
                    let mut p = plan.clone();
                    p.zones[0].profiles[0].sessions = split[0];
                    p.zones[0].profiles[1].sessions = split[1];
                    p.zones[1].profiles[0].sessions = split[2];
                    counts_of(&size(&p).unwrap()).counts[r]
                };
                assert_eq!(
                    eval(st.sessions),
                    st.servers,
                    "{:?} at {}",
                    s.role,
                    st.sessions
                );
                assert!(eval(st.sessions - 1) < st.servers);
                checked += 1;
            }
        }
        assert!(checked >= 3);
    }

    #[test]
    fn a_plan_with_no_sessions_gets_a_sensible_range() {
        let mut plan = Plan::default();
        plan.zones[0].profiles[0].sessions = 0;
        let c = growth_curve(&plan);
        assert_eq!(c.today, 0);
        assert_eq!(c.max_sessions, EMPTY_PLAN_RANGE);
        assert_eq!(c.series[0].steps.first().map(|s| s.sessions), Some(151));
        let l = c.layout(640.0, FONT);
        assert_eq!(l.today_x, l.frame.x0());
    }

    #[test]
    fn ten_million_sessions_stays_within_the_engine_limit_and_budget() {
        let mut plan = Plan::default();
        plan.zones[0].profiles[0].sessions = 10_000_000;
        let c = growth_curve(&plan);
        assert_eq!(c.max_sessions, MAX_SESSIONS);
        assert!(c.runs <= GrowthOptions::default().max_runs);
        assert!(c.series.iter().all(|s| s.points.len() >= 2));
        let l = c.layout(640.0, FONT);
        assert!(l.panels.iter().all(|p| !p.d.contains("NaN")));
        assert_eq!(l.x_ticks.last().unwrap().label, "10M");
    }

    #[test]
    fn timing_of_the_default_curve() {
        // Prints the time; `cargo test --release --lib growth::tests::timing -- --nocapture`
        // gives the figure the README quotes. Median and best of 200 (the machine is shared).
        let plan = Plan::default();
        let mut times = Vec::new();
        let mut runs = 0;
        for _ in 0..200 {
            let start = std::time::Instant::now();
            runs = std::hint::black_box(growth_curve(&plan)).runs;
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "growth curve, default plan: median {:.3} ms, best {:.3} ms, {runs} engine runs",
            times[100], times[0]
        );
        assert!(runs <= GrowthOptions::default().max_runs);
    }

    #[test]
    fn timing_of_the_stress_curve() {
        // Issue 6 stress: 1,000 profiles over 50 zones, 10 million sessions (as in
        // `benches/size.rs`); same command as above. Best of 5.
        let plan = crate::engine::stress::stress_plan(50, 10_000);
        let mut best = f64::MAX;
        let mut runs = 0;
        for _ in 0..5 {
            let start = std::time::Instant::now();
            runs = std::hint::black_box(growth_curve(&plan)).runs;
            best = best.min(start.elapsed().as_secs_f64() * 1000.0);
        }
        println!("growth curve, stress plan: best {best:.3} ms, {runs} engine runs");
        assert!(runs <= GrowthOptions::default().max_runs);
    }
}
