//! Growth curve data: servers per role as peak sessions grow from 0 to 3x today's figure,
//! with the exact session counts where each role needs one more server.
//!
//! The plan is scaled with every profile's sessions in proportion ([`apportion`]). Server
//! counts never fall as sessions rise (the engine's monotonicity property, issue 2), so a
//! binary search between two points whose counts differ finds each step exactly.
//!
//! Fast path (used whenever its checks pass): counts come from the engine's own per-server
//! figures on a fine grid ([`growth_model`](super::growth_model)), checked against full
//! [`size`] runs at 0, today and 3x, and against the role's sizing function on both sides of
//! every marked step. Fallback: samples of full engine runs, then a binary search per step
//! with the role's sizing function, within [`GrowthOptions::max_runs`].

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::frame::{place_ticks, Frame, Tick};
use super::growth_model::Model;
use super::labels::{place, text_width, Placed, Wanted};
use super::path::step_path;
use super::redundancy::{role_key, role_name};
use super::ticks::nice_ticks;
use crate::engine::agent::size_agents;
use crate::engine::cost;
use crate::engine::database::size_database;
use crate::engine::proxy::size_proxies;
use crate::engine::validate::MAX_SESSIONS;
use crate::engine::web_app::size_web_app;
use crate::engine::{size, AgentMode, Plan, Report, Role};
use crate::support::format::{grouped, thousands};
use std::collections::BTreeMap;

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

/// Server counts of one engine run.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Eval {
    counts: [u64; 4],
    cost: Option<f64>,
}

fn counts_of(r: &Report) -> Eval {
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

/// Split `total` sessions over profiles in proportion to `weights`, exactly and monotonically.
///
/// Think of profile i's k-th session arriving at time k / w_i; the first `total` arrivals
/// (ties by profile order) are the split. Adding a session therefore never takes one away
/// from another profile, so the engine's "more sessions, never fewer servers" holds along
/// the curve.
pub fn apportion(weights: &[u64], total: u64) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|&w| w as u128).sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let t = total as u128;
    let max_w = weights.iter().copied().max().unwrap_or(0) as u128;
    // 64-bit division when the products fit (always, within the engine's limits): the
    // 128-bit one is several times slower and this runs for every profile at every point.
    let mut out: Vec<u64> = if t * max_w <= u64::MAX as u128 && sum <= u64::MAX as u128 {
        let (t, sum) = (total, sum as u64);
        weights.iter().map(|&w| t * w / sum).collect()
    } else {
        weights
            .iter()
            .map(|&w| (t * w as u128 / sum) as u64)
            .collect()
    };
    let given: u128 = out.iter().map(|&n| n as u128).sum();
    let mut deficit = (t - given) as u64;
    if deficit == 0 {
        return out;
    }
    // Next arrival of each profile: time (out_i + 1) / w_i, compared exactly as fractions.
    #[derive(Clone, Copy, PartialEq, Eq)]
    struct Arrival {
        k: u128,
        w: u128,
        i: usize,
    }
    impl Ord for Arrival {
        fn cmp(&self, o: &Self) -> std::cmp::Ordering {
            (self.k * o.w).cmp(&(o.k * self.w)).then(self.i.cmp(&o.i))
        }
    }
    impl PartialOrd for Arrival {
        fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(o))
        }
    }
    let mut next: Vec<Arrival> = weights
        .iter()
        .enumerate()
        .filter(|(_, &w)| w > 0)
        .map(|(i, &w)| Arrival {
            k: out[i] as u128 + 1,
            w: w as u128,
            i,
        })
        .collect();
    // Usually no profile gets two of the extra sessions: they then go to the `deficit`
    // earliest next arrivals, found in linear time, provided no profile's second arrival
    // comes before the last of those. Otherwise they are taken one by one from a heap.
    let d = deficit as usize;
    if d <= next.len() {
        let (_, &mut last, _) = next.select_nth_unstable(d - 1);
        if next[..d]
            .iter()
            .all(|a| Arrival { k: a.k + 1, ..*a } > last)
        {
            for a in &next[..d] {
                out[a.i] += 1;
            }
            return out;
        }
    }
    let mut heap: BinaryHeap<Reverse<Arrival>> = next.into_iter().map(Reverse).collect();
    while deficit > 0 {
        let Some(Reverse(a)) = heap.pop() else { break };
        out[a.i] += 1;
        deficit -= 1;
        heap.push(Reverse(Arrival { k: a.k + 1, ..a }));
    }
    out
}

/// Runs the engine on the plan scaled to a given total, caching every result.
///
/// Samples are full [`size`] runs (validated, with costs); the binary search between two
/// valid samples only needs the one role it is looking at, so it calls that role's own
/// sizing function, the same one `size` calls, at a fraction of the cost.
struct Sampler {
    work: Plan,
    weights: Vec<u64>,
    full: BTreeMap<u64, Option<Eval>>,
    probes: [BTreeMap<u64, u64>; 4],
    runs: usize,
}

impl Sampler {
    fn new(plan: &Plan) -> Self {
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

    fn scale_to(&mut self, total: u64) {
        let split = apportion(&self.weights, total);
        let mut it = split.into_iter();
        for zone in &mut self.work.zones {
            for p in &mut zone.profiles {
                p.sessions = it.next().unwrap_or(0);
            }
        }
    }

    fn eval(&mut self, total: u64) -> Option<Eval> {
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
    fn probe(&mut self, r: usize, total: u64) -> u64 {
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
    fn boundary(
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

/// Monthly cost at every evaluated count: the engine's totals at full samples, and between
/// them unit cost x servers of each role (the engine's own formula) plus the load
/// balancers' cost of the sample below.
fn cost_series(
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

/// The growth curve of a plan, with default effort.
pub fn growth_curve(plan: &Plan) -> GrowthCurve {
    growth_curve_with(plan, GrowthOptions::default())
}

/// End of the growth range for today's figure: 3x, or [`EMPTY_PLAN_RANGE`] from zero.
fn range_end(today: u64) -> u64 {
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
        if let Some(c) = growth_curve_fast(plan, opts) {
            return c;
        }
    }
    growth_curve_engine(plan, opts)
}

/// Steps of one role by binary search on any monotone count function `f`.
fn find_steps(
    keys: &[u64],
    at: &mut dyn FnMut(u64) -> u64,
    today: u64,
    opts: &GrowthOptions,
) -> (Vec<Step>, bool) {
    let mut rising = Vec::new();
    let mut rises = 0;
    for w in keys.windows(2) {
        let (a, b) = (at(w[0]), at(w[1]));
        if b > a {
            rising.push((w[0], w[1]));
            rises += b - a;
        }
    }
    let dense = rises > opts.max_steps_per_role as u64;
    let (first, last) = (keys[0], keys[keys.len() - 1]);
    // The smallest x in (lo, hi] with at(x) > level, given at(lo) <= level < at(hi).
    let search = |mut lo: u64, mut hi: u64, level: u64, at: &mut dyn FnMut(u64) -> u64| {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if at(mid) > level {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        hi
    };
    if dense {
        // Only the steps a reader acts on: the one that brought today's count, and the next few.
        let mut steps = Vec::new();
        let now = at(today);
        // Bracket each search with the grid (every key's count is already known), so a
        // search costs log2(grid spacing) evaluations, not log2(range).
        if at(first) < now {
            let lo = keys
                .iter()
                .copied()
                .rfind(|&k| k < today && at(k) < now)
                .unwrap_or(first);
            let x = search(lo, today, now - 1, at);
            steps.push(Step {
                sessions: x,
                servers: at(x),
            });
        }
        let (mut lo, mut level) = (today, now);
        for _ in 0..opts.next_steps {
            if at(last) <= level {
                break;
            }
            let hi = keys
                .iter()
                .copied()
                .find(|&k| k > lo && at(k) > level)
                .unwrap_or(last);
            let x = search(lo, hi, level, at);
            let servers = at(x);
            steps.push(Step {
                sessions: x,
                servers,
            });
            lo = x;
            level = servers;
        }
        return (steps, false);
    }
    let mut steps = Vec::new();
    for (a, b) in rising {
        let (mut lo, top) = (a, at(b));
        let mut level = at(a);
        while level < top {
            let h = search(lo, b, level, at);
            let servers = at(h);
            steps.push(Step {
                sessions: h,
                servers,
            });
            lo = h;
            level = servers;
        }
    }
    steps.sort_by_key(|st| st.sessions);
    (steps, true)
}

/// The fast path: the model on a fine grid, steps by binary search on the model, and every
/// check against the engine (see [`growth_model`](super::growth_model)); None if any fails.
fn growth_curve_fast(plan: &Plan, opts: GrowthOptions) -> Option<GrowthCurve> {
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

/// The engine-only growth curve: samples of full runs, then a binary search for each step.
fn growth_curve_engine(plan: &Plan, opts: GrowthOptions) -> GrowthCurve {
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

/// A step marker in pixels, with its label when there was room for it.
#[derive(Debug, Clone, PartialEq)]
pub struct StepMarker {
    /// The exact session count of the step.
    pub sessions: u64,
    /// Servers from there on.
    pub servers: u64,
    /// Marker position.
    pub x: f64,
    /// Marker position.
    pub y: f64,
    /// Label text and its centre x, or None when it would overlap another label.
    pub label: Option<(String, f64)>,
}

/// One small panel of the growth chart: a role's servers, or the monthly cost.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthPanel {
    /// The role, or None for the monthly cost panel.
    pub role: Option<Role>,
    /// Key for CSS classes and test ids (`webapp`, `agent`, `proxy`, `db`, `cost`).
    pub key: &'static str,
    /// Heading of the panel.
    pub name: String,
    /// Baseline of the heading (step labels share it, right of the heading).
    pub heading_y: f64,
    /// The panel's plot area (x shared with every panel).
    pub frame: Frame,
    /// Ticks of the panel's value axis.
    pub y_ticks: Vec<Tick>,
    /// SVG path `d` of the step line.
    pub d: String,
    /// Exact steps of this role.
    pub markers: Vec<StepMarker>,
}

/// The growth chart in pixels: small multiples sharing the sessions axis, so a role with
/// 3 servers is not flattened by one with 80.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthLayout {
    /// Outer size; its plot area spans all panels, the x axis sits at its bottom.
    pub frame: Frame,
    /// Ticks of the sessions axis.
    pub x_ticks: Vec<Tick>,
    /// One panel per role with servers in the range, then the cost panel.
    pub panels: Vec<GrowthPanel>,
    /// Names of roles with no servers anywhere in the range (no panel drawn).
    pub empty: Vec<&'static str>,
    /// Where today's figure sits.
    pub today_x: f64,
}

/// Height of one panel's plot area.
pub const PANEL_HEIGHT: f64 = 70.0;
/// Space above each panel for its heading and step labels.
pub const PANEL_HEADER: f64 = 26.0;

impl GrowthCurve {
    /// Place panels, lines, markers, labels and ticks in a chart `width` wide whose text is
    /// `font` units high ([`super::fit`]); the height follows from the number of panels
    /// ([`GrowthLayout::frame`]). A step's label always spans its dot (it may move by up to
    /// half its width), keeps clear of the other labels, the panel's heading and today's
    /// line, and is left out (the dot keeps its tooltip) where it cannot.
    pub fn layout(&self, width: f64, font: f64) -> GrowthLayout {
        let drawn: Vec<&RoleSeries> = self
            .series
            .iter()
            .filter(|s| s.points.iter().any(|p| p.1 > 0))
            .collect();
        let empty = self
            .series
            .iter()
            .filter(|s| s.points.iter().all(|p| p.1 == 0))
            .map(|s| s.name)
            .collect();
        let n = drawn.len() + usize::from(self.cost.is_some());
        let top = 4.0;
        let bottom = 44.0;
        let height = top + n as f64 * (PANEL_HEADER + PANEL_HEIGHT) + bottom;
        let frame = Frame {
            width,
            height,
            left: 52.0,
            right: 16.0,
            top,
            bottom,
        };
        let x = frame.x_scale((0.0, self.max_sessions as f64));
        let x_ticks = nice_ticks(0.0, self.max_sessions as f64, 6);
        let today_x = x.map(self.today.min(self.max_sessions) as f64);
        let end = frame.x1();
        let panel_frame = |i: usize| {
            let y0 = top + i as f64 * (PANEL_HEADER + PANEL_HEIGHT) + PANEL_HEADER;
            Frame {
                top: y0,
                bottom: height - (y0 + PANEL_HEIGHT),
                ..frame
            }
        };
        let mut panels = Vec::with_capacity(n);
        for (i, s) in drawn.iter().enumerate() {
            let pf = panel_frame(i);
            let max = s.points.iter().map(|p| p.1).max().unwrap_or(0) as f64;
            let t = nice_ticks(0.0, max, 2);
            let y = pf.y_scale((0.0, t.max()));
            let pts: Vec<(f64, f64)> = s
                .points
                .iter()
                .map(|&(k, v)| (x.map(k as f64), y.map(v as f64)))
                .collect();
            let name = format!("{}: {} today", s.name, s.servers_at(self.today));
            let mut markers: Vec<StepMarker> = s
                .steps
                .iter()
                .map(|st| StepMarker {
                    sessions: st.sessions,
                    servers: st.servers,
                    x: x.map(st.sessions as f64),
                    y: y.map(st.servers as f64),
                    label: None,
                })
                .collect();
            // Labels right of the heading, nearest today's figure first (above it before below).
            let mut order: Vec<usize> = (0..markers.len()).collect();
            order.sort_by_key(|&i| {
                let m = &markers[i];
                (u64::from(m.sessions < self.today) << 63) | m.sessions.abs_diff(self.today)
            });
            let texts: Vec<String> = order
                .iter()
                .map(|&i| thousands(markers[i].sessions))
                .collect();
            let wanted: Vec<Wanted> = order
                .iter()
                .zip(&texts)
                .map(|(&i, t)| Wanted::on_point(markers[i].x, text_width(t, font)))
                .collect();
            let min = frame.x0() + text_width(&name, font + 1.0) + 8.0;
            let today = (today_x, today_x);
            let placed: Vec<Option<Placed>> = place(
                &wanted,
                min,
                frame.x1(),
                4.0,
                1,
                std::slice::from_ref(&today),
            );
            for ((&i, text), p) in order.iter().zip(texts).zip(placed) {
                markers[i].label = p.map(|p| (text, p.at));
            }
            panels.push(GrowthPanel {
                role: Some(s.role),
                key: role_key(s.role),
                name,
                heading_y: pf.y0() - 8.0,
                frame: pf,
                y_ticks: place_ticks(&t, &y),
                d: step_path(&pts, end),
                markers,
            });
        }
        if let Some(points) = &self.cost {
            let pf = panel_frame(drawn.len());
            let max = points.iter().fold(0.0f64, |m, p| m.max(p.1));
            let t = nice_ticks(0.0, max, 2);
            let y = pf.y_scale((0.0, t.max()));
            let pts: Vec<(f64, f64)> = points
                .iter()
                .map(|&(k, c)| (x.map(k as f64), y.map(c)))
                .collect();
            let today = match points.binary_search_by_key(&self.today, |p| p.0) {
                Ok(i) => points[i].1,
                Err(0) => 0.0,
                Err(i) => points[i - 1].1,
            };
            panels.push(GrowthPanel {
                role: None,
                key: "cost",
                name: format!("Monthly cost: {} today", grouped(today, 0)),
                heading_y: pf.y0() - 8.0,
                frame: pf,
                y_ticks: place_ticks(&t, &y),
                d: step_path(&pts, end),
                markers: Vec::new(),
            });
        }
        GrowthLayout {
            frame,
            x_ticks: place_ticks(&x_ticks, &x),
            panels,
            empty,
            today_x,
        }
    }

    /// A plain-text summary for screen readers.
    pub fn describe(&self) -> String {
        let mut out = format!(
            "Servers per role from 0 to {} peak concurrent sessions; today {}.",
            thousands(self.max_sessions),
            thousands(self.today)
        );
        for s in &self.series {
            let now = s.servers_at(self.today);
            out.push_str(&format!(" {}: {} today", s.name, now));
            match s.steps.iter().find(|st| st.sessions > self.today) {
                Some(st) => out.push_str(&format!(
                    ", {} from {} sessions.",
                    st.servers,
                    thousands(st.sessions)
                )),
                None => out.push_str(", no change in range."),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chart text at its smallest, as `charts::fit` gives it on a wide screen.
    const FONT: f64 = 11.0;
    use crate::engine::{WorkspaceKind, WorkspaceProfile, Zone};

    fn web(sessions: u64, plan: &Plan) -> u64 {
        let mut p = plan.clone();
        p.zones[0].profiles[0].sessions = sessions;
        size(&p).unwrap().web_app.total
    }

    #[test]
    fn apportion_is_exact_proportional_and_never_takes_a_session_away() {
        assert_eq!(apportion(&[200], 151), vec![151]);
        assert_eq!(apportion(&[100, 100], 3), vec![2, 1]);
        assert_eq!(apportion(&[300, 100], 8), vec![6, 2]);
        assert_eq!(apportion(&[0, 0], 5), vec![0, 0]);
        assert_eq!(apportion(&[], 5), Vec::<u64>::new());
        let w = [7, 3, 0, 11, 1];
        let mut prev = apportion(&w, 0);
        for t in 1..=200 {
            let cur = apportion(&w, t);
            assert_eq!(cur.iter().sum::<u64>(), t);
            assert!(cur.iter().zip(&prev).all(|(c, p)| c >= p), "at {t}");
            assert_eq!(cur[2], 0);
            prev = cur;
        }
        // Ten million sessions over large weights: no overflow.
        let big = apportion(&[u64::MAX / 4, 1], 10_000_000);
        assert_eq!(big.iter().sum::<u64>(), 10_000_000);
    }

    #[test]
    fn apportion_matches_taking_arrivals_one_by_one() {
        // The definition, session by session: the earliest next arrival (k + 1) / w wins,
        // ties to the earlier profile. Checks the linear-time shortcut and its heap fallback.
        fn reference(weights: &[u64], total: u64) -> Vec<u64> {
            let mut out = vec![0u64; weights.len()];
            if weights.iter().all(|&w| w == 0) {
                return out;
            }
            for _ in 0..total {
                let mut best: Option<usize> = None;
                for (i, &w) in weights.iter().enumerate().filter(|(_, &w)| w > 0) {
                    let earlier = best.is_none_or(|b| {
                        (out[i] as u128 + 1) * (weights[b] as u128)
                            < (out[b] as u128 + 1) * (w as u128)
                    });
                    if earlier {
                        best = Some(i);
                    }
                }
                out[best.expect("a positive weight")] += 1;
            }
            out
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2_000 {
            let len = 1 + next(9) as usize;
            // Mostly similar weights, sometimes one far larger (several extras for it).
            let weights: Vec<u64> = (0..len)
                .map(|_| match next(6) {
                    0 => 0,
                    1 => 1 + next(500),
                    _ => 1 + next(12),
                })
                .collect();
            let total = next(400);
            assert_eq!(
                apportion(&weights, total),
                reference(&weights, total),
                "weights {weights:?}, total {total}"
            );
        }
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

    #[test]
    fn growth_labels_stay_on_their_dots_and_off_today_s_line_at_any_width() {
        // Issue 14, item 12: "151" sat on the "today 200" line and "990" far from its dot.
        let mut two = Plan::default();
        two.zones[0].profiles[0].sessions = 330;
        for plan in [Plan::default(), two] {
            let c = growth_curve(&plan);
            for rendered in [320.0, 390.0, 640.0, 1024.0] {
                let f = crate::charts::fit::fit(rendered, 360.0);
                let l = c.layout(f.width, f.font);
                for p in &l.panels {
                    for m in &p.markers {
                        if let Some((text, at)) = &m.label {
                            let half = text_width(text, f.font) / 2.0;
                            assert!(
                                at - half <= m.x + 1e-9 && m.x <= at + half + 1e-9,
                                "{text} at {at}, dot {}",
                                m.x
                            );
                            assert!(
                                at + half + 4.0 <= l.today_x + 1e-9
                                    || at - half - 4.0 >= l.today_x - 1e-9,
                                "{text} at {at} crosses today at {}",
                                l.today_x
                            );
                            assert!(at + half <= l.frame.x1() + 1e-9);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn layout_has_a_panel_per_role_with_servers_and_marks_steps() {
        let c = growth_curve(&Plan::default());
        let l = c.layout(640.0, FONT);
        // No server connections: connection proxies never appear, so no panel for them.
        let keys: Vec<&str> = l.panels.iter().map(|p| p.key).collect();
        assert_eq!(keys, ["webapp", "agent", "db"]);
        assert_eq!(l.empty, ["Connection proxies"]);
        assert_eq!(
            l.frame.height,
            4.0 + 3.0 * (PANEL_HEADER + PANEL_HEIGHT) + 44.0
        );
        let web = &l.panels[0];
        assert_eq!(web.name, "Web app servers: 3 today");
        let at: Vec<u64> = web.markers.iter().map(|m| m.sessions).collect();
        assert_eq!(at, [151, 301, 451]);
        let x = l.frame.x_scale((0.0, 600.0));
        assert!((web.markers[0].x - x.map(151.0)).abs() < 1e-9);
        assert!((l.today_x - x.map(200.0)).abs() < 1e-9);
        // Each panel's markers sit inside its own plot area.
        for p in &l.panels {
            for m in &p.markers {
                assert!(m.y >= p.frame.y0() - 1e-9 && m.y <= p.frame.y1() + 1e-9);
            }
            assert!(!p.d.is_empty());
        }
        // Labels never overlap each other or the heading.
        for p in &l.panels {
            let labels: Vec<&(String, f64)> =
                p.markers.iter().filter_map(|m| m.label.as_ref()).collect();
            let heading_end = l.frame.x0() + text_width(&p.name, FONT + 1.0) + 8.0;
            for (i, a) in labels.iter().enumerate() {
                assert!(a.1 - text_width(&a.0, FONT) / 2.0 >= heading_end - 1e-9);
                for b in &labels[i + 1..] {
                    let need = (text_width(&a.0, FONT) + text_width(&b.0, FONT)) / 2.0 + 4.0;
                    assert!((a.1 - b.1).abs() >= need - 1e-9, "{a:?} {b:?}");
                }
            }
        }
        // 151 sits under the heading, so its label is left out rather than pushed onto
        // today's line; 301 and 451 keep theirs.
        let labelled: Vec<bool> = web.markers.iter().map(|m| m.label.is_some()).collect();
        assert_eq!(labelled, [false, true, true]);
        assert!(!c
            .describe()
            .contains("Web app servers: 3 today, 4 from 201 sessions."));
        assert!(c
            .describe()
            .contains("Web app servers: 3 today, 4 from 301 sessions."));
    }

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
