//! Exports parse back: JSON into the same plan and report, CSV by an RFC 4180 reader,
//! Markdown tables cell by cell with names intact and nothing that renders as markup.

use kasm_sizer::engine::*;
use kasm_sizer::export::{bill_of_materials, to_csv, to_json, to_markdown, Export, EXPORT_VERSION};

fn hostile_plan() -> Plan {
    let mut p = Plan::default();
    p.zones[0].name = "=HYPERLINK(\"http://x\")".into();
    p.zones[0].profiles[0].name = "<img src=x onerror=alert(1)> | pipe".into();
    p.zones.push(Zone {
        name: "-2+3, \"quoted\"\nline".into(),
        profiles: vec![WorkspaceProfile {
            name: "@SUM(A1)".into(),
            sessions: 60,
            ..WorkspaceProfile::default()
        }],
    });
    p.costs.monthly.agent = Some(100.0);
    p
}

fn sized(p: &Plan) -> Report {
    size(p).expect("the example plans size")
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "text ends with CRLF");
    rows
}

/// Cells of a Markdown table row, split on unescaped `|`, backslash escapes removed.
fn md_cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    let mut cells = vec![String::new()];
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => cells.last_mut().unwrap().push(chars.next().unwrap()),
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

#[test]
fn json_export_parses_back_to_the_same_plan_and_report() {
    let p = hostile_plan();
    let r = sized(&p);
    let doc: Export = serde_json::from_str(&to_json(&p, Some(&r))).unwrap();
    assert_eq!(doc.format, "kasm-sizer");
    assert_eq!(doc.version, EXPORT_VERSION);
    assert_eq!(doc.plan, p);
    assert_eq!(doc.report, Some(r));
    let v: serde_json::Value = serde_json::from_str(&to_json(&p, None)).unwrap();
    assert!(v["report"].is_null());
    assert_eq!(v["plan"]["zones"][1]["profiles"][0]["sessions"], 60);
}

#[test]
fn csv_bill_of_materials_parses_back_with_totals_that_add_up() {
    let p = Plan::default();
    let r = sized(&p);
    let rows = parse_csv(&to_csv(&p, &r));
    assert_eq!(rows[0][0], "role");
    assert_eq!(rows[0].len(), 17);
    assert!(rows.iter().all(|row| row.len() == 17));
    // WEB-4: the worked example deploys 3 web app servers, 2 needed + 1 spare.
    let web = rows.iter().find(|row| row[0] == "Web app server").unwrap();
    assert_eq!(&web[2..5], ["3", "2", "1"]);
    assert_eq!(web[5], "4", "WEB-1: 4 CPU per web app server");
    assert_eq!(web[8], "12", "3 servers x 4 vCPU");
    let total = rows.last().unwrap();
    assert_eq!(total[0], "Total");
    assert_eq!(total[2], r.totals.servers.to_string());
    let sum: u64 = rows[1..rows.len() - 1]
        .iter()
        .map(|row| row[2].parse::<u64>().unwrap())
        .sum();
    assert_eq!(sum, r.totals.servers, "rows add up to the total");
}

#[test]
fn csv_quotes_names_and_defuses_formulas() {
    let p = hostile_plan();
    let r = sized(&p);
    let text = to_csv(&p, &r);
    let rows = parse_csv(&text);
    let zones: Vec<&str> = rows.iter().map(|row| row[1].as_str()).collect();
    assert!(zones.contains(&"'=HYPERLINK(\"http://x\")"), "{zones:?}");
    assert!(zones.contains(&"'-2+3, \"quoted\"\nline"), "{zones:?}");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "formula cell {cell:?}"
            );
        }
    }
    let agents = rows.iter().filter(|row| row[0] == "Agent").count();
    assert_eq!(agents, 2, "one agent row per zone");
    let agent_cost: f64 = rows
        .iter()
        .filter(|row| row[0] == "Agent")
        .map(|row| row[11].parse::<f64>().unwrap())
        .sum();
    assert_eq!(agent_cost, 100.0 * r.agents.total as f64);
}

#[test]
fn markdown_summary_has_tables_warnings_and_escaped_names() {
    let p = hostile_plan();
    let r = sized(&p);
    let md = to_markdown(
        &p,
        &r,
        Some("https://example.org/kasm-sizer/?v=1&sessions=200"),
    );
    assert!(md.starts_with("# Kasm Workspaces sizing\n"));
    // Nothing in the text can become HTML: every < is escaped.
    let link_line = "Plan link: <https://example.org/kasm-sizer/?v=1&sessions=200>";
    assert!(md.contains(link_line));
    let body = md.replace(link_line, "");
    assert!(
        !body.replace("\\<", "").contains('<'),
        "unescaped < in {body}"
    );
    let lines: Vec<&str> = md.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("| Zone | Workspace"))
        .unwrap();
    let first = md_cells(lines[header + 2]);
    assert_eq!(
        first.len(),
        8,
        "the pipe in the name does not split the row"
    );
    assert_eq!(first[0], "=HYPERLINK(\"http://x\")");
    assert_eq!(first[1], "<img src=x onerror=alert(1)> | pipe");
    let second = md_cells(lines[header + 3]);
    assert_eq!(second[0], "-2+3, \"quoted\" line", "line break flattened");
    assert_eq!(second[1], "@SUM(A1)");
    assert_eq!(second[2], "60");
    // Summary row holds the report's total servers.
    let s = lines
        .iter()
        .position(|l| l.starts_with("| Servers"))
        .unwrap();
    assert_eq!(md_cells(lines[s + 2])[0], r.totals.servers.to_string());
    // Every warning is listed with its rule id.
    for w in &r.warnings {
        assert!(md.contains(&format!("({})", w.rule)), "{}", w.rule);
    }
    assert!(md.contains("## Warnings"));
}

#[test]
fn ic_1_exports_carry_the_currency_the_instance_type_and_a_partial_total() {
    // Issue 14: web app and agents priced, the database not: the total says so.
    let mut p = Plan::default();
    p.cloud.provider = Provider::Aws;
    p.cloud.agent.type_id = Some("m6i.4xlarge".into());
    p.costs.monthly.web_app = Some(100.0);
    p.costs.monthly.agent = Some(500.0);
    p.costs.currency = "EUR".into();
    let r = sized(&p);
    let rows = parse_csv(&to_csv(&p, &r));
    let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let agent = rows.iter().find(|row| row[0] == "Agent").unwrap();
    assert_eq!(agent[col("instance_type")], "m6i.4xlarge");
    assert_eq!(agent[col("currency")], "EUR");
    assert_eq!(agent[col("yearly_cost")], (12.0 * 27.0 * 500.0).to_string());
    let total = rows.last().unwrap();
    assert_eq!(total[col("monthly_cost")], "13800");
    assert_eq!(
        total[col("cost_note")],
        "partial: no price for database servers"
    );
    let md = to_markdown(&p, &r, None);
    assert!(md.contains("13,800 EUR"), "{md}");
    assert!(md.contains("165,600 EUR"), "yearly: {md}");
    assert!(md.contains("The cost total is partial: no price for database servers."));
    assert!(md.contains("## Instance types (AWS)"));
    let agent_row = md
        .lines()
        .map(md_cells)
        .find(|c| c[0] == "agent")
        .expect("an agent row in the instance types");
    assert_eq!(agent_row[3], "m6i.4xlarge (16 vCPU / 64 GiB)");
}

#[test]
fn as_4_the_markdown_lists_the_autoscale_settings_with_their_rules() {
    let mut p = Plan::default();
    p.agents.mode = AgentMode::Autoscale;
    let r = sized(&p);
    let md = to_markdown(&p, &r, None);
    assert!(md.contains("## Autoscaling"));
    let cells: Vec<Vec<String>> = md
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(md_cells)
        .collect();
    assert!(cells.contains(&vec![
        "AutoScale config (busy hours): Standby Cores".to_string(),
        "20".into(),
        "all".into(),
        "AS-3".into()
    ]));
    assert!(cells.contains(&vec![
        "VM Provider: Max Nodes".to_string(),
        "27".into(),
        "all".into(),
        "AS-4".into()
    ]));
    let json: Export = serde_json::from_str(&to_json(&p, Some(&r))).unwrap();
    assert_eq!(
        json.report.unwrap().autoscale.unwrap().zones[0].max_nodes,
        27
    );
}

#[test]
fn bill_of_materials_skips_roles_without_servers() {
    let p = Plan::default();
    let r = sized(&p);
    let rows = bill_of_materials(&p, &r);
    // No server connections in the default plan, so no connection proxy row (CP-1).
    assert!(rows.iter().all(|row| row.role != "Connection proxy"));
    assert!(rows.iter().all(|row| row.count > 0));
}

#[test]
fn lb_2_the_load_balancers_zone_reads_all_zones_in_csv_markdown_and_on_the_page() {
    // Item 18: blank in the CSV, "all" in Markdown, "All zones" on the page.
    let mut p = Plan::default();
    p.load_balancing.method = LoadBalancingMethod::NetworkLoadBalancer;
    let r = sized(&p);
    let lb = bill_of_materials(&p, &r)
        .into_iter()
        .find(|row| row.role == "Network load balancer")
        .unwrap();
    assert_eq!(lb.zone, "All zones");
    assert_eq!(
        lb.zone, r.database.zones[0].zone,
        "the same words as the database"
    );
    let csv = parse_csv(&to_csv(&p, &r));
    assert_eq!(
        csv.iter()
            .find(|row| row[0] == "Network load balancer")
            .unwrap()[1],
        "All zones"
    );
    let md = to_markdown(&p, &r, None);
    let line = md
        .lines()
        .find(|l| l.starts_with("| Network load balancer"))
        .unwrap();
    assert_eq!(md_cells(line)[1], "All zones");
}

#[test]
fn markdown_groups_large_figures_and_csv_keeps_plain_numbers() {
    // Item 9: at 10,000,000 sessions every figure a person reads has separators; CSV is
    // read by spreadsheets, which want plain numbers.
    let mut p = Plan::default();
    p.zones[0].profiles[0].sessions = 10_000_000;
    let r = sized(&p);
    let md = to_markdown(&p, &r, None);
    assert!(
        md.contains("Peak concurrent sessions: **10,000,000**"),
        "{md}"
    );
    let s = md.lines().position(|l| l.starts_with("| Servers")).unwrap();
    let summary = md_cells(md.lines().nth(s + 2).unwrap());
    assert_eq!(
        summary[0],
        kasm_sizer::support::format::thousands(r.totals.servers)
    );
    for cell in &summary {
        let run = cell
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(run <= 3, "{cell}");
    }
    let csv = parse_csv(&to_csv(&p, &r));
    assert_eq!(csv.last().unwrap()[2], r.totals.servers.to_string());
}

#[test]
fn ag_3_markdown_shows_cpu_ram_and_disk_only_for_container_workspaces() {
    // Item 17: RDP/VNC/SSH workspaces exported greyed-out CPU, RAM and disk figures.
    let mut p = Plan::default();
    p.zones[0].profiles.push(WorkspaceProfile {
        name: "Jump hosts".into(),
        sessions: 20,
        kind: WorkspaceKind::ServerConnection,
        ..WorkspaceProfile::default()
    });
    let md = to_markdown(&p, &sized(&p), None);
    let row = |name: &str| {
        md_cells(
            md.lines()
                .find(|l| l.contains(name) && l.starts_with("| Default"))
                .unwrap(),
        )
    };
    let desktop = row("Desktop");
    assert_eq!(
        (
            desktop[3].as_str(),
            desktop[4].as_str(),
            desktop[6].as_str()
        ),
        ("2", "4", "5")
    );
    let jump = row("Jump hosts");
    assert_eq!(
        (jump[3].as_str(), jump[4].as_str(), jump[6].as_str()),
        ("n/a", "n/a", "n/a")
    );
    assert_eq!(jump[5], "no", "recording applies to both kinds (CP-4)");
    assert!(md.contains("n/a: not used."));
}

#[test]
fn sw_1_csv_and_markdown_carry_the_agents_swap() {
    // SW-1: the guide's 16 / 64 agent with 2 / 4 workspaces holds 8 sessions: 16 GB.
    let p = Plan::default();
    let r = sized(&p);
    let rows = parse_csv(&to_csv(&p, &r));
    assert_eq!(rows[0][16], "swap_gb");
    let agent = rows.iter().find(|row| row[0] == "Agent").unwrap();
    assert_eq!(agent[16], "16");
    let web = rows.iter().find(|row| row[0] == "Web app server").unwrap();
    assert_eq!(web[16], "", "no sessions run on web app servers");
    let md = to_markdown(&p, &r, None);
    assert!(md.contains("## Swap (SW-1, outside the guide)"));
    assert!(md.contains("| agent | Default | 8 | 16 |"), "{md}");
    // OV-1: the guide's first row gets the advisor's CPU override.
    assert!(md.contains("Set **Agent CPU Override** to **32**"), "{md}");
}

#[test]
fn ss_1_a_single_server_is_one_row_with_its_disk_and_swap() {
    // SS-1..3: 20 sessions of 2 / 4 on 16 / 64 with the requests reserve hold 6; disk
    // 80 + 6 x 5 + 0.55 = 110.55 GB (SS-2), swap 2 x 6 = 12 GB (SW-1).
    let mut p = Plan {
        deployment: Deployment::SingleServer,
        ..Plan::default()
    };
    p.zones[0].profiles[0].sessions = 20;
    p.costs.monthly.agent = Some(90.0);
    let r = sized(&p);
    let rows = parse_csv(&to_csv(&p, &r));
    assert_eq!(rows.len(), 3, "header, the server, the total: {rows:?}");
    // 90 a month at the agent's price, 1,080 a year; no instance type, no cost note.
    assert_eq!(
        rows[1],
        [
            "Single server",
            "",
            "1",
            "1",
            "0",
            "16",
            "64",
            "110.55",
            "16",
            "64",
            "110.55",
            "90",
            "1080",
            "",
            "",
            "",
            "12"
        ]
    );
    assert_eq!(rows[2][2], "1", "SS-1: one server in all");
    let md = to_markdown(&p, &r, None);
    assert!(md.contains("Deployment: single server"));
    assert!(md.contains("**It does not fit**: it holds 6 of the 20 container sessions"));
    assert!(md.contains("The distributed deployment for the same peak needs 9 servers"));
    assert!(md.contains("Single point of failure"));
    assert!(md.contains("(SS-4)"), "the critical warning is listed");
}

#[test]
fn nu_1_markdown_lists_the_named_users_behind_the_peak() {
    let mut p = Plan::default();
    p.zones[0].profiles[0].named_users = Some(200);
    p.zones[0].profiles[0].concurrency_percent = 20.0;
    let r = sized(&p);
    let md = to_markdown(&p, &r, None);
    assert!(
        md.contains("| Default | Desktop | 200 | 20 | 1 | 40 |"),
        "{md}"
    );
    // The workspace table shows the peak the plan is sized for.
    assert!(md.contains("| Default | Desktop | 40 | 2 |"), "{md}");
}
