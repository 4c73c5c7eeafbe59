//! Derived settings to type into Kasm, Docker or a DNS/LB console, each with a copy button.

use leptos::prelude::*;

use super::copy::CopyButton;
use super::paged::{shown_rows, MoreRows};
use super::rule_chip::RuleChip;
use crate::engine::Setting;

/// A setting's identity in its list: name, scope, and which of equal pairs it is.
type SettingKey = (String, Option<String>, usize);

/// The identities of the first `n` settings, in order.
fn keys(settings: &[Setting], n: usize) -> Vec<SettingKey> {
    let mut out: Vec<SettingKey> = Vec::with_capacity(n);
    for s in settings.iter().take(n) {
        let nth = out
            .iter()
            .filter(|(name, scope, _)| *name == s.name && *scope == s.scope)
            .count();
        out.push((s.name.clone(), s.scope.clone(), nth));
    }
    out
}

/// The setting with identity `key`, if the list still has it.
fn find<'a>(settings: &'a [Setting], key: &SettingKey) -> Option<&'a Setting> {
    settings
        .iter()
        .filter(|s| s.name == key.0 && s.scope == key.1)
        .nth(key.2)
}

/// The settings of a card (`key`, as in `role-{key}`) as a list of name, value and copy
/// button, the first rows drawn (list id `settings-{key}`); nothing when there are none.
///
/// Rows are keyed by the setting they show, so a row (and its copy button's "Copied") stays
/// with its setting when others come and go.
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
                        key=|k| k.clone()
                        let:k
                    >
                        <SettingRow settings key=k />
                    </For>
                </ul>
                <MoreRows id=id.clone() page what="settings" />
            </div>
        </Show>
    }
}

#[component]
fn SettingRow(settings: Memo<Vec<Setting>>, key: SettingKey) -> impl IntoView {
    let (name, scope) = (key.0.clone(), key.1.clone());
    let row = Memo::new(move |_| settings.with(|s| find(s, &key).cloned()));
    let text = move |f: fn(&Setting) -> String| {
        Signal::derive(move || row.with(|s| s.as_ref().map(f).unwrap_or_default()))
    };
    let value = text(|s| s.value.clone());
    view! {
        <li class="setting">
            <div class="setting-head">
                <span class="setting-name">{name.clone()}</span>
                {scope.map(|sc| view! { <span class="scope">{sc}</span> })}
                <RuleChip id=text(|s| s.rule.clone()) />
            </div>
            <div class="setting-value">
                <code>{value}</code>
                <CopyButton value what=name />
            </div>
            <p class="note">{text(|s| s.note.clone())}</p>
        </li>
    }
}
