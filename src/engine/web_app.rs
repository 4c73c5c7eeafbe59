//! Web app role: API, manager, share and proxy services (WEB-1 .. WEB-5).

use super::plan::{Architecture, Plan, UseCase, WorkspaceKind, Zone};
use super::report::WorkspaceFit;
use super::report::{Role, RoleReport, ServerSpec, Severity, Warning, Why};
use super::rules::{WEB_DIRECT_RANGE, WEB_SPEC, WEB_STANDARD_RANGE};
use super::scenarios::{assemble, ceil_servers, CapacityModel, Cover, RoleExtras, ZoneSizing};
use crate::support::format::{readable, thousands};

/// Sessions one web app server carries for Standard and Direct-to-Agent traffic (WEB-1..3),
/// and whether the figure is our interpretation rather than the guide's.
pub fn per_server(plan: &Plan) -> (u64, u64, bool) {
    let (std_lo, std_hi) = WEB_STANDARD_RANGE;
    let (d2a_lo, d2a_hi) = WEB_DIRECT_RANGE;
    match plan.web_app.use_case {
        UseCase::Gaming => (std_lo, d2a_lo, false),
        UseCase::RemoteWork => (std_hi, d2a_hi, false),
        // WEB-3 interpretation: "in between" is the midpoint of each range.
        UseCase::Mixed => ((std_lo + std_hi) / 2, (d2a_lo + d2a_hi) / 2, true),
        UseCase::Custom => (
            plan.web_app.custom_standard_per_server,
            plan.web_app.custom_direct_per_server,
            true,
        ),
    }
}

/// Standard and Direct-to-Agent sessions of one zone (WEB-2: server connections are Standard).
pub fn zone_traffic(plan: &Plan, zone: &Zone) -> (u64, u64) {
    let mut standard = 0;
    let mut direct = 0;
    for p in &zone.profiles {
        match (p.kind, plan.web_app.architecture) {
            (WorkspaceKind::Container, Architecture::DirectToAgent) => direct += p.sessions,
            _ => standard += p.sessions,
        }
    }
    (standard, direct)
}

/// Size the web app servers of every zone.
pub fn size_web_app(plan: &Plan) -> RoleReport {
    let (std_per, d2a_per, assumed) = per_server(plan);
    let (spec, instance_why) = super::cloud::deployed(
        plan,
        Role::WebApp,
        ServerSpec {
            cpus: WEB_SPEC.0,
            ram_gb: WEB_SPEC.1,
            disk_gb: WEB_SPEC.2,
        },
    );
    let mut extras = RoleExtras::default();
    let redundancy = plan.web_app.redundancy;

    let zones: Vec<ZoneSizing> = plan
        .zones
        .iter()
        .map(|zone| {
            let (standard, direct) = zone_traffic(plan, zone);
            // WEB-3 interpretation: mixed traffic adds the two loads.
            let load = standard as f64 / std_per as f64 + direct as f64 / d2a_per as f64;
            // WEB-5: every zone has at least one web app server of its own.
            let needed = ceil_servers(load).max(1);
            let demand = standard + direct;
            let per = if demand > 0 && load > 0.0 {
                demand as f64 / load
            } else if plan.web_app.architecture == Architecture::DirectToAgent {
                d2a_per as f64
            } else {
                std_per as f64
            };
            let t = thousands;
            let formula = if direct > 0 && standard > 0 {
                format!(
                    "max(1, ceil({} / {} + {} / {})) = max(1, ceil({})) = {}; + {redundancy} for redundancy = {}",
                    t(standard),
                    t(std_per),
                    t(direct),
                    t(d2a_per),
                    readable(load),
                    t(needed),
                    t(needed + redundancy)
                )
            } else {
                let (s, p) = if direct > 0 { (direct, d2a_per) } else { (standard, std_per) };
                format!(
                    "max(1, ceil({} / {})) = {}; + {redundancy} for redundancy = {}",
                    t(s),
                    t(p),
                    t(needed),
                    t(needed + redundancy)
                )
            };
            extras.why.push(Why {
                figure: format!("Web app servers in zone {}", zone.name),
                value: thousands(needed + redundancy),
                rules: vec!["WEB-1".into(), "WEB-2".into(), "WEB-3".into(), "WEB-4".into(), "WEB-5".into()],
                formula,
                assumption: assumed || (direct > 0 && standard > 0),
                outside_guide: false,
            });
            ZoneSizing {
                zone: zone.name.clone(),
                demand,
                needed,
                redundant: redundancy,
                model: CapacityModel::PerServer(per),
                cover: Cover::Spares { rule: "WEB-4" },
                spec,
                workspaces: zone
                    .profiles
                    .iter()
                    .map(|p| WorkspaceFit {
                        workspace: p.name.clone(),
                        sessions: p.sessions,
                        per_server: match (p.kind, plan.web_app.architecture) {
                            (WorkspaceKind::Container, Architecture::DirectToAgent) => d2a_per,
                            _ => std_per,
                        },
                    })
                    .collect(),
                estimate: None,
            }
        })
        .collect();

    extras.why.push(Why {
        figure: "Sessions per web app server".into(),
        value: match plan.web_app.architecture {
            Architecture::Standard => thousands(std_per),
            Architecture::DirectToAgent => {
                format!("{} direct, {} standard", thousands(d2a_per), thousands(std_per))
            }
        },
        rules: vec!["WEB-1".into(), "WEB-2".into(), "WEB-3".into()],
        formula: format!(
            "{} use case: Standard {std_per} (range {}-{}), Direct-to-Agent {d2a_per} (range {}-{})",
            plan.web_app.use_case.label(), WEB_STANDARD_RANGE.0, WEB_STANDARD_RANGE.1, WEB_DIRECT_RANGE.0, WEB_DIRECT_RANGE.1
        ),
        assumption: assumed,
        outside_guide: false,
    });
    extras.why.push(Why {
        figure: "Web app server spec".into(),
        value: "4 CPU / 4 GB RAM / 80 GB disk".into(),
        rules: vec!["WEB-1".into()],
        formula: "the guide's single web app server spec for both architectures".into(),
        assumption: false,
        outside_guide: false,
    });
    extras.why.extend(instance_why);

    extras.warnings.extend(warnings(plan, std_per, d2a_per));
    assemble(Role::WebApp, zones, extras)
}

fn warnings(plan: &Plan, std_per: u64, d2a_per: u64) -> Vec<Warning> {
    let mut out = Vec::new();
    let warn = |severity, rule: &str, message: String| Warning {
        severity,
        rule: rule.into(),
        role: Role::WebApp,
        message,
    };
    if plan.web_app.use_case == UseCase::Custom {
        let (lo, hi) = WEB_STANDARD_RANGE;
        if std_per < lo || std_per > hi {
            out.push(warn(
                Severity::Warning,
                "WEB-3",
                format!("{} Standard sessions per web app server is outside the guide's range of {lo} to {hi}.", thousands(std_per)),
            ));
        }
        let (lo, hi) = WEB_DIRECT_RANGE;
        if plan.web_app.architecture == Architecture::DirectToAgent
            && (d2a_per < lo || d2a_per > hi)
        {
            out.push(warn(
                Severity::Warning,
                "WEB-3",
                format!("{} Direct-to-Agent sessions per web app server is outside the guide's range of {lo} to {hi}.", thousands(d2a_per)),
            ));
        }
    }
    let server_sessions: u64 = plan
        .profiles()
        .filter(|(_, p)| p.kind == WorkspaceKind::ServerConnection)
        .map(|(_, p)| p.sessions)
        .sum();
    if plan.web_app.architecture == Architecture::DirectToAgent && server_sessions > 0 {
        out.push(warn(
            Severity::Info,
            "WEB-2",
            format!("Direct-to-Agent does not apply to RDP/VNC/SSH servers: their {} sessions are counted as Standard traffic.", thousands(server_sessions)),
        ));
    }
    if plan.web_app.redundancy == 0 {
        out.push(warn(
            Severity::Warning,
            "WEB-4",
            "No spare web app server: patching or losing one server takes capacity away from users.".into(),
        ));
    }
    out
}
