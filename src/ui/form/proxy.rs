//! Connection proxy: cores per proxy, streaming load per session, redundancy.

use leptos::prelude::*;

use super::fields::{ChoiceField, FormSection, TextField};

const LOADS: &[(&str, &str)] = &[
    ("business", "Business (0.25 cores)"),
    ("full_screen_video", "Full-screen video (1.25)"),
    ("custom", "Custom figure"),
];

/// The connection proxy section.
#[component]
pub fn ProxySection() -> impl IntoView {
    view! {
        <FormSection heading_id="h-proxy" title="Connection proxy">
            <p class="hint">"Needed only for RDP, VNC or SSH server connections."</p>
            <div class="grid">
                <TextField path="proxy.cores" label="CPU per proxy" unit="cores" />
                <ChoiceField path="proxy.load" label="Streaming load" options=LOADS />
                <TextField
                    path="proxy.custom_cores_per_session"
                    label="Custom load per session"
                    unit="cores"
                />
                <TextField path="proxy.redundancy" label="Spare proxies per zone" unit="proxies" />
            </div>
        </FormSection>
    }
}
