//! Puts a [`crate::markup`] tree on the page and keeps it up to date.
//!
//! [`Markup`] is a Leptos view: return it from a reactive closure (`move || Markup::from(tree)`)
//! and each new tree is patched into the one on the page: text and attributes that changed
//! are set, children are matched by position, and an element is replaced only when its tag
//! changes. State the browser keeps on an element (an open `<details>`, focus, a copy
//! button's "Copied") survives a patch unless the tree itself changes that element.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::IntoView;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::listen::{Handler, Listeners};

use crate::markup::ops::{Drawn, Ids, Ops};
use crate::markup::El;

// The page side: applies a list of edits in one call and keeps the nodes by number.
#[wasm_bindgen(module = "/src/ui/dom_ops.js")]
extern "C" {
    #[wasm_bindgen(js_name = applyOps)]
    fn apply_ops(words: &[u32], text: &str);
    #[wasm_bindgen(js_name = nodeOf)]
    fn node_of(id: u32) -> Element;
}

thread_local! {
    /// Node numbers for every markup view on the page.
    static IDS: RefCell<Ids> = RefCell::default();
}

/// Write down edits with the shared numbering, then apply them in one call.
fn edit<T>(write: impl FnOnce(&mut Ops, &mut Ids) -> T) -> T {
    let mut ops = Ops::default();
    let out = IDS.with(|ids| write(&mut ops, &mut ids.borrow_mut()));
    if !ops.is_empty() {
        apply_ops(&ops.words, &ops.text);
    }
    out
}

/// A reactive markup view: `draw` runs again whenever a signal it reads changes, and its
/// tree (or nothing, for `None`) is patched into the page.
///
/// Every caller gets the same view type (the drawing function is boxed), so the reactive
/// rendering code is compiled once for the whole app rather than once per closure.
pub fn live(draw: impl Fn() -> Option<El> + Send + Sync + 'static) -> impl IntoView {
    view_of(Box::new(draw), None)
}

/// [`live`], with event listeners on the tree's root element: `on` pairs event names with
/// handlers, which get every such event that bubbles up from the tree (one listener per
/// region, reading `data-action` or `data-path`, rather than one per button or input).
pub fn live_on(
    on: Vec<(&'static str, Handler)>,
    draw: impl Fn() -> Option<El> + Send + Sync + 'static,
) -> impl IntoView {
    view_of(
        Box::new(draw),
        Some(SendWrapper::new(Rc::new(Listeners::new(on)))),
    )
}

type Draw = Box<dyn Fn() -> Option<El> + Send + Sync>;

/// The one reactive view type behind [`live`] and [`live_on`].
fn view_of(draw: Draw, listeners: Option<SendWrapper<Rc<Listeners>>>) -> impl IntoView {
    move || {
        draw().map(|tree| Markup {
            tree,
            listeners: listeners.clone(),
        })
    }
}

/// A markup tree with a single element at its root, as a Leptos view.
pub struct Markup {
    tree: El,
    /// Listeners for the root element, attached while it is on the page.
    listeners: Option<SendWrapper<Rc<Listeners>>>,
}

impl From<El> for Markup {
    fn from(tree: El) -> Self {
        Markup {
            tree,
            listeners: None,
        }
    }
}

/// What stays mounted: the tree last drawn, the numbers of its nodes, its root element and
/// the listeners on it.
pub struct MarkupState {
    tree: El,
    drawn: Drawn,
    root: Element,
    listeners: Option<SendWrapper<Rc<Listeners>>>,
}

impl Drop for MarkupState {
    fn drop(&mut self) {
        // The view is gone (unmounted first): let the page forget its nodes.
        edit(|ops, ids| ops.forget(ids, &self.drawn));
        if let Some(l) = &self.listeners {
            l.detach();
        }
    }
}

impl Mountable for MarkupState {
    fn unmount(&mut self) {
        self.root.remove();
    }

    fn mount(&mut self, parent: &Element, marker: Option<&web_sys::Node>) {
        let _ = parent.insert_before(&self.root, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self.root.parent_element() {
            Some(parent) => {
                child.mount(&parent, Some(&self.root));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        vec![self.root.clone()]
    }
}

impl Render for Markup {
    type State = MarkupState;

    fn build(self) -> MarkupState {
        let drawn = edit(|ops, ids| ops.draw_el(ids, &self.tree));
        let root = node_of(drawn.id);
        if let Some(l) = &self.listeners {
            l.attach(&root);
        }
        MarkupState {
            root,
            tree: self.tree,
            drawn,
            listeners: self.listeners,
        }
    }

    fn rebuild(self, state: &mut MarkupState) {
        // The patch walks both trees once and writes edits only where they differ.
        let root = state.drawn.id;
        edit(|ops, ids| ops.patch(ids, &mut state.drawn, &state.tree, &self.tree));
        if state.drawn.id != root {
            // The root's tag changed: it was replaced, and its listeners move with it.
            let fresh = node_of(state.drawn.id);
            if let Some(l) = &state.listeners {
                l.attach(&fresh);
            }
            state.root = fresh;
        }
        state.tree = self.tree;
    }
}

impl AddAnyAttr for Markup {
    type Output<SomeNewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        // Attributes belong in the tree; a spread onto it is ignored.
        self
    }
}

impl RenderHtml for Markup {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        // Client-side rendering only: there is no server to render HTML for.
        *position = Position::NextChild;
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        position: &PositionState,
    ) -> MarkupState {
        position.set(Position::NextChild);
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}

/// How many page nodes the markup views hold by number (for tests: a view that is gone
/// leaves none behind).
pub fn nodes_in_use() -> usize {
    IDS.with(|ids| ids.borrow().in_use())
}
