//! Printing (issue 14, item 11): a printed plan starts with what was sized (its inputs and
//! its link), then the results with every "Why these numbers?" open.
//!
//! The browser tells the page just before and just after it prints (`beforeprint`,
//! `afterprint`, Print to PDF included). [`Printing`] follows those two events, so the
//! summary is drawn only for the print (typing never pays for it), and the why lists open
//! for the print and return to what the person had open or closed afterwards. What must not
//! print (the form, buttons, the jump link, the compare card's instructions) is left out
//! by the print stylesheet (`style/main.css`, "Print").

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;

use crate::export::inputs::{inputs_summary, InputLine, WorkspaceInputs};
use crate::ui::share::{dom, ShareState};
use crate::ui::state::use_app_state;

/// Whether the page is being printed, provided as context by the root component.
#[derive(Clone, Copy)]
pub struct Printing(RwSignal<bool>);

impl Printing {
    /// Provide it and follow the browser's `beforeprint` and `afterprint`.
    pub fn provide() -> Self {
        let printing = Printing(RwSignal::new(false));
        provide_context(printing);
        // Leptos has no typed events for these two.
        let before = window_event_listener_untyped("beforeprint", move |_| printing.0.set(true));
        let after = window_event_listener_untyped("afterprint", move |_| printing.0.set(false));
        on_cleanup(move || {
            before.remove();
            after.remove();
        });
        printing
    }

    /// True while printing (tracked); always false outside an app that provides it.
    pub fn now() -> Signal<bool> {
        match use_context::<Printing>() {
            Some(p) => p.0.into(),
            None => Signal::derive(|| false),
        }
    }
}

/// What was sized, first on a printed page: the plan's link, its workspaces zone by zone
/// and every other input it uses (`export::inputs`). Drawn only while printing.
#[component]
pub fn PrintSummary() -> impl IntoView {
    let printing = Printing::now();
    view! {
        <Show when=move || printing.get()>
            <SummaryCard />
        </Show>
    }
}

#[component]
fn SummaryCard() -> impl IntoView {
    let state = use_app_state();
    let share = use_context::<ShareState>();
    let summary = Memo::new(move |_| state.plan.with(inputs_summary));
    let link = move || {
        share
            .map(|s| dom::page_url_with(&s.query()))
            .unwrap_or_default()
    };
    let workspaces = move || summary.with(|s| s.workspaces.clone());
    let settings = move || summary.with(|s| s.settings.clone());
    view! {
        <section class="card print-summary" aria-labelledby="h-sized" data-testid="print-summary">
            <h2 id="h-sized">"What was sized"</h2>
            <p class="plan-link">
                "Plan link (opens this plan in the calculator): "
                <span data-testid="print-link">{link}</span>
            </p>
            <table class="print-workspaces">
                <caption>"Workspaces"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Zone"</th>
                        <th scope="col">"Workspace"</th>
                        <th scope="col">"Kind"</th>
                        <th scope="col" class="num">"Peak sessions"</th>
                        <th scope="col">"Each session"</th>
                        <th scope="col">"Recorded"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || workspaces().into_iter().map(|w: WorkspaceInputs| view! {
                        <tr>
                            <td>{w.zone}</td>
                            <th scope="row">{w.name}</th>
                            <td>{w.kind}</td>
                            <td class="num">{w.sessions}</td>
                            <td>{w.size}</td>
                            <td>{w.recorded}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <dl class="print-settings" data-testid="print-settings">
                {move || settings().into_iter().map(|l: InputLine| view! {
                    <div data-key=l.key>
                        <dt>{l.meaning}</dt>
                        <dd>{l.value}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}
