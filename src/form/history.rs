//! Undo and redo for every change of the plan (issue 14, item 6).
//!
//! The history keeps whole drafts ([`super::PlanDraft`]), so undo brings back exactly what
//! the form showed, half-typed text included. Every change is recorded as one step, with
//! one exception: keystrokes in the same input that follow each other within
//! [`COALESCE_MS`] are one step (typing `1500` is one step, not four). Reset, an example,
//! a preset, adding or removing a zone or workspace, a choice: each is one step of its own
//! and can be undone. The history holds at most [`History::limit`] steps back; the oldest
//! go first. It lives as long as the page (the session): the page keeps one `History` and
//! records every change through it.

/// Keystrokes in one input closer together than this are one undo step.
pub const COALESCE_MS: f64 = 1000.0;
/// Most steps kept for undo, for plans of up to [`STEP_BUDGET`] / 100 workspaces.
pub const MAX_STEPS: usize = 100;
/// Workspaces times steps the history holds at most: a big plan keeps fewer steps.
pub const STEP_BUDGET: usize = 20_000;
/// Fewest steps kept, however big the plan.
pub const MIN_STEPS: usize = 10;

/// The number of undo steps to keep for a plan of `workspaces` workspaces.
pub fn steps_for(workspaces: usize) -> usize {
    (STEP_BUDGET / workspaces.max(1)).clamp(MIN_STEPS, MAX_STEPS)
}

/// What kind of change is recorded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change<'a> {
    /// A keystroke in the input at `path`, at `at_ms` (any clock in milliseconds).
    Typing {
        /// Dotted path of the input.
        path: &'a str,
        /// When, in milliseconds.
        at_ms: f64,
    },
    /// Anything else: a choice, a checkbox, a button (reset, example, preset, add, remove).
    Step,
}

/// Past states, the present one and undone ones.
#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    present: T,
    future: Vec<T>,
    /// The input and time of the last keystroke, while typing may still join its step.
    typing: Option<(String, f64)>,
    limit: usize,
}

/// An undo or redo asked for from the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryKey {
    /// Ctrl+Z (Cmd+Z).
    Undo,
    /// Ctrl+Shift+Z, or Ctrl+Y (Cmd+Shift+Z).
    Redo,
}

/// The history action for a key press, if any: Ctrl+Z (or Cmd+Z) undoes, Ctrl+Shift+Z and
/// Ctrl+Y redo. Inside a text field the browser's own undo of that field's text wins, so
/// nothing is returned there; Alt+ combinations are left alone.
pub fn shortcut(
    key: &str,
    ctrl_or_meta: bool,
    shift: bool,
    alt: bool,
    in_text_field: bool,
) -> Option<HistoryKey> {
    if !ctrl_or_meta || alt || in_text_field {
        return None;
    }
    match (key.to_ascii_lowercase().as_str(), shift) {
        ("z", false) => Some(HistoryKey::Undo),
        ("z", true) | ("y", false) => Some(HistoryKey::Redo),
        _ => None,
    }
}

impl<T: Clone + PartialEq> History<T> {
    /// A history that starts at `present`, keeping up to `limit` steps back (at least 1).
    pub fn new(present: T, limit: usize) -> Self {
        History {
            past: Vec::new(),
            present,
            future: Vec::new(),
            typing: None,
            limit: limit.max(1),
        }
    }

    /// The current state.
    pub fn present(&self) -> &T {
        &self.present
    }

    /// Most steps kept back.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Keep at most `limit` steps back from now on (the oldest go first).
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.max(1);
        self.trim();
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Steps that can be undone.
    pub fn undo_steps(&self) -> usize {
        self.past.len()
    }

    /// Record `next` as the new present. A keystroke that follows one in the same input
    /// within [`COALESCE_MS`] joins its step; anything else starts a new one. A change
    /// that changes nothing is not recorded. Redo steps are dropped, as in any editor.
    pub fn record(&mut self, next: T, change: Change<'_>) {
        if next == self.present {
            return;
        }
        let joins = match (change, &self.typing) {
            (Change::Typing { path, at_ms }, Some((last, last_ms))) => {
                path == last && at_ms >= *last_ms && at_ms - last_ms <= COALESCE_MS
            }
            _ => false,
        };
        if !joins {
            self.past.push(std::mem::replace(&mut self.present, next));
            self.trim();
        } else {
            self.present = next;
        }
        self.future.clear();
        self.typing = match change {
            Change::Typing { path, at_ms } => Some((path.to_string(), at_ms)),
            Change::Step => None,
        };
    }

    /// End the current typing step (the input lost focus): the next keystroke starts a new
    /// step even in the same input.
    pub fn break_typing(&mut self) {
        self.typing = None;
    }

    /// Go one step back; the state to show, or `None` with nothing to undo.
    pub fn undo(&mut self) -> Option<&T> {
        let prev = self.past.pop()?;
        self.future.push(std::mem::replace(&mut self.present, prev));
        self.typing = None;
        Some(&self.present)
    }

    /// Go one undone step forward again; the state to show, or `None` with nothing to redo.
    pub fn redo(&mut self) -> Option<&T> {
        let next = self.future.pop()?;
        self.past.push(std::mem::replace(&mut self.present, next));
        self.typing = None;
        Some(&self.present)
    }

    fn trim(&mut self) {
        if self.past.len() > self.limit {
            let extra = self.past.len() - self.limit;
            self.past.drain(..extra);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Plan;
    use crate::form::presets::preset;
    use crate::form::PlanDraft;

    fn typing(path: &str, at_ms: f64) -> Change<'_> {
        Change::Typing { path, at_ms }
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_change_drops_the_redo_steps() {
        let mut h = History::new(0, 10);
        assert!(!h.can_undo() && !h.can_redo());
        h.record(1, Change::Step);
        h.record(2, Change::Step);
        assert_eq!(h.undo(), Some(&1));
        assert_eq!(h.undo(), Some(&0));
        assert_eq!(h.undo(), None);
        assert_eq!(h.redo(), Some(&1));
        h.record(5, Change::Step);
        assert!(!h.can_redo());
        assert_eq!(h.undo(), Some(&1));
        // Recording the present again is no step.
        h.record(1, Change::Step);
        assert_eq!(h.undo_steps(), 1);
    }

    #[test]
    fn typing_in_one_input_within_a_second_is_one_step() {
        let mut h = History::new(String::new(), 10);
        for (i, t) in ["1", "15", "150", "1500"].iter().enumerate() {
            h.record(t.to_string(), typing("peak_sessions", 100.0 * i as f64));
        }
        assert_eq!(h.undo_steps(), 1);
        // A pause, another input or a lost focus starts a new step.
        h.record("15000".into(), typing("peak_sessions", 2000.0));
        h.record("a".into(), typing("agents.cpus", 2100.0));
        h.break_typing();
        h.record("ab".into(), typing("agents.cpus", 2200.0));
        assert_eq!(h.undo_steps(), 4);
        assert_eq!(h.undo().map(String::as_str), Some("a"));
        assert_eq!(h.undo().map(String::as_str), Some("15000"));
        assert_eq!(h.undo().map(String::as_str), Some("1500"));
        assert_eq!(h.undo().map(String::as_str), Some(""));
    }

    #[test]
    fn the_oldest_steps_go_first_beyond_the_limit() {
        let mut h = History::new(0, 3);
        for i in 1..=10 {
            h.record(i, Change::Step);
        }
        assert_eq!(h.undo_steps(), 3);
        while h.undo().is_some() {}
        assert_eq!(h.present(), &7);
        assert_eq!(steps_for(1), MAX_STEPS);
        assert_eq!(steps_for(1000), 20);
        assert_eq!(steps_for(100_000), MIN_STEPS);
    }

    #[test]
    fn reset_and_an_example_can_be_undone_back_to_the_hand_built_plan() {
        // Item 6: a preset or Reset wiped the plan with no way back.
        let mut built = PlanDraft::from_plan(&Plan::default());
        built.add_zone();
        built.set_text("zones[1].profiles[0].sessions", "450".into());
        let mut h = History::new(PlanDraft::from_plan(&Plan::default()), 100);
        h.record(built.clone(), Change::Step);
        let example = preset("default").unwrap().apply(h.present());
        h.record(example, Change::Step);
        assert_eq!(h.present().zones.len(), 1);
        assert_eq!(h.undo(), Some(&built));
        assert_eq!(h.redo().map(|d| d.zones.len()), Some(1));
    }

    #[test]
    fn ctrl_z_undoes_and_ctrl_shift_z_redoes_outside_text_fields() {
        assert_eq!(
            shortcut("z", true, false, false, false),
            Some(HistoryKey::Undo)
        );
        assert_eq!(
            shortcut("Z", true, true, false, false),
            Some(HistoryKey::Redo)
        );
        assert_eq!(
            shortcut("y", true, false, false, false),
            Some(HistoryKey::Redo)
        );
        // In a text field the browser undoes that field's own text.
        assert_eq!(shortcut("z", true, false, false, true), None);
        assert_eq!(shortcut("z", false, false, false, false), None);
        assert_eq!(shortcut("z", true, false, true, false), None);
        assert_eq!(shortcut("x", true, false, false, false), None);
    }
}
