//! Buttons drawn as markup name what they do in `data-action` (`show-profiles:3`, `copy`);
//! one click handler per region reads it from the click that bubbles up.

use wasm_bindgen::JsCast;

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
