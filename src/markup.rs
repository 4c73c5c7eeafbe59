//! A plain tree of elements and text: what the results column, charts and compare view look
//! like, built by ordinary functions and put on the page by [`crate::ui::markup`].
//!
//! Why not Leptos `view!` for these? They are redrawn from the report as a whole, so they
//! gain nothing from fine-grained reactivity, and every `view!` tree compiles to its own
//! build, rebuild and mount code: one plain, non-generic tree and one patch routine make
//! the wasm much smaller. Text is always a text node and attribute values are attribute
//! values, never HTML, so user text can never become markup.
//!
//! ```
//! use kasm_sizer::markup::{el, Node};
//! let item = el("li").class("rule").text("WEB-4");
//! let Node::El(e) = Node::from(item) else { unreachable!() };
//! assert_eq!((e.tag, e.attrs[0].1.as_str()), ("li", "rule"));
//! ```

pub mod ops;

/// An element or a run of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An HTML or SVG element.
    El(El),
    /// Text, shown as written.
    Text(String),
}

/// An element: tag, attributes in order, children.
#[derive(Debug, Clone, PartialEq)]
pub struct El {
    /// Tag name (`div`, `rect`).
    pub tag: &'static str,
    /// True for SVG elements (created in the SVG namespace).
    pub svg: bool,
    /// Attributes as (name, value); each name at most once.
    pub attrs: Vec<(&'static str, String)>,
    /// Child nodes in order.
    pub children: Vec<Node>,
}

/// An HTML element.
#[inline(never)]
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        svg: false,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

/// An SVG element.
pub fn svg(tag: &'static str) -> El {
    El {
        svg: true,
        ..el(tag)
    }
}

/// A text node.
pub fn text(t: impl Into<String>) -> Node {
    Node::Text(t.into())
}

impl El {
    /// Set an attribute (a second call with the same name replaces the value).
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> Self {
        self.set(name, value.into())
    }

    // Not generic and never inlined: one copy of the work however many call sites and
    // argument types there are (this keeps the wasm small).
    #[inline(never)]
    fn set(mut self, name: &'static str, value: String) -> Self {
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((name, value)),
        }
        self
    }

    #[inline(never)]
    fn push(mut self, node: Node) -> Self {
        self.children.push(node);
        self
    }

    /// Set an attribute only when `value` is given.
    pub fn attr_opt(self, name: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// The `class` attribute.
    pub fn class(self, value: impl Into<String>) -> Self {
        self.attr("class", value)
    }

    /// The `data-testid` attribute (the hook the tests use).
    pub fn testid(self, value: impl Into<String>) -> Self {
        self.attr("data-testid", value)
    }

    /// Append a child.
    pub fn child(self, node: impl Into<Node>) -> Self {
        self.push(node.into())
    }

    /// Append a child when there is one.
    pub fn child_opt(self, node: Option<impl Into<Node>>) -> Self {
        match node {
            Some(n) => self.push(n.into()),
            None => self,
        }
    }

    /// Append a text child.
    pub fn text(self, t: impl Into<String>) -> Self {
        self.push(Node::Text(t.into()))
    }

    /// Append every node.
    pub fn children(mut self, nodes: impl IntoIterator<Item = Node>) -> Self {
        self.children.extend(nodes);
        self
    }

    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl From<El> for Node {
    fn from(e: El) -> Self {
        Node::El(e)
    }
}

impl From<String> for Node {
    fn from(t: String) -> Self {
        Node::Text(t)
    }
}

impl From<&str> for Node {
    fn from(t: &str) -> Self {
        Node::Text(t.to_string())
    }
}

impl Node {
    /// All text below this node, in order (what a screen reader would read, roughly).
    pub fn text_content(&self) -> String {
        fn walk(n: &Node, out: &mut String) {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::El(e) => e.children.iter().for_each(|c| walk(c, out)),
            }
        }
        let mut out = String::new();
        walk(self, &mut out);
        out
    }

    /// Every element below and including this one whose `data-testid` is `id`.
    pub fn find_all<'a>(&'a self, id: &str) -> Vec<&'a El> {
        fn walk<'a>(n: &'a Node, id: &str, out: &mut Vec<&'a El>) {
            if let Node::El(e) = n {
                if e.get("data-testid") == Some(id) {
                    out.push(e);
                }
                e.children.iter().for_each(|c| walk(c, id, out));
            }
        }
        let mut out = Vec::new();
        walk(self, id, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_keep_their_order_and_a_repeat_replaces_the_value() {
        let e = el("div")
            .class("a")
            .testid("t")
            .class("b")
            .attr_opt("title", None::<&str>)
            .attr_opt("id", Some("x"));
        assert_eq!(
            e.attrs,
            vec![
                ("class", "b".into()),
                ("data-testid", "t".into()),
                ("id", "x".into())
            ]
        );
        assert_eq!(e.get("id"), Some("x"));
        assert!(!e.svg && svg("rect").svg);
    }

    #[test]
    fn text_and_test_ids_are_found_through_the_tree() {
        let tree: Node = el("ul")
            .child(el("li").testid("x").text("one "))
            .child_opt(None::<El>)
            .child(el("li").child(el("b").testid("x").text("<two>")))
            .into();
        assert_eq!(tree.text_content(), "one <two>");
        assert_eq!(tree.find_all("x").len(), 2);
        assert_eq!(tree.find_all("x")[1].tag, "b");
    }
}
