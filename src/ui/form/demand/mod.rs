//! Demand and workspaces: the peak total, zones and their workspace profiles.
//!
//! A big plan (issue 6 stress: 1,000 workspace profiles over 50 zones) opens with only its
//! first profile editors drawn ([`crate::form::editors`]); each zone with more says how many
//! it shows and has a button for the next ones. The hidden profiles still count in every
//! result, a profile with an error is always drawn (with those before it), and a zone the
//! user adds a profile to shows all of its profiles.

mod named_users;
mod profile;
mod zone;

use leptos::prelude::*;

use super::fields::{slug, FormSection, TextField};
use crate::form::editors::first_editors;
use crate::form::{PlanDraft, PEAK_PATH};
use crate::ui::focus::focus_later;
use crate::ui::state::use_app_state;
use named_users::PeakUsers;
use zone::ZoneEditor;

/// The id of the name box of zone `zone` (keyboard focus goes there after zone edits).
fn zone_name_id(zone: usize) -> String {
    format!("f-{}", slug(&format!("zones[{zone}].name")))
}

/// The demand section: total, then each zone with its profiles.
#[component]
pub fn DemandSection() -> impl IntoView {
    let state = use_app_state();
    // Editors drawn per zone; starts afresh with every loaded plan. Zones beyond the list
    // (added later) show all their profiles.
    let first = move || {
        state
            .draft
            .with_untracked(|d| first_editors(d.zones.iter().map(|z| z.profiles.len())))
    };
    let opened = RwSignal::new(first());
    state.on_plan_loaded(move || opened.set(first()));
    let zones = Memo::new(move |_| state.draft.with(|d| d.zones.len()));
    let several = Memo::new(move |_| state.draft.with(|d| d.profile_count() > 1));
    let one = Memo::new(move |_| state.draft.with(|d| d.profile_count() == 1));
    // NU-1: several workspaces of which some count named users have no total to share out.
    let editable = Memo::new(move |_| state.draft.with(PlanDraft::peak_editable));
    let add_zone = move |_| {
        state.edit(|d| d.add_zone());
        focus_later(zone_name_id(zones.get_untracked() - 1));
    };
    view! {
        <FormSection heading_id="h-demand" title="Demand and workspaces">
            <TextField
                path=PEAK_PATH
                label="Peak concurrent sessions"
                unit="sessions"
                hint="Sessions running at the busiest moment, not named users."
                on_leave=move |()| state.edit(|d| d.finish_peak_edit())
                readonly=Signal::derive(move || !editable.get())
            />
            <p class="hint peak-note" aria-live="polite">
                {move || {
                    if !editable.get() {
                        "Sum of the workspace profiles below; some count named users, so change each one's own figures."
                    } else if several.get() {
                        "Sum of all workspace profiles below; a new total is shared out in proportion."
                    } else {
                        "Split it over several workspace profiles or zones below if they differ."
                    }
                }}
            </p>
            <Show when=move || one.get()>
                <PeakUsers />
            </Show>
            <For each=move || 0..zones.get() key=|z| *z let:zone>
                <ZoneEditor zone opened />
            </For>
            <button type="button" class="secondary" data-testid="add-zone" on:click=add_zone>
                "+ Add zone"
            </button>
        </FormSection>
    }
}
