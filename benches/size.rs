//! Engine timing (`cargo bench`): `size()` for the default plan and for a stress plan of
//! 1,000 workspace profiles over 50 zones with 10 million sessions.

use kasm_sizer::engine::{size, Plan, WorkspaceKind, WorkspaceProfile, Zone};

fn main() {
    divan::main();
}

/// 50 zones x 20 profiles = 1,000 profiles, 10,000 sessions each, a quarter of them RDP.
fn stress_plan() -> Plan {
    let zones = (0..50)
        .map(|z| Zone {
            name: format!("zone {z}"),
            profiles: (0..20)
                .map(|p| WorkspaceProfile {
                    name: format!("workspace {p}"),
                    sessions: 10_000,
                    cpu_cores: 1.0 + (p % 4) as f64,
                    ram_gb: 2.0 + (p % 3) as f64 * 2.0,
                    recording: p % 5 == 0,
                    disk_per_session_gb: 5.0,
                    kind: if p % 4 == 3 {
                        WorkspaceKind::ServerConnection
                    } else {
                        WorkspaceKind::Container
                    },
                })
                .collect(),
        })
        .collect();
    Plan {
        zones,
        ..Plan::default()
    }
}

#[divan::bench]
fn default_plan(bencher: divan::Bencher) {
    let plan = Plan::default();
    bencher.bench(|| size(divan::black_box(&plan)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn thousand_profiles_fifty_zones(bencher: divan::Bencher) {
    let plan = stress_plan();
    assert_eq!(plan.peak_sessions(), 10_000_000);
    bencher.bench(|| size(divan::black_box(&plan)).unwrap());
}
