//! The AutoScale config's inputs (AS-2..AS-4), shown in the agents section with cloud
//! autoscaling: staging, standby, off-hours, Downscale Backoff and the schedule.

use leptos::prelude::*;

use super::fields::TextField;
use super::schedule::ScheduleEditor;

/// The AutoScale inputs and the schedule editor.
#[component]
pub fn AutoscaleInputs() -> impl IntoView {
    view! {
        <fieldset class="autoscale-config" data-testid="autoscale-inputs">
            <legend>"AutoScale config"</legend>
            <p class="hint">
                "Each instance's CPU and RAM above (or the instance type picked under Cloud) give its sessions by AG-1; the CPU and RAM overrides become the AutoScale config's Agent Cores and Agent Memory (GB) overrides (AS-1). Outside the guide: these rules come from Kasm's documentation and staff advice."
            </p>
            <div class="grid">
                <TextField
                    path="agents.autoscale.baseline_sessions"
                    label="Sessions ready when the busy hours start"
                    unit="sessions"
                    hint="Staging's Desired Sessions (AS-2); recorded sessions are never staged."
                />
                <TextField
                    path="agents.autoscale.arrivals_per_minute"
                    label="Sessions starting per minute at the busiest moment"
                    unit="/ min"
                    hint="Sets the busy-hours standby (AS-3)."
                />
                <TextField
                    path="agents.autoscale.startup_s"
                    label="Agent start-up time"
                    unit="s"
                    hint="Default 600 s: Kasm publishes no figure; its seed timeouts are 600 s (AS-3)."
                />
                <TextField
                    path="agents.autoscale.off_hours_standby_sessions"
                    label="Off-hours standby"
                    unit="sessions"
                    hint="Room the off-hours config keeps free; 0 lets the pool empty (AS-4)."
                />
                <TextField
                    path="agents.autoscale.downscale_backoff_s"
                    label="Downscale Backoff"
                    unit="s"
                    hint="Kasm's default is 3,600 s (AS-4)."
                />
            </div>
            <ScheduleEditor />
        </fieldset>
    }
}
