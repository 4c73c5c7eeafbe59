//! Connection proxy: cores per proxy, per-session load, redundancy.

use leptos::prelude::*;

use crate::ui::fields::{ChoiceField, TextField};
use crate::ui::state::use_app_state;

const LOADS: &[(&str, &str)] = &[
    ("business", "Business (0.25 cores)"),
    ("full_screen_video", "Full-screen video (1.25)"),
    ("custom", "Custom figure"),
];

/// The connection proxy section (only used by server-connection workspaces).
#[component]
pub fn ProxySection() -> impl IntoView {
    let state = use_app_state();
    let not_custom = Signal::derive(move || state.choice("proxy.load") != "custom");
    view! {
        <section class="card form-section" aria-labelledby="h-proxy">
            <h2 id="h-proxy">"Connection proxy"</h2>
            <p class="hint">"Needed only for RDP, VNC or SSH server connections."</p>
            <div class="grid">
                <TextField path="proxy.cores" label="CPU per proxy" unit="cores" />
                <ChoiceField path="proxy.load" label="Streaming load" options=LOADS />
                <TextField
                    path="proxy.custom_cores_per_session"
                    label="Custom load per session"
                    unit="cores"
                    disabled=not_custom
                />
                <TextField path="proxy.redundancy" label="Spare proxies per zone" unit="proxies" />
            </div>
        </section>
    }
}
