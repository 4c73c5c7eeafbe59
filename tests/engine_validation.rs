//! Invalid plans give typed errors that name the field and the reason; they never panic.

use kasm_sizer::engine::*;

fn errors(plan: &Plan) -> Vec<FieldError> {
    size(plan).expect_err("the plan should be refused")
}

fn has(errs: &[FieldError], field: &str, reason: fn(&Reason) -> bool) -> bool {
    errs.iter()
        .any(|e| e.field == field && reason(&e.reason) && !e.message.is_empty())
}

#[test]
fn negative_and_non_finite_numbers_name_their_field() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].ram_gb = -4.0;
    plan.zones[0].profiles[0].cpu_cores = f64::NAN;
    plan.agents.ram_gb = f64::INFINITY;
    plan.load_balancing.dns_ttl_s = -1.0;
    let e = errors(&plan);
    assert!(
        has(&e, "zones[0].profiles[0].ram_gb", |r| *r
            == Reason::Negative),
        "{e:?}"
    );
    assert!(has(&e, "zones[0].profiles[0].cpu_cores", |r| *r
        == Reason::NotFinite));
    assert!(has(&e, "agents.ram_gb", |r| *r == Reason::NotFinite));
    assert!(has(&e, "load_balancing.dns_ttl_s", |r| *r == Reason::Negative));
}

#[test]
fn a_zero_cpu_workspace_is_refused() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].cpu_cores = 0.0;
    assert!(has(
        &errors(&plan),
        "zones[0].profiles[0].cpu_cores",
        |r| *r == Reason::Zero
    ));
}

#[test]
fn ag_1_a_workspace_bigger_than_the_agent_even_with_overrides_is_refused() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].cpu_cores = 24.0;
    assert!(has(
        &errors(&plan),
        "zones[0].profiles[0].cpu_cores",
        |r| *r == Reason::WorkspaceTooBig
    ));
    // An override that counts 32 CPUs makes it fit.
    plan.agents.cpu_override = Override::Absolute(32.0);
    assert!(size(&plan).is_ok());
    // AG-2: the recording core tips it over again.
    plan.zones[0].profiles[0].cpu_cores = 32.0;
    plan.zones[0].profiles[0].recording = true;
    let e = errors(&plan);
    assert!(has(&e, "zones[0].profiles[0].cpu_cores", |r| *r
        == Reason::WorkspaceTooBig));
    assert!(e[0].message.contains("recording"));
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].ram_gb = 100.0;
    assert!(has(&errors(&plan), "zones[0].profiles[0].ram_gb", |r| *r
        == Reason::WorkspaceTooBig));
    // Server connections never land on agents (AG-3), so they may be any size.
    plan.zones[0].profiles[0].kind = WorkspaceKind::ServerConnection;
    assert!(size(&plan).is_ok());
}

#[test]
fn empty_and_duplicate_names_are_refused() {
    let mut plan = Plan::default();
    plan.zones[0].name = "  ".into();
    plan.zones[0].profiles.push(WorkspaceProfile::default());
    let e = errors(&plan);
    assert!(has(&e, "zones[0].name", |r| *r == Reason::Empty));
    assert!(has(&e, "zones[0].profiles[1].name", |r| *r == Reason::Duplicate));
    let mut plan = Plan::default();
    plan.zones.push(Zone::default());
    assert!(has(&errors(&plan), "zones[1].name", |r| *r == Reason::Duplicate));
    let mut plan = Plan::default();
    plan.zones.clear();
    assert!(has(&errors(&plan), "zones", |r| *r == Reason::Empty));
}

#[test]
fn absurd_values_are_refused_with_their_limit() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].sessions = 20_000_000;
    plan.agents.cpus = 1e12;
    plan.zones[0].name = "x".repeat(65);
    plan.web_app.redundancy = 1_000_000;
    let e = errors(&plan);
    assert!(
        has(&e, "zones[0].profiles[0].sessions", |r| matches!(
            r,
            Reason::TooLarge { .. }
        )),
        "{e:?}"
    );
    assert!(has(
        &e,
        "peak_sessions",
        |r| matches!(r, Reason::TooLarge { max } if *max == 1e7)
    ));
    assert!(has(&e, "agents.cpus", |r| matches!(
        r,
        Reason::TooLarge { .. }
    )));
    assert!(has(&e, "zones[0].name", |r| matches!(
        r,
        Reason::TooLarge { .. }
    )));
    assert!(has(&e, "web_app.redundancy", |r| matches!(
        r,
        Reason::TooLarge { .. }
    )));
}

#[test]
fn cp_7_a_proxy_too_small_for_one_session_is_refused() {
    let mut plan = Plan::default();
    plan.zones[0].profiles[0].kind = WorkspaceKind::ServerConnection;
    plan.zones[0].profiles[0].recording = true;
    plan.proxy.cores = 2.0;
    plan.proxy.load = ProxyLoad::FullScreenVideo;
    // Half of 2 cores streams: 1 / 1.25 < 1 session.
    assert!(has(&errors(&plan), "proxy.cores", |r| *r == Reason::TooSmall));
}

#[test]
fn custom_figures_zero_and_bad_host_names_are_refused() {
    let mut plan = Plan::default();
    plan.web_app.use_case = UseCase::Custom;
    plan.web_app.custom_standard_per_server = 0;
    plan.load_balancing.hostname = "<script>".into();
    plan.costs.monthly.agent = Some(-5.0);
    let e = errors(&plan);
    assert!(has(&e, "web_app.custom_standard_per_server", |r| *r
        == Reason::Zero));
    assert!(has(&e, "load_balancing.hostname", |_| true));
    assert!(has(&e, "costs.agent", |r| *r == Reason::Negative));
}

#[test]
fn a_newer_version_is_refused() {
    let plan = Plan {
        version: PLAN_VERSION + 1,
        ..Plan::default()
    };
    assert!(has(&errors(&plan), "version", |r| *r
        == Reason::UnsupportedVersion));
}

#[test]
fn errors_serialize_with_a_kind_tag() {
    let mut plan = Plan::default();
    plan.agents.cpus = -1.0;
    let json = serde_json::to_string(&errors(&plan)).unwrap();
    assert!(
        json.contains(r#""field":"agents.cpus""#) && json.contains(r#""kind":"negative""#),
        "{json}"
    );
}
