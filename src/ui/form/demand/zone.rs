//! One zone of the demand section: its name and its workspace profile editors.

use leptos::prelude::*;

use super::profile::{profile_name_id, ProfileEditor};
use super::zone_name_id;
use crate::form::editors::{zone_editors, ALL, MORE_EDITORS};
use crate::ui::focus::focus_later;
use crate::ui::form::fields::TextField;
use crate::ui::state::use_app_state;

/// Set how many editors zone `zone` draws.
fn set_opened(opened: &mut Vec<usize>, zone: usize, value: usize) {
    if opened.len() <= zone {
        opened.resize(zone + 1, ALL);
    }
    opened[zone] = value;
}

/// Zone `zone`: its name and its workspace profiles, the first `opened[zone]` of them drawn
/// (more when a later one has an error).
#[component]
pub fn ZoneEditor(
    /// The zone's index in the plan.
    zone: usize,
    /// Profile editors drawn per zone.
    opened: RwSignal<Vec<usize>>,
) -> impl IntoView {
    let state = use_app_state();
    let title = Memo::new(move |_| {
        state.draft.with(|d| match d.zones.get(zone) {
            Some(z) if !z.name.trim().is_empty() => z.name.clone(),
            _ => format!("Zone {}", zone + 1),
        })
    });
    let page = Memo::new(move |_| {
        let total = state
            .draft
            .with(|d| d.zones.get(zone).map_or(0, |z| z.profiles.len()));
        let open = opened.with(|o| o.get(zone).copied().unwrap_or(ALL));
        state.errors.with(|e| zone_editors(total, open, e, zone))
    });
    let zones = Memo::new(move |_| state.draft.with(|d| d.zones.len()));
    let removable = Signal::derive(move || page.with(|p| p.total > 1));
    let remove_zone = move |_| {
        state.edit(|d| d.remove_zone(zone));
        // Keyboard users carry on from the zone that took this one's place, or the one before.
        let left = zones.get_untracked();
        focus_later(zone_name_id(zone.min(left.saturating_sub(1))));
    };
    let add_profile = move |_| {
        state.edit(|d| d.add_profile(zone));
        // The new profile is the zone's last: show them all, and start typing its name.
        opened.update(|o| set_opened(o, zone, ALL));
        let last = page.get_untracked().total.saturating_sub(1);
        focus_later(profile_name_id(zone, last));
    };
    let show_more = move |_| {
        let from = page.get_untracked().shown;
        opened.update(|o| set_opened(o, zone, from + MORE_EDITORS));
        // Keyboard users carry on from the first editor just drawn.
        focus_later(profile_name_id(zone, from));
    };
    view! {
        <fieldset class="zone" data-testid=format!("zone-{zone}")>
            <legend>{title}</legend>
            <div class="row">
                <TextField path=format!("zones[{zone}].name") label="Zone name" words=true />
                <button
                    type="button"
                    class="link danger"
                    data-testid=format!("remove-zone-{zone}")
                    disabled=move || zones.get() < 2
                    on:click=remove_zone
                >
                    "Remove zone"
                </button>
            </div>
            <For each=move || 0..page.get().shown key=|p| *p let:profile>
                <ProfileEditor zone profile removable />
            </For>
            {move || {
                let p = page.get();
                p.more_label(MORE_EDITORS)
                    .map(|label| {
                        view! {
                            <div class="row more-profiles">
                                <p class="hint" data-testid=format!("shown-profiles-{zone}")>
                                    {format!(
                                        "{} of {} workspace profiles shown; the others count in every result.",
                                        p.shown,
                                        p.total,
                                    )}
                                </p>
                                <button
                                    type="button"
                                    class="secondary"
                                    data-testid=format!("show-profiles-{zone}")
                                    on:click=show_more
                                >
                                    {label}
                                </button>
                            </div>
                        }
                    })
            }}
            <button
                type="button"
                class="secondary"
                data-testid=format!("add-profile-{zone}")
                on:click=add_profile
            >
                "+ Add workspace profile"
            </button>
        </fieldset>
    }
}
