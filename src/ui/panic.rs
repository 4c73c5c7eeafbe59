//! A panic anywhere must not leave a dead page: besides logging to the console, the hook puts
//! a plain alert box at the top of the page with a link that reloads the same plan (it is in
//! the address bar) and one that starts over from the defaults. Built from DOM text nodes only.

use wasm_bindgen::JsCast;

/// Install the panic hook: console report first, then the recovery box.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // The box says the plan is in the address bar: make it so if a write is waiting.
        super::share::flush();
        show_recovery_box();
    }));
}

/// Add the recovery box once; every step may fail quietly, since we are already panicking.
fn show_recovery_box() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    if document.get_element_by_id("panic-notice").is_some() {
        return Some(());
    }
    let location = window.location();
    let this_plan = location.href().ok()?;
    let start_over = location.pathname().ok()?;
    let panel = document.create_element("div").ok()?;
    panel.set_id("panic-notice");
    panel.set_class_name("panic-notice");
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("data-testid", "panic-notice").ok()?;
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(
        "The calculator hit an internal error and stopped. Your plan is kept in the address bar.",
    ));
    panel.append_child(&text).ok()?;
    for (label, href, test_id) in [
        ("Reload this plan", this_plan.as_str(), "panic-reload"),
        (
            "Start over with the default plan",
            start_over.as_str(),
            "panic-reset",
        ),
    ] {
        let link = document.create_element("a").ok()?;
        link.set_attribute("href", href).ok()?;
        link.set_attribute("data-testid", test_id).ok()?;
        link.set_text_content(Some(label));
        panel.append_child(&link).ok()?;
    }
    let body: web_sys::HtmlElement = document.body()?.unchecked_into();
    body.prepend_with_node_1(&panel).ok()?;
    Some(())
}
