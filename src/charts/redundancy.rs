//! Redundancy chart data: one role's capacity with 0, 1, 2 ... servers down against peak
//! demand (DEP-3), and its layout, labels included: each bar says what matters (its
//! capacity, or how many sessions are short), and no label overlaps another, the
//! peak-demand line or the chart's edge.

use super::bars::bands;
use super::frame::{place_ticks, Frame, Tick};
use super::labels::text_width;
use super::ticks::nice_ticks;
use super::ticks::tick_labels;
use crate::engine::{Role, RoleReport, Scenario, ScenarioStatus, SingleServerReport};
use crate::support::format::{compact, thousands};

/// One scenario as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The scenario's label: "1 down" (one server down in each zone) or
    /// "patching + 1 failure".
    pub label: String,
    /// Servers out of service in each zone (the k of "k down").
    pub down_per_zone: u64,
    /// Servers out of service over all zones.
    pub down: u64,
    /// Servers still serving.
    pub up: u64,
    /// Sessions those servers carry.
    pub capacity: u64,
    /// Sessions left without a server (0 when enough).
    pub shortfall: u64,
    /// True when capacity is below peak demand (shortfall above 0).
    pub short: bool,
    /// How the case stands; the bar's colour follows it ([`status_key`]).
    pub status: ScenarioStatus,
    /// Why, when the case is not simply enough.
    pub reason: Option<String>,
    /// Sessions carried once a database standby has restored the backups (DB-5).
    pub restored: Option<u64>,
    /// True for the maintenance case (one server patching plus one failed).
    pub maintenance: bool,
}

/// What the redundancy chart of one role shows.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// The role charted.
    pub role: Role,
    /// Plain name of the role ("Web app servers").
    pub role_name: &'static str,
    /// One bar per scenario, in the report's order.
    pub bars: Vec<Bar>,
    /// Peak concurrent sessions the role must carry.
    pub demand: u64,
    /// Title of the x axis: how servers down are counted ("Servers down in each zone").
    pub axis_title: &'static str,
}

/// A bar's label: one or two lines of text placed as a block.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLabel {
    /// The lines, top first ("50 short", or "1,300" and "short").
    pub lines: Vec<String>,
    /// Horizontal centre (text-anchor middle).
    pub x: f64,
    /// Baseline of each line.
    pub baselines: Vec<f64>,
    /// Top of the block.
    pub top: f64,
    /// Width of the widest line.
    pub width: f64,
    /// Height of the block.
    pub height: f64,
}

/// A bar placed in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height (down to the x axis).
    pub height: f64,
    /// Top of the capacity a database standby brings once restored (DB-5), for an outline.
    pub restored_y: Option<f64>,
    /// The bar it draws.
    pub bar: Bar,
    /// Capacity, or the shortfall, above the bar or between the bar and the peak line;
    /// `None` when even the short form does not fit the bar's slot.
    pub label: Option<BarLabel>,
    /// The case under the axis ("1 down", shortened to "1" where the slot is narrow).
    pub axis_label: Option<String>,
}

/// The redundancy chart in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLayout {
    /// Outer size and plot area (margins fitted to the labels).
    pub frame: Frame,
    /// Font size the labels were measured with, in user units.
    pub font: f64,
    /// The bars.
    pub bars: Vec<BarRect>,
    /// Height of the peak-demand line.
    pub demand_y: f64,
    /// The two lines right of the demand line: "peak" and the demand, grouped.
    pub demand_label: [String; 2],
    /// Ticks of the sessions axis.
    pub y_ticks: Vec<Tick>,
}

/// The plain name of a role, as chart titles use it.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::WebApp => "Web app servers",
        Role::Database => "Database servers",
        Role::Agent => "Agents",
        Role::ConnectionProxy => "Connection proxies",
        Role::LoadBalancer => "Load balancers",
        Role::SingleServer => "Single server",
    }
}

/// The identifier used in test ids and CSS classes ("webapp", "agent" ...).
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::WebApp => "webapp",
        Role::Database => "db",
        Role::Agent => "agent",
        Role::ConnectionProxy => "proxy",
        Role::LoadBalancer => "lb",
        Role::SingleServer => "single",
    }
}

/// The CSS class and data value of a status: `enough`, `replaced`, `expected`, `short`.
pub fn status_key(status: ScenarioStatus) -> &'static str {
    match status {
        ScenarioStatus::Enough => "enough",
        ScenarioStatus::Replaced => "replaced",
        ScenarioStatus::Expected => "expected",
        ScenarioStatus::Short => "short",
    }
}

/// A status in words, for legends, tables and text alternatives.
pub fn status_words(status: ScenarioStatus) -> &'static str {
    match status {
        ScenarioStatus::Enough => "enough",
        ScenarioStatus::Replaced => "replaced by autoscaling",
        ScenarioStatus::Expected => "expected under the chosen redundancy",
        ScenarioStatus::Short => "short of what the redundancy promises",
    }
}

/// The redundancy chart of one role, from the report's scenarios (DEP-3).
pub fn redundancy_chart(role: &RoleReport) -> BarChart {
    scenario_chart(role.role, &role.scenarios, role.demand, role.down_basis())
}

/// The single server's chart (SS-1): it alone up, then down (a single point of failure).
pub fn single_server_chart(server: &SingleServerReport) -> BarChart {
    scenario_chart(
        Role::SingleServer,
        &server.scenarios,
        server.demand,
        "Server down",
    )
}

/// Bars from scenarios against peak `demand`.
fn scenario_chart(
    role: Role,
    scenarios: &[Scenario],
    demand: u64,
    axis_title: &'static str,
) -> BarChart {
    let bars = scenarios
        .iter()
        .map(|s| Bar {
            label: s.label.clone(),
            down_per_zone: s.down_per_zone,
            down: s.down,
            up: s.up,
            capacity: s.capacity,
            shortfall: s.shortfall,
            short: s.shortfall > 0,
            status: s.status,
            reason: s.reason.clone(),
            restored: s.restored_capacity,
            maintenance: s.maintenance,
        })
        .collect();
    BarChart {
        role,
        role_name: role_name(role),
        bars,
        demand,
        axis_title,
    }
}

/// Space between a label and what it labels, in units.
const PAD: f64 = 3.0;
/// Half the peak line's drawn width plus a little air: labels keep off this band.
const LINE_CLEAR: f64 = 1.5;

/// Line height for a font size.
fn line_height(font: f64) -> f64 {
    font * 1.25
}

/// The first set of lines whose every line fits `max_width`.
fn fitting(candidates: Vec<Vec<String>>, font: f64, max_width: f64) -> Option<Vec<String>> {
    candidates
        .into_iter()
        .find(|lines| lines.iter().all(|l| text_width(l, font) <= max_width))
}

/// A block of `lines` centred on `x` with its top at `top`.
fn block(lines: Vec<String>, x: f64, top: f64, font: f64) -> BarLabel {
    let lh = line_height(font);
    BarLabel {
        x,
        top,
        width: lines
            .iter()
            .map(|l| text_width(l, font))
            .fold(0.0, f64::max),
        height: lines.len() as f64 * lh,
        baselines: (0..lines.len())
            .map(|i| top + i as f64 * lh + 0.95 * font)
            .collect(),
        lines,
    }
}

impl Bar {
    /// The label's possible texts, longest first: capacity, or the shortfall.
    fn label_candidates(&self) -> Vec<Vec<String>> {
        let one = |s: String| vec![s];
        if self.short {
            let (full, short) = (thousands(self.shortfall), compact(self.shortfall as f64));
            vec![
                one(format!("{full} short")),
                vec![full, "short".into()],
                vec![short.clone(), "short".into()],
                // Last resort for a narrow slot: the shortfall as a deficit.
                one(format!("\u{2212}{short}")),
            ]
        } else {
            vec![
                one(thousands(self.capacity)),
                one(compact(self.capacity as f64)),
            ]
        }
    }

    /// The case under the axis, longest first.
    fn axis_candidates(&self) -> Vec<Vec<String>> {
        let k = self.down_per_zone.to_string();
        if self.maintenance {
            vec![
                vec![self.label.clone()],
                vec!["patch + 1".into()],
                vec!["p+1".into()],
            ]
        } else {
            vec![vec![self.label.clone()], vec![k]]
        }
    }
}

impl BarChart {
    /// True when any scenario leaves the role short of peak demand.
    pub fn any_short(&self) -> bool {
        self.bars.iter().any(|b| b.short)
    }

    /// One sentence per bar, for the text alternative.
    pub fn describe(&self) -> String {
        let mut out = format!(
            "{}: peak demand {} sessions. {}.",
            self.role_name,
            thousands(self.demand),
            self.axis_title
        );
        for b in &self.bars {
            out.push_str(&format!(
                " {} ({} up): {} sessions",
                if b.maintenance {
                    "Patching plus one failure".to_string()
                } else {
                    b.label.clone()
                },
                thousands(b.up),
                thousands(b.capacity),
            ));
            if b.short {
                out.push_str(&format!(
                    ", {} short, {}",
                    thousands(b.shortfall),
                    status_words(b.status)
                ));
            } else {
                out.push_str(", enough");
            }
            if let Some(r) = &b.reason {
                out.push_str(&format!(": {r}"));
            }
            out.push('.');
        }
        out
    }

    /// Place bars, labels, the demand line and ticks in a `width` x `height` chart whose
    /// text is `font` units high ([`super::fit`]).
    pub fn layout(&self, width: f64, height: f64, font: f64) -> BarLayout {
        let lh = line_height(font);
        let top_value = self
            .bars
            .iter()
            .map(|b| b.capacity.max(b.restored.unwrap_or(0)))
            .chain([self.demand])
            .max()
            .unwrap_or(0) as f64;
        let ticks = nice_ticks(0.0, top_value, 5);
        let tick_w = tick_labels(&ticks.values, ticks.step)
            .iter()
            .map(|t| text_width(t, font))
            .fold(0.0, f64::max);
        let demand_label = ["peak".to_string(), thousands(self.demand)];
        let demand_w = demand_label
            .iter()
            .map(|t| text_width(t, font))
            .fold(0.0, f64::max);
        let frame = Frame {
            width,
            height,
            // Tick labels, then the rotated axis title.
            left: tick_w + 6.0 + lh + 8.0,
            right: demand_w + 4.0 + PAD,
            // Room for a two-line label above the highest bar or the peak line.
            top: 2.0 * lh + PAD + LINE_CLEAR + 2.0,
            // Case labels under the axis, then the axis title.
            bottom: lh + 6.0 + lh + 6.0,
        };
        let y = frame.y_scale((ticks.min(), ticks.max()));
        let demand_y = y.map(self.demand as f64);
        let n = self.bars.len();
        let slots = bands(n, frame.x0(), frame.x1(), 0.3, 72.0);
        let slot = if n > 0 {
            (frame.x1() - frame.x0()) / n as f64
        } else {
            0.0
        };
        // Labels of neighbouring bars keep at least 4 units apart (issue 14, item 1: "325
        // short325 short" at 390 px).
        let room = (slot - 4.0).max(0.0);
        let bars = self
            .bars
            .iter()
            .zip(slots)
            .map(|(b, band)| {
                let top = y.map(b.capacity as f64);
                let cx = band.center();
                let label = fitting(b.label_candidates(), font, room).map(|lines| {
                    let h = lines.len() as f64 * lh;
                    let gap = top - demand_y;
                    let at = if !b.short {
                        // Above the bar, which reaches the peak line or beyond.
                        top - PAD - h
                    } else if gap >= h + 2.0 * (PAD + LINE_CLEAR) {
                        // Between the peak line and the bar: where the shortfall is.
                        demand_y + (gap - h) / 2.0
                    } else {
                        // Above the peak line.
                        demand_y - LINE_CLEAR - PAD - h
                    };
                    block(lines, cx, at, font)
                });
                BarRect {
                    x: band.x,
                    y: top,
                    width: band.width,
                    height: (frame.y1() - top).max(0.0),
                    restored_y: b.restored.map(|r| y.map(r as f64)),
                    bar: b.clone(),
                    label,
                    axis_label: fitting(b.axis_candidates(), font, room)
                        .and_then(|l| l.into_iter().next()),
                }
            })
            .collect();
        BarLayout {
            frame,
            font,
            bars,
            demand_y,
            demand_label,
            y_ticks: place_ticks(&ticks, &y),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::fit::fit;
    use crate::engine::{size, Plan, WorkspaceKind, WorkspaceProfile, Zone};

    #[test]
    fn web_4_worked_example_bars() {
        // WEB-4: 200 remote-work sessions, Standard: 3 servers, 450 with all up, 300 with one down.
        let report = size(&Plan::default()).unwrap();
        let chart = redundancy_chart(&report.web_app);
        assert_eq!(chart.demand, 200);
        assert_eq!(chart.bars.len(), report.web_app.scenarios.len());
        assert_eq!(chart.bars[0].capacity, 450);
        assert_eq!(chart.bars[1].capacity, 300);
        assert!(!chart.bars[1].short);
        // Two of three down leaves 150 < 200: 50 short, which N+1 never promised (DEP-3).
        assert_eq!(chart.bars[2].capacity, 150);
        assert!(chart.bars[2].short);
        assert_eq!(chart.bars[2].status, ScenarioStatus::Expected);
        assert!(chart.bars.last().unwrap().maintenance);
        assert_eq!(chart.bars.last().unwrap().label, "patching + 1 failure");
        assert!(chart.any_short());
        assert!(chart.describe().contains(
            "2 down (1 up): 150 sessions, 50 short, expected under the chosen redundancy: N+1 covers 1 server down"
        ));
    }

    #[test]
    fn ss_1_the_single_server_chart_shows_it_up_then_down() {
        // SS-1, SS-4: the default plan on one server holds 6 of 200; down, it holds none.
        let plan = Plan {
            deployment: crate::engine::Deployment::SingleServer,
            ..Plan::default()
        };
        let report = size(&plan).unwrap();
        let chart = single_server_chart(report.single_server.as_ref().unwrap());
        assert_eq!(chart.role_name, "Single server");
        assert_eq!(chart.demand, 200);
        let capacity: Vec<u64> = chart.bars.iter().map(|b| b.capacity).collect();
        assert_eq!(capacity, [6, 0, 0]);
        assert!(chart.bars.iter().all(|b| b.short));
        assert!(chart
            .describe()
            .contains("1 down (0 up): 0 sessions, 200 short, expected under the chosen redundancy: a single server is a single point of failure"));
    }

    fn label_text(r: &BarRect) -> String {
        r.label
            .as_ref()
            .map(|l| l.lines.join(" "))
            .unwrap_or_default()
    }

    #[test]
    fn dep_3_short_bars_read_the_shortfall_not_the_capacity() {
        // Item 1: the web app bar with 2 down is 50 short (150 capacity for 200 sessions);
        // the database with nothing left is 200 short, not "0 short".
        let report = size(&Plan::default()).unwrap();
        let web = redundancy_chart(&report.web_app).layout(420.0, 240.0, 11.0);
        assert_eq!(label_text(&web.bars[0]), "450");
        assert_eq!(label_text(&web.bars[2]), "50 short");
        let db = redundancy_chart(&report.database).layout(420.0, 240.0, 11.0);
        assert_eq!(label_text(&db.bars[0]), "200");
        assert_eq!(label_text(&db.bars[1]), "200 short");
        assert_eq!(label_text(&db.bars[2]), "200 short");
        // DB-5: the standby's capacity once restored, for an outline above the empty bar.
        let restored = db.bars[1].restored_y.unwrap();
        assert!((restored - db.bars[0].y).abs() < 1e-9);
        assert_eq!(db.bars[2].restored_y, None);
    }

    #[test]
    fn layout_puts_bars_on_the_axis_and_the_demand_line_at_its_value() {
        let report = size(&Plan::default()).unwrap();
        let l = redundancy_chart(&report.web_app).layout(400.0, 240.0, 11.0);
        // Axis 0..500 (nice ticks of 450).
        assert_eq!(l.y_ticks.last().unwrap().value, 500.0);
        for r in &l.bars {
            assert!((r.y + r.height - l.frame.y1()).abs() < 1e-9);
            assert!(r.x >= l.frame.x0() && r.x + r.width <= l.frame.x1());
        }
        let h = l.frame.y1() - l.frame.y0();
        assert!((l.demand_y - (l.frame.y1() - h * 200.0 / 500.0)).abs() < 1e-9);
        assert!((l.bars[0].height - h * 450.0 / 500.0).abs() < 1e-9);
        assert_eq!(l.demand_label, ["peak".to_string(), "200".to_string()]);
    }

    fn two_zone_plan() -> Plan {
        // Paris: 750 desktops and 200 RDP jump hosts; Berlin: 450 desktops (issue 14's plan).
        let ws = |name: &str, sessions, kind| WorkspaceProfile {
            name: name.into(),
            sessions,
            kind,
            ..WorkspaceProfile::default()
        };
        Plan {
            zones: vec![
                Zone {
                    name: "Paris".into(),
                    profiles: vec![
                        ws("Office", 750, WorkspaceKind::Container),
                        ws("Jump hosts", 200, WorkspaceKind::ServerConnection),
                    ],
                },
                Zone {
                    name: "Berlin".into(),
                    profiles: vec![ws("Office", 450, WorkspaceKind::Container)],
                },
            ],
            ..Plan::default()
        }
    }

    fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
        a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
    }

    #[test]
    fn dep_3_labels_never_overlap_each_other_the_peak_line_or_the_edges() {
        let mut big = Plan::default();
        big.zones[0].profiles[0].sessions = 10_000_000;
        let mut many_spares = two_zone_plan();
        many_spares.web_app.redundancy = 6;
        for (i, plan) in [Plan::default(), two_zone_plan(), big, many_spares]
            .into_iter()
            .enumerate()
        {
            // The plan with N+6 has nine bars: a narrow slot may show "−50" or nothing.
            let roomy = i < 3;
            let report = size(&plan).unwrap();
            for role in [
                &report.web_app,
                &report.database,
                &report.agents,
                &report.proxies,
            ] {
                if role.total == 0 {
                    continue;
                }
                for rendered in [300.0, 360.0, 390.0, 420.0, 640.0] {
                    let f = fit(rendered, 360.0);
                    let l = redundancy_chart(role).layout(f.width, 240.0 * f.width / 420.0, f.font);
                    let boxes: Vec<(f64, f64, f64, f64)> = l
                        .bars
                        .iter()
                        .filter_map(|r| r.label.as_ref())
                        .map(|b| (b.x - b.width / 2.0, b.top, b.width, b.height))
                        .collect();
                    let ctx = format!("{:?} at {rendered}: {boxes:?}", role.role);
                    for (i, a) in boxes.iter().enumerate() {
                        assert!(a.0 >= 0.0 && a.0 + a.2 <= l.frame.width, "{ctx}");
                        // Apart from the next label by 4 units or more.
                        if let Some(b) = boxes.get(i + 1) {
                            assert!(
                                b.0 - (a.0 + a.2) >= 4.0 - 1e-9
                                    || a.1 + a.3 <= b.1
                                    || b.1 + b.3 <= a.1,
                                "{ctx}"
                            );
                        }
                        assert!(a.1 >= 0.0 && a.1 + a.3 <= l.frame.height, "{ctx}");
                        // Off the peak line (drawn 2 units wide).
                        assert!(
                            a.1 + a.3 <= l.demand_y - 1.0 || a.1 >= l.demand_y + 1.0,
                            "{ctx}: crosses the peak line at {}",
                            l.demand_y
                        );
                        for b in &boxes[i + 1..] {
                            assert!(!overlaps(*a, *b), "{ctx}");
                        }
                    }
                    // Every short bar says how short, at every width tried here.
                    for r in l.bars.iter().filter(|r| r.bar.short) {
                        let text = label_text(r);
                        let said = text.ends_with("short") || text.starts_with('\u{2212}');
                        assert!(said || (!roomy && text.is_empty()), "{ctx}: {text:?}");
                        if roomy {
                            assert!(text.ends_with("short"), "{ctx}: {text:?}");
                        }
                    }
                    // Case labels under the axis stay inside their slots.
                    let n = l.bars.len() as f64;
                    let slot = (l.frame.x1() - l.frame.x0()) / n;
                    for r in &l.bars {
                        if let Some(t) = &r.axis_label {
                            assert!(text_width(t, f.font) <= slot, "{ctx}: {t}");
                        }
                    }
                    // The demand figure fits the right margin.
                    assert!(text_width(&l.demand_label[1], f.font) < l.frame.right);
                }
            }
        }
    }

    #[test]
    fn dep_2_bars_count_servers_down_in_each_zone_like_the_tables() {
        // Item 2: with two zones "1 down" is one down in each zone, on the chart as in
        // the tables, and the axis says so.
        let report = size(&two_zone_plan()).unwrap();
        let chart = redundancy_chart(&report.web_app);
        assert_eq!(chart.axis_title, "Servers down in each zone");
        assert_eq!(chart.bars[1].label, "1 down");
        assert_eq!((chart.bars[1].down_per_zone, chart.bars[1].down), (1, 2));
        let l = chart.layout(420.0, 240.0, 11.0);
        assert_eq!(l.bars[1].axis_label.as_deref(), Some("1 down"));
        assert_eq!(
            redundancy_chart(&report.database).axis_title,
            "Servers down"
        );
    }

    #[test]
    fn a_role_with_no_servers_gives_an_empty_but_valid_layout() {
        let mut role = size(&Plan::default()).unwrap().proxies;
        role.scenarios.clear();
        let l = redundancy_chart(&role).layout(400.0, 240.0, 11.0);
        assert!(l.bars.is_empty());
        assert!(l.demand_y.is_finite());
        assert!(l.y_ticks.len() >= 2);
    }
}
