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

use crate::engine::{size, validate, Plan, Report};
use crate::form::{FieldErrors, PlanDraft, PEAK_PATH};

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
    pub errors: Memo<FieldErrors>,
    /// How many whole plans [`AppState::load_plan`] has loaded: view state kept per zone
    /// (which workspace editors are drawn) starts afresh with each new plan.
    pub loads: RwSignal<u64>,
}

impl AppState {
    /// Build the state for a starting plan (not yet provided as context).
    pub fn new(initial: Plan) -> Self {
        let draft = RwSignal::new(PlanDraft::from_plan(&initial));
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
        let errors = Memo::new(move |_| {
            checked.with(|c| match c {
                Ok(_) => FieldErrors::default(),
                Err(e) => e.clone(),
            })
        });
        AppState {
            draft,
            plan,
            report,
            stale,
            errors,
            loads: RwSignal::new(0),
        }
    }

    /// Build the state and provide it as context to every component below.
    pub fn provide(initial: Plan) -> Self {
        let state = AppState::new(initial);
        provide_context(state);
        state
    }

    /// Replace the whole plan (URL loading, presets, Reset); the form shows it at once.
    pub fn load_plan(&self, plan: Plan) {
        self.draft.set(PlanDraft::from_plan(&plan));
        self.loads.update(|n| *n += 1);
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
    }

    /// The error message for the input at `path`, if any (reactive).
    ///
    /// The "Peak concurrent sessions" box also shows its single profile's sessions error.
    pub fn error(&self, path: &str) -> Option<String> {
        let own = self.errors.with(|e| e.message_for(path));
        if own.is_some() || path != PEAK_PATH {
            return own;
        }
        let alias = self.draft.with(|d| d.peak_alias())?;
        self.errors.with(|e| e.message_for(&alias))
    }
}

/// The [`AppState`] provided by the root component.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
