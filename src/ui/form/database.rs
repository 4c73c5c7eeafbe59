//! Database and logging: bundled or external database, where logs go, standby.

use super::inputs::{grid, section, Fields};
use crate::markup::El;

const KINDS: &[(&str, &str)] = &[
    ("bundled", "Bundled container"),
    ("external", "External or managed"),
];
const LOGGING: &[(&str, &str)] = &[
    ("built_in", "In the database"),
    ("siem", "SIEM, retention 0"),
];

/// The database section.
pub fn database_section(f: &Fields) -> El {
    section("h-db", "Database and logging")
        .child(grid(vec![
            f.choice("database.kind", "Database", KINDS, None),
            f.choice("database.logging", "Logs", LOGGING, None),
        ]))
        .child(f.check(
            "database.standby",
            "Keep a standby server that can restore backups",
        ))
}
