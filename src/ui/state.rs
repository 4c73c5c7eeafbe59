//! The app's shared state: the draft being typed, the plan read from it, and the last good
//! report, provided to every component through Leptos context ([`use_app_state`]).
//!
//! Flow on every keystroke: `draft` (raw text per field) -> read into a [`Plan`] (or reading
//! errors) -> engine [`validate`] (or validation errors) -> `plan` -> engine [`size`] ->
//! `report`. When a step fails, `errors` names the fields, `stale` turns true, and `plan`
//! and `report` keep their last good values, so the page never goes blank.
//!
//! Other features plug in here: URL loading, presets and Reset call [`AppState::load_plan`];
//! plan links and charts read [`AppState::plan`] and [`AppState::report`].

use leptos::prelude::*;

use crate::engine::inputs::{unused_inputs, Unused};
use crate::engine::{size, validate, Plan, Report};
use crate::form::history::{steps_for, Change, History};
use crate::form::presets::{Preset, PresetPart};
use crate::form::{FieldErrors, PlanDraft};

/// Result of reading and validating the current draft.
type Checked = Result<Plan, FieldErrors>;

/// Everything the components share; cheap to copy (it only holds signal handles).
#[derive(Clone, Copy)]
pub struct AppState {
    /// What the user typed, raw text per field (so `12a` stays in its box).
    pub draft: RwSignal<PlanDraft>,
    /// The last plan that read and sized without errors (the current one when valid).
    pub plan: Memo<Plan>,
    /// The report of [`AppState::plan`]; `None` only if no plan has been valid yet.
    pub report: Memo<Option<Report>>,
    /// True while the draft has errors, so the report shown is for an earlier plan.
    pub stale: Memo<bool>,
    /// Error messages by dotted field path (`zones[0].profiles[1].cpu_cores`), from reading
    /// the draft or from the engine's validation; empty when the plan is valid.
    pub errors: ReadSignal<FieldErrors>,
    /// How many whole plans [`AppState::load_plan`] has loaded: view state kept per zone
    /// (which workspace editors are drawn) starts afresh with each new plan.
    pub loads: RwSignal<u64>,
    /// The inputs the plan as chosen does not use, with the reason and rule (issue 14,
    /// item 3); follows the choices only, so typing a figure never recomputes it.
    pub unused: ReadSignal<Vec<Unused>>,
    /// Every change of the draft this session, for Undo and Redo (issue 14, item 6).
    history: StoredValue<History<PlanDraft>>,
    /// Whether there is something to undo and to redo (the buttons follow it).
    pub can_undo_redo: RwSignal<(bool, bool)>,
}

/// A value computed from others that tells its readers only when it really changes.
///
/// A memo's readers are woken whenever one of its sources changes, to check whether the memo
/// did; with every input field reading its error and whether it applies, that was a few
/// hundred wake-ups a keystroke for values that almost never change. Behind a signal set
/// only on change, a keystroke wakes one effect instead.
fn settled<T: Clone + PartialEq + Send + Sync + 'static>(
    compute: impl Fn() -> T + Send + Sync + 'static,
) -> ReadSignal<T> {
    let value = RwSignal::new(untrack(&compute));
    Effect::new(move |_| {
        let next = compute();
        if value.with_untracked(|now| *now != next) {
            value.set(next);
        }
    });
    value.read_only()
}

/// The clock in milliseconds: when a keystroke happened, for joining keystrokes in one
/// input into one undo step.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl AppState {
    /// Build the state for a starting plan (not yet provided as context).
    pub fn new(initial: Plan) -> Self {
        let first = PlanDraft::from_plan(&initial);
        let history = StoredValue::new(History::new(
            first.clone(),
            steps_for(first.profile_count()),
        ));
        let draft = RwSignal::new(first);
        // Reading and validating is cheap; sizing (formatting every "why" and setting) is
        // not, so it runs only where the report is read: errors, the stale mark and the
        // plan (and with them the form and the link) never wait for it.
        let checked: Memo<Checked> = Memo::new(move |_| {
            draft.with(|d| match d.parse() {
                Err(e) => Err(FieldErrors::from_draft(&e)),
                Ok(plan) => match validate(&plan) {
                    Ok(()) => Ok(plan),
                    Err(e) => Err(FieldErrors::from_engine(&e)),
                },
            })
        });
        let plan = Memo::new(move |prev: Option<&Plan>| {
            checked.with(|c| match (c, prev) {
                (Ok(p), _) => p.clone(),
                (Err(_), Some(prev)) => prev.clone(),
                (Err(_), None) => initial.clone(),
            })
        });
        let stale = Memo::new(move |_| checked.with(|c| c.is_err()));
        // The report of the plan while the draft is valid; the last one while it is not
        // (None if no plan has been valid yet).
        let report = Memo::new(move |prev: Option<&Option<Report>>| {
            if stale.get() {
                prev.cloned().flatten()
            } else {
                plan.with(|p| size(p).ok())
            }
        });
        let errors = settled(move || {
            checked.with(|c| match c {
                Ok(_) => FieldErrors::default(),
                Err(e) => e.clone(),
            })
        });
        let choices = Memo::new(move |_| draft.with(PlanDraft::choices));
        let unused = settled(move || choices.with(unused_inputs));
        AppState {
            draft,
            plan,
            report,
            stale,
            errors,
            loads: RwSignal::new(0),
            unused,
            history,
            can_undo_redo: RwSignal::new((false, false)),
        }
    }

    /// Build the state and provide it as context to every component below.
    pub fn provide(initial: Plan) -> Self {
        let state = AppState::new(initial);
        provide_context(state);
        state
    }

    /// Record the draft as it is now as one change (a step, or a keystroke that may join
    /// the step of the keystrokes before it).
    fn record(&self, change: Change<'_>) {
        let now = self.draft.with_untracked(Clone::clone);
        let can = self.history.try_update_value(|h| {
            h.record(now, change);
            (h.can_undo(), h.can_redo())
        });
        if let Some(can) = can {
            if self.can_undo_redo.get_untracked() != can {
                self.can_undo_redo.set(can);
            }
        }
    }

    /// Replace the whole plan (presets, examples, Reset, a restored plan) as one step that
    /// Undo takes back; the form shows it at once.
    pub fn load_plan(&self, plan: Plan) {
        self.load_draft(PlanDraft::from_plan(&plan));
    }

    /// Replace the whole draft as one undoable step.
    pub fn load_draft(&self, draft: PlanDraft) {
        let limit = steps_for(draft.profile_count());
        self.draft.set(draft);
        self.loads.update(|n| *n += 1);
        self.history.update_value(|h| h.set_limit(limit));
        self.record(Change::Step);
    }

    /// Apply a preset: an example replaces the whole plan, an agent or proxy preset only
    /// its own part (issue 14, item 6); either is one step that Undo takes back.
    pub fn apply_preset(&self, preset: &Preset) {
        let next = self.draft.with_untracked(|d| preset.apply(d));
        if preset.part == PresetPart::Example {
            self.load_draft(next);
        } else {
            self.draft.set(next);
            self.record(Change::Step);
        }
    }

    /// Open the page with `plan` (from its link): the history starts there, with nothing
    /// to undo.
    pub fn open_plan(&self, plan: Plan) {
        let draft = PlanDraft::from_plan(&plan);
        self.history.set_value(History::new(
            draft.clone(),
            steps_for(draft.profile_count()),
        ));
        self.draft.set(draft);
        self.loads.update(|n| *n += 1);
        self.can_undo_redo.set((false, false));
    }

    /// Go one change back (`redo` false) or forward again (`redo` true), if there is one.
    pub fn undo_redo(&self, redo: bool) {
        let back = self.history.try_update_value(|h| {
            let d = if redo { h.redo() } else { h.undo() }.cloned();
            (d, (h.can_undo(), h.can_redo()))
        });
        if let Some((Some(draft), can)) = back {
            self.draft.set(draft);
            self.can_undo_redo.set(can);
        }
    }

    /// A text box lost focus: the next keystroke starts a new undo step.
    pub fn end_typing(&self) {
        self.history.update_value(History::break_typing);
    }

    /// Run `reset` after every later [`AppState::load_plan`]: view state kept per plan (which
    /// editors or list rows are drawn) starts afresh with each new plan.
    pub fn on_plan_loaded(&self, reset: impl Fn() + Send + Sync + 'static) {
        let loads = self.loads;
        Effect::new(move |prev: Option<u64>| {
            let now = loads.get();
            if prev.is_some_and(|p| p != now) {
                reset();
            }
            now
        });
    }

    /// Change the draft with any edit (add a profile, rename a zone, ...).
    pub fn edit(&self, f: impl FnOnce(&mut PlanDraft)) {
        self.draft.update(f);
        self.record(Change::Step);
    }

    /// The raw text of the input at `path` (reactive; empty if there is none).
    pub fn text(&self, path: &str) -> String {
        self.draft.with(|d| d.text(path)).unwrap_or_default()
    }

    /// Type `value` into the input at `path`.
    pub fn set_text(&self, path: &str, value: String) {
        self.draft.update(|d| {
            d.set_text(path, value);
        });
        self.record(Change::Typing {
            path,
            at_ms: now_ms(),
        });
    }

    /// The code of the choice at `path` (reactive; empty if there is none).
    pub fn choice(&self, path: &str) -> &'static str {
        self.draft.with(|d| d.choice(path)).unwrap_or("")
    }

    /// Pick the choice `code` at `path`.
    pub fn set_choice(&self, path: &str, code: &str) {
        self.draft.update(|d| {
            d.set_choice(path, code);
        });
        self.record(Change::Step);
    }

    /// Whether the checkbox at `path` is ticked (reactive).
    pub fn flag(&self, path: &str) -> bool {
        self.draft.with(|d| d.flag(path)).unwrap_or(false)
    }

    /// Tick or untick the checkbox at `path`.
    pub fn set_flag(&self, path: &str, on: bool) {
        self.draft.update(|d| {
            d.set_flag(path, on);
        });
        self.record(Change::Step);
    }

    /// The error message shown at the input at `path`, if any (reactive); the "Peak
    /// concurrent sessions" box also shows its single profile's sessions error.
    pub fn error(&self, path: &str) -> Option<String> {
        self.errors.with(|e| {
            if e.is_empty() {
                None
            } else {
                self.draft.with(|d| e.shown_at(d, path))
            }
        })
    }

    /// Why the input at `path` does not apply to the plan as chosen, with its rule
    /// (reactive); `None` when it applies.
    pub fn unused(&self, path: &str) -> Option<(&'static str, &'static str)> {
        self.unused.with(|u| {
            u.iter()
                .find(|u| u.path == path)
                .map(|u| (u.reason, u.rule))
        })
    }
}

/// The [`AppState`] provided by the root component.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
