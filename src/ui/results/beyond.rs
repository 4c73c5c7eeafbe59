//! The "outside the guide" mark beside figures and inputs that rest on the rules the guide
//! leaves open (SS-*, NU-1, SW-1, OV-1 in `BEYOND.md`): vendor code, Kasm staff advice or
//! this project's reading, not Kasm's sizing guide.

use leptos::prelude::*;

/// The mark itself: a small badge whose title says what it means.
#[component]
pub fn OutsideGuide() -> impl IntoView {
    view! {
        <span
            class="badge outside-guide"
            title="Not from Kasm's sizing guide: from vendor code, Kasm staff advice or this calculator's reading (see the rule)"
        >
            "outside the guide"
        </span>
    }
}
