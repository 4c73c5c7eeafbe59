//! A Markdown summary of a plan and its report, ready to paste into a ticket or wiki.

use super::bom::bill_of_materials;
use super::{cost_note, human_num};
use crate::engine::catalogue::InstanceSize;
use crate::engine::cloud::role_name;
use crate::engine::{
    Architecture, Deployment, OverrideAdvice, Plan, Report, Resource, Severity, SingleServerReport,
    SwapFigure, WorkspaceKind, WorkspaceProfile,
};
use crate::support::format::{thousands, with_currency};

/// What a workspace table cell holds for a figure the workspace does not use.
pub const NOT_USED: &str = "n/a";

/// Escape text so Markdown shows it literally: no tables broken by `|`, no links, no HTML.
///
/// Every ASCII punctuation character that Markdown or HTML could read is backslash-escaped
/// (CommonMark allows that for any ASCII punctuation) and line breaks become spaces.
pub fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+'
            | '!' | '|' | '~' | '&' | '"' | '=' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

fn money(x: Option<f64>, currency: &str) -> String {
    x.map(|x| md_text(&with_currency(&human_num(x), currency)))
        .unwrap_or_else(|| "-".into())
}

fn instance(t: Option<&InstanceSize>) -> String {
    t.map_or_else(
        || "-".into(),
        |t| {
            md_text(&format!(
                "{} ({} vCPU / {} GiB)",
                t.id,
                human_num(t.vcpus),
                human_num(t.memory_gib)
            ))
        },
    )
}

/// The AutoScale figures and settings (AS-1..AS-4), when agents autoscale.
fn autoscale_section(md: &mut String, report: &Report) {
    let Some(a) = &report.autoscale else { return };
    md.push_str("\n## Autoscaling\n\n");
    md.push_str(&format!(
        "Busy {} h a week ({} h a month of {}); instance-hours per month: **{}** \
         (the same capacity kept running all month: {}).\n\n",
        human_num(a.busy_hours_per_week),
        human_num(a.busy_hours_per_month),
        human_num(a.hours_per_month),
        human_num(a.instance_hours),
        human_num(a.always_on_instance_hours)
    ));
    md.push_str("| Zone | Peak instances | Standby instances | Max Nodes | Off-hours instances | Instance-hours |\n");
    md.push_str("|---|---:|---:|---:|---:|---:|\n");
    for z in &a.zones {
        md.push_str(&row(&[
            md_text(&z.zone),
            z.peak_instances.to_string(),
            z.standby_instances.to_string(),
            z.max_nodes.to_string(),
            z.off_hours_instances.to_string(),
            human_num(z.instance_hours),
        ]));
        md.push('\n');
    }
    md.push_str("\n| Setting | Value | For | Rule |\n|---|---|---|---|\n");
    for s in report
        .agents
        .settings
        .iter()
        .filter(|s| s.rule.starts_with("AS-"))
    {
        md.push_str(&row(&[
            md_text(&s.name),
            md_text(&s.value),
            s.scope.as_deref().map_or_else(|| "all".into(), md_text),
            md_text(&s.rule),
        ]));
        md.push('\n');
    }
}

/// Instance types per role and the vendor's own defaults (IC-1, IC-2), with a provider.
fn cloud_section(md: &mut String, report: &Report) {
    let Some(c) = &report.cloud else { return };
    md.push_str(&format!(
        "\n## Instance types ({})\n\n",
        md_text(c.provider.label())
    ));
    md.push_str("| Role | Needs | Suggested | Picked | Vendor default |\n|---|---|---|---|---|\n");
    for r in &c.roles {
        let vendor = c.vendor_defaults.iter().find(|v| v.role == r.role);
        md.push_str(&row(&[
            md_text(role_name(r.role)),
            format!(
                "{} CPU / {} GB",
                human_num(r.needs_cpus),
                human_num(r.needs_ram_gb)
            ),
            instance(r.suggested.as_ref()),
            instance(r.chosen.as_ref()),
            vendor.map_or_else(
                || "-".into(),
                |v| {
                    format!(
                        "{}{}",
                        instance(Some(&v.instance)),
                        if v.below_guide {
                            " (below the guide)"
                        } else {
                            ""
                        }
                    )
                },
            ),
        ]));
        md.push('\n');
    }
}

/// The summary: headline figures, bill of materials, workspaces, warnings with rule ids,
/// and the plan link when given.
pub fn to_markdown(plan: &Plan, report: &Report, link: Option<&str>) -> String {
    let mut md = String::from("# Kasm Workspaces sizing\n\n");
    let arch = match plan.web_app.architecture {
        Architecture::Standard => "Standard",
        Architecture::DirectToAgent => "Direct-to-Agent",
    };
    let deployment = match report.deployment {
        Deployment::Distributed => "distributed (servers per role)",
        Deployment::SingleServer => "single server (every role on one server)",
    };
    md.push_str(&format!(
        "Peak concurrent sessions: **{}** ({} container, {} server connections). \
         Deployment: {deployment}. Architecture: {arch}. Sized with the Kasm Workspaces 1.18 \
         sizing guide; figures marked outside the guide follow this calculator's documented \
         rules (SS, NU, SW, OV).\n\n",
        thousands(report.peak_sessions),
        thousands(report.container_sessions),
        thousands(report.server_sessions)
    ));

    md.push_str("## Summary\n\n");
    md.push_str("| Servers | vCPU | RAM (GB) | Disk (GB) | Monthly cost | Yearly cost |\n");
    md.push_str("|---:|---:|---:|---:|---:|---:|\n");
    let t = &report.totals;
    let currency = report.costs.currency.as_str();
    md.push_str(&row(&[
        thousands(t.servers),
        human_num(t.vcpus),
        human_num(t.ram_gb),
        human_num(t.disk_gb),
        money(t.monthly_cost, currency),
        money(report.costs.yearly, currency),
    ]));
    md.push('\n');
    let note = cost_note(report);
    if !note.is_empty() {
        md.push_str(&format!("\nThe cost total is {}.\n", md_text(&note)));
    }
    md.push_str("\n## Bill of materials\n\n");
    md.push_str(
        "| Role | Zone | Count | Needed | Spare | CPU | RAM (GB) | Disk (GB) | Total vCPU | Total RAM (GB) | Total disk (GB) | Monthly cost | Instance type | Swap (GB) |\n",
    );
    md.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
    for r in bill_of_materials(plan, report) {
        md.push_str(&row(&[
            md_text(&r.role),
            md_text(&r.zone),
            thousands(r.count),
            thousands(r.needed),
            thousands(r.redundant),
            human_num(r.spec.cpus),
            human_num(r.spec.ram_gb),
            human_num(r.spec.disk_gb),
            human_num(r.total_vcpu()),
            human_num(r.total_ram_gb()),
            human_num(r.total_disk_gb()),
            money(r.monthly_cost, currency),
            r.instance_type
                .as_deref()
                .map_or_else(|| "-".into(), md_text),
            r.swap_gb.map_or_else(|| "-".into(), human_num),
        ]));
        md.push('\n');
    }
    autoscale_section(&mut md, report);
    cloud_section(&mut md, report);

    md.push_str("\n## Workspaces\n\n");
    md.push_str("| Zone | Workspace | Sessions | CPU | RAM (GB) | Recorded | Disk per session (GB) | Kind |\n");
    md.push_str("|---|---|---:|---:|---:|---|---:|---|\n");
    // AG-3: CPU, RAM and disk per session size agents; an RDP/VNC/SSH workspace has none
    // of its own to export (WorkspaceKind::uses), so its cells say so.
    let applies = |w: &WorkspaceProfile, field: &str, x: f64| {
        if w.kind.uses(field) {
            human_num(x)
        } else {
            NOT_USED.into()
        }
    };
    let mut servers = false;
    for zone in &plan.zones {
        for w in &zone.profiles {
            servers |= w.kind == WorkspaceKind::ServerConnection;
            md.push_str(&row(&[
                md_text(&zone.name),
                md_text(&w.name),
                thousands(w.peak_sessions()),
                applies(w, "cpu_cores", w.cpu_cores),
                applies(w, "ram_gb", w.ram_gb),
                if w.recording { "yes" } else { "no" }.into(),
                applies(w, "disk_per_session_gb", w.disk_per_session_gb),
                match w.kind {
                    WorkspaceKind::Container => "container",
                    WorkspaceKind::ServerConnection => "server connection",
                }
                .into(),
            ]));
            md.push('\n');
        }
    }
    if servers {
        md.push_str(&format!(
            "\n{NOT_USED}: not used. RDP/VNC/SSH sessions run on their own servers; Kasm sizes only the connection proxies for them (AG-3).\n"
        ));
    }

    named_users(&mut md, report);
    if let Some(single) = &report.single_server {
        single_server(&mut md, single);
    }
    swap(&mut md, &report.swap);
    if let Some(advice) = &report.override_advice {
        override_advice(&mut md, advice);
    }

    md.push_str("\n## Warnings\n\n");
    if report.warnings.is_empty() {
        md.push_str("No warnings.\n");
    }
    for w in &report.warnings {
        let level = match w.severity {
            Severity::Critical => "Critical",
            Severity::Warning => "Warning",
            Severity::Info => "Info",
        };
        md.push_str(&format!(
            "- **{level}** ({}): {}\n",
            md_text(&w.rule),
            md_text(&w.message)
        ));
    }
    if let Some(url) = link {
        let safe = !url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>');
        if safe && (url.starts_with("https://") || url.starts_with("http://")) {
            md.push_str(&format!("\nPlan link: <{url}>\n"));
        } else {
            md.push_str(&format!("\nPlan link: {}\n", md_text(url)));
        }
    }
    md
}

/// NU-1: the workspaces whose peak comes from named users.
fn named_users(md: &mut String, report: &Report) {
    if report.demand.named_users.is_empty() {
        return;
    }
    md.push_str("\n## Peak from named users (NU-1, outside the guide)\n\n");
    md.push_str("| Zone | Workspace | Named users | Concurrency (%) | Sessions per user | Peak sessions |\n");
    md.push_str("|---|---|---:|---:|---:|---:|\n");
    for d in &report.demand.named_users {
        md.push_str(&row(&[
            md_text(&d.zone),
            md_text(&d.workspace),
            thousands(d.named_users),
            human_num(d.concurrency_percent),
            d.sessions_per_user.to_string(),
            thousands(d.sessions),
        ]));
        md.push('\n');
    }
}

/// SS-1..4: the one server, its disk, swap and what happens when it fails.
fn single_server(md: &mut String, s: &SingleServerReport) {
    md.push_str("\n## Single server (SS-1 to SS-4, outside the guide)\n\n");
    if s.fits {
        md.push_str(&format!(
            "It holds **{}** container sessions at this workspace mix, enough for the peak of {}.\n",
            thousands(s.capacity),
            thousands(s.demand)
        ));
    } else {
        md.push_str(&format!(
            "**It does not fit**: it holds {} of the {} container sessions at peak.\n",
            thousands(s.capacity),
            thousands(s.demand)
        ));
        if let Some(t) = &s.distributed {
            md.push_str(&format!(
                "The distributed deployment for the same peak needs {} servers ({} vCPU, {} GB RAM).\n",
                thousands(t.servers),
                human_num(t.vcpus),
                human_num(t.ram_gb)
            ));
        }
    }
    md.push_str(&format!(
        "\n- Server: {} CPU, {} GB RAM; Kasm counts {} CPU and {} GB for sessions after the reserve of {} CPU and {} GB (SS-3).\n",
        human_num(s.spec.cpus),
        human_num(s.spec.ram_gb),
        human_num(s.counted_cpus),
        human_num(s.counted_ram_gb),
        human_num(s.reserve.cpus),
        human_num(s.reserve.ram_gb)
    ));
    md.push_str(&format!(
        "- Disk: {} GB = Docker volume {} GB + database {} GB{}, at least {} GB (SS-2).\n",
        human_num(s.disk.total_gb),
        human_num(s.disk.docker_volume_gb),
        human_num(s.disk.database_gb),
        if s.disk.proxy_recording_gb > 0.0 {
            format!(
                " + recorded proxied sessions {} GB",
                human_num(s.disk.proxy_recording_gb)
            )
        } else {
            String::new()
        },
        human_num(s.disk.minimum_gb)
    ));
    md.push_str(&format!("- Swap: {} GB (SW-1).\n", human_num(s.swap_gb)));
    md.push_str(&format!(
        "- Single point of failure: {}\n",
        md_text(&s.single_point_of_failure)
    ));
}

/// SW-1: swap per kind of session host, with the vendor's flat sizes.
fn swap(md: &mut String, figures: &[SwapFigure]) {
    if figures.is_empty() {
        return;
    }
    md.push_str("\n## Swap (SW-1, outside the guide)\n\n");
    md.push_str(
        "| Host | Zone | Sessions per host | Swap (GB) | Vendor automation's flat sizes (GB) |\n",
    );
    md.push_str("|---|---|---:|---:|---|\n");
    for f in figures {
        let vendor: Vec<String> = f
            .vendor
            .iter()
            .map(|v| format!("{} {}", human_num(v.swap_gb), v.source))
            .collect();
        md.push_str(&row(&[
            md_text(&f.host),
            f.zone
                .as_deref()
                .map(md_text)
                .unwrap_or_else(|| "all".into()),
            thousands(f.sessions),
            human_num(f.swap_gb),
            md_text(&vendor.join("; ")),
        ]));
        md.push('\n');
    }
}

/// OV-1: the suggested override.
fn override_advice(md: &mut String, a: &OverrideAdvice) {
    let what = match a.resource {
        Resource::Cpu => "CPU",
        Resource::Ram => "memory",
    };
    md.push_str("\n## Override advice (OV-1, outside the guide)\n\n");
    md.push_str(&format!(
        "Set **{}** to **{}**: {} sessions of {} per host instead of {}, hosts {} -> {} ({} fewer), {} oversubscribed x{}. {}\n",
        md_text(&a.setting.name),
        md_text(&a.setting.value),
        thousands(a.sessions_per_host_after),
        md_text(&a.workspace),
        thousands(a.sessions_per_host),
        thousands(a.hosts),
        thousands(a.hosts_after),
        thousands(a.hosts_saved),
        what,
        human_num(a.oversubscription),
        md_text(&a.caution)
    ));
}
