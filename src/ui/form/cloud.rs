//! Cloud: the provider and, per role, an instance type from its catalogue (IC-1), with the
//! role's need and the suggested type beside the picker; OCI Flex shapes take OCPUs and
//! memory. A picked type sets the role's hardware (`PlanDraft::pick_instance`).

use leptos::prelude::*;

use super::fields::{
    bound_text, inapplicable, ChoiceField, ErrorLine, FormSection, TextField, UnusedNote,
};
use crate::engine::catalogue::family_of;
use crate::engine::cloud::size_text;
use crate::engine::{Provider, Role, RoleInstance};
use crate::form::type_options::{sells, type_groups};
use crate::support::format::readable;
use crate::ui::state::use_app_state;

const PROVIDERS: &[(&str, &str)] = &[
    ("none", "None: servers typed by hand"),
    ("aws", "AWS"),
    ("azure", "Azure"),
    ("gcp", "Google Cloud (GCP)"),
    ("oci", "Oracle Cloud (OCI)"),
];

/// A role that can have an instance type: its path key, role, label and "none" choice.
#[derive(Clone, Copy)]
struct TypedRole {
    key: &'static str,
    slug: &'static str,
    role: Role,
    label: &'static str,
    none: &'static str,
}

const ROLES: [TypedRole; 4] = [
    TypedRole {
        key: "web_app",
        slug: "web-app",
        role: Role::WebApp,
        label: "Web app server type",
        none: "None: the guide's spec",
    },
    TypedRole {
        key: "database",
        slug: "database",
        role: Role::Database,
        label: "Database server type",
        none: "None: the guide's spec",
    },
    TypedRole {
        key: "agent",
        slug: "agent",
        role: Role::Agent,
        label: "Agent instance type",
        none: "None: CPU and RAM typed under Agents",
    },
    TypedRole {
        key: "proxy",
        slug: "proxy",
        role: Role::ConnectionProxy,
        label: "Connection proxy type",
        none: "None: cores typed under Connection proxy",
    },
];

/// The cloud section.
#[component]
pub fn CloudSection() -> impl IntoView {
    let state = use_app_state();
    let provider = Memo::new(move |_| state.draft.with(|d| d.cloud.provider));
    view! {
        <FormSection heading_id="h-cloud" title="Cloud instance types">
            <div class="grid">
                <ChoiceField
                    path="cloud.provider"
                    label="Cloud provider"
                    options=PROVIDERS
                    hint="Suggests a catalogue type per role (IC-1) and shows what Kasm's own Terraform deploys (IC-2). Outside the guide; no prices are built in."
                />
            </div>
            <Show when=move || provider.get() != Provider::None>
                <div class="type-pickers">
                    {ROLES.into_iter().map(|r| view! { <TypePicker r provider /> }).collect_view()}
                </div>
            </Show>
        </FormSection>
    }
}

/// One role's instance type: a select of the provider's catalogue, the need and the
/// suggestion, a button that picks the suggestion, and Flex figures when a Flex shape is
/// picked.
#[component]
fn TypePicker(r: TypedRole, provider: Memo<Provider>) -> impl IntoView {
    let state = use_app_state();
    let path = format!("cloud.{}.type", r.key);
    let slug = super::fields::slug(&path);
    let id = format!("f-{slug}");
    let (current, error) = bound_text(&path);
    let unused = inapplicable(&path);
    let info: Memo<Option<RoleInstance>> = Memo::new(move |_| {
        state.report.with(|rep| {
            rep.as_ref()
                .and_then(|rep| rep.cloud.as_ref())
                .and_then(|c| c.roles.iter().find(|x| x.role == r.role).cloned())
        })
    });
    let suggested = Memo::new(move |_| {
        info.with(|i| {
            i.as_ref()
                .and_then(|i| i.suggested.as_ref().map(|s| s.id.clone()))
        })
    });
    let groups = Memo::new(move |_| suggested.with(|s| type_groups(provider.get(), s.as_deref())));
    // A type the catalogue of this provider does not sell (typed in a link): shown as is.
    let foreign = Memo::new(move |_| {
        let id = current.get();
        (!id.trim().is_empty() && !sells(provider.get(), &id)).then_some(id)
    });
    let pick = move |id: String| {
        state.edit(|d| {
            d.pick_instance(r.key, &id);
        })
    };
    let need = move || {
        info.with(|i| {
            i.as_ref().map(|i| {
                let basis = if matches!(r.role, Role::WebApp | Role::Database) {
                    "The guide asks"
                } else {
                    "Sized as"
                };
                let suggestion = i
                    .suggested
                    .as_ref()
                    .map(|s| format!("; suggested {}", size_text(s)))
                    .unwrap_or_else(|| "; no type of this provider is that large".into());
                format!(
                    "{basis} {} CPU / {} GB{suggestion}.",
                    readable(i.needs_cpus),
                    readable(i.needs_ram_gb)
                )
            })
        })
    };
    let can_use_suggested = move || {
        unused.with(Option::is_none)
            && suggested.with(|s| s.as_ref().is_some_and(|s| *s != current.get()))
    };
    // The picked type against the need, and (for agents) the burstable caution.
    let status = move || {
        info.with(|i| {
            let i = i.as_ref()?;
            let t = i.chosen.as_ref()?;
            let meets = i.chosen_meets != Some(false);
            Some((
                format!(
                    "{}: {}",
                    size_text(t),
                    if meets {
                        "meets it."
                    } else {
                        "below what it needs."
                    }
                ),
                meets,
                t.burstable && r.role == Role::Agent,
            ))
        })
    };
    let flex = Memo::new(move |_| family_of(current.get().trim()).is_some_and(|f| f.flex));
    let described = format!("e-{slug}");
    // Test ids use the role's key as slugs do: `web-app`.
    let key = r.slug;
    view! {
        <div
            class="field type-picker"
            class:invalid=move || error.with(Option::is_some)
            class:disabled=move || unused.with(Option::is_some)
            data-testid=format!("type-picker-{key}")
        >
            <label for=id.clone()>{r.label}</label>
            <UnusedNote unused />
            <p class="hint" data-testid=format!("type-need-{key}")>{need}</p>
            <div class="input-row">
                <select
                    id=id
                    data-testid=format!("input-{slug}")
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                    disabled=move || unused.with(Option::is_some)
                    prop:value=current
                    on:change=move |ev| pick(event_target_value(&ev))
                >
                    <option value="" selected=move || current.with(|c| c.trim().is_empty())>
                        {r.none}
                    </option>
                    {move || {
                        foreign
                            .get()
                            .map(|id| {
                                let label = format!("{id} (not a {} type)", provider.get().label());
                                view! {
                                    <option value=id selected=true>
                                        {label}
                                    </option>
                                }
                            })
                    }}
                    {move || {
                        groups
                            .get()
                            .into_iter()
                            .map(|g| {
                                view! {
                                    <optgroup label=g.label>
                                        {g
                                            .options
                                            .into_iter()
                                            .map(|o| {
                                                let id = o.id;
                                                view! {
                                                    <option value=id selected=move || current.with(|c| c == id)>
                                                        {o.label}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </optgroup>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                <Show when=can_use_suggested>
                    <button
                        type="button"
                        class="secondary use-suggested"
                        data-testid=format!("use-suggested-{key}")
                        on:click=move |_| {
                            if let Some(id) = suggested.get_untracked() {
                                pick(id);
                            }
                        }
                    >
                        {move || format!("Use {}", suggested.get().unwrap_or_default())}
                    </button>
                </Show>
            </div>
            {move || {
                status()
                    .map(|(text, meets, burstable)| {
                        view! {
                            <p class="type-status" class:bad=!meets data-testid=format!("type-status-{key}")>
                                {text}
                            </p>
                            {burstable
                                .then(|| {
                                    view! {
                                        <p class="type-status warn">
                                            "Burstable: it sustains only part of each vCPU, so sessions slow down once its CPU credits run out (IC-1)."
                                        </p>
                                    }
                                })}
                        }
                    })
            }}
            <ErrorLine slug=slug.clone() error />
            <Show when=move || flex.get()>
                <div class="grid flex-size">
                    <TextField
                        path=format!("cloud.{}.ocpus", r.key)
                        label="OCPUs"
                        unit="OCPU"
                        hint="1 OCPU = 2 vCPU on x86 (IC-1)."
                    />
                    <TextField path=format!("cloud.{}.memory_gib", r.key) label="Memory" unit="GiB" />
                </div>
            </Show>
        </div>
    }
}
