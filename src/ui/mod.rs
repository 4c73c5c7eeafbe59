//! The Leptos single-page app: a form that edits a plan draft and live results.
//!
//! - [`state`]: the shared [`state::AppState`] (draft, plan, last good report, errors),
//!   provided as context.
//! - [`app`]: the root component, composing the form sections and the result cards.
//! - [`form`]: one file per form section, built from the field components in `form::fields`.
//! - [`results`]: one file per result card or table.
//! - [`charts`]: the SVG charts; [`compare`]: plan A against plan B.
//! - [`share`]: plan links (address bar, storage, notices, share bar and exports).
//! - [`print`]: what a printed plan starts with, and the why lists opened for the print.

pub mod app;
pub mod charts;
pub mod compare;
pub mod focus;
pub mod form;
pub mod panic;
pub mod print;
pub mod results;
pub mod share;
pub mod stages;
pub mod state;

/// Install the panic hook (console report plus a recovery box), read the page's link, and
/// mount the app in the next task: for a big plan, decoding its link and drawing the page
/// are each a good part of opening it, and in two tasks neither holds the page for long
/// (issue 6, stress; the first result of a small plan moves by a zero-delay timer).
pub fn start() {
    panic::install();
    let link = share::read_page_link();
    leptos::prelude::set_timeout(
        move || leptos::mount::mount_to_body(move || leptos::view! { <app::App link=link /> }),
        std::time::Duration::ZERO,
    );
}
