//! The "outside the guide" mark beside figures and inputs that rest on the rules the guide
//! leaves open (SS-*, NU-1, SW-1, OV-1 in `BEYOND.md`): vendor code, Kasm staff advice or
//! this project's reading, not Kasm's sizing guide.

use leptos::prelude::*;

/// The mark itself: a small badge whose title says what it means; with `explained`, screen
/// readers hear that too (a why row's mark, where no heading or note around it says so).
#[component]
pub fn OutsideGuide(
    /// Add the meaning as text for screen readers.
    #[prop(optional)]
    explained: bool,
) -> impl IntoView {
    view! {
        <span
            class="badge outside-guide"
            title="Not from Kasm's sizing guide: from vendor code, Kasm staff advice or this calculator's reading (see the rule)"
        >
            "outside the guide"
            {explained.then(|| view! {
                <span class="visually-hidden">": not from Kasm's sizing guide; its rule says where it comes from"</span>
            })}
        </span>
    }
}
