//! Whole plans for the guide's worked examples, loaded by the preset buttons.

use crate::engine::{Override, Plan, WorkspaceKind};

/// One preset: a stable id (used as a test hook), a button label, a note and its plan.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// Stable id, e.g. `agent-row-2`.
    pub id: &'static str,
    /// Short label for the button.
    pub label: &'static str,
    /// One sentence on what the preset shows.
    pub note: &'static str,
    /// Builds the plan.
    pub plan: fn() -> Plan,
}

/// Every preset, the default first.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "default",
        label: "200 remote-work sessions",
        note: "The guide's web app example (WEB-4): 200 sessions, Standard traffic.",
        plan: Plan::default,
    },
    Preset {
        id: "agent-row-1",
        label: "Agent: 2 CPU / 4 GB on 16 / 64",
        note: "First agent row (AG-1, AG-5): no override, 5 GB per session.",
        plan: agent_row_1,
    },
    Preset {
        id: "agent-row-2",
        label: "Agent: 4 CPU / 4 GB, override 96 / 80",
        note:
            "Second agent row: 16 CPU / 64 GB agent counted as 96 CPU / 80 GB, 10 GB per session.",
        plan: agent_row_2,
    },
    Preset {
        id: "agent-row-3",
        label: "Agent: 4 CPU / 4 GB, override 192 / 192",
        note:
            "Third agent row: 32 CPU / 128 GB agent counted as 192 CPU / 192 GB, 12 GB per session.",
        plan: agent_row_3,
    },
    Preset {
        id: "proxy-row-1",
        label: "Proxy: 8 cores, no recording",
        note: "Connection proxy row without recording (CP-7): 32 RDP sessions.",
        plan: proxy_row_1,
    },
    Preset {
        id: "proxy-row-2",
        label: "Proxy: 16 cores, recording",
        note: "Connection proxy row with recording (CP-7, CP-4): 32 recorded RDP sessions.",
        plan: proxy_row_2,
    },
];

/// AG-1/AG-5 row 1: 2 CPU / 4 GB workspace, 16 CPU / 64 GB agent, no override, 5 GB.
pub fn agent_row_1() -> Plan {
    Plan::default()
}

/// AG-1/AG-5 row 2: 4 CPU / 4 GB workspace, 16 / 64 agent with overrides 96 / 80, 10 GB.
pub fn agent_row_2() -> Plan {
    let mut plan = Plan::default();
    let p = &mut plan.zones[0].profiles[0];
    p.cpu_cores = 4.0;
    p.ram_gb = 4.0;
    p.disk_per_session_gb = 10.0;
    plan.agents.cpu_override = Override::Absolute(96.0);
    plan.agents.ram_override = Override::Absolute(80.0);
    plan
}

/// AG-1/AG-5 row 3: 4 CPU / 4 GB workspace, 32 / 128 agent with overrides 192 / 192, 12 GB.
pub fn agent_row_3() -> Plan {
    let mut plan = agent_row_2();
    plan.zones[0].profiles[0].disk_per_session_gb = 12.0;
    plan.agents.cpus = 32.0;
    plan.agents.ram_gb = 128.0;
    plan.agents.cpu_override = Override::Absolute(192.0);
    plan.agents.ram_override = Override::Absolute(192.0);
    plan
}

fn rdp_plan(recording: bool, cores: f64) -> Plan {
    let mut plan = Plan::default();
    let p = &mut plan.zones[0].profiles[0];
    p.name = "Windows desktops (RDP)".into();
    p.kind = WorkspaceKind::ServerConnection;
    p.sessions = 32;
    p.recording = recording;
    plan.proxy.cores = cores;
    plan
}

/// CP-7 row without recording: 8 cores carry 32 server sessions.
pub fn proxy_row_1() -> Plan {
    rdp_plan(false, 8.0)
}

/// CP-7 row with recording: 16 cores (half streaming, CP-4) carry 32 recorded sessions.
pub fn proxy_row_2() -> Plan {
    rdp_plan(true, 16.0)
}
