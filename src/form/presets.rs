//! Presets: the guide's worked examples. An example loads a whole plan; an agent or proxy
//! preset changes only the agent hardware or the proxy, and leaves the rest of a
//! hand-built plan alone (issue 14, item 6).

use super::{figure_text, OverrideDraft, PlanDraft};
use crate::engine::{Override, Plan, WorkspaceKind};

/// Which part of the plan a preset sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresetPart {
    /// The whole plan (a worked example).
    Example,
    /// The agent hardware: CPUs, RAM and the two overrides (AG-1).
    Agent,
    /// The connection proxy: cores and load per session (CP-7).
    Proxy,
}

/// One preset: a stable id (used as a test hook), a button label, a note, the part of the
/// plan it sets and the guide's example it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// Stable id, e.g. `agent-row-2`.
    pub id: &'static str,
    /// Short label for the button.
    pub label: &'static str,
    /// One sentence on what the preset shows.
    pub note: &'static str,
    /// What applying it changes.
    pub part: PresetPart,
    /// The guide's whole example, from which [`Preset::apply`] takes its part.
    pub plan: fn() -> Plan,
}

/// Every preset, the default first.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "default",
        label: "200 remote-work sessions",
        note: "Loads the guide's web app example as a whole plan (WEB-4): 200 sessions, Standard traffic.",
        part: PresetPart::Example,
        plan: Plan::default,
    },
    Preset {
        id: "agent-row-1",
        label: "Agent: 16 CPU / 64 GB, no override",
        note: "Sets only the agent hardware of the first agent row (AG-1): a 2 CPU / 4 GB workspace fits 8 sessions.",
        part: PresetPart::Agent,
        plan: agent_row_1,
    },
    Preset {
        id: "agent-row-2",
        label: "Agent: 16 CPU / 64 GB, override 96 / 80",
        note: "Sets only the agent hardware of the second agent row (AG-1): counted as 96 CPU / 80 GB, a 4 CPU / 4 GB workspace fits 20.",
        part: PresetPart::Agent,
        plan: agent_row_2,
    },
    Preset {
        id: "agent-row-3",
        label: "Agent: 32 CPU / 128 GB, override 192 / 192",
        note: "Sets only the agent hardware of the third agent row (AG-1): counted as 192 CPU / 192 GB, a 4 CPU / 4 GB workspace fits 48.",
        part: PresetPart::Agent,
        plan: agent_row_3,
    },
    Preset {
        id: "proxy-row-1",
        label: "Proxy: 8 cores",
        note: "Sets only the connection proxy of the row without recording (CP-7): 32 sessions per proxy.",
        part: PresetPart::Proxy,
        plan: proxy_row_1,
    },
    Preset {
        id: "proxy-row-2",
        label: "Proxy: 16 cores, for recording",
        note: "Sets only the connection proxy of the row with recording (CP-7, CP-4): half the cores record, 32 recorded sessions per proxy.",
        part: PresetPart::Proxy,
        plan: proxy_row_2,
    },
];

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

impl Preset {
    /// The draft after applying this preset: a whole new draft for an example, else the
    /// same draft with only the preset's part replaced (everything else, even text that
    /// cannot be read yet, is kept).
    pub fn apply(&self, draft: &PlanDraft) -> PlanDraft {
        let example = (self.plan)();
        match self.part {
            PresetPart::Example => PlanDraft::from_plan(&example),
            PresetPart::Agent => {
                let mut d = draft.clone();
                let a = &example.agents;
                d.agents.cpus = figure_text(a.cpus);
                d.agents.ram_gb = figure_text(a.ram_gb);
                d.agents.cpu_override = OverrideDraft::from_override(a.cpu_override);
                d.agents.ram_override = OverrideDraft::from_override(a.ram_override);
                d
            }
            PresetPart::Proxy => {
                let mut d = draft.clone();
                d.proxy.cores = figure_text(example.proxy.cores);
                d.proxy.load = example.proxy.load;
                d
            }
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-built plan: two zones, an RDP workspace, Direct-to-Agent, costs.
    fn hand_built() -> PlanDraft {
        let mut d = crate::form::tests::two_zone_draft();
        d.set_choice("web_app.architecture", "direct_to_agent");
        d.set_text("costs.agent", "180".into());
        d.set_text("agents.redundancy", "3".into());
        d.set_text("web_app.redundancy", "oops".into());
        d
    }

    #[test]
    fn ag_1_an_agent_preset_changes_only_the_agent_hardware() {
        // Item 6: "override 96 / 80" replaced a hand-built two-zone plan.
        let before = hand_built();
        let after = preset("agent-row-2").unwrap().apply(&before);
        assert_eq!(after.agents.cpus, "16");
        assert_eq!(after.agents.ram_gb, "64");
        assert_eq!(after.agents.cpu_override.value, "96");
        assert_eq!(after.agents.ram_override.value, "80");
        // Everything else as it was, the half-typed text included.
        let mut expected = before.clone();
        expected.agents.cpus = after.agents.cpus.clone();
        expected.agents.ram_gb = after.agents.ram_gb.clone();
        expected.agents.cpu_override = after.agents.cpu_override.clone();
        expected.agents.ram_override = after.agents.ram_override.clone();
        assert_eq!(after, expected);
        assert_eq!(after.agents.redundancy, "3");
        assert_eq!(after.web_app.redundancy, "oops");
        // AG-1 row 2 with its own workspace: 4 CPU / 4 GB fits 20 on 96 / 80.
        let mut d = after.clone();
        d.web_app.redundancy = "1".into();
        d.set_text("zones[0].profiles[0].cpu_cores", "4".into());
        let r = crate::engine::size(&d.parse().unwrap()).unwrap();
        assert_eq!(r.agents.zones[0].workspaces[0].per_server, 20);
    }

    #[test]
    fn cp_7_a_proxy_preset_changes_only_the_proxy() {
        let before = hand_built();
        let after = preset("proxy-row-2").unwrap().apply(&before);
        assert_eq!(after.proxy.cores, "16");
        let mut expected = before.clone();
        expected.proxy.cores = "16".into();
        assert_eq!(after, expected);
    }

    #[test]
    fn web_4_the_example_loads_a_whole_plan() {
        let after = preset("default").unwrap().apply(&hand_built());
        assert_eq!(after, PlanDraft::from_plan(&Plan::default()));
    }

    #[test]
    fn every_preset_has_a_note_that_says_what_it_changes() {
        for p in PRESETS {
            let says = match p.part {
                PresetPart::Example => "whole plan",
                PresetPart::Agent => "only the agent hardware",
                PresetPart::Proxy => "only the connection proxy",
            };
            assert!(p.note.contains(says), "{}: {}", p.id, p.note);
        }
    }
}
