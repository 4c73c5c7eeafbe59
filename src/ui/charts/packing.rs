//! Agent packing: one agent full of one workspace, its committed CPU and RAM against the
//! physical figures and the overrides Kasm counts (AG-1, AG-4).

use leptos::html::Figure;
use leptos::prelude::*;

use super::axis::{x_axis, Plot};
use super::drawn_fit;
use crate::charts::packing::{
    agent_packing, default_target, PackingChart, PackingLayout, PackingRowLayout,
};
use crate::charts::path::num;
use crate::engine::WorkspaceKind;
use crate::ui::state::use_app_state;

/// Narrowest layout: below it the chart scales down and its text grows to stay 11 px.
const MIN_WIDTH: f64 = 300.0;

/// One resource row: its bar of committed sessions, the oversubscribed part, the limits,
/// its axis with ticks one line of `font` units under the bar.
fn packing_row(row: PackingRowLayout, font: f64) -> impl IntoView + use<> {
    let (y, h) = (row.y, row.height);
    let frame = row.frame;
    let over = row.row.oversubscribed();
    let overridden = row.row.overridden();
    let (resource, unit) = (row.row.resource, row.row.unit);
    view! {
        <g class="packing-row" data-resource=resource>
            <text class="row-label" x=num(frame.x0() - 6.0) y=num(y + h / 2.0) text-anchor="end" dy="0.32em">
                {resource}
            </text>
            <text class=if over { "row-caption over" } else { "row-caption" } x=num(frame.x0()) y=num(row.caption_y)>
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
            {x_axis(frame, &row.ticks, format!("{resource} ({unit})"), font)}
        </g>
    }
}

/// The packing chart of one computed packing, laid out at the width it is drawn
/// ([`drawn_fit`]) so its text stays at least 11 px (issue 14, item 12).
#[component]
pub fn PackingView(
    /// The packing to draw.
    chart: PackingChart,
) -> impl IntoView {
    let figure: NodeRef<Figure> = NodeRef::new();
    let fit = drawn_fit(figure, MIN_WIDTH);
    let title = format!(
        "One agent with {} sessions of {}: committed against limits",
        chart.sessions, chart.profile
    );
    let any_over = chart.rows.iter().any(|r| r.oversubscribed());
    let any_override = chart.rows.iter().any(|r| r.overridden());
    let desc = chart.describe();
    let layout: Memo<PackingLayout> = Memo::new(move |_| {
        let f = fit.get();
        chart.layout(f.width, f.font)
    });
    view! {
        <figure
            node_ref=figure
            class=if any_over { "chart chart-packing over" } else { "chart chart-packing" }
            data-testid="chart-packing"
        >
            <figcaption>{title.clone()}</figcaption>
            <Plot
                id="chart-packing".to_string()
                width=Signal::derive(move || fit.get().width)
                height=Signal::derive(move || layout.with(|l| l.frame.height))
                font=Signal::derive(move || fit.get().font)
                title
                desc
            >
                {move || {
                    let l = layout.get();
                    let font = l.font;
                    l.rows.into_iter().map(|row| packing_row(row, font)).collect_view()
                }}
            </Plot>
            // What the limit lines mean, under the chart rather than crammed into its axes.
            <p class="chart-note">
                {if any_override {
                    "Solid line: the agent's physical figure; dashed line: what Kasm counts (the override)."
                } else {
                    "Solid line: the agent's physical figure."
                }}
            </p>
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
    let value = move || {
        target
            .get()
            .map(|(z, i)| format!("{z}.{i}"))
            .unwrap_or_default()
    };
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
