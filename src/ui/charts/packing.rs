//! Agent packing: one agent full of one workspace, its committed CPU and RAM against the
//! physical figures and the overrides Kasm counts (AG-1, AG-4).

use leptos::prelude::*;

use super::axis::{x_axis, Plot};
use crate::charts::frame::Frame;
use crate::charts::packing::{agent_packing, default_target, PackingChart, PackingRowLayout};
use crate::charts::path::num;
use crate::engine::WorkspaceKind;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 520.0;
const HEIGHT: f64 = 220.0;

/// One resource row: its bar of committed sessions, the oversubscribed part, the limits.
#[component]
fn PackingRow(row: PackingRowLayout, outer: Frame) -> impl IntoView {
    let (y, h) = (row.y, row.height);
    let frame = Frame {
        width: WIDTH,
        height: y + h + 34.0,
        top: y,
        bottom: 34.0,
        ..outer
    };
    let over = row.row.oversubscribed();
    let overridden = row.row.overridden();
    let (resource, unit) = (row.row.resource, row.row.unit);
    let axis_title = format!(
        "{resource} ({unit}); solid line: physical{}",
        if overridden {
            ", dashed: counted by Kasm (override)"
        } else {
            ""
        },
    );
    view! {
        <g class="packing-row" data-resource=resource>
            <text class="row-label" x=num(frame.x0() - 6.0) y=num(y + h / 2.0) text-anchor="end" dy="0.32em">
                {resource}
            </text>
            <text class=if over { "row-caption over" } else { "row-caption" } x=num(frame.x0()) y=num(y - 6.0)>
                {format!("{resource}: {}", row.caption)}
            </text>
            <rect class="committed" x=num(row.x0) y=num(y) width=num(row.x_within - row.x0) height=num(h) />
            <rect
                class="committed over"
                data-testid="packing-over"
                x=num(row.x_within)
                y=num(y)
                width=num((row.x_committed - row.x_within).max(0.0))
                height=num(h)
            />
            {row
                .dividers
                .iter()
                .map(|&x| view! { <line class="divider" x1=num(x) x2=num(x) y1=num(y) y2=num(y + h) /> })
                .collect_view()}
            <line
                class="limit physical"
                x1=num(row.x_physical)
                x2=num(row.x_physical)
                y1=num(y - 3.0)
                y2=num(y + h + 3.0)
            />
            {overridden
                .then(|| {
                    view! {
                        <line
                            class="limit counted"
                            x1=num(row.x_counted)
                            x2=num(row.x_counted)
                            y1=num(y - 3.0)
                            y2=num(y + h + 3.0)
                        />
                    }
                })}
            {x_axis(frame, &row.ticks, axis_title)}
        </g>
    }
}

/// The packing chart of one computed packing.
#[component]
pub fn PackingView(
    /// The packing to draw.
    chart: PackingChart,
) -> impl IntoView {
    let layout = chart.layout(WIDTH, HEIGHT);
    let title = format!(
        "One agent with {} sessions of {}: committed against limits",
        chart.sessions, chart.profile
    );
    let any_over = chart.rows.iter().any(|r| r.oversubscribed());
    let outer = layout.frame;
    view! {
        <figure
            class=if any_over { "chart chart-packing over" } else { "chart chart-packing" }
            data-testid="chart-packing"
        >
            <figcaption>{title.clone()}</figcaption>
            <Plot id="chart-packing".to_string() width=WIDTH height=HEIGHT title desc=chart.describe()>
                {layout
                    .rows
                    .into_iter()
                    .map(|row| view! { <PackingRow row outer /> })
                    .collect_view()}
            </Plot>
        </figure>
    }
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
    // A memo: most edits (session counts) do not change one agent's packing, so the chart
    // is drawn again only when they do.
    let chart = Memo::new(move |_| {
        let (z, i) = target.get()?;
        state.plan.with(|plan| {
            state
                .report
                .with(|r| r.as_ref().and_then(|r| agent_packing(plan, r, z, i)))
        })
    });
    let value = move || target.get().map(|(z, i)| format!("{z}.{i}")).unwrap_or_default();
    let pick = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        let parsed = v
            .split_once('.')
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
        choice.set(parsed);
    };
    view! {
        <div class="packing">
            <Show when=move || options.with(|o| o.len() > 1)>
                <label class="packing-pick">
                    "Workspace on the agent "
                    <select prop:value=value on:change=pick>
                        <For each=move || options.get() key=|o| o.clone() let:o>
                            {
                                let code = format!("{}.{}", o.0 .0, o.0 .1);
                                let at = o.0;
                                view! {
                                    <option value=code selected=move || target.get() == Some(at)>
                                        {o.1}
                                    </option>
                                }
                            }
                        </For>
                    </select>
                </label>
            </Show>
            {move || match chart.get() {
                Some(c) => view! { <PackingView chart=c /> }.into_any(),
                None => {
                    view! {
                        <p class="chart-empty" data-testid="chart-packing">
                            "No container workspace, so no agent to pack."
                        </p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
