//! Agent packing: one agent full of one workspace, its committed CPU and RAM against the
//! physical figures and the overrides Kasm counts (AG-1, AG-4).

use leptos::prelude::*;

use super::axis::XAxis;
use crate::charts::frame::Frame;
use crate::charts::packing::{agent_packing, default_target, PackingChart};
use crate::charts::path::num;
use crate::engine::WorkspaceKind;
use crate::ui::state::use_app_state;

const WIDTH: f64 = 520.0;
const HEIGHT: f64 = 220.0;

/// The packing chart of one computed packing.
#[component]
pub fn PackingView(
    /// What to draw.
    chart: PackingChart,
) -> impl IntoView {
    let layout = chart.layout(WIDTH, HEIGHT);
    let title = format!(
        "One agent with {} sessions of {}: committed against limits",
        chart.sessions, chart.profile
    );
    let any_over = chart.rows.iter().any(|r| r.oversubscribed());
    view! {
        <figure class="chart chart-packing" data-testid="chart-packing" class:over=any_over>
            <figcaption>{title.clone()}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="chart-packing-title chart-packing-desc"
                class="chart-svg"
            >
                <title id="chart-packing-title">{title}</title>
                <desc id="chart-packing-desc">{chart.describe()}</desc>
                {layout
                    .rows
                    .into_iter()
                    .map(|r| {
                        let y = r.y;
                        let h = r.height;
                        let frame = Frame {
                            width: WIDTH,
                            height: y + h + 34.0,
                            top: y,
                            bottom: 34.0,
                            ..layout.frame
                        };
                        let over = r.row.oversubscribed();
                        let overridden = r.row.overridden();
                        let resource = r.row.resource;
                        let unit = r.row.unit;
                        view! {
                            <g class="packing-row" data-resource=resource>
                                <text class="row-label" x=num(frame.x0() - 6.0) y=num(y + h / 2.0) text-anchor="end" dy="0.32em">
                                    {resource}
                                </text>
                                <text class="row-caption" class:over=over x=num(frame.x0()) y=num(y - 6.0)>
                                    {format!("{resource}: {}", r.caption)}
                                </text>
                                <rect class="committed" x=num(r.x0) y=num(y) width=num(r.x_within - r.x0) height=num(h) />
                                <rect
                                    class="committed over"
                                    data-testid="packing-over"
                                    x=num(r.x_within)
                                    y=num(y)
                                    width=num((r.x_committed - r.x_within).max(0.0))
                                    height=num(h)
                                />
                                {r
                                    .dividers
                                    .iter()
                                    .map(|&x| {
                                        view! { <line class="divider" x1=num(x) x2=num(x) y1=num(y) y2=num(y + h) /> }
                                    })
                                    .collect_view()}
                                <line class="limit physical" x1=num(r.x_physical) x2=num(r.x_physical) y1=num(y - 3.0) y2=num(y + h + 3.0) />
                                {overridden
                                    .then(|| {
                                        view! {
                                            <line class="limit counted" x1=num(r.x_counted) x2=num(r.x_counted) y1=num(y - 3.0) y2=num(y + h + 3.0) />
                                        }
                                    })}
                                <XAxis
                                    frame=frame
                                    ticks=r.ticks
                                    title=format!(
                                        "{resource} ({unit}); solid line: physical{}",
                                        if overridden { ", dashed: counted by Kasm (override)" } else { "" },
                                    )
                                />
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
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
    let target = move || {
        let opts = options.get();
        choice
            .get()
            .filter(|c| opts.iter().any(|(o, _)| o == c))
            .or_else(|| state.plan.with(default_target))
    };
    // A memo: most edits (session counts) do not change one agent's packing, so its DOM stays.
    let chart = Memo::new(move |_| {
        let (z, i) = target()?;
        let plan = state.plan.get();
        state
            .report
            .with(|r| r.as_ref().and_then(|r| agent_packing(&plan, r, z, i)))
    });
    view! {
        <div class="packing">
            {move || {
                (options.with(|o| o.len()) > 1)
                    .then(|| {
                        let current = target().map(|(z, i)| format!("{z}.{i}")).unwrap_or_default();
                        view! {
                            <label class="packing-pick">
                                "Workspace on the agent "
                                <select on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    let parsed = v
                                        .split_once('.')
                                        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
                                    choice.set(parsed);
                                }>
                                    {options
                                        .get()
                                        .into_iter()
                                        .map(|((z, i), name)| {
                                            let value = format!("{z}.{i}");
                                            let selected = value == current;
                                            view! { <option value=value selected=selected>{name}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                        }
                    })
            }}
            {move || match chart.get() {
                Some(c) => view! { <PackingView chart=c /> }.into_any(),
                None => view! {
                    <p class="chart-empty" data-testid="chart-packing">
                        "No container workspace, so no agent to pack."
                    </p>
                }
                    .into_any(),
            }}
        </div>
    }
}
