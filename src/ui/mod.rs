//! The Leptos single-page app: a form that edits a plan draft and live results.
//!
//! - [`state`]: the shared [`state::AppState`] (draft, plan, last good report, errors).
//! - [`app`]: the root component, composing the form sections and the result cards.
//! - [`form`]: one file per form section, drawn from the inputs in `form::inputs`.
//! - [`results`]: one file per result card or table.
//! - [`charts`]: the SVG charts; [`compare`]: plan A against plan B.
//! - `share_*`: plan links (address bar, storage, notices, share bar and exports).

pub mod actions;
pub mod app;
pub mod charts;
pub mod compare;
pub mod form;
pub mod listen;
pub mod markup;
pub mod panic;
pub mod provided;
pub mod results;
pub mod share_bar;
pub mod share_dom;
pub mod share_notice;
pub mod share_sync;
pub mod state;

/// Install the panic hook (console report plus a recovery box) and mount the app.
pub fn start() {
    panic::install();
    leptos::mount::mount_to_body(|| leptos::view! { <app::App link=true /> });
}
