//! The expandable "why": each figure with its value, rule ids and formula.
//!
//! A native `<details>`: the browser keeps it open or closed, and redrawing the card leaves
//! that alone (the tree never sets `open`).

use super::paged::more_rows;
use crate::engine::Why;
use crate::markup::{el, El};
use crate::support::paging::Shown;

/// A `<details>` of a card (`key`, as in `role-{key}`) listing its reasons, the first
/// `limit` of them drawn (list id `why-{key}`); `None` when there are none.
pub fn why_details(why: &[Why], limit: usize, key: &str) -> Option<El> {
    if why.is_empty() {
        return None;
    }
    let page = Shown::first(why.len(), limit);
    let items = why[..page.shown].iter().map(|w| {
        let badge = w.assumption.then(|| {
            el("span")
                .class("badge assumption")
                .attr("title", "This project's reading where the guide is silent")
                .text("assumption")
        });
        el("div")
            .class("why-item")
            .child(
                el("dt")
                    .text(w.figure.as_str())
                    .text(": ")
                    .child(el("strong").text(w.value.as_str()))
                    .child_opt(badge),
            )
            .child(
                el("dd")
                    .child(el("code").class("formula").text(w.formula.as_str()))
                    .child(
                        el("span").class("rules").children(
                            w.rules
                                .iter()
                                .map(|r| el("span").class("rule").text(r.as_str()).into()),
                        ),
                    ),
            )
            .into()
    });
    Some(
        el("details")
            .class("why")
            .child(el("summary").text("Why these numbers?"))
            .child(el("dl").children(items))
            .child_opt(more_rows(&format!("why-{key}"), page, "figures")),
    )
}
