//! The compare view's logic: two plans (A pinned, B current) and their reports side by side,
//! figure by figure, with the figures that differ flagged. Pure, tested natively.

use crate::engine::schedule::HOURS_PER_MONTH;
use crate::engine::{AgentMode, Architecture, Deployment, Plan, Report, Role, RoleReport};
use crate::support::format::{money, number, spec, thousands, with_currency};

/// One line of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// Stable identifier for tests and styling, e.g. `webapp-servers`.
    pub key: String,
    /// Group heading the row belongs to ("Plan", "Servers", "Totals").
    pub group: &'static str,
    /// What the row shows.
    pub label: String,
    /// The figure in plan A.
    pub a: String,
    /// The figure in plan B.
    pub b: String,
    /// B minus A, for numeric rows that differ ("+2", "-1,024").
    pub delta: Option<String>,
    /// True when A and B show different figures.
    pub differs: bool,
}

fn architecture(a: Architecture) -> &'static str {
    match a {
        Architecture::Standard => "Standard",
        Architecture::DirectToAgent => "Direct-to-Agent",
    }
}

fn deployment(d: Deployment) -> &'static str {
    match d {
        Deployment::Distributed => "Distributed",
        Deployment::SingleServer => "Single server",
    }
}

/// The single server's sessions held against peak (SS-4), or a dash when distributed.
fn single_holds(r: &Report) -> String {
    match &r.single_server {
        Some(s) if s.fits => format!("{} (fits)", thousands(s.capacity)),
        Some(s) => format!(
            "{} of {} (short)",
            thousands(s.capacity),
            thousands(s.demand)
        ),
        None => "—".into(),
    }
}

/// The largest swap any session host needs (SW-1).
fn largest_swap(r: &Report) -> f64 {
    r.swap.iter().map(|f| f.swap_gb).fold(0.0, f64::max)
}

fn agent_mode(m: AgentMode) -> &'static str {
    match m {
        AgentMode::Static => "Static",
        AgentMode::Autoscale => "Cloud autoscale",
    }
}

fn recording(p: &Plan) -> String {
    let all = p.profiles().count();
    let on = p.profiles().filter(|(_, w)| w.recording).count();
    match on {
        0 => "Off".into(),
        n if n == all => "On".into(),
        n => format!("On for {n} of {all} workspaces"),
    }
}

fn signed(d: f64, fmt: impl Fn(f64) -> String) -> String {
    if d > 0.0 {
        format!("+{}", fmt(d))
    } else {
        format!("-{}", fmt(-d))
    }
}

struct Rows(Vec<CompareRow>);

impl Rows {
    fn text(&mut self, group: &'static str, key: &str, label: &str, a: String, b: String) {
        self.0.push(CompareRow {
            key: key.into(),
            group,
            label: label.into(),
            differs: a != b,
            a,
            b,
            delta: None,
        });
    }

    fn num(
        &mut self,
        group: &'static str,
        key: &str,
        label: &str,
        a: f64,
        b: f64,
        fmt: impl Fn(f64) -> String,
    ) {
        let (ta, tb) = (fmt(a), fmt(b));
        let differs = ta != tb;
        self.0.push(CompareRow {
            key: key.into(),
            group,
            label: label.into(),
            delta: differs.then(|| signed(b - a, &fmt)),
            differs,
            a: ta,
            b: tb,
        });
    }
}

/// Agent instance-hours per month: autoscaled instances by the schedule (AS-4), static
/// agents running all month.
pub fn agent_hours(report: &Report) -> f64 {
    match &report.autoscale {
        Some(a) => a.instance_hours,
        None => report.agents.total as f64 * HOURS_PER_MONTH,
    }
}

/// A cost as shown in the compare view: amount with currency, `(partial)` when roles with
/// servers have no price, `not given` when nothing is priced.
fn cost_text(x: Option<f64>, r: &Report) -> String {
    match x {
        None => "not given".into(),
        Some(x) => {
            let text = with_currency(&money(x), &r.costs.currency);
            if r.costs.complete {
                text
            } else {
                format!("{text} (partial)")
            }
        }
    }
}

impl Rows {
    /// A cost row; B - A is given only when both are priced in the same currency.
    fn cost(
        &mut self,
        key: &str,
        label: &str,
        (a, ra): (Option<f64>, &Report),
        (b, rb): (Option<f64>, &Report),
    ) {
        let (ta, tb) = (cost_text(a, ra), cost_text(b, rb));
        let differs = ta != tb;
        let delta = match (a, b) {
            (Some(x), Some(y)) if differs && ra.costs.currency == rb.costs.currency => {
                Some(with_currency(&signed(y - x, money), &rb.costs.currency))
            }
            _ => None,
        };
        self.0.push(CompareRow {
            key: key.into(),
            group: "Totals",
            label: label.into(),
            a: ta,
            b: tb,
            delta,
            differs,
        });
    }
}

fn count(n: f64) -> String {
    thousands(n.max(0.0) as u64)
}

fn role_rows(rows: &mut Rows, key: &str, label: &str, a: &RoleReport, b: &RoleReport) {
    rows.num(
        "Servers",
        &format!("{key}-servers"),
        label,
        a.total as f64,
        b.total as f64,
        count,
    );
    let show = |r: &RoleReport| {
        if r.total == 0 {
            "—".to_string()
        } else {
            spec(&r.spec)
        }
    };
    rows.text(
        "Servers",
        &format!("{key}-spec"),
        &format!("{label}: spec each"),
        show(a),
        show(b),
    );
}

/// Every compared figure of plan A (with report `ra`) against plan B (with report `rb`).
pub fn compare(a: &Plan, ra: &Report, b: &Plan, rb: &Report) -> Vec<CompareRow> {
    let mut rows = Rows(Vec::new());
    let g = "Plan";
    rows.num(
        g,
        "peak-sessions",
        "Peak concurrent sessions",
        ra.peak_sessions as f64,
        rb.peak_sessions as f64,
        count,
    );
    rows.text(
        g,
        "architecture",
        "Architecture",
        architecture(a.web_app.architecture).into(),
        architecture(b.web_app.architecture).into(),
    );
    rows.text(
        g,
        "use-case",
        "Use case",
        a.web_app.use_case.label().into(),
        b.web_app.use_case.label().into(),
    );
    rows.text(
        g,
        "deployment",
        "Deployment",
        deployment(a.deployment).into(),
        deployment(b.deployment).into(),
    );
    rows.text(
        g,
        "agent-mode",
        "Agents",
        agent_mode(a.agents.mode).into(),
        agent_mode(b.agents.mode).into(),
    );
    rows.text(
        g,
        "recording",
        "Session recording",
        recording(a),
        recording(b),
    );
    rows.text(
        g,
        "cloud",
        "Cloud provider",
        a.cloud.provider.label().into(),
        b.cloud.provider.label().into(),
    );
    let agent_type = |p: &Plan| {
        p.cloud
            .instance(Role::Agent)
            .map_or_else(|| "typed hardware".to_string(), |t| t.id)
    };
    rows.text(
        g,
        "agent-type",
        "Agent instance type",
        agent_type(a),
        agent_type(b),
    );
    rows.num(
        g,
        "zones",
        "Zones",
        a.zones.len() as f64,
        b.zones.len() as f64,
        count,
    );
    role_rows(
        &mut rows,
        "webapp",
        "Web app servers",
        &ra.web_app,
        &rb.web_app,
    );
    role_rows(
        &mut rows,
        "db",
        "Database servers",
        &ra.database,
        &rb.database,
    );
    role_rows(&mut rows, "agent", "Agents", &ra.agents, &rb.agents);
    role_rows(
        &mut rows,
        "proxy",
        "Connection proxies",
        &ra.proxies,
        &rb.proxies,
    );
    let single_total = |r: &Report| u64::from(r.single_server.is_some()) as f64;
    rows.num(
        "Servers",
        "single-servers",
        "Single server",
        single_total(ra),
        single_total(rb),
        count,
    );
    let single_spec = |r: &Report| {
        r.single_server
            .as_ref()
            .map_or("—".into(), |s| spec(&s.spec))
    };
    rows.text(
        "Servers",
        "single-spec",
        "Single server: spec",
        single_spec(ra),
        single_spec(rb),
    );
    rows.text(
        "Servers",
        "single-holds",
        "Single server: sessions it holds",
        single_holds(ra),
        single_holds(rb),
    );
    rows.num(
        "Servers",
        "swap",
        "Swap per session host (GB)",
        largest_swap(ra),
        largest_swap(rb),
        |x| number(x, 1),
    );
    rows.num(
        "Servers",
        "lb-servers",
        "Load balancers",
        ra.load_balancing.load_balancers as f64,
        rb.load_balancing.load_balancers as f64,
        count,
    );
    // Static vs autoscale (AS-4): the agents' instance-hours and their largest count.
    rows.num(
        "Servers",
        "agent-hours",
        "Agent instance-hours per month",
        agent_hours(ra),
        agent_hours(rb),
        |x| number(x, 0),
    );
    let max_nodes = |r: &Report| match &r.autoscale {
        Some(a) => a.zones.iter().map(|z| z.max_nodes).sum::<u64>() as f64,
        None => r.agents.total as f64,
    };
    rows.num(
        "Servers",
        "agent-max",
        "Agents at most (autoscale: Max Nodes)",
        max_nodes(ra),
        max_nodes(rb),
        count,
    );
    let g = "Totals";
    let (ta, tb) = (&ra.totals, &rb.totals);
    rows.num(
        g,
        "total-servers",
        "Servers",
        ta.servers as f64,
        tb.servers as f64,
        count,
    );
    rows.num(g, "total-vcpus", "vCPU", ta.vcpus, tb.vcpus, |x| {
        number(x, 2)
    });
    rows.num(g, "total-ram", "RAM (GB)", ta.ram_gb, tb.ram_gb, |x| {
        number(x, 1)
    });
    rows.num(g, "total-disk", "Disk (GB)", ta.disk_gb, tb.disk_gb, |x| {
        number(x, 1)
    });
    rows.cost(
        "monthly-cost",
        "Monthly cost",
        (ta.monthly_cost, ra),
        (tb.monthly_cost, rb),
    );
    rows.cost(
        "yearly-cost",
        "Yearly cost",
        (ra.costs.yearly, ra),
        (rb.costs.yearly, rb),
    );
    rows.0
}

/// How many figures differ.
pub fn differences(rows: &[CompareRow]) -> usize {
    rows.iter().filter(|r| r.differs).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::size;

    fn pair(b: &Plan) -> Vec<CompareRow> {
        let a = Plan::default();
        compare(&a, &size(&a).unwrap(), b, &size(b).unwrap())
    }

    fn row<'a>(rows: &'a [CompareRow], key: &str) -> &'a CompareRow {
        rows.iter().find(|r| r.key == key).unwrap()
    }

    #[test]
    fn identical_plans_have_no_differences() {
        let rows = pair(&Plan::default());
        assert_eq!(differences(&rows), 0);
        assert_eq!(row(&rows, "webapp-servers").a, "3");
        assert!(rows.iter().all(|r| r.delta.is_none()));
    }

    #[test]
    fn direct_to_agent_needs_fewer_web_app_servers() {
        // WEB-1 vs WEB-2: 200 sessions need 2 + 1 Standard servers, 1 + 1 Direct-to-Agent (500 each).
        let mut b = Plan::default();
        b.web_app.architecture = Architecture::DirectToAgent;
        let rows = pair(&b);
        let arch = row(&rows, "architecture");
        assert!(arch.differs);
        assert_eq!(
            (arch.a.as_str(), arch.b.as_str()),
            ("Standard", "Direct-to-Agent")
        );
        let web = row(&rows, "webapp-servers");
        assert_eq!((web.a.as_str(), web.b.as_str()), ("3", "2"));
        assert_eq!(web.delta.as_deref(), Some("-1"));
        assert!(row(&rows, "total-servers").differs);
        assert!(!row(&rows, "agent-servers").differs);
        assert!(!row(&rows, "webapp-spec").differs);
    }

    #[test]
    fn recording_changes_agents_and_is_named() {
        // AG-2: a recording core per session: 5 sessions per agent instead of 8.
        let mut b = Plan::default();
        b.zones[0].profiles[0].recording = true;
        let rows = pair(&b);
        let rec = row(&rows, "recording");
        assert_eq!((rec.a.as_str(), rec.b.as_str()), ("Off", "On"));
        let agents = row(&rows, "agent-servers");
        // 200 / 8 = 25 + 2 = 27; 200 / 5 = 40 + 2 = 42.
        assert_eq!((agents.a.as_str(), agents.b.as_str()), ("27", "42"));
        assert_eq!(agents.delta.as_deref(), Some("+15"));
    }

    #[test]
    fn ss_1_sw_1_a_single_server_against_the_distributed_plan() {
        // SS-1: 200 sessions of 2 / 4 on one 64 / 256 server without reserve:
        // min(32, 64) = 32 per server, so it holds 32 of 200; swap 2 x 32 = 64 GB (SW-1)
        // against the agents' 2 x 8 = 16 GB.
        let mut b = Plan {
            deployment: crate::engine::Deployment::SingleServer,
            ..Plan::default()
        };
        b.single_server.reserve = crate::engine::Reserve::None;
        b.agents.cpus = 64.0;
        b.agents.ram_gb = 256.0;
        let rows = pair(&b);
        let d = row(&rows, "deployment");
        assert_eq!(
            (d.a.as_str(), d.b.as_str()),
            ("Distributed", "Single server")
        );
        let single = row(&rows, "single-servers");
        assert_eq!((single.a.as_str(), single.b.as_str()), ("0", "1"));
        let holds = row(&rows, "single-holds");
        assert_eq!(
            (holds.a.as_str(), holds.b.as_str()),
            ("—", "32 of 200 (short)")
        );
        let swap = row(&rows, "swap");
        assert_eq!((swap.a.as_str(), swap.b.as_str()), ("16", "64"));
        assert_eq!(row(&rows, "total-servers").b, "1");
        assert_eq!(row(&rows, "agent-servers").b, "0");
    }

    #[test]
    fn monthly_cost_compares_when_given_and_says_when_not() {
        let mut b = Plan::default();
        b.costs.monthly.web_app = Some(100.0);
        let rows = pair(&b);
        let cost = row(&rows, "monthly-cost");
        assert_eq!(cost.a, "not given");
        assert!(cost.differs);
        let mut a = b.clone();
        a.costs.monthly.web_app = Some(80.0);
        let rows = compare(&a, &size(&a).unwrap(), &b, &size(&b).unwrap());
        let cost = row(&rows, "monthly-cost");
        // Only the web app servers are priced: the totals say they are partial.
        assert_eq!(
            (cost.a.as_str(), cost.b.as_str()),
            ("240 (partial)", "300 (partial)")
        );
        assert_eq!(cost.delta.as_deref(), Some("+60"));
        assert_eq!(row(&rows, "yearly-cost").b, "3,600 (partial)");
    }

    #[test]
    fn as_4_static_against_autoscale_compares_instance_hours_and_cost() {
        // A: 27 static agents (16 / 64) all month at 0.5 EUR an hour. B: the same
        // agents autoscaled, 8 sessions each: 25 at peak + ceil(10 / 8) = 2 standby =
        // 27 Max Nodes, busy 50 h a week (730 x 50 / 168 h a month), none off-hours.
        let mut a = Plan::default();
        a.costs.hourly.agent = Some(0.5);
        a.costs.currency = "EUR".into();
        let mut b = a.clone();
        b.agents.mode = AgentMode::Autoscale;
        let rows = compare(&a, &size(&a).unwrap(), &b, &size(&b).unwrap());
        let hours = row(&rows, "agent-hours");
        let busy = 730.0 * 50.0 / 168.0;
        assert_eq!(hours.a, "19,710");
        assert_eq!(hours.b, number(27.0 * busy, 0));
        let max = row(&rows, "agent-max");
        assert_eq!((max.a.as_str(), max.b.as_str()), ("27", "27"));
        let cost = row(&rows, "monthly-cost");
        assert_eq!(cost.a, "9,855 EUR (partial)");
        assert_eq!(
            cost.b,
            format!("{} EUR (partial)", money(27.0 * busy * 0.5))
        );
        assert!(cost.delta.as_deref().unwrap().starts_with("-"));
    }
}
