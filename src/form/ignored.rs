//! Inputs the current draft does not use (issue 14, item 3): the form hides or disables
//! them with the reason, and text in them never blocks the plan.
//!
//! The rules themselves are the engine's ([`crate::engine::inputs`]): they read only the
//! choices, which a draft holds as typed values, so a draft with half-typed numbers gets
//! the same answer as the plan it will become.

use super::{OverrideKind, PlanDraft, ProfileDraft};
use crate::engine::inputs::{unused_inputs, Choices, Picked, Unused};
use crate::engine::{Plan, WorkspaceProfile};

impl PlanDraft {
    /// The choices of this draft (modes, presets, workspace kinds).
    pub fn choices(&self) -> Choices {
        Choices {
            agent_mode: self.agents.mode,
            use_case: self.web_app.use_case,
            architecture: self.web_app.architecture,
            load_balancing: self.load_balancing.method,
            proxy_load: self.proxy.load,
            cpu_override: self.agents.cpu_override.kind != OverrideKind::None,
            ram_override: self.agents.ram_override.kind != OverrideKind::None,
            kinds: self
                .zones
                .iter()
                .map(|z| z.profiles.iter().map(|p| p.kind).collect())
                .collect(),
            provider: self.cloud.provider,
            types: [
                Picked::of(&self.cloud.web_app.type_id),
                Picked::of(&self.cloud.database.type_id),
                Picked::of(&self.cloud.agent.type_id),
                Picked::of(&self.cloud.proxy.type_id),
            ],
            deployment: self.deployment,
            named_users: self
                .zones
                .iter()
                .map(|z| z.profiles.iter().map(|p| p.uses_named_users).collect())
                .collect(),
        }
    }

    /// Every input this draft does not use, by dotted path, with the reason and rule: the
    /// form disables (or hides) each one and shows the reason beside it.
    pub fn ignored_inputs(&self) -> Vec<Unused> {
        unused_inputs(&self.choices())
    }

    /// Whether the input at `path` is used by this draft.
    pub fn is_used(&self, path: &str) -> bool {
        !self.ignored_inputs().iter().any(|u| u.path == path)
    }
}

/// The default plan's text for an input (a profile field: the default workspace's).
pub(super) fn default_text(path: &str) -> String {
    if let Some((_, field)) = path.rsplit_once("].") {
        if path.starts_with("zones[") && path.contains(".profiles[") {
            let p = ProfileDraft::from_profile(&WorkspaceProfile::default());
            let mut d = PlanDraft::default();
            d.zones.push(super::ZoneDraft {
                name: String::new(),
                profiles: vec![p],
            });
            return d
                .text(&format!("zones[0].profiles[0].{field}"))
                .unwrap_or_default();
        }
    }
    PlanDraft::from_plan(&Plan::default())
        .text(path)
        .unwrap_or_default()
}

impl PlanDraft {
    /// Put the default back into an input: its default text, and for an override value
    /// also no override (a value without a kind means nothing).
    pub(super) fn reset_to_default(&mut self, path: &str) {
        if path.ends_with("_override") {
            self.set_choice(&format!("{path}.kind"), "none");
        }
        // A schedule day is both its hours or neither: reset the pair.
        if let Some(day) = path
            .strip_suffix(".start_hour")
            .or_else(|| path.strip_suffix(".end_hour"))
        {
            for end in ["start_hour", "end_hour"] {
                let p = format!("{day}.{end}");
                self.set_text(&p, default_text(&p));
            }
            return;
        }
        self.set_text(path, default_text(path));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_1_in_autoscaling_cpu_and_ram_per_agent_size_the_instance() {
        // Item 3: in cloud autoscaling "CPU per agent" stayed editable and changed nothing;
        // now it is the instance's CPU (AS-1) and changes the figures.
        let mut d = PlanDraft::from_plan(&Plan::default());
        assert!(d.set_choice("agents.mode", "autoscale"));
        assert!(d.is_used("agents.cpus") && d.is_used("agents.cpu_override.kind"));
        assert!(!d.is_used("agents.redundancy"));
        let a = crate::engine::size(&d.parse().unwrap()).unwrap();
        d.set_text("agents.cpus", "4".into());
        let b = crate::engine::size(&d.parse().unwrap()).unwrap();
        assert_eq!(a.agents.zones[0].sessions_per_server, 8.0);
        assert_eq!(b.agents.zones[0].sessions_per_server, 2.0);
        // A picked instance type sets the hardware instead (IC-1).
        d.set_choice("cloud.provider", "aws");
        d.set_text("cloud.agent.type", "m6i.xlarge".into());
        let cpus = d
            .ignored_inputs()
            .into_iter()
            .find(|u| u.path == "agents.cpus")
            .unwrap();
        assert_eq!(cpus.rule, "IC-1");
    }

    #[test]
    fn as_4_text_in_an_ignored_input_never_blocks_the_plan() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.set_text("agents.autoscale.startup_s", "abc".into());
        d.set_text("agents.autoscale.schedule[5].start_hour", "9".into());
        d.set_text("web_app.custom_standard_per_server", "".into());
        let plan = d.parse().unwrap();
        assert_eq!(plan.agents.autoscale.startup_s, 600.0);
        assert_eq!(plan.agents.autoscale.schedule[5], None);
        assert_eq!(plan.web_app.custom_standard_per_server, 100);
        // Once used, the same text is an error at its field.
        d.set_choice("agents.mode", "autoscale");
        let fields: Vec<String> = d
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "agents.autoscale.startup_s",
                "agents.autoscale.schedule[5].end_hour"
            ]
        );
        // An override value typed, then no override kind: no override in the plan.
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.set_choice("agents.cpu_override.kind", "absolute");
        d.set_text("agents.cpu_override", "x".into());
        d.set_choice("agents.cpu_override.kind", "none");
        let plan = d.parse().unwrap();
        assert_eq!(plan.agents.cpu_override, crate::engine::Override::None);
    }

    #[test]
    fn ag_3_a_server_connections_cpu_ram_and_disk_are_ignored() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.add_profile(0);
        d.set_choice("zones[0].profiles[1].kind", "server_connection");
        d.set_text("zones[0].profiles[1].cpu_cores", "".into());
        for f in ["cpu_cores", "ram_gb", "disk_per_session_gb"] {
            assert!(!d.is_used(&format!("zones[0].profiles[1].{f}")), "{f}");
            assert!(d.is_used(&format!("zones[0].profiles[0].{f}")), "{f}");
        }
        assert!(d.is_used("zones[0].profiles[1].recording"));
        assert!(d.parse().is_ok());
        assert_eq!(default_text("zones[3].profiles[7].cpu_cores"), "2");
    }
}
