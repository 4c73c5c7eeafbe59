//! Browser calls behind plan links: the page URL, localStorage, the clipboard and downloads.
//!
//! Every call tolerates a browser that refuses it (storage disabled, no clipboard): it
//! reports failure instead of throwing, so the page never breaks over a convenience.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlDocument, HtmlInputElement, Url};

/// localStorage key of the last plan, stored as its link query string.
pub const STORAGE_KEY: &str = "kasm-sizer.last-plan";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's query string without `?` (empty on the bare page).
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The page's full address with `query` as its query string (path and hash kept).
pub fn page_url_with(query: &str) -> String {
    let Some(loc) = window().map(|w| w.location()) else {
        return format!("?{query}");
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}?{query}")
}

/// Put `query` into the address bar without reloading, adding history or scrolling.
///
/// The path is kept as it is, so an app served under `/kasm-sizer/` stays there.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let loc = w.location();
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    let hash = loc.hash().unwrap_or_default();
    let target = format!("{path}?{query}{hash}");
    let now = format!("{path}{}{hash}", loc.search().unwrap_or_default());
    if now == target {
        return;
    }
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&target));
    }
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The stored last plan (a link query string), if storage works and holds one.
pub fn stored_query() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Store the current plan's link query string as the last plan.
pub fn store_query(query: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, query);
    }
}

/// Copy text with the asynchronous Clipboard API; false when it is missing or refused.
pub async fn copy_with_clipboard_api(text: &str) -> bool {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return false;
    };
    let present = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !present {
        return false;
    }
    let promise = nav.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The old way: select the text of a read-only field and ask the browser to copy it.
pub fn copy_by_selection(input: &HtmlInputElement) -> bool {
    let _ = input.focus();
    input.select();
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Offer `content` as a file download named `filename` (Blob plus object URL).
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Give the browser time to start the download before the URL is released.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    true
}

/// Open the browser's print dialog (the print stylesheet shows the report only).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
