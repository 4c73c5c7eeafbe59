//! The stress plan of issue 6, for tests and benchmarks: zones of 20 workspace profiles
//! whose sizes cycle (1-4 CPU, 2-6 GB RAM, every fifth recorded, every fourth an RDP
//! server), so each zone mixes 15 containers with 5 server connections.
//! `e2e/support/stress-plan.mjs` builds the same shape for the browser tests.

use super::{Plan, WorkspaceKind, WorkspaceProfile, Zone};

/// Workspace profiles in each zone of a stress plan.
pub const PROFILES_PER_ZONE: usize = 20;

/// A plan of `zones` zones of [`PROFILES_PER_ZONE`] profiles with `sessions` peak sessions
/// each; every other field is the default. `stress_plan(50, 10_000)` is issue 6's 1,000
/// workspaces over 50 zones with 10 million sessions.
pub fn stress_plan(zones: usize, sessions: u64) -> Plan {
    let zones = (0..zones)
        .map(|z| Zone {
            name: format!("zone {z}"),
            profiles: (0..PROFILES_PER_ZONE)
                .map(|p| WorkspaceProfile {
                    name: format!("workspace {p}"),
                    sessions,
                    cpu_cores: 1.0 + (p % 4) as f64,
                    ram_gb: 2.0 + (p % 3) as f64 * 2.0,
                    recording: p % 5 == 0,
                    disk_per_session_gb: 5.0,
                    kind: if p % 4 == 3 {
                        WorkspaceKind::ServerConnection
                    } else {
                        WorkspaceKind::Container
                    },
                    ..WorkspaceProfile::default()
                })
                .collect(),
        })
        .collect();
    Plan {
        zones,
        ..Plan::default()
    }
}
