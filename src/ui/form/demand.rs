//! Demand and workspaces: the peak total, zones and their workspace profiles.

use leptos::prelude::*;

use crate::form::PEAK_PATH;
use crate::ui::fields::{CheckField, ChoiceField, TextField};
use crate::ui::state::use_app_state;

const KINDS: &[(&str, &str)] = &[
    ("container", "Container on agents"),
    ("server_connection", "RDP / VNC / SSH server"),
];

/// The demand section: total, then each zone with its profiles.
#[component]
pub fn DemandSection() -> impl IntoView {
    let state = use_app_state();
    let zones = Memo::new(move |_| state.draft.with(|d| d.zones.len()));
    let several = Memo::new(move |_| state.draft.with(|d| d.profile_count() > 1));
    view! {
        <section class="card form-section" aria-labelledby="h-demand">
            <h2 id="h-demand">"Demand and workspaces"</h2>
            // focusout bubbles: leaving the total box ends a proportional edit.
            <div on:focusout=move |_| state.edit(|d| d.finish_peak_edit())>
                <TextField
                    path=PEAK_PATH
                    label="Peak concurrent sessions"
                    unit="sessions"
                    hint="Sessions running at the busiest moment, not named users."
                />
            </div>
            <p class="hint peak-note" aria-live="polite">
                {move || {
                    if several.get() {
                        "Sum of all workspace profiles below; a new total is shared out in proportion."
                    } else {
                        "Split it over several workspace profiles or zones below if they differ."
                    }
                }}
            </p>
            <For each=move || 0..zones.get() key=|z| *z let:z>
                <ZoneBlock zone=z />
            </For>
            <button
                type="button"
                class="secondary"
                data-testid="add-zone"
                on:click=move |_| state.edit(|d| d.add_zone())
            >
                "+ Add zone"
            </button>
        </section>
    }
}

/// One zone: its name and its workspace profiles.
#[component]
fn ZoneBlock(zone: usize) -> impl IntoView {
    let state = use_app_state();
    let profiles = Memo::new(move |_| {
        state
            .draft
            .with(|d| d.zones.get(zone).map_or(0, |z| z.profiles.len()))
    });
    let zone_count = Memo::new(move |_| state.draft.with(|d| d.zones.len()));
    let title = move || {
        state
            .draft
            .with(|d| d.zones.get(zone).map(|z| z.name.clone()))
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| format!("Zone {}", zone + 1))
    };
    view! {
        <fieldset class="zone" data-testid=format!("zone-{zone}")>
            <legend>{title}</legend>
            <div class="row">
                <TextField path=format!("zones[{zone}].name") label="Zone name" text=true />
                <button
                    type="button"
                    class="link danger"
                    data-testid=format!("remove-zone-{zone}")
                    disabled=move || zone_count.get() < 2
                    on:click=move |_| state.edit(|d| d.remove_zone(zone))
                >
                    "Remove zone"
                </button>
            </div>
            <For each=move || 0..profiles.get() key=|p| *p let:p>
                <ProfileRow zone=zone profile=p />
            </For>
            <button
                type="button"
                class="secondary"
                data-testid=format!("add-profile-{zone}")
                on:click=move |_| state.edit(|d| d.add_profile(zone))
            >
                "+ Add workspace profile"
            </button>
        </fieldset>
    }
}

/// One workspace profile: name, sessions, size, recording, disk and kind.
#[component]
fn ProfileRow(zone: usize, profile: usize) -> impl IntoView {
    let state = use_app_state();
    let at = move |f: &str| format!("zones[{zone}].profiles[{profile}].{f}");
    let count = Memo::new(move |_| {
        state
            .draft
            .with(|d| d.zones.get(zone).map_or(0, |z| z.profiles.len()))
    });
    // CPU, RAM and disk per session only size agents; server connections use proxies.
    let kind_path = at("kind");
    let server = Signal::derive(move || state.choice(&kind_path) == "server_connection");
    view! {
        <div class="profile" data-testid=format!("profile-{zone}-{profile}")>
            <div class="grid">
                <TextField path=at("name") label="Workspace name" text=true />
                <TextField path=at("sessions") label="Sessions at peak" unit="sessions" />
                <TextField path=at("cpu_cores") label="CPU per session" unit="cores" disabled=server />
                <TextField path=at("ram_gb") label="RAM per session" unit="GB" disabled=server />
                <TextField
                    path=at("disk_per_session_gb")
                    label="Disk per session"
                    unit="GB"
                    disabled=server
                />
                <ChoiceField path=at("kind") label="Runs as" options=KINDS />
            </div>
            <div class="row">
                <CheckField path=at("recording") label="Sessions are recorded" />
                <button
                    type="button"
                    class="link danger"
                    data-testid=format!("remove-profile-{zone}-{profile}")
                    disabled=move || count.get() < 2
                    on:click=move |_| state.edit(|d| d.remove_profile(zone, profile))
                >
                    "Remove workspace"
                </button>
            </div>
        </div>
    }
}
