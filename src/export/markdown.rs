//! A Markdown summary of a plan and its report, ready to paste into a ticket or wiki.

use super::bom::bill_of_materials;
use super::human_num;
use crate::support::format::thousands;
use crate::engine::{Architecture, Plan, Report, Severity, WorkspaceKind, WorkspaceProfile};

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

fn money(x: Option<f64>) -> String {
    x.map(human_num).unwrap_or_else(|| "-".into())
}

/// The summary: headline figures, bill of materials, workspaces, warnings with rule ids,
/// and the plan link when given.
pub fn to_markdown(plan: &Plan, report: &Report, link: Option<&str>) -> String {
    let mut md = String::from("# Kasm Workspaces sizing\n\n");
    let arch = match plan.web_app.architecture {
        Architecture::Standard => "Standard",
        Architecture::DirectToAgent => "Direct-to-Agent",
    };
    md.push_str(&format!(
        "Peak concurrent sessions: **{}** ({} container, {} server connections). \
         Architecture: {arch}. Sized with the Kasm Workspaces 1.18 sizing guide.\n\n",
        thousands(report.peak_sessions),
        thousands(report.container_sessions),
        thousands(report.server_sessions)
    ));

    md.push_str("## Summary\n\n");
    md.push_str("| Servers | vCPU | RAM (GB) | Disk (GB) | Monthly cost |\n");
    md.push_str("|---:|---:|---:|---:|---:|\n");
    let t = &report.totals;
    md.push_str(&row(&[
        thousands(t.servers),
        human_num(t.vcpus),
        human_num(t.ram_gb),
        human_num(t.disk_gb),
        money(t.monthly_cost),
    ]));
    md.push_str("\n\n## Bill of materials\n\n");
    md.push_str(
        "| Role | Zone | Count | Needed | Spare | CPU | RAM (GB) | Disk (GB) | Total vCPU | Total RAM (GB) | Total disk (GB) | Monthly cost |\n",
    );
    md.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
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
            money(r.monthly_cost),
        ]));
        md.push('\n');
    }

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
                thousands(w.sessions),
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
