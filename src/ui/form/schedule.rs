//! The AutoScale schedule editor (AS-4): busy hours per weekday in a compact table, a few
//! quick fills, and the hours a week and a month they come to.

use leptos::prelude::*;

use super::cell::CellInput;
use crate::engine::schedule::{busy_hours_per_month, busy_hours_per_week, HOURS_PER_MONTH};
use crate::engine::WEEKDAYS;
use crate::form::schedule::ScheduleFill;
use crate::support::format::{number, readable};
use crate::ui::state::use_app_state;

/// Weekday names for screen readers, Monday first (the table shows [`WEEKDAYS`]).
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Busy hours per weekday, with quick fills and the totals.
#[component]
pub fn ScheduleEditor() -> impl IntoView {
    let state = use_app_state();
    // The last valid plan's schedule: what the engine sizes with.
    let schedule = Memo::new(move |_| state.plan.with(|p| p.agents.autoscale.schedule.clone()));
    let total = move || {
        schedule.with(|s| {
            let week = busy_hours_per_week(s);
            let month = busy_hours_per_month(s);
            format!(
                "Busy {} h a week, {} h of a {} h month; the off-hours config runs the other {} h.",
                readable(week),
                number(month, 1),
                readable(HOURS_PER_MONTH),
                number((HOURS_PER_MONTH - month).max(0.0), 1),
            )
        })
    };
    view! {
        <fieldset class="schedule" data-testid="schedule-editor">
            <legend>"Busy hours: the AutoScale schedule"</legend>
            <p class="hint">
                "Hours from 0 to 24 (7.5 is 07:30); both empty for a day without busy hours. The busy-hours config runs in them, the off-hours config the rest of the week (AS-4)."
            </p>
            <div class="quick-fills" role="group" aria-label="Fill the schedule">
                {ScheduleFill::ALL
                    .into_iter()
                    .map(|fill| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                data-testid=format!("schedule-fill-{}", fill.key())
                                on:click=move |_| state.edit(|d| fill.apply(&mut d.agents.autoscale))
                            >
                                {fill.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <table class="schedule-table">
                <thead>
                    <tr>
                        <th scope="col">"Day"</th>
                        <th scope="col">"Busy from"</th>
                        <th scope="col">"Until"</th>
                        <th scope="col" class="num">"Hours"</th>
                    </tr>
                </thead>
                <tbody>
                    {(0..WEEKDAYS.len())
                        .map(|i| {
                            let at = |end: &str| format!("agents.autoscale.schedule[{i}].{end}");
                            let hours = move || {
                                schedule.with(|s| match s.get(i).copied().flatten() {
                                    Some(h) => readable((h.end_hour - h.start_hour).max(0.0)),
                                    None => "—".into(),
                                })
                            };
                            view! {
                                <tr>
                                    <th scope="row">
                                        <abbr title=DAY_NAMES[i]>{WEEKDAYS[i]}</abbr>
                                    </th>
                                    <td>
                                        <CellInput path=at("start_hour") label=format!("{}: busy from (hour)", DAY_NAMES[i]) />
                                    </td>
                                    <td>
                                        <CellInput path=at("end_hour") label=format!("{}: busy until (hour)", DAY_NAMES[i]) />
                                    </td>
                                    <td class="num" data-testid=format!("schedule-hours-{i}")>{hours}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="hint schedule-total" data-testid="schedule-total">{total}</p>
        </fieldset>
    }
}
