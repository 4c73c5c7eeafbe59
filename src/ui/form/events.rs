//! One listener per kind of event on the whole form: inputs and selects name their draft
//! field in `data-path`, buttons name what they do in `data-action`.
//!
//! Actions: `add-zone`, `remove-zone:Z`, `add-profile:Z`, `remove-profile:Z:P`,
//! `preset:ID` (Z and P are indices).

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement};

use crate::form::presets::PRESETS;
use crate::form::PEAK_PATH;
use crate::ui::actions::clicked_action;
use crate::ui::state::AppState;

fn target(ev: &Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

/// Typing in a text box.
pub fn on_input(state: AppState, ev: Event) {
    let Some(el) = target(&ev) else { return };
    let Some(path) = el.get_attribute("data-path") else {
        return;
    };
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        if input.type_() != "checkbox" {
            state.set_text(&path, input.value());
        }
    }
}

/// A select picked or a checkbox ticked.
pub fn on_change(state: AppState, ev: Event) {
    let Some(el) = target(&ev) else { return };
    let Some(path) = el.get_attribute("data-path") else {
        return;
    };
    if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        state.set_choice(&path, &select.value());
    } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "checkbox" {
            state.set_flag(&path, input.checked());
        }
    }
}

/// Leaving the total box ends a proportional edit of the profiles' sessions.
pub fn on_focus_out(state: AppState, ev: Event) {
    if target(&ev)
        .and_then(|el| el.get_attribute("data-path"))
        .as_deref()
        == Some(PEAK_PATH)
    {
        state.edit(|d| d.finish_peak_edit());
    }
}

/// A click on a button with a `data-action`.
pub fn on_click(state: AppState, ev: Event) {
    let Some(action) = clicked_action(&ev) else {
        return;
    };
    let mut parts = action.split(':');
    let verb = parts.next().unwrap_or("");
    let mut index = || parts.next().and_then(|n| n.parse::<usize>().ok());
    match verb {
        "add-zone" => state.edit(|d| d.add_zone()),
        "remove-zone" => {
            if let Some(z) = index() {
                state.edit(|d| d.remove_zone(z));
            }
        }
        "add-profile" => {
            if let Some(z) = index() {
                state.edit(|d| d.add_profile(z));
            }
        }
        "remove-profile" => {
            if let (Some(z), Some(p)) = (index(), index()) {
                state.edit(|d| d.remove_profile(z, p));
            }
        }
        "preset" => {
            let id = action.strip_prefix("preset:").unwrap_or("");
            if let Some(p) = PRESETS.iter().find(|p| p.id == id) {
                state.load_plan((p.plan)());
            }
        }
        _ => {}
    }
}
