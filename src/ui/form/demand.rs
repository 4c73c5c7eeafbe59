//! Demand and workspaces: the peak total, zones and their workspace profiles.
//!
//! A big plan (issue 6 stress: 1,000 workspace profiles over 50 zones) opens with only its
//! first profile editors drawn ([`crate::form::editors`]); each zone with more says how many
//! it shows and has a button for the next ones. The hidden profiles still count in every
//! result, a profile with an error is always drawn (with those before it), and a zone the
//! user adds a profile to shows all of its profiles.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::inputs::{action_button, hint, slug, text_input, Fields};
use crate::form::editors::{first_editors, zone_editors, ALL, MORE_EDITORS};
use crate::form::PEAK_PATH;
use crate::markup::{el, El, Node};
use crate::support::paging::Shown;
use crate::ui::actions::clicked_action;
use crate::ui::markup::live_on;
use crate::ui::state::use_app_state;

const KINDS: &[(&str, &str)] = &[
    ("container", "Container on agents"),
    ("server_connection", "RDP / VNC / SSH server"),
];

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
    // Clicks bubble here first (the form acts on add-profile itself).
    let on_click = move |ev: web_sys::Event| {
        let Some(action) = clicked_action(&ev) else {
            return;
        };
        let zone = |prefix: &str| action.strip_prefix(prefix)?.parse::<usize>().ok();
        if let Some(z) = zone("add-profile:") {
            // The new profile is the zone's last: show them all.
            opened.update(|o| set_opened(o, z, ALL));
        } else if let Some(z) = zone("show-profiles:") {
            let from = state.draft.with_untracked(|d| {
                let total = d.zones.get(z).map_or(0, |zone| zone.profiles.len());
                let open = opened.with_untracked(|o| o.get(z).copied().unwrap_or(ALL));
                state
                    .errors
                    .with_untracked(|e| zone_editors(total, open, e, z).shown)
            });
            opened.update(|o| set_opened(o, z, from + MORE_EDITORS));
            // Keyboard users carry on from the first editor just drawn.
            let id = format!("f-{}", slug(&format!("zones[{z}].profiles[{from}].name")));
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            });
        }
    };
    live_on(vec![("click", Box::new(on_click))], move || {
        state.draft.with(|draft| {
            state.errors.with(|errors| {
                opened.with(|open| {
                    Some(
                        el("div")
                            .class("demand-host")
                            .child(demand_section(&Fields { draft, errors }, open)),
                    )
                })
            })
        })
    })
}

fn set_opened(opened: &mut Vec<usize>, zone: usize, value: usize) {
    if opened.len() <= zone {
        opened.resize(zone + 1, ALL);
    }
    opened[zone] = value;
}

fn demand_section(f: &Fields, opened: &[usize]) -> El {
    let several = f.draft.profile_count() > 1;
    let zones = f.draft.zones.len();
    super::inputs::section("h-demand", "Demand and workspaces")
        .child(
            f.text(
                text_input(PEAK_PATH, "Peak concurrent sessions")
                    .unit("sessions")
                    .hint("Sessions running at the busiest moment, not named users."),
            ),
        )
        .child(
            hint(if several {
                "Sum of all workspace profiles below; a new total is shared out in proportion."
            } else {
                "Split it over several workspace profiles or zones below if they differ."
            })
            .class("hint peak-note")
            .attr("aria-live", "polite"),
        )
        .children((0..zones).map(|z| zone_block(f, z, opened.get(z).copied().unwrap_or(ALL))))
        .child(action_button(
            "secondary",
            "add-zone".into(),
            "add-zone".into(),
            "+ Add zone",
        ))
}

/// One zone: its name and its workspace profiles, the first `open` of them drawn (more when
/// a later one has an error).
fn zone_block(f: &Fields, zone: usize, open: usize) -> Node {
    let z = &f.draft.zones[zone];
    let page = zone_editors(z.profiles.len(), open, f.errors, zone);
    let title = if z.name.trim().is_empty() {
        format!("Zone {}", zone + 1)
    } else {
        z.name.clone()
    };
    let several_zones = f.draft.zones.len() > 1;
    let more = page.more_label(MORE_EDITORS).map(|label| {
        let Shown { shown, total } = page;
        el("div")
            .class("row more-profiles")
            .child(
                hint(&format!(
                    "{shown} of {total} workspace profiles shown; the others count in every result."
                ))
                .testid(format!("shown-profiles-{zone}")),
            )
            .child(action_button(
                "secondary",
                format!("show-profiles:{zone}"),
                format!("show-profiles-{zone}"),
                &label,
            ))
    });
    el("fieldset")
        .class("zone")
        .testid(format!("zone-{zone}"))
        .child(el("legend").text(title))
        .child(
            el("div")
                .class("row")
                .child(f.text(text_input(format!("zones[{zone}].name"), "Zone name").words()))
                .child(
                    action_button(
                        "link danger",
                        format!("remove-zone:{zone}"),
                        format!("remove-zone-{zone}"),
                        "Remove zone",
                    )
                    .attr_opt("disabled", (!several_zones).then_some("")),
                ),
        )
        .children((0..page.shown).map(|p| profile_row(f, zone, p, page.total > 1)))
        .child_opt(more)
        .child(action_button(
            "secondary",
            format!("add-profile:{zone}"),
            format!("add-profile-{zone}"),
            "+ Add workspace profile",
        ))
        .into()
}

/// One workspace profile: name, sessions, size, recording, disk and kind.
fn profile_row(f: &Fields, zone: usize, profile: usize, removable: bool) -> Node {
    let at = |field: &str| format!("zones[{zone}].profiles[{profile}].{field}");
    // CPU, RAM and disk per session only size agents; server connections use proxies.
    let server = f.draft.choice(&at("kind")) == Some("server_connection");
    el("div")
        .class("profile")
        .testid(format!("profile-{zone}-{profile}"))
        .child(super::inputs::grid(vec![
            f.text(text_input(at("name"), "Workspace name").words()),
            f.text(text_input(at("sessions"), "Sessions at peak").unit("sessions")),
            f.text(
                text_input(at("cpu_cores"), "CPU per session")
                    .unit("cores")
                    .disabled(server),
            ),
            f.text(
                text_input(at("ram_gb"), "RAM per session")
                    .unit("GB")
                    .disabled(server),
            ),
            f.text(
                text_input(at("disk_per_session_gb"), "Disk per session")
                    .unit("GB")
                    .disabled(server),
            ),
            f.choice(&at("kind"), "Runs as", KINDS, None),
        ]))
        .child(
            el("div")
                .class("row")
                .child(f.check(&at("recording"), "Sessions are recorded"))
                .child(
                    action_button(
                        "link danger",
                        format!("remove-profile:{zone}:{profile}"),
                        format!("remove-profile-{zone}-{profile}"),
                        "Remove workspace",
                    )
                    .attr_opt("disabled", (!removable).then_some("")),
                ),
        )
        .into()
}
