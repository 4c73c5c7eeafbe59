//! Event listeners the app attaches itself, with one handler type for all of them.
//!
//! Leptos's typed `on:click=...` compiles its own attach and dispatch code for every
//! handler (about 900 bytes of wasm each, thirteen of them). Every region here already
//! delegates: one listener per event kind on a container reads `data-action` or
//! `data-path` from the event's target. So a handler is a boxed `Fn(Event)`, attached with
//! the `use:`[`listen`] directive to a `view!` container or with `markup::live_on` to a
//! markup root.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// An event handler; it gets every event of its kind that bubbles up to its element.
pub type Handler = Box<dyn Fn(Event)>;

/// A handler wrapped for JavaScript, with the event name it listens to.
type Wrapped = (&'static str, Closure<dyn Fn(Event)>);

/// Listeners for one element: attached to it while it is on the page, detached when it is
/// replaced or its view goes away (and freed with this value).
pub struct Listeners {
    handlers: Vec<Wrapped>,
    on: RefCell<Option<Element>>,
}

impl Listeners {
    /// Wrap each handler once for JavaScript.
    pub fn new(on: Vec<(&'static str, Handler)>) -> Self {
        Listeners {
            handlers: on.into_iter().map(|(n, h)| (n, Closure::wrap(h))).collect(),
            on: RefCell::new(None),
        }
    }

    /// Listen on `el` (moving off the element listened on before, if any).
    pub fn attach(&self, el: &Element) {
        if let Some(old) = self.on.borrow_mut().replace(el.clone()) {
            self.set(&old, false);
        }
        self.set(el, true);
    }

    /// Stop listening (on the element listened on, if any).
    pub fn detach(&self) {
        if let Some(el) = self.on.borrow_mut().take() {
            self.set(&el, false);
        }
    }

    fn set(&self, el: &Element, on: bool) {
        for (name, f) in &self.handlers {
            let f = f.as_ref().unchecked_ref();
            let _ = if on {
                el.add_event_listener_with_callback(name, f)
            } else {
                el.remove_event_listener_with_callback(name, f)
            };
        }
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        self.detach();
    }
}

/// Listeners for an element of a `view!`, put on it with the `use:listen` directive:
/// `let on = listeners(vec![("click", handler)]);` then `<div use:listen=on>`. They are
/// detached and freed with the component that called this.
#[derive(Clone)]
pub struct On(Rc<Listeners>);

/// Wrap `on` for the `use:listen` directive (see [`On`]).
pub fn listeners(on: Vec<(&'static str, Handler)>) -> On {
    let listeners = Rc::new(Listeners::new(on));
    let kept = SendWrapper::new(listeners.clone());
    on_cleanup(move || kept.detach());
    On(listeners)
}

/// The `use:listen` directive: attach the listeners to the element once it is built.
///
/// A directive rather than a `node_ref`: a node ref's load hook is a reactive effect of its
/// own, and the directive made the first load 0.6 KB brotli smaller (measured).
pub fn listen(el: Element, on: On) {
    on.0.attach(&el);
}
