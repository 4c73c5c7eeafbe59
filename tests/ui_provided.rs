//! Browser tests of `ui::provided`: a slot holds what the living provider put in it, and a
//! provider that goes away empties it, unless a later provider has filled it since.

#![cfg(target_arch = "wasm32")]

use kasm_sizer::ui::provided::{get, provide, Slot};
use leptos::prelude::Owner;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    static NUMBER: Slot<u32> = const { Slot::new() };
}

#[wasm_bindgen_test]
fn a_slot_holds_the_value_of_its_living_provider_only() {
    assert_eq!(get(&NUMBER), None, "empty before anything is provided");

    let first = Owner::new();
    first.with(|| provide(&NUMBER, 1));
    assert_eq!(get(&NUMBER), Some(1));
    first.cleanup();
    assert_eq!(
        get(&NUMBER),
        None,
        "the provider's cleanup empties the slot"
    );

    // A remount: the new provider fills the slot before the old one goes away, and the old
    // one's cleanup must leave the new value alone.
    let old = Owner::new();
    old.with(|| provide(&NUMBER, 2));
    let new = Owner::new();
    new.with(|| provide(&NUMBER, 3));
    old.cleanup();
    assert_eq!(
        get(&NUMBER),
        Some(3),
        "a later provider's value survives an older cleanup"
    );
    new.cleanup();
    assert_eq!(get(&NUMBER), None);
}
