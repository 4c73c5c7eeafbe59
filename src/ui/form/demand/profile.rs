//! One workspace profile editor: name, sessions (or named users, NU-1), size, recording,
//! disk and kind.

use leptos::prelude::*;

use super::named_users::ProfileNamedUsers;
use crate::ui::focus::focus_later;
use crate::ui::form::fields::{slug, CheckField, ChoiceField, TextField};
use crate::ui::state::use_app_state;

const KINDS: &[(&str, &str)] = &[
    ("container", "Container on agents"),
    ("server_connection", "RDP / VNC / SSH server"),
];

/// The id of the name box of profile `profile` in zone `zone`.
pub fn profile_name_id(zone: usize, profile: usize) -> String {
    format!(
        "f-{}",
        slug(&format!("zones[{zone}].profiles[{profile}].name"))
    )
}

/// Workspace profile `profile` of zone `zone`.
#[component]
pub fn ProfileEditor(
    /// The zone's index.
    zone: usize,
    /// The profile's index within its zone.
    profile: usize,
    /// False while it is the zone's only profile.
    removable: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let at = move |field: &str| format!("zones[{zone}].profiles[{profile}].{field}");
    // CPU, RAM and disk per session only size agents; server connections use proxies.
    let container = {
        let kind = at("kind");
        Memo::new(move |_| state.choice(&kind) != "server_connection")
    };
    // NU-1: with named users on, they give the peak and the typed sessions are not used.
    let named = {
        let flag = at("uses_named_users");
        Memo::new(move |_| state.flag(&flag))
    };
    let remove = move |_| {
        state.edit(|d| d.remove_profile(zone, profile));
        // Carry on from the profile that took this one's place, or the one before.
        let left = state
            .draft
            .with_untracked(|d| d.zones.get(zone).map_or(0, |z| z.profiles.len()));
        focus_later(profile_name_id(zone, profile.min(left.saturating_sub(1))));
    };
    view! {
        <div class="profile" data-testid=format!("profile-{zone}-{profile}")>
            <div class="grid">
                <TextField path=at("name") label="Workspace name" words=true />
                <Show when=move || !named.get()>
                    <TextField path=at("sessions") label="Sessions at peak" unit="sessions" />
                </Show>
                <Show when=move || container.get()>
                    <TextField path=at("cpu_cores") label="CPU per session" unit="cores" />
                    <TextField path=at("ram_gb") label="RAM per session" unit="GB" />
                    <TextField path=at("disk_per_session_gb") label="Disk per session" unit="GB" />
                </Show>
                <ChoiceField path=at("kind") label="Runs as" options=KINDS />
            </div>
            <CheckField path=at("uses_named_users") label="Peak from named users" />
            <Show when=move || named.get()>
                <ProfileNamedUsers zone profile />
            </Show>
            <div class="row">
                <CheckField path=at("recording") label="Sessions are recorded" />
                <button
                    type="button"
                    class="link danger"
                    data-testid=format!("remove-profile-{zone}-{profile}")
                    disabled=move || !removable.get()
                    on:click=remove
                >
                    "Remove workspace"
                </button>
            </div>
        </div>
    }
}
