//! The form's inputs as markup: a labelled text box with its unit and error line, a select
//! and a checkbox, each bound to the draft by its dotted path (`data-path`).
//!
//! Every input gets `id = "f-<slug>"`, `data-testid = "input-<slug>"`, and its error line
//! `data-testid = "error-<slug>"`, where the slug is the path with `[`, `]`, `.` and `_`
//! turned into `-` (`zones[0].profiles[1].cpu_cores` -> `zones-0-profiles-1-cpu-cores`).
//! Typing is read by one listener on the form ([`super::events`]), not one per input.

use crate::form::{FieldErrors, PlanDraft, PEAK_PATH};
use crate::markup::{el, El};

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

/// The draft and its errors, read while drawing a section.
pub struct Fields<'a> {
    /// What the user typed.
    pub draft: &'a PlanDraft,
    /// Messages by field path.
    pub errors: &'a FieldErrors,
}

/// A text box to draw: path, label and the optional parts.
pub struct TextInput {
    path: String,
    label: &'static str,
    unit: Option<&'static str>,
    hint: Option<&'static str>,
    words: bool,
    disabled: bool,
    placeholder: Option<&'static str>,
}

/// A text box for the figure at `path`.
pub fn text_input(path: impl Into<String>, label: &'static str) -> TextInput {
    TextInput {
        path: path.into(),
        label,
        unit: None,
        hint: None,
        words: false,
        disabled: false,
        placeholder: None,
    }
}

impl TextInput {
    /// The unit shown after the box (GB, cores, s).
    pub fn unit(mut self, unit: &'static str) -> Self {
        self.unit = Some(unit);
        self
    }

    /// One line of help under the label.
    pub fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Words rather than a number (names, host names).
    pub fn words(mut self) -> Self {
        self.words = true;
        self
    }

    /// Greyed out (the figure does not apply to the current choices).
    pub fn disabled(mut self, disabled: bool) -> Self {
        self.disabled = disabled;
        self
    }

    /// Placeholder for optional figures.
    pub fn placeholder(mut self, text: &'static str) -> Self {
        self.placeholder = Some(text);
        self
    }
}

/// `<label>` and optional hint, the start of every field.
fn field_head(class: &str, id: &str, label: &str, hint: Option<&str>) -> El {
    el("div")
        .class(class)
        .child(el("label").attr("for", id).text(label))
        .child_opt(hint.map(|h| el("p").class("hint").text(h)))
}

impl Fields<'_> {
    /// The error for the input at `path`; the total box also shows its single profile's
    /// sessions error.
    pub fn error(&self, path: &str) -> Option<String> {
        let own = self.errors.message_for(path);
        if own.is_some() || path != PEAK_PATH {
            return own;
        }
        self.errors.message_for(&self.draft.peak_alias()?)
    }

    /// The error line under an input; its height is reserved so nothing jumps.
    fn error_line(&self, s: &str, message: Option<String>) -> El {
        el("div")
            .class("field-msg")
            .attr("id", format!("e-{s}"))
            .child_opt(message.map(|m| {
                el("span")
                    .class("field-error")
                    .testid(format!("error-{s}"))
                    .text(m)
            }))
    }

    /// A labelled text box holding raw text (numbers are read later, so `12a` is kept).
    pub fn text(&self, f: TextInput) -> El {
        let s = slug(&f.path);
        let id = format!("f-{s}");
        let message = self.error(&f.path);
        let invalid = message.is_some();
        let class = match (invalid, f.disabled) {
            (false, false) => "field",
            (true, false) => "field invalid",
            (false, true) => "field disabled",
            (true, true) => "field invalid disabled",
        };
        let input = el("input")
            .attr("id", id.as_str())
            .attr("type", "text")
            .attr("inputmode", if f.words { "text" } else { "decimal" })
            .attr("autocomplete", "off")
            .attr("spellcheck", "false")
            .attr_opt("placeholder", f.placeholder)
            .testid(format!("input-{s}"))
            .attr("aria-invalid", if invalid { "true" } else { "false" })
            .attr_opt("aria-describedby", invalid.then(|| format!("e-{s}")))
            .attr_opt("disabled", f.disabled.then_some(""))
            .attr("value", self.draft.text(&f.path).unwrap_or_default())
            .attr("data-path", f.path.as_str());
        field_head(class, &id, f.label, f.hint)
            .child(
                el("div")
                    .class("input-row")
                    .child(input)
                    .child_opt(f.unit.map(|u| el("span").class("unit").text(u))),
            )
            .child(self.error_line(&s, message))
    }

    /// A labelled select of (code, label) pairs, the plan's JSON codes.
    pub fn choice(
        &self,
        path: &str,
        label: &'static str,
        options: &[(&'static str, &'static str)],
        hint: Option<&'static str>,
    ) -> El {
        let s = slug(path);
        let id = format!("f-{s}");
        let current = self.draft.choice(path).unwrap_or("");
        let select = el("select")
            .attr("id", id.as_str())
            .testid(format!("input-{s}"))
            .attr("data-path", path)
            .children(options.iter().map(|(code, text)| {
                el("option")
                    .attr("value", *code)
                    .attr_opt("selected", (*code == current).then_some(""))
                    .text(*text)
                    .into()
            }))
            // Set last, as the select's own value, once its options are there.
            .attr("value", current);
        field_head("field", &id, label, hint)
            .child(el("div").class("input-row").child(select))
            .child(self.error_line(&s, self.error(path)))
    }

    /// A checkbox with its label beside it.
    pub fn check(&self, path: &str, label: &'static str) -> El {
        let s = slug(path);
        let id = format!("f-{s}");
        let on = self.draft.flag(path).unwrap_or(false);
        el("div")
            .class("field check")
            .child(
                el("input")
                    .attr("id", id.as_str())
                    .attr("type", "checkbox")
                    .testid(format!("input-{s}"))
                    .attr("data-path", path)
                    .attr("checked", if on { "true" } else { "false" }),
            )
            .child(el("label").attr("for", id).text(label))
    }
}

/// A form section card: `<section class="card form-section">` with its heading.
pub fn section(heading_id: &str, title: &str) -> El {
    el("section")
        .class("card form-section")
        .attr("aria-labelledby", heading_id)
        .child(el("h2").attr("id", heading_id).text(title))
}

/// A `<p class="hint">`.
pub fn hint(text: &str) -> El {
    el("p").class("hint").text(text)
}

/// The field grid of a section.
pub fn grid(fields: Vec<El>) -> El {
    el("div")
        .class("grid")
        .children(fields.into_iter().map(Into::into))
}

/// A button that runs `action` (see [`super::events`]) when clicked.
pub fn action_button(class: &str, action: String, testid: String, label: &str) -> El {
    crate::ui::actions::action_button(action, label)
        .class(class)
        .testid(testid)
}
