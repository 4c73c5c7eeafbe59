//! The form's field components: a labelled text box with its unit and error line, a select
//! and a checkbox, each bound to one field of the draft by its dotted path.
//!
//! Every input gets `id = "f-<slug>"`, `data-testid = "input-<slug>"`, and its error line
//! `data-testid = "error-<slug>"`, where the slug is the path with `[`, `]`, `.` and `_`
//! turned into `-` (`zones[0].profiles[1].cpu_cores` -> `zones-0-profiles-1-cpu-cores`).

use leptos::prelude::*;

use crate::ui::results::rule_chip::RuleChip;
use crate::ui::state::use_app_state;

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

/// Why a field is greyed out and the rule that says so, or `None` when it applies to the
/// plan as chosen.
pub type Inapplicable = Memo<Option<(&'static str, &'static str)>>;

/// Whether the plan as chosen uses the input at `path` (issue 14, item 3: an input the
/// engine ignores is disabled, with the reason beside it).
pub(crate) fn inapplicable(path: &str) -> Inapplicable {
    let state = use_app_state();
    let path = path.to_string();
    Memo::new(move |_| state.unused(&path))
}

/// Why an input does not apply to the plan as chosen, with its rule; nothing when it does.
#[component]
pub fn UnusedNote(
    /// The reason and rule, or `None`.
    unused: Inapplicable,
) -> impl IntoView {
    move || {
        unused.get().map(|(why, rule)| {
            view! {
                <p class="hint inapplicable">
                    <span class="visually-hidden">"Not used: "</span>
                    {why}
                    " "
                    <RuleChip id=rule />
                </p>
            }
        })
    }
}

/// The error line of the input with path slug `slug` (`id = "e-<slug>"`, which the input's
/// `aria-describedby` names): empty, keeping its room, until the input holds an error.
#[component]
pub fn ErrorLine(
    /// The slug of the input's path.
    #[prop(into)]
    slug: String,
    /// The error message, if any.
    error: Memo<Option<String>>,
    /// In a table cell: a compact line (`cell-msg`) rather than a field's (`field-msg`).
    #[prop(optional)]
    cell: bool,
) -> impl IntoView {
    let testid = format!("error-{slug}");
    view! {
        <div class=if cell { "cell-msg" } else { "field-msg" } id=format!("e-{slug}")>
            {move || {
                let testid = testid.clone();
                error.get().map(|m| view! { <span class="field-error" data-testid=testid>{m}</span> })
            }}
        </div>
    }
}

/// `<label>`, optional hint, the control row and the error line: the frame of every field.
#[component]
fn FieldFrame(
    /// The control's id (`f-<slug>`).
    id: String,
    /// The slug of the field's path.
    slug: String,
    /// What the field is.
    label: &'static str,
    /// One line of help under the label.
    hint: Option<&'static str>,
    /// The error message, if the field holds something the plan cannot use.
    error: Memo<Option<String>>,
    /// Why the field does not apply now, shown instead of the hint.
    inapplicable: Inapplicable,
    /// The control and its unit.
    children: Children,
) -> impl IntoView {
    let class = move || {
        let mut c = String::from("field");
        if error.with(Option::is_some) {
            c.push_str(" invalid");
        }
        if inapplicable.with(Option::is_some) {
            c.push_str(" disabled");
        }
        c
    };
    view! {
        <div class=class>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <UnusedNote unused=inapplicable />
            <div class="input-row">{children()}</div>
            <ErrorLine slug error />
        </div>
    }
}

/// The draft's text at `path` and its error, as memos (so an edit elsewhere leaves them be).
pub(crate) fn bound_text(path: &str) -> (Memo<String>, Memo<Option<String>>) {
    let state = use_app_state();
    let (p, q) = (path.to_string(), path.to_string());
    (
        Memo::new(move |_| state.text(&p)),
        Memo::new(move |_| state.error(&q)),
    )
}

/// The text box itself, bound to the draft at `path` (`id = "f-<slug>"`, test id
/// `input-<slug>`, described by its error line while it has an error, disabled while the plan
/// does not use it): shared by [`TextField`] and the table cells of `super::cell`.
#[component]
pub fn BoundInput(
    /// Dotted draft path.
    path: String,
    /// The draft's text at `path`.
    value: Memo<String>,
    /// Its error, if any.
    error: Memo<Option<String>>,
    /// Why the plan does not use it, if it does not.
    unused: Inapplicable,
    /// Its accessible name when no `<label>` names it (a table cell).
    #[prop(default = None)]
    label: Option<String>,
    /// Words rather than a number (names, host names).
    #[prop(optional)]
    words: bool,
    /// Placeholder for optional figures.
    #[prop(default = None)]
    placeholder: Option<&'static str>,
    /// Runs when the box loses focus.
    #[prop(default = None)]
    on_leave: Option<Callback<()>>,
    /// Shown but not typed into (the total while some of several workspaces count named
    /// users, NU-1).
    #[prop(optional, into)]
    readonly: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let described = format!("e-{s}");
    view! {
        <input
            id=format!("f-{s}")
            class=label.is_some().then_some("cell-input")
            type="text"
            inputmode=if words { "text" } else { "decimal" }
            autocomplete="off"
            spellcheck="false"
            aria-label=label
            placeholder=placeholder
            data-testid=format!("input-{s}")
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
            disabled=move || unused.with(Option::is_some)
            readonly=move || readonly.get()
            prop:value=value
            on:input=move |ev| state.set_text(&path, event_target_value(&ev))
            on:focusout=move |_| {
                state.end_typing();
                if let Some(leave) = on_leave {
                    leave.run(());
                }
            }
        />
    }
}

/// A labelled text box holding raw text (numbers are read later, so `12a` is kept).
#[component]
pub fn TextField(
    /// Dotted draft path (`agents.cpus`, `zones[0].profiles[1].sessions`).
    #[prop(into)]
    path: String,
    /// What the field is.
    label: &'static str,
    /// The unit shown after the box (GB, cores, s).
    #[prop(optional, into)]
    unit: Signal<&'static str>,
    /// One line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Words rather than a number (names, host names).
    #[prop(optional)]
    words: bool,
    /// Placeholder for optional figures.
    #[prop(optional)]
    placeholder: Option<&'static str>,
    /// Runs when the box loses focus.
    #[prop(optional, into)]
    on_leave: Option<Callback<()>>,
    /// Shown but not typed into (the total while some of several workspaces count named
    /// users, NU-1).
    #[prop(optional, into)]
    readonly: Signal<bool>,
) -> impl IntoView {
    let s = slug(&path);
    let id = format!("f-{s}");
    let (value, error) = bound_text(&path);
    let inapplicable = inapplicable(&path);
    let input = view! {
        <BoundInput path value error unused=inapplicable words placeholder on_leave readonly />
    };
    view! {
        <FieldFrame id slug=s label hint error inapplicable>
            {input}
            {move || {
                let u = unit.get();
                (!u.is_empty()).then(|| view! { <span class="unit">{u}</span> })
            }}
        </FieldFrame>
    }
}

/// A labelled select of (code, label) pairs, the plan's JSON codes.
#[component]
pub fn ChoiceField(
    /// Dotted draft path of the choice.
    #[prop(into)]
    path: String,
    /// What the field is.
    label: &'static str,
    /// The choices as (code, label).
    options: &'static [(&'static str, &'static str)],
    /// One line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let id = format!("f-{s}");
    let current = {
        let path = path.clone();
        Memo::new(move |_| state.choice(&path))
    };
    let error = {
        let path = path.clone();
        Memo::new(move |_| state.error(&path))
    };
    let inapplicable = inapplicable(&path);
    let select = view! {
        <select
            id=id.clone()
            data-testid=format!("input-{s}")
            disabled=move || inapplicable.with(Option::is_some)
            prop:value=current
            on:change=move |ev| state.set_choice(&path, &event_target_value(&ev))
        >
            {options
                .iter()
                .map(|(code, text)| {
                    view! {
                        <option value=*code selected=move || current.get() == *code>
                            {*text}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    };
    view! {
        <FieldFrame id slug=s label hint error inapplicable>
            {select}
        </FieldFrame>
    }
}

/// A checkbox with its label beside it.
#[component]
pub fn CheckField(
    /// Dotted draft path of the flag.
    #[prop(into)]
    path: String,
    /// What ticking it means.
    label: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let s = slug(&path);
    let id = format!("f-{s}");
    let on = {
        let path = path.clone();
        Memo::new(move |_| state.flag(&path))
    };
    let inapplicable = inapplicable(&path);
    view! {
        <div class="field check" class:disabled=move || inapplicable.with(Option::is_some)>
            <input
                id=id.clone()
                type="checkbox"
                data-testid=format!("input-{s}")
                disabled=move || inapplicable.with(Option::is_some)
                prop:checked=on
                on:change=move |ev| state.set_flag(&path, event_target_checked(&ev))
            />
            <label for=id>{label}</label>
            <UnusedNote unused=inapplicable />
        </div>
    }
}

/// A form section card: `<section class="card form-section">` with its heading.
#[component]
pub fn FormSection(
    /// The heading's id (the section is labelled by it).
    heading_id: &'static str,
    /// The heading.
    title: &'static str,
    /// The section's content.
    children: Children,
) -> impl IntoView {
    view! {
        <section class="card form-section" aria-labelledby=heading_id>
            <h2 id=heading_id>{title}</h2>
            {children()}
        </section>
    }
}
