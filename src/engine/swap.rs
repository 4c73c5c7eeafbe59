//! Swap on every host that runs sessions (SW-1): 2 GB per concurrent session, with the flat
//! sizes Kasm's own automation sets shown beside it for comparison.

use super::agent::host_sessions;
use super::plan::{AgentMode, Plan};
use super::report::{RoleReport, Setting, SwapFigure, VendorSwap, Why};
use super::rules::{
    SWAP_ANSIBLE_GB, SWAP_AUTOSCALE_SCRIPTS_GB, SWAP_GB_PER_SESSION, SWAP_INSTALLER_MAX_GB,
    SWAP_INSTALLER_RAM_DIVISOR, SWAP_TERRAFORM_GB,
};
use crate::support::format::{num, readable, thousands};

/// SW-1: swap for a host with this many concurrent sessions = 2 GB x sessions.
pub fn swap_gb(sessions: u64) -> f64 {
    sessions as f64 * SWAP_GB_PER_SESSION
}

/// SW-1: the flat swap sizes of Kasm's automation on a host with this much RAM.
pub fn vendor_swap(ram_gb: f64) -> Vec<VendorSwap> {
    let flat = |source: &str, swap_gb: f64| VendorSwap {
        source: source.into(),
        swap_gb,
    };
    vec![
        flat(
            "1.12 installer, RAM / 4 up to 8 GB",
            (ram_gb / SWAP_INSTALLER_RAM_DIVISOR).min(SWAP_INSTALLER_MAX_GB),
        ),
        flat(
            "autoscale start-up scripts, 1.14 on",
            SWAP_AUTOSCALE_SCRIPTS_GB,
        ),
        flat("kasmtech/terraform", SWAP_TERRAFORM_GB),
        flat("kasmtech/ansible", SWAP_ANSIBLE_GB),
    ]
}

/// The swap figure of one kind of host.
pub fn swap_figure(host: &str, zone: Option<String>, sessions: u64, ram_gb: f64) -> SwapFigure {
    SwapFigure {
        host: host.into(),
        zone,
        sessions,
        ram_gb,
        swap_gb: swap_gb(sessions),
        vendor: vendor_swap(ram_gb),
    }
}

fn vendor_text(f: &SwapFigure) -> String {
    f.vendor
        .iter()
        .map(|v| format!("{} GB ({})", readable(v.swap_gb), v.source))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The swap to set on each host of this kind, as a setting (SW-1).
pub fn swap_setting(f: &SwapFigure, scope: Option<String>) -> Setting {
    Setting {
        name: match f.zone {
            Some(_) => format!("Swap on each {}", f.host),
            None => format!("Swap on the {}", f.host),
        },
        value: format!("{} GB", num(f.swap_gb)),
        scope,
        rule: "SW-1".into(),
        note: format!(
            "2 GB per session x {} sessions: without swap, desktops can be killed when RAM runs short. Kasm's automation sets flat sizes instead: {}.",
            thousands(f.sessions),
            vendor_text(f)
        ),
    }
}

/// How the swap figure was reached (SW-1, outside the guide).
pub fn swap_why(f: &SwapFigure) -> Why {
    Why {
        figure: match &f.zone {
            Some(z) => format!("Swap per {} in zone {z}", f.host),
            None => format!("Swap on the {}", f.host),
        },
        value: format!("{} GB", readable(f.swap_gb)),
        rules: vec!["SW-1".into()],
        formula: format!(
            "2 GB x {} sessions = {} GB; vendor flat sizes for comparison: {}",
            thousands(f.sessions),
            readable(f.swap_gb),
            vendor_text(f)
        ),
        assumption: false,
        outside_guide: true,
    }
}

/// Swap for the agents (or autoscaled instances) of every zone that has any, from the same
/// sessions per host as their Docker volume and the RAM of the spec the agent role reports.
pub fn agent_swap(plan: &Plan, agents: &RoleReport) -> Vec<SwapFigure> {
    let host = match plan.agents.mode {
        AgentMode::Static => "agent",
        AgentMode::Autoscale => "autoscaled instance",
    };
    plan.zones
        .iter()
        .zip(&agents.zones)
        .filter(|(_, z)| z.total > 0)
        .map(|(zone, z)| {
            swap_figure(
                host,
                Some(zone.name.clone()),
                host_sessions(plan, zone),
                z.spec.ram_gb,
            )
        })
        .collect()
}

/// Add the swap settings and why entries of the agents to their role report.
pub fn add_to_agents(plan: &Plan, agents: &mut RoleReport, figures: &[SwapFigure]) {
    let multi_zone = plan.zones.len() > 1;
    for f in figures {
        let scope = if multi_zone { f.zone.clone() } else { None };
        agents.settings.push(swap_setting(f, scope));
        agents.why.push(swap_why(f));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sw_1_two_gb_per_session_and_the_installer_caps_at_8() {
        assert_eq!(swap_gb(8), 16.0);
        let v = vendor_swap(64.0);
        assert_eq!(
            v.iter().map(|v| v.swap_gb).collect::<Vec<_>>(),
            [8.0, 8.0, 2.0, 5.0]
        );
        // A 16 GB host gets RAM / 4 = 4 GB from the installer.
        assert_eq!(vendor_swap(16.0)[0].swap_gb, 4.0);
    }
}
