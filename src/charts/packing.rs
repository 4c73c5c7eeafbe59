//! Agent packing data: what one full agent commits in CPU and RAM against its physical
//! size and the override Kasm counts (AG-1, AG-4), so oversubscription shows at a glance.

use super::frame::{place_ticks, Frame, Tick};
use super::labels::text_width;
use super::scale::LinearScale;
use super::ticks::{nice_ticks, tick_labels};
use crate::engine::agent::{agent_hardware, counted_capacity, profile_per_agent};
use crate::engine::{Plan, Report, WorkspaceKind};
use crate::support::format::grouped;

/// One resource of the agent: CPU cores or RAM.
#[derive(Debug, Clone, PartialEq)]
pub struct PackingRow {
    /// "CPU" or "RAM".
    pub resource: &'static str,
    /// "cores" or "GB".
    pub unit: &'static str,
    /// What one session is given (cores include the AG-2 recording core).
    pub per_session: f64,
    /// What the full agent's sessions are given in all.
    pub committed: f64,
    /// The agent's physical figure.
    pub physical: f64,
    /// The figure Kasm counts (the override, or the physical figure without one).
    pub counted: f64,
}

impl PackingRow {
    /// Committed divided by physical (above 1 means oversubscribed, AG-4).
    pub fn ratio(&self) -> f64 {
        if self.physical > 0.0 {
            self.committed / self.physical
        } else {
            0.0
        }
    }

    /// True when the sessions are given more than the hardware has.
    pub fn oversubscribed(&self) -> bool {
        self.committed > self.physical + 1e-9
    }

    /// True when an override makes Kasm count a different figure from the hardware.
    pub fn overridden(&self) -> bool {
        (self.counted - self.physical).abs() > 1e-9
    }
}

/// What the packing chart of one workspace on one agent shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PackingChart {
    /// Zone name.
    pub zone: String,
    /// Workspace profile name.
    pub profile: String,
    /// Sessions of that workspace on one full agent (AG-1, or the AG-9 instance size).
    pub sessions: u64,
    /// CPU, then RAM.
    pub rows: Vec<PackingRow>,
}

/// The first container profile with the most sessions, as (zone, profile) indices.
pub fn default_target(plan: &Plan) -> Option<(usize, usize)> {
    plan.zones
        .iter()
        .enumerate()
        .flat_map(|(z, zone)| {
            zone.profiles
                .iter()
                .enumerate()
                .map(move |(i, p)| (z, i, p))
        })
        .filter(|(_, _, p)| p.kind == WorkspaceKind::Container)
        .max_by_key(|(z, i, p)| (p.sessions, std::cmp::Reverse((*z, *i))))
        .map(|(z, i, _)| (z, i))
}

/// Packing of one agent full of profile `profile` of zone `zone`; None when that profile
/// does not exist or is not a container workspace (AG-3).
pub fn agent_packing(
    plan: &Plan,
    _report: &Report,
    zone: usize,
    profile: usize,
) -> Option<PackingChart> {
    let z = plan.zones.get(zone)?;
    let p = z.profiles.get(profile)?;
    if p.kind != WorkspaceKind::Container {
        return None;
    }
    let sessions = profile_per_agent(plan, p);
    // AG-1 for static agents, AS-1 for autoscaled instances: Kasm counts the overrides.
    let (physical_cpus, physical_ram) = agent_hardware(plan);
    let (counted_cpus, counted_ram) = counted_capacity(plan);
    let n = sessions as f64;
    Some(PackingChart {
        zone: z.name.clone(),
        profile: p.name.clone(),
        sessions,
        rows: vec![
            PackingRow {
                resource: "CPU",
                unit: "cores",
                per_session: p.effective_cores(),
                committed: n * p.effective_cores(),
                physical: physical_cpus,
                counted: counted_cpus,
            },
            PackingRow {
                resource: "RAM",
                unit: "GB",
                per_session: p.ram_gb,
                committed: n * p.ram_gb,
                physical: physical_ram,
                counted: counted_ram,
            },
        ],
    })
}

/// One resource row in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct PackingRowLayout {
    /// The row's figures.
    pub row: PackingRow,
    /// The row's own axis frame: its plot spans the bar, its bottom margin holds the tick
    /// labels and the axis title ([`super::frame::Frame`]).
    pub frame: Frame,
    /// Baseline of the caption above the bar.
    pub caption_y: f64,
    /// Top of the row's bar.
    pub y: f64,
    /// Height of the bar.
    pub height: f64,
    /// Left end of the bar (zero).
    pub x0: f64,
    /// End of the part of the commitment the hardware has.
    pub x_within: f64,
    /// End of the whole commitment (beyond `x_within` is oversubscribed).
    pub x_committed: f64,
    /// Where the physical limit sits.
    pub x_physical: f64,
    /// Where the counted (override) limit sits.
    pub x_counted: f64,
    /// Session boundaries inside the bar (at most 64, else none).
    pub dividers: Vec<f64>,
    /// Ticks of this row's axis.
    pub ticks: Vec<Tick>,
    /// e.g. "32 of 16 cores (200 %)".
    pub caption: String,
}

/// The packing chart in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct PackingLayout {
    /// Outer size and plot area; its height follows from the rows and the font.
    pub frame: Frame,
    /// Font size the layout was made for, in user units.
    pub font: f64,
    /// CPU, then RAM.
    pub rows: Vec<PackingRowLayout>,
}

impl PackingChart {
    /// One sentence for the text alternative.
    pub fn describe(&self) -> String {
        let mut out = format!(
            "One agent with {} sessions of {} (zone {}).",
            self.sessions, self.profile, self.zone
        );
        for r in &self.rows {
            out.push_str(&format!(
                " {}: {} {} committed, {} physical, {} counted by Kasm ({} % of physical){}.",
                r.resource,
                grouped(r.committed, 2).trim_end_matches(".00"),
                r.unit,
                grouped(r.physical, 2).trim_end_matches(".00"),
                grouped(r.counted, 2).trim_end_matches(".00"),
                grouped(r.ratio() * 100.0, 0),
                if r.oversubscribed() {
                    ", oversubscribed"
                } else {
                    ""
                }
            ));
        }
        out
    }

    /// Place the rows in a chart `width` units wide whose text is `font` units high
    /// ([`super::fit`]); the height follows: per row a caption line, the bar, its tick
    /// labels and its axis title, each spaced by the font.
    pub fn layout(&self, width: f64, font: f64) -> PackingLayout {
        let lh = font * 1.25;
        let bar = (font * 2.5).max(18.0);
        // Under each bar: the limit lines' overhang, tick labels, the axis title.
        let below = font + 5.0 + lh + 8.0;
        let stride = lh + 6.0 + bar + below + 10.0;
        let label_w = self
            .rows
            .iter()
            .map(|r| text_width(r.resource, font))
            .fold(0.0, f64::max);
        let n = self.rows.len().max(1) as f64;
        let frame = Frame {
            width,
            height: 4.0 + n * stride - 10.0 + 4.0,
            left: label_w + 14.0,
            right: 0.0,
            top: 4.0,
            bottom: 4.0,
        };
        let rows = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let top = r.committed.max(r.physical).max(r.counted);
                let t = nice_ticks(0.0, top, 4);
                let labels = tick_labels(&t.values, t.step);
                // The last tick label is centred on the axis end: keep its half inside.
                let right = labels
                    .last()
                    .map_or(0.0, |l| text_width(l, font) / 2.0)
                    .max(8.0)
                    + 4.0;
                let x = LinearScale::new((0.0, t.max()), (frame.x0(), width - right));
                let within = r.committed.min(r.physical);
                let dividers = if self.sessions > 1 && self.sessions <= 64 {
                    (1..self.sessions)
                        .map(|k| x.map(k as f64 * r.per_session))
                        .collect()
                } else {
                    Vec::new()
                };
                let row_top = frame.y0() + stride * i as f64;
                let y = row_top + lh + 6.0;
                PackingRowLayout {
                    row: r.clone(),
                    frame: Frame {
                        width,
                        height: y + bar + below,
                        left: frame.left,
                        right,
                        top: y,
                        bottom: below,
                    },
                    caption_y: y - 6.0,
                    y,
                    height: bar,
                    x0: x.map(0.0),
                    x_within: x.map(within),
                    x_committed: x.map(r.committed),
                    x_physical: x.map(r.physical),
                    x_counted: x.map(r.counted),
                    dividers,
                    ticks: place_ticks(&t, &x),
                    caption: format!(
                        "{} of {} {} ({} %)",
                        grouped(r.committed, 2).trim_end_matches(".00"),
                        grouped(r.physical, 2).trim_end_matches(".00"),
                        r.unit,
                        grouped(r.ratio() * 100.0, 0)
                    ),
                }
            })
            .collect();
        PackingLayout { frame, font, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{size, Override, WorkspaceProfile};

    #[test]
    fn ag_1_first_row_fills_the_agent_exactly() {
        // AG-1: 2 CPU / 4 GB on 16 / 64, no override: 8 sessions, 16 cores and 32 GB.
        let plan = Plan::default();
        let report = size(&plan).unwrap();
        let c = agent_packing(&plan, &report, 0, 0).unwrap();
        assert_eq!(c.sessions, 8);
        assert_eq!(c.rows[0].committed, 16.0);
        assert_eq!(c.rows[0].ratio(), 1.0);
        assert!(!c.rows[0].oversubscribed());
        assert_eq!(c.rows[1].committed, 32.0);
        assert_eq!(c.rows[1].physical, 64.0);
        assert!(!c.rows[1].overridden());
        assert_eq!(
            c.sessions as f64,
            report.agents.zones[0].sessions_per_server
        );
    }

    #[test]
    fn ag_1_second_row_shows_oversubscription_against_the_override() {
        // AG-1: 4 CPU / 4 GB on 16 / 64 with overrides 96 CPU / 80 GB: 20 sessions.
        let mut plan = Plan::default();
        plan.zones[0].profiles[0].cpu_cores = 4.0;
        plan.agents.cpu_override = Override::Absolute(96.0);
        plan.agents.ram_override = Override::Absolute(80.0);
        let report = size(&plan).unwrap();
        let c = agent_packing(&plan, &report, 0, 0).unwrap();
        assert_eq!(c.sessions, 20);
        let cpu = &c.rows[0];
        assert_eq!(
            (cpu.committed, cpu.physical, cpu.counted),
            (80.0, 16.0, 96.0)
        );
        assert_eq!(cpu.ratio(), 5.0);
        assert!(cpu.oversubscribed() && cpu.overridden());
        // AG-4: 80 GB committed on 64 GB physical.
        assert!(c.rows[1].oversubscribed());
        let l = c.layout(480.0, 11.0);
        let r = &l.rows[0];
        assert!(r.x_within < r.x_committed);
        assert!((r.x_within - r.x_physical).abs() < 1e-9);
        assert!(r.x_counted > r.x_committed);
        assert_eq!(r.dividers.len(), 19);
        assert_eq!(r.caption, "80 of 16 cores (500 %)");
        assert!(c.describe().contains("CPU: 80 cores committed, 16 physical, 96 counted by Kasm (500 % of physical), oversubscribed."));
    }

    #[test]
    fn text_keeps_its_room_at_any_font_so_a_phone_reads_it() {
        // Issue 14, item 12: laid out at the drawn width (fit), text grows below the minimum
        // width; rows, ticks and titles make room for it instead of overlapping.
        let plan = Plan::default();
        let report = size(&plan).unwrap();
        let c = agent_packing(&plan, &report, 0, 0).unwrap();
        for font in [11.0, 16.0, 22.0] {
            let l = c.layout(300.0, font);
            for (i, r) in l.rows.iter().enumerate() {
                // The caption's glyphs sit below the row above's axis title.
                let caption_top = r.caption_y - font;
                let floor = if i == 0 {
                    l.frame.y0()
                } else {
                    let above = &l.rows[i - 1].frame;
                    above.height - 6.0 + 0.25 * font
                };
                assert!(caption_top >= floor - 1e-9, "font {font} row {i}");
                // Tick labels (baseline font + 5 under the axis) above the axis title.
                let ticks = r.frame.y1() + font + 5.0;
                assert!(r.frame.height - 6.0 - font >= ticks, "font {font} row {i}");
                // Row labels fit the left margin; the last tick label stays in the chart.
                assert!(text_width(r.row.resource, font) + 6.0 <= r.frame.x0());
                let last = r.ticks.last().unwrap();
                assert!(last.at + text_width(&last.label, font) / 2.0 <= 300.0 + 1e-9);
            }
            assert!(l.rows.last().unwrap().frame.height <= l.frame.height);
        }
        // The old fixed layout: 220 units high at any font; now the height follows the font.
        assert!(c.layout(300.0, 22.0).frame.height > c.layout(300.0, 11.0).frame.height);
    }

    #[test]
    fn server_connections_and_missing_profiles_have_no_packing() {
        let mut plan = Plan::default();
        plan.zones[0].profiles.push(WorkspaceProfile {
            kind: WorkspaceKind::ServerConnection,
            ..WorkspaceProfile::default()
        });
        plan.zones[0].profiles[1].name = "RDP".into();
        let report = size(&plan).unwrap();
        assert!(agent_packing(&plan, &report, 0, 1).is_none());
        assert!(agent_packing(&plan, &report, 3, 0).is_none());
        assert_eq!(default_target(&plan), Some((0, 0)));
    }

    #[test]
    fn recording_adds_a_core_per_session() {
        // AG-2: recording adds one core: 3 cores per session, floor(16 / 3) = 5 sessions.
        let mut plan = Plan::default();
        plan.zones[0].profiles[0].recording = true;
        let report = size(&plan).unwrap();
        let c = agent_packing(&plan, &report, 0, 0).unwrap();
        assert_eq!(c.sessions, 5);
        assert_eq!(c.rows[0].per_session, 3.0);
        assert_eq!(c.rows[0].committed, 15.0);
    }
}
