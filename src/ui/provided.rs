//! Shared values handed from a component to the components it draws, one slot per kind.
//!
//! Leptos's context (`provide_context` / `use_context`) finds a value by its type in a map
//! kept on each reactive owner, walking up the owner tree. That generality costs 2.9 KB
//! brotli of the first load (a type map, type ids and downcasts; measured 2026-11-29), and
//! the page needs none of it: there is one app, with one [`crate::ui::state::AppState`],
//! one share state and one results column. So each such value lives in a per-thread
//! [`Slot`]: [`provide`] fills it for as long as the providing component lives, and
//! [`get`] reads it.
//!
//! When the provider goes away its cleanup empties the slot, unless a later provider has
//! filled it since (a fresh mount in a test, a results column drawn again): a component
//! drawn later never sees a value whose signals are gone.

use std::cell::Cell;
use std::thread::LocalKey;

use leptos::prelude::on_cleanup;

/// A slot for one shared value; declare it with `thread_local!` and use [`provide`] and
/// [`get`].
pub struct Slot<T>(Cell<Option<(u64, T)>>);

impl<T> Slot<T> {
    /// An empty slot.
    pub const fn new() -> Self {
        Slot(Cell::new(None))
    }
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    /// Number of the next [`provide`], so a cleanup only empties the slot it filled.
    static NEXT: Cell<u64> = const { Cell::new(0) };
}

/// Put `value` in `slot` until the current reactive owner (the providing component) is
/// cleaned up.
pub fn provide<T: Copy + 'static>(slot: &'static LocalKey<Slot<T>>, value: T) {
    let number = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    slot.with(|s| s.0.set(Some((number, value))));
    on_cleanup(move || {
        slot.with(|s| {
            if matches!(s.0.get(), Some((filled_by, _)) if filled_by == number) {
                s.0.set(None);
            }
        })
    });
}

/// The value in `slot`, if a living component provided one.
pub fn get<T: Copy + 'static>(slot: &'static LocalKey<Slot<T>>) -> Option<T> {
    slot.with(|s| s.0.get().map(|(_, value)| value))
}
