//! Derived settings to type into Kasm, Docker or a DNS/LB console, each with a copy button.

use leptos::prelude::*;

use super::copy::CopyButton;
use super::paged::{shown_rows, MoreRows};
use super::rule_chip::RuleChip;
use crate::engine::Setting;

/// A setting as a key of the list: every word of it, and which of equal settings it is.
type SettingKey = (Setting, usize);

/// The first `n` settings as list keys, in order.
fn keys(settings: &[Setting], n: usize) -> Vec<SettingKey> {
    let mut out: Vec<SettingKey> = Vec::with_capacity(n);
    for s in settings.iter().take(n) {
        let nth = out.iter().filter(|(seen, _)| seen == s).count();
        out.push((s.clone(), nth));
    }
    out
}

/// The settings of a card (`key`, as in `role-{key}`) as a list of name, value and copy
/// button, the first rows drawn (list id `settings-{key}`); nothing when there are none.
///
/// A row is keyed by the whole setting: it never changes, and a setting whose value changes
/// is a new row. So a row (and its copy button's "Copied") always belongs to the setting
/// it shows, and an edit only touches the rows whose settings changed.
#[component]
pub fn SettingsList(
    /// The card's settings.
    settings: Memo<Vec<Setting>>,
    /// The card's key.
    key: &'static str,
) -> impl IntoView {
    let id = format!("settings-{key}");
    let page = shown_rows(id.clone(), Signal::derive(move || settings.with(Vec::len)));
    view! {
        <Show when=move || settings.with(|s| !s.is_empty())>
            <div class="settings">
                <h4>"Settings to enter"</h4>
                <ul>
                    <For
                        each=move || settings.with(|s| keys(s, page.get().shown))
                        key=|k| (k.0.name.clone(), k.0.scope.clone(), k.0.value.clone(), k.0.rule.clone(), k.0.note.clone(), k.1)
                        let:k
                    >
                        <SettingRow setting=k.0 />
                    </For>
                </ul>
                <MoreRows id=id.clone() page what="settings" />
            </div>
        </Show>
    }
}

/// One setting: name, scope, rule, the value with its copy button, and what it does.
#[component]
fn SettingRow(setting: Setting) -> impl IntoView {
    let Setting {
        name,
        value,
        scope,
        rule,
        note,
    } = setting;
    view! {
        <li class="setting">
            <div class="setting-head">
                <span class="setting-name">{name.clone()}</span>
                {scope.map(|sc| view! { <span class="scope">{sc}</span> })}
                <RuleChip id=rule />
            </div>
            <div class="setting-value">
                <code>{value.clone()}</code>
                <CopyButton value what=name />
            </div>
            <p class="note">{note}</p>
        </li>
    }
}
