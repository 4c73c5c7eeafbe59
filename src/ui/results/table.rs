//! Table pieces shared by the result tables and the compare view.

use crate::markup::{el, El, Node};

/// A header cell `<th scope="col">` (with class `num` for figures).
pub fn th_col(label: impl Into<Node>, num: bool) -> El {
    let th = el("th").attr("scope", "col");
    if num { th.class("num") } else { th }.child(label)
}

/// A figure cell `<td class="num">`.
pub fn td_num(value: impl Into<String>) -> El {
    el("td").class("num").text(value)
}

/// The wrapper that lets a table scroll sideways when it is wider than its card. It can be
/// focused (a region named `label`), so keyboard users can scroll it too.
pub fn scroll_wrap(label: &str) -> El {
    el("div")
        .class("table-wrap")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", label)
}

/// A table of the card titled `card` in its scrolling wrapper (named "card: caption", unique
/// on the page), with a caption, header cells and body rows.
pub fn table(
    class: &str,
    caption: &str,
    card: &str,
    head: Vec<El>,
    rows: impl IntoIterator<Item = Node>,
) -> El {
    scroll_wrap(&format!("{card}: {caption}")).child(
        el("table")
            .class(class)
            .child(el("caption").text(caption))
            .child(el("thead").child(el("tr").children(head.into_iter().map(Node::from))))
            .child(el("tbody").children(rows)),
    )
}
