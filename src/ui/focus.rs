//! Keyboard focus after an edit that removes or adds the control a person was on.

use wasm_bindgen::JsCast;

/// Focus the element with id `id` once the page has drawn the edit that creates it.
pub fn focus_later(id: String) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = leptos::prelude::document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
