//! Form inputs bound to the draft by dotted path: a labelled text box with its unit and
//! its error line, a select, and a checkbox.
//!
//! Every input gets `id = "f-<slug>"`, `data-testid = "input-<slug>"`, and its error line
//! `data-testid = "error-<slug>"`, where the slug is the path with `[`, `]`, `.` and `_`
//! turned into `-` (`zones[0].profiles[1].cpu_cores` -> `zones-0-profiles-1-cpu-cores`).

use leptos::prelude::*;

use super::state::use_app_state;

/// The path as an HTML id/test-id fragment: `peak_sessions` -> `peak-sessions`.
pub fn slug(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        let c = if c.is_ascii_alphanumeric() { c } else { '-' };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The error line under an input; its height is reserved so nothing jumps when it appears.
#[component]
fn ErrorLine(
    /// Field path whose error to show.
    path: String,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let p = path.clone();
    let message = move || state.error(&p);
    view! {
        <div class="field-msg" id=format!("e-{s}")>
            {move || {
                message()
                    .map(|m| {
                        view! {
                            <span class="field-error" data-testid=format!("error-{}", slug(&path))>
                                {m}
                            </span>
                        }
                    })
            }}
        </div>
    }
}

/// A labelled text box holding raw text (numbers are read later, so `12a` is kept).
#[component]
pub fn TextField(
    /// Dotted path of the draft field.
    #[prop(into)]
    path: String,
    /// Visible label.
    #[prop(into)]
    label: String,
    /// Unit shown after the box (GB, cores, s).
    #[prop(optional)]
    unit: Option<&'static str>,
    /// One line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Text rather than a number (names, host names).
    #[prop(optional)]
    text: bool,
    /// Greyed out when true (the figure does not apply to the current choices).
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
    /// Placeholder for optional figures.
    #[prop(optional)]
    placeholder: Option<&'static str>,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let id = format!("f-{s}");
    let (p1, p2, p4) = (path.clone(), path.clone(), path.clone());
    let described = format!("e-{s}");
    // Memos, so a keystroke elsewhere touches this input's DOM only when its own state moves.
    let invalid = Memo::new(move |_| state.error(&p1).is_some());
    let disabled = Memo::new(move |_| disabled.map(|d| d.get()).unwrap_or(false));
    let value = Memo::new(move |_| state.text(&p2));
    view! {
        <div class="field" class:invalid=move || invalid.get() class:disabled=disabled>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <div class="input-row">
                <input
                    id=id
                    type="text"
                    inputmode=if text { "text" } else { "decimal" }
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=placeholder
                    data-testid=format!("input-{s}")
                    aria-invalid=move || if invalid.get() { "true" } else { "false" }
                    aria-describedby=move || invalid.get().then(|| described.clone())
                    disabled=disabled
                    prop:value=value
                    on:input=move |ev| state.set_text(&path, event_target_value(&ev))
                />
                {unit.map(|u| view! { <span class="unit">{u}</span> })}
            </div>
            <ErrorLine path=p4 />
        </div>
    }
}

/// A labelled select whose options are (code, label) pairs of the plan's JSON codes.
#[component]
pub fn ChoiceField(
    /// Dotted path of the choice.
    #[prop(into)]
    path: String,
    /// Visible label.
    #[prop(into)]
    label: String,
    /// (code, label) pairs.
    options: &'static [(&'static str, &'static str)],
    /// One line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let id = format!("f-{s}");
    let p1 = path.clone();
    let p2 = path.clone();
    let current = Memo::new(move |_| state.choice(&p1));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <div class="input-row">
                <select
                    id=id
                    data-testid=format!("input-{s}")
                    on:change=move |ev| state.set_choice(&path, &event_target_value(&ev))
                >
                    {options
                        .iter()
                        .map(|(code, text)| {
                            view! {
                                <option value=*code prop:selected=move || current.get() == *code>
                                    {*text}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <ErrorLine path=p2 />
        </div>
    }
}

/// A checkbox with its label beside it.
#[component]
pub fn CheckField(
    /// Dotted path of the flag.
    #[prop(into)]
    path: String,
    /// Visible label.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let id = format!("f-{s}");
    let p1 = path.clone();
    view! {
        <div class="field check">
            <input
                id=id.clone()
                type="checkbox"
                data-testid=format!("input-{s}")
                prop:checked=move || state.flag(&p1)
                on:change=move |ev| state.set_flag(&path, event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}
