//! Buttons drawn as markup name what they do in `data-action` (`show-profiles:3`, `copy`);
//! one click handler per region reads it from the click that bubbles up.

use wasm_bindgen::JsCast;

use crate::markup::{el, El};

/// A `<button type="button">` that names what it does in `data-action` (read back by
/// [`clicked_action`]); add a test id, class or `disabled` as needed.
pub fn action_button(action: impl Into<String>, label: &str) -> El {
    el("button")
        .attr("type", "button")
        .attr("data-action", action)
        .text(label)
}

/// The `data-action` of the enabled button the click `ev` landed in (or on), if any.
pub fn clicked_action(ev: &web_sys::Event) -> Option<String> {
    let button = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("button[data-action]")
        .ok()??;
    if button.has_attribute("disabled") {
        return None;
    }
    button.get_attribute("data-action")
}
