//! The page's first draw in stages, results first: a person (and a phone on a slow
//! network) sees the figures before the form and the charts are built, and a big plan
//! (issue 6, stress) draws one heavy part per task, so no task blocks the page for long.
//!
//! The root component counts stages up on timers set in order; a part drawn at stage `n`
//! waits for [`Stages::reached`]`(n)`. A small plan draws every result in the first task
//! and the form and the charts in the next one.

use std::time::Duration;

use leptos::prelude::*;

/// The stage a big plan's first draw has reached, provided as context by the root.
#[derive(Clone, Copy)]
pub struct Stages(RwSignal<u32>);

/// The parts of the page in the order they are first drawn.
pub mod stage {
    /// The sizing itself (the report memo), before anything shows it.
    pub const SIZING: u32 = 1;
    /// The status line, summary, warnings and bill of materials.
    pub const RESULTS: u32 = 2;
    /// The web app and database cards.
    pub const FIRST_CARDS: u32 = 3;
    /// The agents card.
    pub const AGENTS: u32 = 4;
    /// The connection proxy and load balancing cards.
    pub const LAST_CARDS: u32 = 5;
    /// The form.
    pub const FORM: u32 = 6;
    /// The charts and the compare view.
    pub const CHARTS: u32 = 7;
}

impl Stages {
    /// Provide the stages: for a small plan the results at once and the rest in the next
    /// task, for a big one each stage in a task of its own. `on_sizing` runs in the sizing
    /// stage (it reads the report so the sizing has its own task).
    pub fn provide(big: bool, on_sizing: impl Fn() + Copy + 'static) -> Self {
        let last = stage::CHARTS;
        let first = if big { 0 } else { stage::LAST_CARDS };
        let stages = Stages(RwSignal::new(first));
        provide_context(stages);
        if big {
            for n in 1..=last {
                // Timers set now run in order, each in a task of its own. `try_`: a test
                // may unmount the app before they run.
                set_timeout(
                    move || {
                        if n == stage::SIZING {
                            on_sizing();
                        }
                        _ = stages.0.try_set(n);
                    },
                    Duration::ZERO,
                );
            }
        } else {
            set_timeout(move || _ = stages.0.try_set(last), Duration::ZERO);
        }
        stages
    }

    /// Whether stage `n` is reached (tracked). Outside an app every stage is reached.
    pub fn reached(n: u32) -> Signal<bool> {
        match use_context::<Stages>() {
            Some(s) => Signal::derive(move || s.0.get() >= n),
            None => Signal::derive(|| true),
        }
    }
}
