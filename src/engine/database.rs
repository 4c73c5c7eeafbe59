//! Database role: one PostgreSQL server shared by every zone (DB-1 .. DB-5).

use super::plan::{DatabaseKind, Logging, Plan};
use super::report::{Role, RoleReport, ServerSpec, Setting, Severity, Warning, Why};
use super::rules::{DB_BUILTIN_LOGGING_DISK_GB, DB_BUILTIN_LOGGING_LIMIT, DB_MINIMUM, DB_TIERS};
use super::scenarios::{assemble, CapacityModel, Cover, RoleExtras, ZoneSizing};
use crate::support::format::{num, thousands};

/// Name of the database's one "zone": every zone shares the database (and the load
/// balancers), so the page, the CSV and the Markdown export all call it this.
pub const ALL_ZONES: &str = "All zones";

/// Which row of the guide sized the database.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DbTier {
    /// The spec.
    pub spec: ServerSpec,
    /// The most sessions the row is meant for.
    pub capacity: u64,
    /// Row index in DB-3, or None for the DB-2 minimum below the table.
    pub row: Option<usize>,
    /// True above the table's last row (the largest row is kept).
    pub beyond_table: bool,
}

/// DB-2/DB-3: the database row for a peak session count. Bounds are inclusive, so 200 is the
/// first row and 201 the second. Under 50 the DB-2 minimum applies, with 150 GB of disk for
/// built-in logging (DB-4) or 80 GB with a SIEM (interpretation).
pub fn db_tier(sessions: u64, logging: Logging) -> DbTier {
    if sessions < DB_TIERS[0].0 {
        let disk = match logging {
            Logging::BuiltIn => DB_BUILTIN_LOGGING_DISK_GB,
            Logging::Siem => DB_TIERS[0].4,
        };
        return DbTier {
            spec: ServerSpec {
                cpus: DB_MINIMUM.0,
                ram_gb: DB_MINIMUM.1,
                disk_gb: disk,
            },
            capacity: DB_TIERS[0].0 - 1,
            row: None,
            beyond_table: false,
        };
    }
    let idx = DB_TIERS.iter().position(|t| sessions <= t.1);
    let i = idx.unwrap_or(DB_TIERS.len() - 1);
    let (_, to, cpus, ram_gb, disk_gb) = DB_TIERS[i];
    DbTier {
        spec: ServerSpec {
            cpus,
            ram_gb,
            disk_gb,
        },
        capacity: to,
        row: Some(i),
        beyond_table: idx.is_none(),
    }
}

/// DB-4: the log retention to set, by where logs go.
pub fn log_retention_setting(logging: Logging) -> Setting {
    Setting {
        name: "Log retention (Kasm logging settings)".into(),
        value: match logging {
            Logging::Siem => "0 days (forward to the SIEM)".into(),
            Logging::BuiltIn => "default: debug 4 hours, others 7 days".into(),
        },
        scope: None,
        rule: "DB-4".into(),
        note: match logging {
            Logging::Siem => "With a SIEM, retention 0 keeps logs out of the database.".into(),
            Logging::BuiltIn => {
                "Logs are stored in the database and shown by the dashboard.".into()
            }
        },
    }
}

/// Size the database.
pub fn size_database(plan: &Plan) -> RoleReport {
    let peak = plan.peak_sessions();
    let db = &plan.database;
    let tier = db_tier(peak, db.logging);
    let mut extras = RoleExtras::default();
    let row_text = match tier.row {
        None => format!(
            "under {} sessions: the DB-2 minimum of 2 CPU / 4 GB",
            DB_TIERS[0].0
        ),
        Some(i) => {
            let (from, to, ..) = DB_TIERS[i];
            format!(
                "{} sessions falls in the {}-{} row",
                thousands(peak),
                thousands(from),
                thousands(to)
            )
        }
    };
    extras.why.push(Why {
        figure: "Database server spec".into(),
        value: format!(
            "{} CPU / {} GB RAM / {} GB disk{}",
            num(tier.spec.cpus),
            num(tier.spec.ram_gb),
            num(tier.spec.disk_gb),
            if tier.beyond_table { ", scaled up" } else { "" }
        ),
        rules: vec!["DB-2".into(), "DB-3".into(), "DB-4".into()],
        formula: if tier.beyond_table {
            format!(
                "{} sessions is beyond the table's last row (500-1,000): start from that row's spec and scale the server up until it carries the peak (an estimate)",
                thousands(peak)
            )
        } else {
            row_text
        },
        assumption: tier.row.is_none() || tier.beyond_table,
        outside_guide: false,
    });
    let redundant = u64::from(db.standby);
    let zones = plan.zones.len();
    extras.why.push(Why {
        figure: "Database servers".into(),
        value: (1 + redundant).to_string(),
        rules: vec!["DB-1".into(), "DB-5".into()],
        formula: format!(
            "1 primary{}; {}",
            if db.standby {
                " + 1 standby that restores the off-server backups"
            } else {
                ""
            },
            if zones > 1 {
                format!("all {} zones share them", thousands(zones as u64))
            } else {
                "the zone uses them".to_string()
            }
        ),
        assumption: false,
        outside_guide: false,
    });
    extras.settings.push(log_retention_setting(db.logging));
    let (spec, instance_why) = super::cloud::deployed(plan, Role::Database, tier.spec);
    extras.why.extend(instance_why);
    extras.warnings = warnings(plan, peak, tier);
    // DB-3 beyond the table: the page recommends the largest row scaled up until it carries
    // the peak, so that is the capacity it counts on (an estimate, said in the scenarios).
    let rated = if tier.beyond_table {
        peak
    } else {
        tier.capacity
    };
    let zone = ZoneSizing {
        zone: ALL_ZONES.into(),
        demand: peak,
        needed: 1,
        redundant,
        model: CapacityModel::ActiveStandby(rated),
        cover: Cover::Standby,
        spec,
        workspaces: Vec::new(),
        estimate: tier.beyond_table.then(|| {
            (
                "DB-3",
                format!(
                    "an estimate: the guide's table ends at {} sessions, so the largest row's server must be scaled up to carry {}",
                    thousands(DB_TIERS[DB_TIERS.len() - 1].1),
                    thousands(peak)
                ),
            )
        }),
    };
    assemble(Role::Database, vec![zone], extras)
}

fn warnings(plan: &Plan, peak: u64, tier: DbTier) -> Vec<Warning> {
    let mut out = Vec::new();
    let warn = |severity, rule: &str, message: String| Warning {
        severity,
        rule: rule.into(),
        role: Role::Database,
        message,
    };
    if tier.beyond_table {
        out.push(warn(
            Severity::Warning,
            "DB-3",
            format!(
                "{} sessions is beyond the guide's database table (up to {}): the spec shown is its largest row, a starting point; scale the server up (more CPU and RAM) or use a managed database, and monitor it.",
                thousands(peak),
                thousands(DB_TIERS[DB_TIERS.len() - 1].1)
            ),
        ));
    }
    if plan.database.logging == Logging::BuiltIn && peak > DB_BUILTIN_LOGGING_LIMIT {
        out.push(warn(
            Severity::Warning,
            "DB-4",
            format!(
                "Built-in logging with {} sessions can grow the database by tens of GB: forward logs to a SIEM and set retention to 0, or vacuum monthly.",
                thousands(peak)
            ),
        ));
    }
    if !plan.database.standby {
        out.push(warn(
            Severity::Warning,
            "DB-5",
            "No standby database: a database failure stops Kasm until a new server is built and restored from backup.".into(),
        ));
    }
    if plan.database.standby && plan.database.kind == DatabaseKind::Bundled {
        out.push(warn(
            Severity::Info,
            "DB-5",
            "The standby serves only after it has restored the latest off-server backup: losing the database server stops Kasm until then (for automatic failover, follow PostgreSQL's high-availability guide).".into(),
        ));
    }
    if plan.database.kind == DatabaseKind::External {
        out.push(warn(
            Severity::Info,
            "DB-1",
            "External or managed PostgreSQL (RDS, Aurora): use the spec as the instance class, and the provider's failover as the standby.".into(),
        ));
    }
    out
}
