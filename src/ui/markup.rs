//! Puts a [`crate::markup`] tree on the page and keeps it up to date.
//!
//! [`Markup`] is a Leptos view: return it from a reactive closure (`move || Markup(tree)`)
//! and each new tree is patched into the one on the page: text and attributes that changed
//! are set, children are matched by position, and an element is replaced only when its tag
//! changes. State the browser keeps on an element (an open `<details>`, focus, a copy
//! button's "Copied") survives a patch unless the tree itself changes that element.

use leptos::prelude::IntoView;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::markup::{El, Node};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A reactive markup view: `draw` runs again whenever a signal it reads changes, and its
/// tree (or nothing, for `None`) is patched into the page.
///
/// Every caller gets the same view type (the drawing function is boxed), so the reactive
/// rendering code is compiled once for the whole app rather than once per closure.
pub fn live(draw: impl Fn() -> Option<El> + Send + Sync + 'static) -> impl IntoView {
    let draw: Box<dyn Fn() -> Option<El> + Send + Sync> = Box::new(draw);
    move || draw().map(Markup)
}

/// A markup tree with a single element at its root, as a Leptos view.
pub struct Markup(pub El);

/// What stays mounted: the tree last drawn and its root element.
pub struct MarkupState {
    tree: El,
    root: Element,
}

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Set one attribute of a `tag` element. Three are special: `style` goes through the CSSOM,
/// which the page's Content-Security-Policy allows (it refuses inline style attributes);
/// `value` of an input or select and `checked` of a checkbox set what the control shows
/// (the property), and only when it differs, so typing is never disturbed.
fn set_attr(el: &Element, tag: &str, name: &str, value: &str) {
    match (name, tag) {
        ("style", _) => {
            if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
                let style = html.style();
                for decl in value.split(';') {
                    if let Some((prop, v)) = decl.split_once(':') {
                        let _ = style.set_property(prop.trim(), v.trim());
                    }
                }
            }
        }
        ("value", "input") => {
            let input = el.unchecked_ref::<web_sys::HtmlInputElement>();
            if input.value() != value {
                input.set_value(value);
            }
        }
        ("value", "select") => {
            let select = el.unchecked_ref::<web_sys::HtmlSelectElement>();
            if select.value() != value {
                select.set_value(value);
            }
        }
        ("checked", "input") => {
            let on = value == "true";
            let input = el.unchecked_ref::<web_sys::HtmlInputElement>();
            if input.checked() != on {
                input.set_checked(on);
            }
        }
        _ => {
            let _ = el.set_attribute(name, value);
        }
    }
}

/// A select's value needs its options in place first.
fn after_children(e: &El, name: &str) -> bool {
    e.tag == "select" && name == "value"
}

fn create_element(doc: &Document, e: &El) -> Element {
    let el = if e.svg {
        doc.create_element_ns(Some(SVG_NS), e.tag)
    } else {
        doc.create_element(e.tag)
    }
    .expect("a valid tag");
    for (name, value) in &e.attrs {
        if !after_children(e, name) {
            set_attr(&el, e.tag, name, value);
        }
    }
    for child in &e.children {
        let _ = el.append_child(&create(doc, child));
    }
    if let Some(v) = e.get("value").filter(|_| e.tag == "select") {
        set_attr(&el, e.tag, "value", v);
    }
    el
}

fn create(doc: &Document, node: &Node) -> web_sys::Node {
    match node {
        Node::Text(t) => doc.create_text_node(t).into(),
        Node::El(e) => create_element(doc, e).into(),
    }
}

/// Bring `dom` (drawn from `old`) in line with `new`; returns the element to use from now on
/// (a new one when the tag changed).
fn patch_element(doc: &Document, dom: &Element, old: &El, new: &El) -> Option<Element> {
    if old.tag != new.tag || old.svg != new.svg {
        let fresh = create_element(doc, new);
        let _ = dom.replace_with_with_node_1(&fresh);
        return Some(fresh);
    }
    for (name, value) in &new.attrs {
        if old.get(name) != Some(value.as_str()) && !after_children(new, name) {
            set_attr(dom, new.tag, name, value);
        }
    }
    for (name, _) in &old.attrs {
        if new.get(name).is_none() {
            let _ = dom.remove_attribute(name);
        }
    }
    let kids = dom.child_nodes();
    let shared = old.children.len().min(new.children.len());
    for i in 0..shared {
        let (o, n) = (&old.children[i], &new.children[i]);
        if o == n {
            continue;
        }
        let Some(current) = kids.item(i as u32) else {
            continue;
        };
        match (o, n) {
            (Node::Text(_), Node::Text(t)) => current.set_node_value(Some(t)),
            (Node::El(oe), Node::El(ne)) => {
                if let Ok(child) = current.dyn_into::<Element>() {
                    patch_element(doc, &child, oe, ne);
                }
            }
            _ => {
                let _ = dom.replace_child(&create(doc, n), &current);
            }
        }
    }
    for n in &new.children[shared..] {
        let _ = dom.append_child(&create(doc, n));
    }
    for _ in shared..old.children.len() {
        if let Some(last) = dom.last_child() {
            let _ = dom.remove_child(&last);
        }
    }
    if let Some(v) = new.get("value").filter(|_| new.tag == "select") {
        set_attr(dom, new.tag, "value", v);
    }
    None
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
        let root = create_element(&document(), &self.0);
        MarkupState { tree: self.0, root }
    }

    fn rebuild(self, state: &mut MarkupState) {
        if state.tree == self.0 {
            return;
        }
        if let Some(fresh) = patch_element(&document(), &state.root, &state.tree, &self.0) {
            state.root = fresh;
        }
        state.tree = self.0;
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
