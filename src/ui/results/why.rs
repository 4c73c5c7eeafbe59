//! The expandable "why": each figure with its value, rule ids and formula.
//!
//! A native `<details>`: the browser keeps it open or closed, and redrawing the card leaves
//! that alone (the tree never sets `open`).

use crate::engine::Why;
use crate::markup::{el, El};

/// A `<details>` listing every reason; `None` when there are none.
pub fn why_details(why: &[Why]) -> Option<El> {
    if why.is_empty() {
        return None;
    }
    let items = why.iter().map(|w| {
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
            .child(el("dl").children(items)),
    )
}
