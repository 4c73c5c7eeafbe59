//! Connection proxy role: Guacamole-based proxies for RDP/VNC/SSH servers (CP-1 .. CP-7).

use super::plan::{Plan, ProxyLoad, WorkspaceKind};
use super::report::{Role, RoleReport, ServerSpec, Setting, Severity, Warning, Why, WorkspaceFit};
use super::rules::{
    PROXY_BASE_DISK_GB, PROXY_BUSINESS_LOAD, PROXY_MIN_FOR_REDUNDANCY, PROXY_MIN_RAM_GB,
    PROXY_VIDEO_LOAD, RECORDING_DISK_PER_SESSION_GB,
};
use super::scenarios::{
    assemble, ceil_servers, floor_sessions, CapacityModel, Cover, RoleExtras, ZoneSizing,
};
use crate::support::format::{num, thousands};

/// CP-4: Session Recording Queue Length = half the proxy's cores (16 -> 8).
pub fn recording_queue_length(cores: f64) -> u64 {
    floor_sessions(cores / 2.0).max(1)
}

/// Streaming cores each session takes (CP-2, CP-7).
pub fn load_per_session(plan: &Plan) -> f64 {
    match plan.proxy.load {
        ProxyLoad::Business => PROXY_BUSINESS_LOAD,
        ProxyLoad::FullScreenVideo => PROXY_VIDEO_LOAD,
        ProxyLoad::Custom => plan.proxy.custom_cores_per_session,
    }
}

/// Whether any server connection is recorded; then every proxy records (CP-6: all identical).
pub fn recording(plan: &Plan) -> bool {
    plan.profiles()
        .any(|(_, p)| p.kind == WorkspaceKind::ServerConnection && p.recording)
}

/// CP-7 interpretation: sessions per proxy = floor(streaming cores / load per session), where
/// streaming cores are all cores, or half of them with recording (CP-4).
pub fn sessions_per_proxy(cores: f64, load: f64, recording: bool) -> u64 {
    let streaming = if recording { cores / 2.0 } else { cores };
    if load > 0.0 {
        floor_sessions(streaming / load)
    } else {
        0
    }
}

/// CP-3/CP-5/CP-7 interpretation: RAM = max(4 GB, cores / 2); disk = 80 GB + 1 GB per session
/// with recording (8 cores -> 4 GB / 80 GB; 16 cores recording 32 -> 8 GB / 112 GB).
pub fn proxy_spec(cores: f64, per_proxy: u64, recording: bool) -> ServerSpec {
    ServerSpec {
        cpus: cores,
        ram_gb: PROXY_MIN_RAM_GB.max(cores / 2.0),
        disk_gb: PROXY_BASE_DISK_GB
            + if recording {
                per_proxy as f64 * RECORDING_DISK_PER_SESSION_GB
            } else {
                0.0
            },
    }
}

/// Size the connection proxies of every zone.
pub fn size_proxies(plan: &Plan) -> RoleReport {
    let mut extras = RoleExtras::default();
    let cores = super::cloud::proxy_cores(plan);
    let load = load_per_session(plan);
    let rec = recording(plan);
    let per = sessions_per_proxy(cores, load, rec);
    let need = proxy_spec(cores, per, rec);
    let (spec, instance_why) = super::cloud::deployed(plan, Role::ConnectionProxy, need);
    let zones: Vec<ZoneSizing> = plan
        .zones
        .iter()
        .map(|zone| {
            let demand: u64 = zone
                .profiles
                .iter()
                .filter(|p| p.kind == WorkspaceKind::ServerConnection)
                .map(|p| p.sessions)
                .sum();
            let needed = if per > 0 {
                ceil_servers(demand as f64 / per as f64)
            } else {
                0
            };
            let redundant = if needed > 0 { plan.proxy.redundancy } else { 0 };
            if demand > 0 {
                extras.why.push(Why {
                    figure: format!("Connection proxies in zone {}", zone.name),
                    value: thousands(needed + redundant),
                    rules: vec!["CP-1".into(), "CP-7".into(), "DEP-2".into()],
                    formula: format!(
                        "ceil({} / {}) = {}; + {redundant} for redundancy = {}",
                        thousands(demand),
                        thousands(per),
                        thousands(needed),
                        thousands(needed + redundant)
                    ),
                    assumption: false,
                    outside_guide: false,
                });
            }
            ZoneSizing {
                zone: zone.name.clone(),
                demand,
                needed,
                redundant,
                model: CapacityModel::PerServer(per as f64),
                cover: Cover::Spares { rule: "CP-1" },
                spec,
                workspaces: zone
                    .profiles
                    .iter()
                    .filter(|p| p.kind == WorkspaceKind::ServerConnection)
                    .map(|p| WorkspaceFit {
                        workspace: p.name.clone(),
                        sessions: p.sessions,
                        per_server: per,
                    })
                    .collect(),
                estimate: None,
            }
        })
        .collect();

    let streaming = if rec { cores / 2.0 } else { cores };
    extras.why.push(Why {
        figure: "Sessions per connection proxy".into(),
        value: thousands(per),
        rules: vec!["CP-2".into(), "CP-4".into(), "CP-7".into()],
        formula: format!(
            "floor({} streaming cores / {} cores per session) = {}{}",
            num(streaming),
            num(load),
            thousands(per),
            if rec {
                format!(" (half of {} cores stream, half record)", num(cores))
            } else {
                String::new()
            }
        ),
        assumption: true,
        outside_guide: false,
    });
    extras.why.push(Why {
        figure: "Connection proxy spec".into(),
        value: format!(
            "{} CPU / {} GB RAM / {} GB disk",
            num(need.cpus),
            num(need.ram_gb),
            num(need.disk_gb)
        ),
        rules: vec!["CP-3".into(), "CP-5".into(), "CP-6".into(), "CP-7".into()],
        formula: format!(
            "RAM = max(4, {} / 2) = {} GB; disk = {}",
            num(cores),
            num(need.ram_gb),
            if rec {
                format!(
                    "80 + {} sessions x 1 GB = {} GB",
                    thousands(per),
                    crate::support::format::readable(need.disk_gb)
                )
            } else {
                "80 GB (no recording, so no space per session)".to_string()
            }
        ),
        assumption: true,
        outside_guide: false,
    });
    extras.why.extend(instance_why);
    if rec {
        extras.settings.push(Setting {
            name: "Session Recording Queue Length (global setting)".into(),
            value: recording_queue_length(cores).to_string(),
            scope: None,
            rule: "CP-4".into(),
            note: format!(
                "Half of the {} cores encode recordings; the rest stream.",
                num(cores)
            ),
        });
    }
    extras.warnings = warnings(plan, rec, &zones);
    assemble(Role::ConnectionProxy, zones, extras)
}

fn warnings(plan: &Plan, rec: bool, zones: &[ZoneSizing]) -> Vec<Warning> {
    let mut out = Vec::new();
    let warn = |severity, rule: &str, message: String| Warning {
        severity,
        rule: rule.into(),
        role: Role::ConnectionProxy,
        message,
    };
    for zone in zones.iter().filter(|z| z.demand > 0) {
        if zone.needed + zone.redundant < PROXY_MIN_FOR_REDUNDANCY {
            out.push(warn(
                Severity::Warning,
                "CP-1",
                format!("Zone {} has a single connection proxy: its loss disconnects every RDP/VNC/SSH session there.", zone.zone),
            ));
        }
    }
    if plan.proxy.load == ProxyLoad::FullScreenVideo {
        out.push(warn(
            Severity::Info,
            "CP-2",
            "Sized for everyone watching full-screen video at once; often about 60 % of users are idle, so monitor and adjust.".into(),
        ));
    }
    if rec {
        out.push(warn(
            Severity::Info,
            "CP-5",
            "Recording proxies write raw video to disk first: check the disk I/O the proxies get."
                .into(),
        ));
    }
    out
}
