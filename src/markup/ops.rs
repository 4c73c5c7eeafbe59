//! How to bring the page from one markup tree to the next, written down as a flat list of
//! DOM edits that the page applies in one call (`src/ui/dom_ops.js`).
//!
//! Why a list? Each call from wasm into the page costs a boundary crossing and a string
//! decode; an edit to Peak concurrent sessions changes about 240 texts and attributes, and
//! making each its own call (plus walking to the node through `childNodes`) was about a
//! third of the wasm time per keystroke. Here every node drawn gets a number, the list refers
//! to nodes by number, and all strings travel in one buffer.
//!
//! The list is words: an opcode, then its arguments. A string argument is two words, its
//! start and length in UTF-16 units (what JavaScript's `slice` counts) within [`Ops::text`].
//!
//! ```
//! use kasm_sizer::markup::{el, ops::{op, Ids, Ops}, Node};
//! let (mut ids, mut ops) = (Ids::default(), Ops::default());
//! let drawn = ops.draw(&mut ids, &Node::from(el("p").text("hi")));
//! assert_eq!(ops.words[0], op::CREATE_EL);
//! assert_eq!(drawn.kids.len(), 1);
//! ```

use super::{El, Node};

/// The opcodes and their arguments (`s` is a string: start, length).
pub mod op {
    /// `id, tag: s, svg (0/1)`: create an element (in the SVG namespace when `svg` is 1).
    pub const CREATE_EL: u32 = 1;
    /// `id, text: s`: create a text node.
    pub const CREATE_TEXT: u32 = 2;
    /// `id, name: s, value: s`: set an attribute (`style`, and `value`/`checked` of form
    /// controls, are set through the DOM properties, see `src/ui/dom_ops.js`).
    pub const SET_ATTR: u32 = 3;
    /// `id, name: s`: remove an attribute.
    pub const REMOVE_ATTR: u32 = 4;
    /// `id, text: s`: change a text node's text.
    pub const SET_TEXT: u32 = 5;
    /// `parent, child`: append a node.
    pub const APPEND: u32 = 6;
    /// `old, new`: put a node in another's place.
    pub const REPLACE: u32 = 7;
    /// `id`: take a node out of the page.
    pub const REMOVE: u32 = 8;
    /// `id`: forget a node's number (it may be given to a new node later in the list).
    pub const FREE: u32 = 9;
}

/// The numbers of the DOM nodes drawn from a tree, in the tree's shape (a text node has no
/// kids).
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// This node's number.
    pub id: u32,
    /// Its children's, in order.
    pub kids: Vec<Drawn>,
}

/// Hands out node numbers, reusing forgotten ones (0 is never used).
#[derive(Debug, Default)]
pub struct Ids {
    next: u32,
    free: Vec<u32>,
}

impl Ids {
    fn take(&mut self) -> u32 {
        self.free.pop().unwrap_or_else(|| {
            self.next += 1;
            self.next
        })
    }

    /// How many numbers are in use (for tests: nothing leaks).
    pub fn in_use(&self) -> usize {
        self.next as usize - self.free.len()
    }
}

/// A list of DOM edits and the strings they use.
#[derive(Debug, Default)]
pub struct Ops {
    /// Opcodes and arguments.
    pub words: Vec<u32>,
    /// Every string argument, one after another.
    pub text: String,
    /// Length of [`Ops::text`] in UTF-16 units.
    units: u32,
}

fn utf16_len(s: &str) -> u32 {
    let n = if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    };
    n as u32
}

impl Ops {
    /// True when there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn str(&mut self, s: &str) {
        let len = utf16_len(s);
        self.words.extend([self.units, len]);
        self.text.push_str(s);
        self.units += len;
    }

    fn set_attr(&mut self, id: u32, name: &str, value: &str) {
        self.words.extend([op::SET_ATTR, id]);
        self.str(name);
        self.str(value);
    }

    /// Create the DOM nodes for `node` (not yet in the page).
    pub fn draw(&mut self, ids: &mut Ids, node: &Node) -> Drawn {
        match node {
            Node::El(e) => self.draw_el(ids, e),
            Node::Text(t) => {
                let id = ids.take();
                self.words.extend([op::CREATE_TEXT, id]);
                self.str(t);
                Drawn {
                    id,
                    kids: Vec::new(),
                }
            }
        }
    }

    /// Create the DOM nodes for element `e` (not yet in the page).
    pub fn draw_el(&mut self, ids: &mut Ids, e: &El) -> Drawn {
        let id = ids.take();
        self.words.extend([op::CREATE_EL, id]);
        self.str(e.tag);
        self.words.push(u32::from(e.svg));
        for (name, value) in &e.attrs {
            if !after_children(e, name) {
                self.set_attr(id, name, value);
            }
        }
        let kids = e
            .children
            .iter()
            .map(|c| {
                let kid = self.draw(ids, c);
                self.words.extend([op::APPEND, id, kid.id]);
                kid
            })
            .collect();
        self.select_value(id, e);
        Drawn { id, kids }
    }

    /// A select's value needs its options in place first.
    fn select_value(&mut self, id: u32, e: &El) {
        if let Some(v) = e.get("value").filter(|_| e.tag == "select") {
            self.set_attr(id, "value", v);
        }
    }

    /// Forget the numbers of `drawn` and everything below it.
    pub fn forget(&mut self, ids: &mut Ids, drawn: &Drawn) {
        self.words.extend([op::FREE, drawn.id]);
        ids.free.push(drawn.id);
        for kid in &drawn.kids {
            self.forget(ids, kid);
        }
    }

    /// Put `fresh` (just drawn) in the place of `drawn`.
    fn replace(&mut self, ids: &mut Ids, drawn: &mut Drawn, fresh: Drawn) {
        self.words.extend([op::REPLACE, drawn.id, fresh.id]);
        self.forget(ids, drawn);
        *drawn = fresh;
    }

    /// Bring the element `drawn` (drawn from `old`) in line with `new`: text and attributes
    /// that changed are set, children are matched by position, and an element is replaced
    /// only when its tag changes, so state the browser keeps on an element (an open
    /// `<details>`, focus) survives unless the tree itself changes that element.
    pub fn patch(&mut self, ids: &mut Ids, drawn: &mut Drawn, old: &El, new: &El) {
        if old.tag != new.tag || old.svg != new.svg {
            let fresh = self.draw_el(ids, new);
            self.replace(ids, drawn, fresh);
            return;
        }
        let id = drawn.id;
        let start = self.words.len();
        for (name, value) in &new.attrs {
            if old.get(name) != Some(value.as_str()) && !after_children(new, name) {
                self.set_attr(id, name, value);
            }
        }
        for (name, _) in &old.attrs {
            if new.get(name).is_none() {
                self.words.extend([op::REMOVE_ATTR, id]);
                self.str(name);
            }
        }
        let shared = old.children.len().min(new.children.len());
        // Each pair is compared once, on the way down: a subtree compared whole before
        // descending into it would be compared again at every level below.
        for (i, (o, n)) in old.children.iter().zip(&new.children).enumerate() {
            let kid = &mut drawn.kids[i];
            match (o, n) {
                (Node::Text(was), Node::Text(t)) => {
                    if was != t {
                        self.words.extend([op::SET_TEXT, kid.id]);
                        self.str(t);
                    }
                }
                (Node::El(oe), Node::El(ne)) => self.patch(ids, kid, oe, ne),
                _ => {
                    let fresh = self.draw(ids, n);
                    self.replace(ids, kid, fresh);
                }
            }
        }
        for n in &new.children[shared..] {
            let kid = self.draw(ids, n);
            self.words.extend([op::APPEND, id, kid.id]);
            drawn.kids.push(kid);
        }
        for kid in drawn.kids.split_off(new.children.len()) {
            self.words.extend([op::REMOVE, kid.id]);
            self.forget(ids, &kid);
        }
        // Set again only when something in the select changed, as for any attribute.
        if self.words.len() != start || old.get("value") != new.get("value") {
            self.select_value(id, new);
        }
    }
}

fn after_children(e: &El, name: &str) -> bool {
    e.tag == "select" && name == "value"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{el, svg};

    /// The list in readable form: one line per edit, strings resolved.
    fn read(ops: &Ops) -> Vec<String> {
        let units: Vec<u16> = ops.text.encode_utf16().collect();
        let w = &ops.words;
        let s = |i: usize| {
            let (at, len) = (w[i] as usize, w[i + 1] as usize);
            String::from_utf16(&units[at..at + len]).unwrap()
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < w.len() {
            let (line, next) = match w[i] {
                op::CREATE_EL => (format!("el {} {} svg={}", w[i + 1], s(i + 2), w[i + 4]), 5),
                op::CREATE_TEXT => (format!("text {} {}", w[i + 1], s(i + 2)), 4),
                op::SET_ATTR => (format!("attr {} {}={}", w[i + 1], s(i + 2), s(i + 4)), 6),
                op::REMOVE_ATTR => (format!("unattr {} {}", w[i + 1], s(i + 2)), 4),
                op::SET_TEXT => (format!("set {} {}", w[i + 1], s(i + 2)), 4),
                op::APPEND => (format!("append {} {}", w[i + 1], w[i + 2]), 3),
                op::REPLACE => (format!("replace {} {}", w[i + 1], w[i + 2]), 3),
                op::REMOVE => (format!("remove {}", w[i + 1]), 2),
                op::FREE => (format!("free {}", w[i + 1]), 2),
                other => panic!("unknown opcode {other}"),
            };
            out.push(line);
            i += next;
        }
        out
    }

    fn drawn(ids: &mut Ids, e: &El) -> Drawn {
        Ops::default().draw_el(ids, e)
    }

    /// The edits that patch `old` into `new`, in readable form.
    fn patched(ids: &mut Ids, d: &mut Drawn, old: &El, new: &El) -> Vec<String> {
        let mut ops = Ops::default();
        ops.patch(ids, d, old, new);
        read(&ops)
    }

    #[test]
    fn drawing_creates_sets_and_appends_in_order_with_the_select_value_last() {
        let tree = el("select")
            .attr("value", "b")
            .class("pick")
            .child(el("option").attr("value", "a").text("A"))
            .child(el("option").attr("value", "b").text("Bé ✓"));
        let (mut ids, mut ops) = (Ids::default(), Ops::default());
        let d = ops.draw_el(&mut ids, &tree);
        assert_eq!(
            read(&ops),
            [
                "el 1 select svg=0",
                "attr 1 class=pick",
                "el 2 option svg=0",
                "attr 2 value=a",
                "text 3 A",
                "append 2 3",
                "append 1 2",
                "el 4 option svg=0",
                "attr 4 value=b",
                "text 5 Bé ✓",
                "append 4 5",
                "append 1 4",
                "attr 1 value=b",
            ]
        );
        assert_eq!(d.kids.iter().map(|k| k.id).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(ids.in_use(), 5);
    }

    #[test]
    fn a_patch_touches_only_what_changed() {
        let old = el("div")
            .class("a")
            .attr("title", "t")
            .text("1")
            .child(el("b").text("x"));
        let new = el("div").class("b").text("2").child(el("b").text("x"));
        let mut ids = Ids::default();
        let mut d = drawn(&mut ids, &old);
        assert_eq!(
            patched(&mut ids, &mut d, &old, &new),
            ["attr 1 class=b", "unattr 1 title", "set 2 2"]
        );
        assert!(patched(&mut ids, &mut d, &new, &new.clone()).is_empty());
    }

    #[test]
    fn a_select_gets_its_value_again_only_when_it_or_its_options_change() {
        let pick = |value: &str, last: &str| {
            el("form").child(
                el("select")
                    .attr("value", value)
                    .child(el("option").attr("value", "a").text("A"))
                    .child(el("option").attr("value", "b").text(last)),
            )
        };
        let old = pick("a", "B");
        let mut ids = Ids::default();
        let mut d = drawn(&mut ids, &old);
        // Unchanged: nothing is written, so a choice being made on the page is left alone.
        assert!(patched(&mut ids, &mut d, &old, &pick("a", "B")).is_empty());
        assert_eq!(
            patched(&mut ids, &mut d, &old, &pick("b", "B")),
            ["attr 2 value=b"]
        );
        assert_eq!(
            patched(&mut ids, &mut d, &old, &pick("a", "Bee")),
            ["set 6 Bee", "attr 2 value=a"]
        );
    }

    #[test]
    fn a_changed_tag_replaces_the_element_and_frees_the_old_numbers() {
        let old = el("ul")
            .child(el("li").text("one"))
            .child(el("li").text("two"));
        let new = el("ul").child(el("p").text("one")).child(svg("rect"));
        let mut ids = Ids::default();
        let mut d = drawn(&mut ids, &old);
        assert_eq!(ids.in_use(), 5);
        assert_eq!(
            patched(&mut ids, &mut d, &old, &new),
            [
                "el 6 p svg=0",
                "text 7 one",
                "append 6 7",
                "replace 2 6",
                "free 2",
                "free 3",
                // The freed numbers are handed out again, after their "free".
                "el 3 rect svg=1",
                "replace 4 3",
                "free 4",
                "free 5",
            ]
        );
        assert_eq!(ids.in_use(), 4);
        assert_eq!(d.kids.iter().map(|k| k.id).collect::<Vec<_>>(), [6, 3]);
    }

    #[test]
    fn children_are_appended_and_removed_at_the_end() {
        let short = el("ol").child(el("li").text("1"));
        let long = el("ol")
            .child(el("li").text("1"))
            .child(el("li").text("2"))
            .text("tail");
        let mut ids = Ids::default();
        let mut d = drawn(&mut ids, &short);
        assert_eq!(
            patched(&mut ids, &mut d, &short, &long),
            [
                "el 4 li svg=0",
                "text 5 2",
                "append 4 5",
                "append 1 4",
                "text 6 tail",
                "append 1 6"
            ]
        );
        assert_eq!(
            patched(&mut ids, &mut d, &long, &short),
            ["remove 4", "free 4", "free 5", "remove 6", "free 6"]
        );
        assert_eq!((ids.in_use(), d.kids.len()), (3, 1));
    }

    #[test]
    fn a_text_node_that_becomes_an_element_is_replaced() {
        let old = el("p").text("plain");
        let new = el("p").child(el("em").text("plain"));
        let mut ids = Ids::default();
        let mut d = drawn(&mut ids, &old);
        assert_eq!(
            patched(&mut ids, &mut d, &old, &new),
            [
                "el 3 em svg=0",
                "text 4 plain",
                "append 3 4",
                "replace 2 3",
                "free 2"
            ]
        );
    }

    #[test]
    fn string_positions_count_utf16_units() {
        let mut ops = Ops::default();
        ops.str("a😀é");
        ops.str("z");
        // "a" 1 + emoji 2 + "é" 1 = 4 units, then "z" starts at 4.
        assert_eq!(ops.words, [0, 4, 4, 1]);
    }
}
