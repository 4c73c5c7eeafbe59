//! Redundancy chart data: one role's capacity with 0, 1, 2 ... servers down against peak
//! demand (DEP-3), and its layout.

use super::bars::bands;
use super::frame::{place_ticks, Frame, Tick};
use super::ticks::nice_ticks;
use crate::engine::{Role, RoleReport};
use crate::support::format::thousands;

/// One scenario as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Short label under the bar, e.g. "1 down" or "maint.".
    pub label: String,
    /// Servers out of service.
    pub down: u64,
    /// Servers still serving.
    pub up: u64,
    /// Sessions those servers carry.
    pub capacity: u64,
    /// True when capacity is below peak demand.
    pub short: bool,
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
    /// The bar it draws.
    pub bar: Bar,
    /// Capacity as text, shown above the bar.
    pub value_label: String,
}

/// The redundancy chart in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLayout {
    /// Outer size and plot area.
    pub frame: Frame,
    /// The bars.
    pub bars: Vec<BarRect>,
    /// Height of the peak-demand line.
    pub demand_y: f64,
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
    }
}

/// The redundancy chart of one role, from the report's scenarios (DEP-3).
pub fn redundancy_chart(role: &RoleReport) -> BarChart {
    let bars = role
        .scenarios
        .iter()
        .map(|s| Bar {
            label: if s.maintenance {
                "maint.".into()
            } else {
                format!("{} down", s.down)
            },
            down: s.down,
            up: s.up,
            capacity: s.capacity,
            short: !s.enough,
            maintenance: s.maintenance,
        })
        .collect();
    BarChart {
        role: role.role,
        role_name: role_name(role.role),
        bars,
        demand: role.demand,
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
            "{}: peak demand {} sessions.",
            self.role_name,
            thousands(self.demand)
        );
        for b in &self.bars {
            out.push_str(&format!(
                " {} ({} up): {} sessions, {}.",
                if b.maintenance {
                    "Maintenance plus one failure".to_string()
                } else {
                    format!("{} down", b.down)
                },
                b.up,
                thousands(b.capacity),
                if b.short { "short" } else { "enough" }
            ));
        }
        out
    }

    /// Place bars, the demand line and ticks in a `width` x `height` chart.
    pub fn layout(&self, width: f64, height: f64) -> BarLayout {
        let frame = Frame {
            width,
            height,
            left: 56.0,
            right: 58.0,
            top: 22.0,
            bottom: 44.0,
        };
        let top = self
            .bars
            .iter()
            .map(|b| b.capacity)
            .chain([self.demand])
            .max()
            .unwrap_or(0) as f64;
        let ticks = nice_ticks(0.0, top, 5);
        let y = frame.y_scale((ticks.min(), ticks.max()));
        let slots = bands(self.bars.len(), frame.x0(), frame.x1(), 0.3, 72.0);
        let bars = self
            .bars
            .iter()
            .zip(slots)
            .map(|(b, band)| {
                let top = y.map(b.capacity as f64);
                BarRect {
                    x: band.x,
                    y: top,
                    width: band.width,
                    height: (frame.y1() - top).max(0.0),
                    bar: b.clone(),
                    value_label: thousands(b.capacity),
                }
            })
            .collect();
        BarLayout {
            frame,
            bars,
            demand_y: y.map(self.demand as f64),
            y_ticks: place_ticks(&ticks, &y),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{size, Plan};

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
        // Two of three down leaves 150 < 200: short (DEP-3).
        assert_eq!(chart.bars[2].capacity, 150);
        assert!(chart.bars[2].short);
        assert!(chart.bars.last().unwrap().maintenance);
        assert_eq!(chart.bars.last().unwrap().label, "maint.");
        assert!(chart.any_short());
        assert!(chart
            .describe()
            .contains("2 down (1 up): 150 sessions, short."));
    }

    #[test]
    fn layout_puts_bars_on_the_axis_and_the_demand_line_at_its_value() {
        let report = size(&Plan::default()).unwrap();
        let l = redundancy_chart(&report.web_app).layout(400.0, 240.0);
        // Axis 0..500 (nice ticks of 450), plot from y 22 to 196.
        assert_eq!(l.y_ticks.last().unwrap().value, 500.0);
        for r in &l.bars {
            assert!((r.y + r.height - l.frame.y1()).abs() < 1e-9);
            assert!(r.x >= l.frame.x0() && r.x + r.width <= l.frame.x1());
        }
        let h = l.frame.y1() - l.frame.y0();
        assert!((l.demand_y - (l.frame.y1() - h * 200.0 / 500.0)).abs() < 1e-9);
        assert!((l.bars[0].height - h * 450.0 / 500.0).abs() < 1e-9);
        assert_eq!(l.bars[0].value_label, "450");
    }

    #[test]
    fn a_role_with_no_servers_gives_an_empty_but_valid_layout() {
        let mut role = size(&Plan::default()).unwrap().proxies;
        role.scenarios.clear();
        let l = redundancy_chart(&role).layout(400.0, 240.0);
        assert!(l.bars.is_empty());
        assert!(l.demand_y.is_finite());
        assert!(l.y_ticks.len() >= 2);
    }
}
