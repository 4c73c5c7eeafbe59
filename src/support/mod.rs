//! Support code that is not the product: what the engine, the form, the charts and the
//! exports share but no kept crate (serde, serde_json, serde-wasm-bindgen, std) provides.
//!
//! - [`format`]: numbers written for people. std writes a float with a given number of
//!   decimals, but not the way a person reads a figure: rounding half away from zero,
//!   thousands separators, trailing zeros dropped, units and money. One module, so every
//!   figure in formulas, on the page, in charts and in exports reads the same way.
//! - [`paging`]: how many rows of a long list are drawn and what the "Show more" button
//!   says, shared by the form's profile editors and the result cards' lists. It is the
//!   app's own rule (a few lines of arithmetic), not something a library offers.
//! - [`placement`]: where a rule chip's note opens so it never covers the chip (below or
//!   above it, docked on a phone): a few comparisons no kept crate offers.
//!
//! Sorting, maps, number parsing and the memory allocator are std's own.

pub mod format;
pub mod paging;
pub mod placement;
