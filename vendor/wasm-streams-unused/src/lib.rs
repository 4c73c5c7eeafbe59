//! The part of wasm-streams' API that server_fn's browser client names, with no streaming.
//!
//! Why: wasm-streams exports three `#[wasm_bindgen]` classes (`IntoUnderlyingSource`,
//! `IntoUnderlyingByteSource`, `IntoUnderlyingSink`). Exports are always kept, so their code
//! and futures machinery stayed in the page (about 4 KB brotli) and showed up on
//! `window.wasmBindings`, although this calculator has no server functions and never
//! streams a request or a response. The only callers are server_fn's streaming request and
//! response paths; were one ever reached, it throws a clear JavaScript error.

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use wasm_bindgen::JsValue;

const UNUSED: &str = "streaming server functions are not part of this app (vendor/wasm-streams-unused)";

/// A JavaScript `ReadableStream`, as wasm-streams wraps it.
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a JavaScript stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// Would turn a Rust stream into a JavaScript one; throws here.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        wasm_bindgen::throw_str(UNUSED)
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Would read the JavaScript stream as a Rust stream; throws here.
    pub fn into_stream(self) -> IntoStream<'static> {
        wasm_bindgen::throw_str(UNUSED)
    }
}

/// The Rust stream type of [`ReadableStream::into_stream`] (never made).
#[derive(Debug)]
pub struct IntoStream<'reader>(PhantomData<&'reader ()>);

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}
