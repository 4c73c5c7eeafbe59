//! The growth chart in pixels: one small panel per role, step markers and their labels,
//! ticks, and a text alternative.

use super::{GrowthCurve, RoleSeries};
use crate::charts::frame::{place_ticks, Frame, Tick};
use crate::charts::labels::{place, text_width, Placed, Wanted};
use crate::charts::path::step_path;
use crate::charts::redundancy::role_key;
use crate::charts::ticks::nice_ticks;
use crate::engine::Role;
use crate::support::format::{grouped, thousands};

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
            let name = format!("{}: {} today", s.name, thousands(s.servers_at(self.today)));
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
            out.push_str(&format!(" {}: {} today", s.name, thousands(now)));
            match s.steps.iter().find(|st| st.sessions > self.today) {
                Some(st) => out.push_str(&format!(
                    ", {} from {} sessions.",
                    thousands(st.servers),
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
    use super::super::growth_curve;
    use super::*;
    use crate::engine::Plan;

    /// Chart text at its smallest, as `charts::fit` gives it on a wide screen.
    const FONT: f64 = 11.0;

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
}
