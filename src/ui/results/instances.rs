//! The instance types card (issue 16, IC-1 and IC-2): per role what it needs, the smallest
//! catalogue type that meets it, the type picked and whether it meets it, the smallest of
//! each family, and what Kasm's own Terraform deploys beside it.

use leptos::prelude::*;

use super::rule_chip::RuleChip;
use super::table::TableWrap;
use super::warnings::{role_name, WarningList};
use super::why::WhyDetails;
use crate::charts::redundancy::role_key;
use crate::engine::catalogue::InstanceSize;
use crate::engine::{CloudReport, Report, Role, RoleInstance, VendorDefaultReport};
use crate::support::format::readable;
use crate::ui::state::use_app_state;

/// `4 vCPU / 16 GiB`, or `2 OCPU = 4 vCPU / 16 GiB` for a Flex shape.
fn size(t: &InstanceSize) -> String {
    let ocpus = t
        .ocpus
        .map(|o| format!("{} OCPU = ", readable(o)))
        .unwrap_or_default();
    format!(
        "{ocpus}{} vCPU / {} GiB",
        readable(t.vcpus),
        readable(t.memory_gib)
    )
}

/// The smallest type of each other family: `m6i.xlarge 4/16, t3.xlarge 4/16 (burstable)`.
fn other_families(i: &RoleInstance) -> String {
    let suggested = i.suggested.as_ref().map(|s| s.id.as_str());
    i.per_family
        .iter()
        .filter(|t| Some(t.id.as_str()) != suggested)
        .map(|t| {
            format!(
                "{} {}/{}{}",
                t.id,
                readable(t.vcpus),
                readable(t.memory_gib),
                if t.burstable { " (burstable)" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The instance types card; shown when a cloud provider is chosen.
#[component]
pub fn InstanceTypesCard() -> impl IntoView {
    let state = use_app_state();
    let data: Memo<Option<CloudReport>> = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().and_then(|r| r.cloud.clone()))
    });
    let roles =
        Memo::new(move |_| data.with(|c| c.as_ref().map(|c| c.roles.clone()).unwrap_or_default()));
    let vendor = Memo::new(move |_| {
        data.with(|c| {
            c.as_ref()
                .map(|c| c.vendor_defaults.clone())
                .unwrap_or_default()
        })
    });
    let warnings = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.warnings
                        .iter()
                        .filter(|w| w.rule.starts_with("IC-"))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let why =
        Memo::new(move |_| data.with(|c| c.as_ref().map(|c| c.why.clone()).unwrap_or_default()));
    let provider =
        move || data.with(|c| c.as_ref().map(|c| c.provider.label()).unwrap_or_default());
    let source = move || {
        data.with(|c| {
            let c = c.as_ref()?;
            Some(match &c.vendor_source {
                Some(s) => format!("Kasm's own deployments: {s}."),
                None => format!(
                    "Kasm's own infrastructure code gives no {} figures.",
                    c.provider.label()
                ),
            })
        })
    };
    view! {
        <section class="card instance-types" id="cloud-types" aria-labelledby="h-cloud-types">
            <h2 id="h-cloud-types">"Instance types (" {provider} ")"</h2>
            <p class="outside-note">
                "Outside the guide: public catalogues (IC-1) and Kasm's own Terraform (IC-2). Catalogue GiB are read one to one as the guide's GB."
            </p>
            <TableWrap label="Instance types per role">
                <table class="types-table stacks">
                    <thead>
                        <tr>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Needs"</th>
                            <th scope="col">"Suggested"</th>
                            <th scope="col">"Picked"</th>
                            <th scope="col">"Kasm's Terraform"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || roles.with(|r| r.iter().map(|i| i.role).collect::<Vec<_>>()) key=|r| *r as u8 let:role>
                            <TypeRow roles vendor role />
                        </For>
                    </tbody>
                </table>
            </TableWrap>
            <p class="muted">{source} " " <RuleChip id="IC-2" /></p>
            <WarningList warnings />
            <WhyDetails why key="cloud" />
        </section>
    }
}

/// One role's row of the instance types table.
#[component]
fn TypeRow(
    roles: Memo<Vec<RoleInstance>>,
    vendor: Memo<Vec<VendorDefaultReport>>,
    role: Role,
) -> impl IntoView {
    let row = Memo::new(move |_| roles.with(|r| r.iter().find(|i| i.role == role).cloned()));
    let mine = Memo::new(move |_| vendor.with(|v| v.iter().find(|d| d.role == role).cloned()));
    let k = role_key(role);
    let text = move |f: fn(&RoleInstance) -> String| {
        move || row.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    let (basis, unpicked) = if matches!(role, Role::WebApp | Role::Database) {
        ("the guide's spec", "none: the guide's spec")
    } else {
        ("its own size", "none: sized as typed")
    };
    let picked = move || {
        row.with(|r| {
            let r = r.as_ref()?;
            let t = r.chosen.as_ref()?;
            Some((
                t.id.clone(),
                size(t),
                r.chosen_meets == Some(true),
                t.burstable,
            ))
        })
    };
    view! {
        <tr data-testid=format!("type-row-{k}")>
            <th scope="row">{role_name(role)}</th>
            <td data-label="Needs">
                <span class="type-need">
                    {text(|r| format!("{} CPU / {} GB", readable(r.needs_cpus), readable(r.needs_ram_gb)))}
                </span>
                <span class="cell-note">{basis}</span>
            </td>
            <td data-label="Suggested" data-testid=format!("type-suggested-{k}")>
                {move || match row.with(|r| r.as_ref().and_then(|r| r.suggested.clone())) {
                    Some(t) => view! { <strong>{t.id.clone()}</strong> " " <span class="type-size">{size(&t)}</span> }.into_any(),
                    None => view! { <span class="bad">"none large enough"</span> }.into_any(),
                }}
                <Show when=move || row.with(|r| r.as_ref().is_some_and(|r| r.per_family.len() > 1))>
                    <span class="cell-note">"Other families: " {text(other_families)}</span>
                </Show>
            </td>
            <td data-label="Picked" data-testid=format!("type-picked-{k}")>
                {move || match picked() {
                    Some((id, sz, meets, burstable)) => view! {
                        <strong>{id}</strong>
                        " "
                        <span class="type-size">{sz}</span>
                        " "
                        {if meets {
                            view! { <span class="badge ok">"meets it"</span> }.into_any()
                        } else {
                            view! { <span class="badge critical">"below it"</span> }.into_any()
                        }}
                        {burstable.then(|| view! { " " <span class="badge warning">"burstable"</span> })}
                    }
                    .into_any(),
                    None => view! { <span class="muted">{unpicked}</span> }.into_any(),
                }}
            </td>
            <td data-label="Kasm's Terraform" data-testid=format!("type-vendor-{k}")>
                {move || match mine.get() {
                    Some(d) => view! {
                        <strong>{d.instance.id.clone()}</strong>
                        " "
                        <span class="type-size">{size(&d.instance)}</span>
                        {d.below_guide.then(|| view! { " " <span class="badge critical">"below the guide"</span> })}
                        <span class="cell-note">{d.note.clone()}</span>
                    }
                    .into_any(),
                    None => view! { <span class="muted">"—"</span> }.into_any(),
                }}
            </td>
        </tr>
    }
}

/// The instance type picked for a role, under its card's spec: `AWS m6i.xlarge (4 vCPU /
/// 16 GiB)`; `None` without one.
pub fn type_line(r: &Report, role: Role) -> Option<String> {
    let c = r.cloud.as_ref()?;
    let t = c.roles.iter().find(|i| i.role == role)?.chosen.as_ref()?;
    Some(format!(
        "{} {}{}",
        c.provider.label(),
        crate::engine::cloud::size_text(t),
        if t.burstable { ", burstable" } else { "" }
    ))
}
