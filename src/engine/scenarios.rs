//! Redundancy scenarios (DEP-3) and the assembly of per-zone figures into a role report.

use super::report::{
    Role, RoleReport, Scenario, ScenarioStatus, ServerSpec, Setting, Warning, Why, WorkspaceFit,
    ZoneRoleReport,
};
use crate::support::format::thousands;

/// Tolerance for floating-point products that should be whole numbers (3 x 150.0 = 450).
const EPS: f64 = 1e-6;

/// How a zone's capacity grows with the servers that are up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CapacityModel {
    /// Each server up carries this many sessions (web app, agents, proxies).
    PerServer(f64),
    /// One active server carries this many; a standby carries it only after restoring the
    /// backups (database, DB-5), so losing the active server leaves nothing until then.
    ActiveStandby(u64),
}

impl CapacityModel {
    /// Sessions carried with `up` servers serving.
    pub fn capacity(self, up: u64) -> u64 {
        match self {
            CapacityModel::PerServer(per) => floor_sessions(up as f64 * per),
            CapacityModel::ActiveStandby(cap) => {
                if up > 0 {
                    cap
                } else {
                    0
                }
            }
        }
    }

    /// Sessions one server carries.
    pub fn per_server(self) -> f64 {
        match self {
            CapacityModel::PerServer(per) => per,
            CapacityModel::ActiveStandby(cap) => cap as f64,
        }
    }
}

/// Round a session figure down, forgiving floating-point noise just below a whole number.
pub fn floor_sessions(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        (x + EPS).floor() as u64
    } else {
        0
    }
}

/// Round a server load up, forgiving floating-point noise just above a whole number.
pub fn ceil_servers(load: f64) -> u64 {
    if load.is_finite() && load > 0.0 {
        (load - EPS).ceil().max(0.0) as u64
    } else {
        0
    }
}

/// What a role's redundancy promises, so a short scenario can be told apart from one the
/// plan never claimed to survive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    /// N + spares per zone: up to `spares` servers down are covered, and one patching plus
    /// one failed when there are two spares or more. `rule` is the role's redundancy rule.
    Spares {
        /// WEB-4, AG-8 or CP-1.
        rule: &'static str,
    },
    /// Autoscaled agents: Kasm starts new instances for lost ones (AG-9).
    Autoscaled,
    /// One active server and, maybe, a standby that must restore the backups first (DB-5).
    Standby,
    /// The one server of a single-server install: nothing takes over when it is down (SS-1).
    SingleServer,
}

/// One role's sizing in one zone, before scenarios are worked out.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneSizing {
    /// Zone name.
    pub zone: String,
    /// Peak sessions this role carries in the zone.
    pub demand: u64,
    /// Servers needed for that peak.
    pub needed: u64,
    /// Servers added for redundancy.
    pub redundant: u64,
    /// How capacity grows with servers up.
    pub model: CapacityModel,
    /// What the redundancy promises.
    pub cover: Cover,
    /// Spec of one server.
    pub spec: ServerSpec,
    /// Each workspace served in the zone and its whole sessions per server.
    pub workspaces: Vec<WorkspaceFit>,
    /// A rule and sentence that mark the figures as an estimate (DB-3 beyond the table).
    pub estimate: Option<(&'static str, String)>,
}

/// One zone's state in one scenario.
#[derive(Debug, Clone, PartialEq)]
struct ZoneCase {
    down: u64,
    up: u64,
    capacity: u64,
    shortfall: u64,
    status: ScenarioStatus,
    rule: Option<&'static str>,
    reason: Option<String>,
    restored: Option<u64>,
}

fn servers(n: u64) -> &'static str {
    if n == 1 {
        "server"
    } else {
        "servers"
    }
}

impl ZoneSizing {
    fn total(&self) -> u64 {
        self.needed + self.redundant
    }

    /// The zone with `k` servers down (capped at its size); `maintenance` for one patching
    /// plus one failed.
    fn case(&self, k: u64, maintenance: bool) -> ZoneCase {
        let total = self.total();
        let down = k.min(total);
        let up = total - down;
        let (capacity, restored) = match self.model {
            // DB-5: the standby carries nothing until it has restored the backups.
            CapacityModel::ActiveStandby(cap) => match (down, up) {
                (0, _) => (cap, None),
                (_, 0) => (0, None),
                _ => (0, Some(cap)),
            },
            model => (model.capacity(up), None),
        };
        let shortfall = self.demand.saturating_sub(capacity);
        let mut case = ZoneCase {
            down,
            up,
            capacity,
            shortfall,
            status: ScenarioStatus::Enough,
            rule: None,
            reason: None,
            restored,
        };
        if shortfall == 0 {
            if let Some((rule, text)) = &self.estimate {
                case.rule = Some(rule);
                case.reason = Some(text.clone());
            }
            return case;
        }
        let r = self.redundant;
        let (status, rule, reason) = match self.cover {
            Cover::Autoscaled => (
                ScenarioStatus::Replaced,
                "AG-9",
                "Kasm replaces lost autoscaled agents with new instances; sessions on a lost agent start again on another".to_string(),
            ),
            Cover::Standby if restored.is_some() => (
                ScenarioStatus::Expected,
                "DB-5",
                format!(
                    "the standby serves the {} sessions only after it has restored the latest off-server backup; Kasm waits until then",
                    thousands(self.demand)
                ),
            ),
            Cover::Standby if r == 0 => (
                ScenarioStatus::Expected,
                "DB-5",
                "no standby: a new database server must be built and restored from the backups".to_string(),
            ),
            Cover::Standby => (
                ScenarioStatus::Expected,
                "DB-5",
                "no database server left: a new one must be restored from the backups".to_string(),
            ),
            Cover::SingleServer if down == 0 => (
                ScenarioStatus::Short,
                "SS-4",
                format!(
                    "the server holds {} of the {} sessions at peak",
                    thousands(capacity),
                    thousands(self.demand)
                ),
            ),
            Cover::SingleServer => (
                ScenarioStatus::Expected,
                "SS-1",
                "a single server is a single point of failure: while it is down or patched, no session runs".to_string(),
            ),
            Cover::Spares { rule } if maintenance && r < 2 => (
                ScenarioStatus::Expected,
                rule,
                if r == 0 {
                    "N+0 has no spare: patching one server already takes capacity away".to_string()
                } else {
                    format!(
                        "N+{r} keeps {r} spare {} for patching; a failure during patching needs N+2",
                        servers(r)
                    )
                },
            ),
            Cover::Spares { rule } if !maintenance && k > r => (
                ScenarioStatus::Expected,
                rule,
                format!(
                    "N+{r} covers {r} {} down; {k} down is beyond what it promises",
                    servers(r)
                ),
            ),
            Cover::Spares { rule } => (
                ScenarioStatus::Short,
                rule,
                format!(
                    "N+{r} should cover this case, but {} sessions have no server",
                    thousands(shortfall)
                ),
            ),
        };
        case.status = status;
        case.rule = Some(rule);
        case.reason = Some(reason);
        case
    }
}

/// The label of "k down" and the maintenance case, shared by zones and roles.
fn label(k: u64, maintenance: bool) -> String {
    if maintenance {
        MAINTENANCE_LABEL.into()
    } else {
        format!("{k} down")
    }
}

/// Label of the maintenance case (DEP-3, AG-8, AG-10): one server patching, one failed.
pub const MAINTENANCE_LABEL: &str = "patching + 1 failure";

/// The scenarios of one zone: k = 0 ..= redundant + 1 servers down, then maintenance (DEP-3).
pub fn zone_scenarios(z: &ZoneSizing) -> Vec<Scenario> {
    let last = (z.redundant + 1).min(z.total());
    (0..=last)
        .map(|k| combined(std::slice::from_ref(z), k, false))
        .chain([combined(std::slice::from_ref(z), 2, true)])
        .collect()
}

/// What a role module hands over besides its zones.
#[derive(Debug, Default)]
pub struct RoleExtras {
    /// Settings to type into Kasm.
    pub settings: Vec<Setting>,
    /// Warnings about the role.
    pub warnings: Vec<Warning>,
    /// The why trail.
    pub why: Vec<Why>,
}

/// Build a role report from its zones: sums, the largest spec, and scenarios with k servers
/// down in every zone at once (a zone's sessions never fail over to another zone, DEP-2).
pub fn assemble(role: Role, zones: Vec<ZoneSizing>, extras: RoleExtras) -> RoleReport {
    let zone_reports: Vec<ZoneRoleReport> = zones
        .iter()
        .map(|z| {
            let total = z.total();
            ZoneRoleReport {
                zone: z.zone.clone(),
                demand: z.demand,
                needed: z.needed,
                redundant: z.redundant,
                total,
                sessions_per_server: z.model.per_server(),
                capacity: z.model.capacity(total),
                spec: z.spec,
                workspaces: z.workspaces.clone(),
                scenarios: zone_scenarios(z),
                // Priced afterwards, once every role is sized (`cost::price_roles`).
                monthly_cost: None,
            }
        })
        .collect();
    let needed = zones.iter().map(|z| z.needed).sum::<u64>();
    let redundant = zones.iter().map(|z| z.redundant).sum::<u64>();
    let total = needed + redundant;
    let demand = zones.iter().map(|z| z.demand).sum::<u64>();
    let capacity = zone_reports.iter().map(|z| z.capacity).sum::<u64>();
    let spec = largest_spec(zones.iter().filter(|z| z.total() > 0).map(|z| z.spec))
        .or_else(|| zones.first().map(|z| z.spec))
        .unwrap_or_default();
    let scenarios = role_scenarios(&zones);
    RoleReport {
        role,
        needed,
        redundant,
        total,
        spec,
        capacity,
        demand,
        utilisation: if capacity > 0 {
            demand as f64 / capacity as f64
        } else {
            0.0
        },
        zones: zone_reports,
        scenarios,
        settings: extras.settings,
        warnings: extras.warnings,
        why: extras.why,
        monthly_cost: None,
    }
}

fn largest_spec(specs: impl Iterator<Item = ServerSpec>) -> Option<ServerSpec> {
    specs.fold(None, |acc: Option<ServerSpec>, s| {
        Some(match acc {
            None => s,
            Some(a) => ServerSpec {
                cpus: a.cpus.max(s.cpus),
                ram_gb: a.ram_gb.max(s.ram_gb),
                disk_gb: a.disk_gb.max(s.disk_gb),
            },
        })
    })
}

/// k servers down in every zone (capped at each zone's size), k = 0 ..= the largest
/// redundancy + 1, then maintenance in every zone.
fn role_scenarios(zones: &[ZoneSizing]) -> Vec<Scenario> {
    let max_total = zones.iter().map(ZoneSizing::total).max().unwrap_or(0);
    let max_redundant = zones.iter().map(|z| z.redundant).max().unwrap_or(0);
    let last = (max_redundant + 1).min(max_total);
    (0..=last)
        .map(|k| combined(zones, k, false))
        .chain([combined(zones, 2, true)])
        .collect()
}

/// One scenario over `zones`: sums, the worst status and the first reason for it.
fn combined(zones: &[ZoneSizing], k: u64, maintenance: bool) -> Scenario {
    let cases: Vec<ZoneCase> = zones.iter().map(|z| z.case(k, maintenance)).collect();
    let status = cases
        .iter()
        .map(|c| c.status)
        .max()
        .unwrap_or(ScenarioStatus::Enough);
    let why = cases
        .iter()
        .find(|c| c.status == status && c.reason.is_some());
    let restoring = cases.iter().any(|c| c.restored.is_some());
    let shortfall = cases.iter().map(|c| c.shortfall).sum::<u64>();
    Scenario {
        label: label(k, maintenance),
        down_per_zone: k,
        down: cases.iter().map(|c| c.down).sum(),
        up: cases.iter().map(|c| c.up).sum(),
        capacity: cases.iter().map(|c| c.capacity).sum(),
        demand: zones.iter().map(|z| z.demand).sum(),
        shortfall,
        enough: shortfall == 0,
        status,
        rule: why.and_then(|c| c.rule).map(String::from),
        reason: why.and_then(|c| c.reason.clone()),
        restored_capacity: restoring
            .then(|| cases.iter().map(|c| c.restored.unwrap_or(c.capacity)).sum()),
        maintenance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web_zone(demand: u64, needed: u64, redundant: u64) -> ZoneSizing {
        ZoneSizing {
            zone: "Z".into(),
            demand,
            needed,
            redundant,
            model: CapacityModel::PerServer(100.0),
            cover: Cover::Spares { rule: "WEB-4" },
            spec: ServerSpec::default(),
            workspaces: Vec::new(),
            estimate: None,
        }
    }

    #[test]
    fn dep_3_short_is_kept_for_a_case_the_redundancy_promised() {
        // N+2 promises two down and patching plus a failure. A zone given too few servers
        // (1 + 2 for 250 sessions at 100 each) breaks that promise: red, with the shortfall.
        let r = assemble(
            Role::WebApp,
            vec![web_zone(250, 1, 2)],
            RoleExtras::default(),
        );
        let one = &r.scenarios[1];
        assert_eq!(
            (one.label.as_str(), one.capacity, one.shortfall),
            ("1 down", 200, 50)
        );
        assert_eq!(one.status, ScenarioStatus::Short);
        assert_eq!(one.rule.as_deref(), Some("WEB-4"));
        let m = r.scenarios.last().unwrap();
        assert!(m.maintenance);
        assert_eq!(m.status, ScenarioStatus::Short);
        // Three down is beyond N+2: expected, not a broken promise.
        assert_eq!(r.scenarios[3].status, ScenarioStatus::Expected);
    }

    #[test]
    fn dep_3_the_worst_zone_sets_the_status_and_every_zone_adds_its_shortfall() {
        let zones = vec![web_zone(100, 1, 1), web_zone(250, 1, 2)];
        let r = assemble(Role::WebApp, zones, RoleExtras::default());
        let one = &r.scenarios[1];
        // Zone 1 keeps 100 of 100, zone 2 keeps 200 of 250.
        assert_eq!((one.down_per_zone, one.down, one.shortfall), (1, 2, 50));
        assert_eq!(one.status, ScenarioStatus::Short);
        let two = &r.scenarios[2];
        // Zone 1: 0 of 100 (expected under N+1), zone 2: 100 of 250 (broken promise).
        assert_eq!(two.shortfall, 250);
        assert_eq!(two.status, ScenarioStatus::Short);
    }
}
