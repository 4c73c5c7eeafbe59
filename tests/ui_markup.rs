//! Browser component tests of the markup patcher (`src/markup/ops.rs` applied by
//! `src/ui/dom_ops.js`): a new tree changes only what differs, state the browser keeps on an
//! element survives, replaced and removed nodes are forgotten, and user text stays text.
#![cfg(target_arch = "wasm32")]

use kasm_sizer::markup::{el, svg, El};
use kasm_sizer::ui::markup::{live, nodes_in_use};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().expect(selector)
}

/// A card whose figure, extra rows and badge follow `n`.
fn card(n: u32) -> El {
    el("section")
        .class(if n > 2 { "card busy" } else { "card" })
        .attr_opt("title", (n == 1).then_some("one"))
        .child(el("p").testid("figure").text(format!("{n} servers")))
        .child(
            el("details")
                .child(el("summary").text("why"))
                .text("because"),
        )
        .child(el("input").attr("value", n.to_string()))
        .child(if n > 2 {
            svg("circle").attr("r", n.to_string())
        } else {
            el("span").class("badge").text("<b>ok</b>")
        })
        .children((0..n).map(|i| el("li").text(format!("row {i}")).into()))
}

#[wasm_bindgen_test]
async fn a_new_tree_patches_the_page_in_place() {
    let before = nodes_in_use();
    let root = container();
    let n = RwSignal::new(1u32);
    let handle = mount_to(root.clone(), move || live(move || Some(card(n.get()))));
    settle().await;

    let section = q(&root, "section");
    let figure = q(&root, "[data-testid=figure]");
    let details: web_sys::HtmlDetailsElement = q(&root, "details").unchecked_into();
    let input: HtmlInputElement = q(&root, "input").unchecked_into();
    assert_eq!(figure.text_content().unwrap(), "1 servers");
    assert_eq!(section.get_attribute("title").as_deref(), Some("one"));
    // User text is text: the markup in the badge is not parsed.
    assert_eq!(q(&root, ".badge").inner_html(), "&lt;b&gt;ok&lt;/b&gt;");
    assert_eq!(input.value(), "1");
    assert_eq!(root.query_selector_all("li").unwrap().length(), 1);

    // What the browser keeps on an element: an open <details>, a typed value.
    details.set_open(true);
    input.set_value("typed");

    n.set(3);
    settle().await;
    // Same elements, patched: the figure, class and title changed in place.
    assert!(q(&root, "section").is_same_node(Some(&section)));
    assert!(q(&root, "[data-testid=figure]").is_same_node(Some(&figure)));
    assert_eq!(figure.text_content().unwrap(), "3 servers");
    assert_eq!(section.class_name(), "card busy");
    assert_eq!(section.get_attribute("title"), None);
    assert!(details.open(), "an open <details> stays open");
    // The value attribute changed, so the control shows the new value.
    assert_eq!(input.value(), "3");
    // A changed tag is a new element, in the SVG namespace when it is SVG.
    assert!(root.query_selector(".badge").unwrap().is_none());
    assert_eq!(
        q(&root, "circle").namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let rows: Vec<String> = {
        let list = root.query_selector_all("li").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(rows, ["row 0", "row 1", "row 2"]);

    n.set(2);
    settle().await;
    assert_eq!(root.query_selector_all("li").unwrap().length(), 2);
    assert_eq!(q(&root, ".badge").text_content().unwrap(), "<b>ok</b>");
    assert!(root.query_selector("circle").unwrap().is_none());
    assert!(details.open());

    // Gone from the page: every node number is given back.
    drop(handle);
    root.remove();
    settle().await;
    assert_eq!(nodes_in_use(), before);
}

#[wasm_bindgen_test]
async fn style_goes_through_the_cssom_and_a_changed_root_tag_is_replaced() {
    let root = container();
    let wide = RwSignal::new(false);
    let _handle = mount_to(root.clone(), move || {
        live(move || {
            Some(if wide.get() {
                el("article").attr("style", "width: 40%; color: red")
            } else {
                el("div").attr("style", "width: 10%")
            })
        })
    });
    settle().await;
    let first: HtmlElement = q(&root, "div").unchecked_into();
    assert_eq!(first.style().get_property_value("width").unwrap(), "10%");
    wide.set(true);
    settle().await;
    assert!(root.query_selector("div").unwrap().is_none());
    let article: HtmlElement = q(&root, "article").unchecked_into();
    assert_eq!(article.style().get_property_value("width").unwrap(), "40%");
    assert_eq!(article.style().get_property_value("color").unwrap(), "red");
    // Back again: the view still knows its (new) root and swaps it.
    wide.set(false);
    settle().await;
    assert_eq!(root.children().length(), 1);
    assert!(root.query_selector("article").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn listeners_follow_the_root_when_its_tag_changes_and_leave_with_the_view() {
    use kasm_sizer::ui::markup::live_on;
    use std::cell::Cell;
    use std::rc::Rc;

    let root = container();
    let clicks = Rc::new(Cell::new(0));
    let wide = RwSignal::new(false);
    let count = clicks.clone();
    let handle = mount_to(root.clone(), move || {
        let count = count.clone();
        live_on(
            vec![(
                "click",
                Box::new(move |_: web_sys::Event| count.set(count.get() + 1)),
            )],
            move || {
                Some(
                    if wide.get() { el("section") } else { el("div") }
                        .child(el("button").text("go")),
                )
            },
        )
    });
    settle().await;
    let click = || q(&root, "button").unchecked_into::<HtmlElement>().click();
    click();
    assert_eq!(clicks.get(), 1, "a click bubbles to the root's listener");
    wide.set(true);
    settle().await;
    click();
    assert_eq!(clicks.get(), 2, "the new root listens too");
    let old_button: HtmlElement = q(&root, "button").unchecked_into();
    drop(handle);
    settle().await;
    old_button.click();
    assert_eq!(clicks.get(), 2, "a view that is gone no longer listens");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_listen_directive_attaches_to_a_view_element_and_leaves_with_the_view() {
    use kasm_sizer::ui::listen::{listen, listeners};
    use std::cell::Cell;
    use std::rc::Rc;

    let root = container();
    let clicks = Rc::new(Cell::new(0));
    let count = clicks.clone();
    let handle = mount_to(root.clone(), move || {
        let count = count.clone();
        let on = listeners(vec![(
            "click",
            Box::new(move |_: web_sys::Event| count.set(count.get() + 1)),
        )]);
        view! { <div use:listen=on><button>"go"</button></div> }
    });
    settle().await;
    let button: HtmlElement = q(&root, "button").unchecked_into();
    button.click();
    assert_eq!(
        clicks.get(),
        1,
        "a click bubbles to the container's listener"
    );
    drop(handle);
    settle().await;
    button.click();
    assert_eq!(clicks.get(), 1, "a view that is gone no longer listens");
    root.remove();
}
