//! Agent packing: one agent full of one workspace, its committed CPU and RAM against the
//! physical figures and the overrides Kasm counts (AG-1, AG-4).

use leptos::prelude::*;

use super::axis::{label, line, plot, rect, x_axis};
use super::figure;
use crate::charts::frame::Frame;
use crate::charts::packing::{agent_packing, default_target, PackingChart, PackingRowLayout};
use crate::engine::WorkspaceKind;
use crate::markup::{el, svg, El, Node};
use crate::ui::markup::live_on;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 520.0;
const HEIGHT: f64 = 220.0;

fn packing_row(r: &PackingRowLayout, outer: Frame) -> Node {
    let (y, h) = (r.y, r.height);
    let frame = Frame {
        width: WIDTH,
        height: y + h + 34.0,
        top: y,
        bottom: 34.0,
        ..outer
    };
    let over = r.row.oversubscribed();
    let overridden = r.row.overridden();
    let (resource, unit) = (r.row.resource, r.row.unit);
    let limit = |class: &str, x: f64| line(class, x, y - 3.0, x, y + h + 3.0);
    svg("g")
        .class("packing-row")
        .attr("data-resource", resource)
        .child(
            label(
                "row-label",
                frame.x0() - 6.0,
                y + h / 2.0,
                Some("end"),
                resource,
            )
            .attr("dy", "0.32em"),
        )
        .child(label(
            if over {
                "row-caption over"
            } else {
                "row-caption"
            },
            frame.x0(),
            y - 6.0,
            None,
            format!("{resource}: {}", r.caption),
        ))
        .child(rect("committed", r.x0, y, r.x_within - r.x0, h))
        .child(
            rect(
                "committed over",
                r.x_within,
                y,
                (r.x_committed - r.x_within).max(0.0),
                h,
            )
            .testid("packing-over"),
        )
        .children(
            r.dividers
                .iter()
                .map(|&x| line("divider", x, y, x, y + h).into()),
        )
        .child(limit("limit physical", r.x_physical))
        .child_opt(overridden.then(|| limit("limit counted", r.x_counted)))
        .child(x_axis(
            frame,
            &r.ticks,
            &format!(
                "{resource} ({unit}); solid line: physical{}",
                if overridden {
                    ", dashed: counted by Kasm (override)"
                } else {
                    ""
                },
            ),
        ))
        .into()
}

/// The packing chart of one computed packing.
pub fn packing_chart(chart: &PackingChart) -> El {
    let layout = chart.layout(WIDTH, HEIGHT);
    let title = format!(
        "One agent with {} sessions of {}: committed against limits",
        chart.sessions, chart.profile
    );
    let any_over = chart.rows.iter().any(|r| r.oversubscribed());
    let plot = plot("chart-packing", WIDTH, HEIGHT, &title, chart.describe())
        .children(layout.rows.iter().map(|r| packing_row(r, layout.frame)));
    figure(
        if any_over {
            "chart chart-packing over"
        } else {
            "chart chart-packing"
        },
        "chart-packing",
        title,
    )
    .child(plot)
}

/// The picker of container workspaces (`value` = "zone.profile"), when there is a choice.
fn picker(options: &[((usize, usize), String)], current: Option<(usize, usize)>) -> Option<El> {
    (options.len() > 1).then(|| {
        el("label")
            .class("packing-pick")
            .text("Workspace on the agent ")
            .child(el("select").children(options.iter().map(|((z, i), name)| {
                el("option")
                    .attr("value", format!("{z}.{i}"))
                    .attr_opt("selected", (current == Some((*z, *i))).then_some(""))
                    .text(name.as_str())
                    .into()
            })))
    })
}

/// The packing chart of the current plan, with a choice of container workspace.
#[component]
pub fn AgentPackingChart() -> impl IntoView {
    let state = use_app_state();
    let choice: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let options = Memo::new(move |_| {
        state.plan.with(|p| {
            p.zones
                .iter()
                .enumerate()
                .flat_map(|(z, zone)| {
                    zone.profiles
                        .iter()
                        .enumerate()
                        .filter(|(_, w)| w.kind == WorkspaceKind::Container)
                        .map(move |(i, w)| ((z, i), format!("{} ({})", w.name, zone.name)))
                })
                .collect::<Vec<_>>()
        })
    });
    let target = Memo::new(move |_| {
        let picked = choice.get();
        options
            .with(|opts| picked.filter(|c| opts.iter().any(|(o, _)| o == c)))
            .or_else(|| state.plan.with(default_target))
    });
    // A memo: most edits (session counts) do not change one agent's packing, so its DOM stays.
    let chart = Memo::new(move |_| {
        let (z, i) = target.get()?;
        state.plan.with(|plan| {
            state
                .report
                .with(|r| r.as_ref().and_then(|r| agent_packing(plan, r, z, i)))
        })
    });
    // The picker's change event bubbles up to the host.
    let pick = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        let parsed = v
            .split_once('.')
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
        choice.set(parsed);
    };
    live_on(vec![("change", Box::new(pick))], move || {
        let packing = el("div")
            .class("packing")
            .child_opt(options.with(|o| picker(o, target.get())));
        let packing = chart.with(|c| match c {
            Some(c) => packing.child(packing_chart(c)),
            None => packing.child(
                el("p")
                    .class("chart-empty")
                    .testid("chart-packing")
                    .text("No container workspace, so no agent to pack."),
            ),
        });
        Some(el("div").class("packing-host").child(packing))
    })
}
