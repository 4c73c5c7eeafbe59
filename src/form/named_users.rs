//! Named users in the draft (NU-1): a workspace's peak from named users x concurrency x
//! sessions per user instead of a typed session count, and the "users at %" boxes beside
//! "Peak concurrent sessions" for a one-workspace plan.
//!
//! Each workspace has a toggle (`zones[z].profiles[p].uses_named_users`) and three inputs
//! (`.named_users`, `.concurrency_percent`, `.sessions_per_user`). With the toggle on, the
//! typed `sessions` is an ignored input (never refused, see [`crate::engine::inputs`]) and
//! the plan's `sessions` carries the figure the named users give, so readers of `sessions`
//! alone still see the peak; with it off, the three named-user inputs are ignored. The
//! toggle keeps the other side's text, so switching back and forth loses nothing.
//!
//! For a plan of one workspace, [`PEAK_USERS_PATH`] and [`PEAK_CONCURRENCY_PATH`] are that
//! workspace's named users and concurrency: typing users switches named users on, emptying
//! the box switches them off; the total box then shows the sessions they give, and typing a
//! session count there switches them off again. With several workspaces and any of them on
//! named users, the total box shows the sum and cannot be typed into ([`PlanDraft::peak_editable`]).

use super::number::{
    self, parse_count, parse_figure,
    Floor::{One, Zero},
};
use super::{DraftError, OverrideDraft, PlanDraft, ProfileDraft};
use crate::engine::{named_user_sessions, Override};

/// Path of the named-users box beside the total, for a plan of one workspace.
pub const PEAK_USERS_PATH: &str = "peak_named_users";
/// Path of the concurrency box beside the total, for a plan of one workspace.
pub const PEAK_CONCURRENCY_PATH: &str = "peak_concurrency_percent";

/// A workspace's demand fields as read from the draft.
pub(super) struct Demand {
    pub sessions: u64,
    pub named_users: Option<u64>,
    pub concurrency_percent: f64,
    pub sessions_per_user: u64,
}

impl ProfileDraft {
    /// Read the demand fields. Each side is read in full; the side not in use is one of the
    /// draft's ignored inputs ([`crate::engine::inputs`]), so its text never blocks the plan.
    pub(super) fn parse_demand(
        &self,
        e: &mut Vec<DraftError>,
        at: &dyn Fn(&str) -> String,
    ) -> Demand {
        let sessions = parse_count(e, at("sessions"), &self.sessions, Zero);
        let users = self
            .uses_named_users
            .then(|| parse_count(e, at("named_users"), &self.named_users, Zero));
        let percent = parse_figure(
            e,
            at("concurrency_percent"),
            &self.concurrency_percent,
            Zero,
        );
        let per_user = parse_count(e, at("sessions_per_user"), &self.sessions_per_user, One);
        Demand {
            sessions: users.map_or(sessions, |u| named_user_sessions(u, percent, per_user)),
            named_users: users,
            concurrency_percent: percent,
            sessions_per_user: per_user,
        }
    }

    /// The peak this workspace counts, when its text can be read: the named users' figure
    /// (NU-1) with the toggle on, else the typed sessions.
    pub fn draft_sessions(&self) -> Option<u64> {
        if !self.uses_named_users {
            return number::count(&self.sessions).ok();
        }
        Some(named_user_sessions(
            number::count(&self.named_users).ok()?,
            number::figure(&self.concurrency_percent).ok()?,
            number::count(&self.sessions_per_user).ok()?,
        ))
    }

    /// Switch named users on or off; switched on with no users typed, it starts from the
    /// typed sessions, so at the default 100 % the peak does not move.
    pub(super) fn toggle_named_users(&mut self, on: bool) {
        self.uses_named_users = on;
        if on && self.named_users.trim().is_empty() {
            self.named_users = self.sessions.clone();
        }
    }
}

impl PlanDraft {
    /// The only workspace of a one-workspace plan, with its zone index.
    fn only_profile(&self) -> Option<(usize, &ProfileDraft)> {
        if self.profile_count() != 1 {
            return None;
        }
        self.zones
            .iter()
            .enumerate()
            .find_map(|(zi, z)| z.profiles.first().map(|p| (zi, p)))
    }

    fn only_profile_mut(&mut self) -> Option<&mut ProfileDraft> {
        if self.profile_count() != 1 {
            return None;
        }
        self.zones.iter_mut().find_map(|z| z.profiles.first_mut())
    }

    /// True when some workspace takes its peak from named users.
    pub fn uses_named_users(&self) -> bool {
        self.zones
            .iter()
            .flat_map(|z| &z.profiles)
            .any(|p| p.uses_named_users)
    }

    /// Whether the total box can be typed into: not when several workspaces share it and
    /// some of them count named users (their peak is not a typed figure to scale).
    pub fn peak_editable(&self) -> bool {
        self.profile_count() == 1 || !self.uses_named_users()
    }

    /// What the total box shows when named users are in use: the sum of every workspace's
    /// peak (empty while one cannot be read); `None` when no workspace uses them.
    pub(super) fn named_users_peak_text(&self) -> Option<String> {
        if !self.uses_named_users() {
            return None;
        }
        let sum: Option<u64> = self
            .zones
            .iter()
            .flat_map(|z| &z.profiles)
            .map(ProfileDraft::draft_sessions)
            .sum();
        Some(sum.map(|n| n.to_string()).unwrap_or_default())
    }

    /// Typing a session count into the total box of a one-workspace plan switches its named
    /// users off. False when the box cannot be typed into.
    pub(super) fn leave_named_users_for_peak(&mut self) -> bool {
        if !self.peak_editable() {
            return false;
        }
        if let Some(p) = self.only_profile_mut() {
            p.uses_named_users = false;
        }
        true
    }

    /// With one workspace, the path of its named users (errors there show by the users box).
    pub fn peak_users_alias(&self) -> Option<String> {
        let (zi, _) = self.only_profile()?;
        Some(format!("zones[{zi}].profiles[0].named_users"))
    }

    /// With one workspace, the path of its concurrency (errors there show by the % box).
    pub fn peak_concurrency_alias(&self) -> Option<String> {
        let (zi, _) = self.only_profile()?;
        Some(format!("zones[{zi}].profiles[0].concurrency_percent"))
    }

    /// The text of a box beside the total: users (empty while named users are off) or
    /// concurrency; `None` for other paths or a plan of several workspaces.
    pub(super) fn peak_users_text(&self, path: &str) -> Option<String> {
        let (_, p) = self.only_profile()?;
        match path {
            PEAK_USERS_PATH if p.uses_named_users => Some(p.named_users.clone()),
            PEAK_USERS_PATH => Some(String::new()),
            PEAK_CONCURRENCY_PATH => Some(p.concurrency_percent.clone()),
            _ => None,
        }
    }

    /// Type into a box beside the total: users switch named users on (off when emptied).
    pub(super) fn set_peak_users_text(&mut self, path: &str, value: String) -> bool {
        let Some(p) = self.only_profile_mut() else {
            return false;
        };
        match path {
            PEAK_USERS_PATH => {
                p.uses_named_users = !value.trim().is_empty();
                p.named_users = value;
            }
            PEAK_CONCURRENCY_PATH => p.concurrency_percent = value,
            _ => return false,
        }
        self.end_peak_shares();
        true
    }

    /// Set an agent override to a value, as the override advisor's button does (OV-1):
    /// `path` is the advice's `plan_field` (`agents.cpu_override` or `agents.ram_override`).
    pub fn set_override(&mut self, path: &str, value: Override) -> bool {
        let slot = match path {
            "agents.cpu_override" => &mut self.agents.cpu_override,
            "agents.ram_override" => &mut self.agents.ram_override,
            _ => return false,
        };
        *slot = OverrideDraft::from_override(value);
        true
    }

    /// Whether the agent override at `path` holds `value` as [`PlanDraft::set_override`]
    /// writes it (the advisor's "applied" note stays while it does).
    pub fn has_override(&self, path: &str, value: Override) -> bool {
        let slot = match path {
            "agents.cpu_override" => &self.agents.cpu_override,
            "agents.ram_override" => &self.agents.ram_override,
            _ => return false,
        };
        *slot == OverrideDraft::from_override(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{size, Deployment, Plan, Reserve};
    use crate::form::PEAK_PATH;

    const USERS: &str = "zones[0].profiles[0].named_users";
    const TOGGLE: &str = "zones[0].profiles[0].uses_named_users";

    fn fields(errs: Vec<DraftError>) -> Vec<String> {
        errs.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn nu_1_200_users_at_20_percent_read_as_40_sessions() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        // Switched on, the users start from the typed 200 at 100 %: the peak does not jump.
        assert!(d.set_flag(TOGGLE, true));
        assert_eq!(d.text(USERS).as_deref(), Some("200"));
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("200"));
        d.set_text("zones[0].profiles[0].concurrency_percent", "20".into());
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("40"));
        let plan = d.parse().unwrap();
        let p = &plan.zones[0].profiles[0];
        // The plan's sessions carry the named users' figure, for readers of `sessions` alone.
        assert_eq!(
            (p.named_users, p.concurrency_percent, p.sessions),
            (Some(200), 20.0, 40)
        );
        assert_eq!(size(&plan).unwrap().peak_sessions, 40);
        // Back off: the typed 200 is still there.
        d.set_flag(TOGGLE, false);
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("200"));
        assert_eq!(d.parse().unwrap().zones[0].profiles[0].named_users, None);
    }

    #[test]
    fn nu_1_users_at_percent_beside_the_total_switch_named_users_on_and_off() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        assert_eq!(d.text(PEAK_USERS_PATH).as_deref(), Some(""));
        assert_eq!(d.text(PEAK_CONCURRENCY_PATH).as_deref(), Some("100"));
        assert!(d.set_text(PEAK_USERS_PATH, "200".into()));
        assert!(d.set_text(PEAK_CONCURRENCY_PATH, "20".into()));
        assert_eq!(d.flag(TOGGLE), Some(true));
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("40"));
        assert_eq!(d.peak_users_alias().as_deref(), Some(USERS));
        // Emptying the users box goes back to the typed sessions.
        d.set_text(PEAK_USERS_PATH, " ".into());
        assert_eq!(d.flag(TOGGLE), Some(false));
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("200"));
        // Typing a session count in the total box also switches named users off.
        d.set_text(PEAK_USERS_PATH, "300".into());
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("60"));
        assert!(d.set_text(PEAK_PATH, "75".into()));
        assert_eq!(d.flag(TOGGLE), Some(false));
        assert_eq!(d.parse().unwrap().peak_sessions(), 75);
    }

    #[test]
    fn nu_1_only_the_side_in_use_is_read_and_refused() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.set_text("zones[0].profiles[0].concurrency_percent", "lots".into());
        assert!(d.parse().is_ok(), "hidden concurrency is not refused");
        d.set_flag(TOGGLE, true);
        d.set_text(USERS, "".into());
        d.set_text("zones[0].profiles[0].sessions", "abc".into());
        assert_eq!(
            fields(d.parse().unwrap_err()),
            [USERS, "zones[0].profiles[0].concurrency_percent"],
            "hidden sessions are not refused"
        );
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some(""));
        let paths = d.field_paths();
        assert!(paths.iter().any(|p| p == USERS));
        assert!(paths
            .iter()
            .any(|p| p == "zones[0].profiles[0].sessions_per_user"));
    }

    #[test]
    fn nu_1_several_workspaces_with_named_users_sum_into_a_total_that_cannot_be_typed() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.add_profile(0); // 10 sessions
        assert!(d.peak_editable());
        d.set_flag("zones[0].profiles[1].uses_named_users", true);
        d.set_text("zones[0].profiles[1].named_users", "100".into());
        d.set_text("zones[0].profiles[1].concurrency_percent", "50".into());
        assert!(!d.peak_editable());
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("250"));
        assert!(!d.set_text(PEAK_PATH, "500".into()));
        assert_eq!(d.text(PEAK_PATH).as_deref(), Some("250"));
        assert_eq!(d.peak_users_alias(), None);
        assert!(!d.set_text(PEAK_USERS_PATH, "5".into()));
    }

    #[test]
    fn ss_1_deployment_and_reserve_are_choices_and_round_trip() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        assert_eq!(d.choice("deployment"), Some("distributed"));
        assert!(!d.field_paths().iter().any(|p| p == "single_server.reserve"));
        assert!(d.set_choice("deployment", "single_server"));
        assert!(d.set_choice("single_server.reserve", "limits"));
        assert!(!d.set_choice("single_server.reserve", "lots"));
        assert_eq!(d.choice("single_server.reserve"), Some("limits"));
        assert!(d.field_paths().iter().any(|p| p == "single_server.reserve"));
        let plan = d.parse().unwrap();
        assert_eq!(plan.deployment, Deployment::SingleServer);
        assert_eq!(plan.single_server.reserve, Reserve::Limits);
        assert_eq!(PlanDraft::from_plan(&plan).parse(), Ok(plan));
    }

    #[test]
    fn ov_1_the_advice_applies_to_the_draft() {
        let plan = Plan::default();
        let advice = size(&plan).unwrap().override_advice.unwrap();
        let mut d = PlanDraft::from_plan(&plan);
        assert!(!d.has_override(&advice.plan_field, advice.plan_value));
        assert!(d.set_override(&advice.plan_field, advice.plan_value));
        assert!(d.has_override(&advice.plan_field, advice.plan_value));
        assert!(!d.has_override("agents.ram_override", advice.plan_value));
        assert_eq!(d.choice("agents.cpu_override.kind"), Some("absolute"));
        assert_eq!(d.text("agents.cpu_override").as_deref(), Some("32"));
        let applied = d.parse().unwrap();
        assert_eq!(applied.agents.cpu_override, Override::Absolute(32.0));
        assert!(size(&applied).unwrap().override_advice.is_none());
        assert!(!d.set_override("agents.cpus", Override::None));
    }
}
