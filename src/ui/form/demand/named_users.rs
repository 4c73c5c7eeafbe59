//! Named users (NU-1, outside the guide): a workspace's peak from named users x peak
//! concurrency x sessions per user, with the labelled concurrency anchors as suggestions.
//!
//! Two ways in: "users at %" beside the total for a one-workspace plan ([`PeakUsers`]), and
//! a toggle in every workspace editor ([`ProfileNamedUsers`]). Both edit the same draft
//! fields (`crate::form::named_users`).

use leptos::prelude::*;

use crate::engine::rules::CONCURRENCY_ANCHORS;
use crate::form::{PEAK_CONCURRENCY_PATH, PEAK_USERS_PATH};
use crate::support::format::{readable, thousands};
use crate::ui::form::fields::{slug, TextField};
use crate::ui::results::beyond::OutsideGuide;
use crate::ui::results::rule_chip::RuleChip;
use crate::ui::state::use_app_state;

/// The anchors of NU-1 as buttons that put their figure into the concurrency box at `path`;
/// the one the box holds is pressed. Test ids `anchor-<slug>-<percent>`.
#[component]
fn ConcurrencyAnchors(
    /// Dotted draft path of the concurrency box.
    #[prop(into)]
    path: String,
) -> impl IntoView {
    let state = use_app_state();
    let current = {
        let path = path.clone();
        Memo::new(move |_| state.text(&path).trim().to_string())
    };
    let s = slug(&path);
    view! {
        <div class="anchors" role="group" aria-label="Suggested peak concurrency (NU-1, outside the guide)">
            <span class="anchors-label" aria-hidden="true">"Suggested:"</span>
            {CONCURRENCY_ANCHORS
                .iter()
                .map(|&(percent, source)| {
                    let figure = readable(percent);
                    let pressed = {
                        let figure = figure.clone();
                        move || if current.with(|c| *c == figure) { "true" } else { "false" }
                    };
                    let pick = {
                        let (path, figure) = (path.clone(), figure.clone());
                        move |_| state.edit(|d| _ = d.set_text(&path, figure.clone()))
                    };
                    view! {
                        <button
                            type="button"
                            class="chip anchor"
                            data-testid=format!("anchor-{s}-{figure}")
                            aria-pressed=pressed
                            on:click=pick
                        >
                            <strong>{format!("{figure} %")}</strong>
                            " "
                            <span class="anchor-source">{source}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// "Users at %" beside Peak concurrent sessions, for a plan of one workspace: typing users
/// gives the peak; emptying the box goes back to the typed sessions.
#[component]
pub fn PeakUsers() -> impl IntoView {
    view! {
        <div class="named-users peak-users" data-testid="peak-users">
            <div class="grid">
                <TextField
                    path=PEAK_USERS_PATH
                    label="Named users (optional)"
                    unit="users"
                    placeholder="none"
                />
                <TextField path=PEAK_CONCURRENCY_PATH label="Peak concurrency" unit="%" />
            </div>
            <ConcurrencyAnchors path=PEAK_CONCURRENCY_PATH />
            <NamedUsersNote />
        </div>
    }
}

/// What the named users' peak is, marked outside the guide.
#[component]
fn NamedUsersNote() -> impl IntoView {
    view! {
        <p class="hint beyond-note">
            <OutsideGuide />
            " Peak = ceil(named users × concurrency × sessions per user); Kasm publishes no concurrency figure. "
            <RuleChip id="NU-1" />
        </p>
    }
}

/// A workspace editor's named users: users, concurrency with its anchors and sessions per
/// user, and the peak they give (shown while the toggle is on).
#[component]
pub fn ProfileNamedUsers(
    /// The zone's index.
    zone: usize,
    /// The profile's index within its zone.
    profile: usize,
) -> impl IntoView {
    let state = use_app_state();
    let at = move |field: &str| format!("zones[{zone}].profiles[{profile}].{field}");
    let several = Memo::new(move |_| state.draft.with(|d| d.profile_count() > 1));
    let peak = Memo::new(move |_| {
        state.draft.with(|d| {
            d.zones
                .get(zone)
                .and_then(|z| z.profiles.get(profile))
                .and_then(|p| p.draft_sessions())
        })
    });
    view! {
        <div class="named-users" data-testid=format!("named-users-{zone}-{profile}")>
            <div class="grid">
                <TextField path=at("named_users") label="Named users" unit="users" />
                <TextField path=at("concurrency_percent") label="Peak concurrency" unit="%" />
                <TextField
                    path=at("sessions_per_user")
                    label="Sessions per user"
                    unit="sessions"
                    hint="Kasm caps it with the group setting max_kasms_per_user."
                />
            </div>
            <ConcurrencyAnchors path=at("concurrency_percent") />
            <p class="peak-from-users" aria-live="polite">
                "Sessions at peak: "
                <strong data-testid=format!("peak-from-users-{zone}-{profile}")>
                    {move || peak.get().map(thousands).unwrap_or_else(|| "—".into())}
                </strong>
            </p>
            // With one workspace the same note stands beside the total, just above.
            <Show when=move || several.get()>
                <NamedUsersNote />
            </Show>
        </div>
    }
}
