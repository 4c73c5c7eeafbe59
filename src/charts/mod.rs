//! Chart geometry and chart data, pure Rust: no Leptos, no browser.
//!
//! The geometry half (scales, nice ticks and their labels, bar bands, step paths, label
//! placement) is plain functions; the data half turns a [`Plan`](crate::engine::Plan) and its
//! [`Report`](crate::engine::Report) into what each chart shows. `ui::charts` only turns
//! the result into SVG elements.

pub mod bars;
pub mod fit;
pub mod frame;
pub mod growth;
pub mod labels;
pub mod packing;
pub mod path;
pub mod redundancy;
pub mod scale;
pub mod ticks;
