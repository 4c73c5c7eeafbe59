//! Property tests over random valid plans (proptest): no panic, monotone, redundant, additive;
//! a single server adds up (SS-1..4, SW-1) and named users size as their peak (NU-1).
#![cfg(not(target_arch = "wasm32"))]

use kasm_sizer::engine::*;
use proptest::prelude::*;

fn profile(max_sessions: u64) -> impl Strategy<Value = WorkspaceProfile> {
    (
        0..=max_sessions,
        1u32..=16,
        1u32..=32,
        any::<bool>(),
        0u32..=40,
        any::<bool>(),
    )
        .prop_map(
            |(sessions, half_cores, ram, recording, disk, server)| WorkspaceProfile {
                name: String::new(),
                sessions,
                cpu_cores: half_cores as f64 / 2.0,
                ram_gb: ram as f64,
                recording,
                disk_per_session_gb: disk as f64,
                kind: if server {
                    WorkspaceKind::ServerConnection
                } else {
                    WorkspaceKind::Container
                },
                ..WorkspaceProfile::default()
            },
        )
}

fn overrides() -> impl Strategy<Value = Override> {
    prop_oneof![
        Just(Override::None),
        (1u32..=8).prop_map(|r| Override::Ratio(r as f64)),
        (0u32..=512).prop_map(|x| Override::Absolute(128.0 + x as f64))
    ]
}

/// Random valid plans: every workspace fits its agent, every proxy carries a session.
fn plan(max_zones: usize, max_profiles: usize, max_sessions: u64) -> impl Strategy<Value = Plan> {
    let zones = prop::collection::vec(
        prop::collection::vec(profile(max_sessions), 1..=max_profiles),
        1..=max_zones,
    );
    let knobs = (
        prop_oneof![
            Just(Architecture::Standard),
            Just(Architecture::DirectToAgent)
        ],
        prop_oneof![
            Just(UseCase::Gaming),
            Just(UseCase::Mixed),
            Just(UseCase::RemoteWork),
            Just(UseCase::Custom)
        ],
        (0u64..=3, 1u64..=1000, 1u64..=1000),
        (
            16u32..=128,
            64u32..=512,
            overrides(),
            overrides(),
            0u64..=3,
            1u64..=8,
            any::<bool>(),
        ),
        (
            4u32..=64,
            prop_oneof![
                Just(ProxyLoad::Business),
                Just(ProxyLoad::FullScreenVideo),
                (1u32..=20).prop_map(|_| ProxyLoad::Custom)
            ],
            1u32..=20,
            0u64..=3,
        ),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
    );
    (zones, knobs).prop_map(
        |(
            zones,
            (
                arch,
                use_case,
                (web_red, custom_std, custom_d2a),
                agents,
                proxy,
                (autoscale, siem, standby, nlb),
            ),
        )| {
            let zones = zones
                .into_iter()
                .enumerate()
                .map(|(z, profiles)| Zone {
                    name: format!("zone {z}"),
                    profiles: profiles
                        .into_iter()
                        .enumerate()
                        .map(|(i, p)| WorkspaceProfile {
                            name: format!("ws {i}"),
                            ..p
                        })
                        .collect(),
                })
                .collect();
            let mut plan = Plan {
                zones,
                ..Plan::default()
            };
            plan.web_app = WebAppPlan {
                architecture: arch,
                use_case,
                custom_standard_per_server: custom_std,
                custom_direct_per_server: custom_d2a,
                redundancy: web_red,
            };
            let (cpus, ram, cpu_o, ram_o, red, spi, quotas) = agents;
            plan.agents.cpus = cpus as f64;
            plan.agents.ram_gb = ram as f64;
            plan.agents.cpu_override = cpu_o;
            plan.agents.ram_override = ram_o;
            plan.agents.redundancy = red;
            // AS-2: a baseline to stage (it never changes a server count).
            plan.agents.autoscale.baseline_sessions = spi * 10;
            plan.agents.mode = if autoscale {
                AgentMode::Autoscale
            } else {
                AgentMode::Static
            };
            plan.agents.cpu_allocation = if quotas {
                CpuAllocation::Quotas
            } else {
                CpuAllocation::Shares
            };
            let (cores, load, tenths, proxy_red) = proxy;
            plan.proxy = ProxyPlan {
                cores: cores as f64,
                load,
                custom_cores_per_session: tenths as f64 / 10.0,
                redundancy: proxy_red,
            };
            plan.database.logging = if siem {
                Logging::Siem
            } else {
                Logging::BuiltIn
            };
            plan.database.standby = standby;
            if nlb {
                plan.load_balancing.method = LoadBalancingMethod::NetworkLoadBalancer;
            }
            plan
        },
    )
}

fn roles(r: &Report) -> [&RoleReport; 4] {
    [&r.web_app, &r.database, &r.agents, &r.proxies]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn valid_plans_size_without_error(plan in plan(3, 4, 100_000)) {
        let report = size(&plan);
        prop_assert!(report.is_ok(), "{:?}", report.err());
    }

    #[test]
    fn more_sessions_never_give_fewer_servers(plan in plan(3, 4, 100_000), zone in 0usize..3, extra in 1u64..50_000) {
        let before = size(&plan).unwrap();
        let mut bigger = plan.clone();
        let z = zone % bigger.zones.len();
        bigger.zones[z].profiles[0].sessions += extra;
        let after = size(&bigger).unwrap();
        for (a, b) in roles(&before).iter().zip(roles(&after).iter()) {
            prop_assert!(b.total >= a.total, "{:?}: {} -> {}", a.role, a.total, b.total);
            prop_assert!(b.needed >= a.needed, "{:?}", a.role);
        }
        prop_assert!(after.totals.servers >= before.totals.servers);
    }

    #[test]
    fn capacity_with_the_redundant_servers_down_still_covers_peak(plan in plan(3, 4, 100_000)) {
        let r = size(&plan).unwrap();
        for role in [&r.web_app, &r.agents, &r.proxies] {
            for z in &role.zones {
                let s = z.scenarios.iter().find(|s| s.down == z.redundant && !s.maintenance).unwrap();
                prop_assert!(s.enough, "{:?} zone {}: {:?}", role.role, z.zone, s);
                prop_assert!(z.capacity >= z.demand);
            }
        }
        // DB-3: with nothing down the database always carries peak (beyond the table as an
        // estimate); DB-5: the standby carries it once it has restored the backups.
        prop_assert!(r.database.scenarios[0].enough);
        if r.database.redundant > 0 {
            prop_assert!(r.database.scenarios[1].restored_capacity.unwrap() >= r.database.demand);
        }
        // The engine's own plans keep every promise their redundancy makes (DEP-3).
        for role in [&r.web_app, &r.database, &r.agents, &r.proxies] {
            prop_assert!(role.scenarios.iter().all(|s| s.status != ScenarioStatus::Short), "{:?}", role.role);
        }
    }

    #[test]
    fn totals_equal_the_sum_of_the_parts(plan in plan(3, 4, 100_000)) {
        let r = size(&plan).unwrap();
        let parts = roles(&r);
        prop_assert_eq!(r.totals.servers, parts.iter().map(|p| p.total).sum::<u64>() + r.load_balancing.load_balancers);
        let vcpus: f64 = parts.iter().flat_map(|p| p.zones.iter()).map(|z| z.total as f64 * z.spec.cpus).sum();
        prop_assert!((r.totals.vcpus - vcpus).abs() < 1e-6);
        for p in parts {
            prop_assert_eq!(p.total, p.needed + p.redundant);
            prop_assert_eq!(p.total, p.zones.iter().map(|z| z.total).sum::<u64>());
            prop_assert_eq!(p.demand, p.zones.iter().map(|z| z.demand).sum::<u64>());
        }
        prop_assert_eq!(r.peak_sessions, r.container_sessions + r.server_sessions);
        prop_assert_eq!(r.agents.demand, r.container_sessions);
        prop_assert_eq!(r.proxies.demand, r.server_sessions);
    }

    #[test]
    fn zero_sessions_give_a_minimal_well_formed_report(mut plan in plan(3, 4, 10)) {
        for z in &mut plan.zones {
            for p in &mut z.profiles {
                p.sessions = 0;
            }
        }
        let r = size(&plan).unwrap();
        prop_assert_eq!(r.peak_sessions, 0);
        prop_assert_eq!(r.agents.total, 0);
        prop_assert_eq!(r.proxies.total, 0);
        prop_assert_eq!(r.web_app.needed, plan.zones.len() as u64);
        prop_assert_eq!(r.database.needed, 1);
        prop_assert!(r.totals.vcpus.is_finite() && r.totals.ram_gb.is_finite());
        prop_assert!(r.web_app.scenarios.iter().all(|s| s.enough));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// SS-1..4, SW-1: any plan on one server sizes to one server whose figures add up.
    #[test]
    fn ss_1_a_single_server_is_one_server_whose_figures_add_up(
        mut plan in plan(2, 4, 300),
        reserve in prop_oneof![Just(Reserve::None), Just(Reserve::Requests), Just(Reserve::Limits)],
    ) {
        plan.deployment = Deployment::SingleServer;
        plan.single_server.reserve = reserve;
        let r = size(&plan).unwrap();
        let s = r.single_server.as_ref().unwrap();
        prop_assert_eq!(r.totals.servers, 1);
        prop_assert_eq!(s.demand, r.container_sessions);
        prop_assert_eq!(s.fits, s.demand <= s.capacity);
        prop_assert_eq!(s.sessions_held, s.demand.min(s.capacity));
        prop_assert!(!s.fits || s.distributed.is_none());
        prop_assert_eq!(s.swap_gb, 2.0 * s.sessions_held as f64);
        prop_assert!(s.disk.total_gb >= 50.0 && s.disk.total_gb >= s.disk.docker_volume_gb);
        prop_assert_eq!(r.warnings.iter().any(|w| w.rule == "SS-4"), !s.fits);
        prop_assert!(s.why.iter().all(|w| w.outside_guide));
        prop_assert!(roles(&r).iter().all(|role| role.total == 0));
    }

    /// NU-1: named users size exactly like the peak they give, typed as sessions.
    #[test]
    fn nu_1_named_users_size_exactly_like_the_peak_they_give(
        plan in plan(2, 3, 1000),
        users in 0u64..=5_000,
        percent in 0u32..=100,
        per_user in 1u64..=5,
        single in any::<bool>(),
    ) {
        let mut typed = plan;
        if single {
            typed.deployment = Deployment::SingleServer;
        }
        let mut named = typed.clone();
        let p = &mut named.zones[0].profiles[0];
        p.named_users = Some(users);
        p.concurrency_percent = percent as f64;
        p.sessions_per_user = per_user;
        let peak = named_user_sessions(users, percent as f64, per_user);
        prop_assert_eq!(peak, (users * percent as u64 * per_user).div_ceil(100));
        typed.zones[0].profiles[0].sessions = peak;
        let (a, b) = (size(&named).unwrap(), size(&typed).unwrap());
        prop_assert_eq!(a.demand.named_users[0].sessions, peak);
        prop_assert_eq!(
            (a.peak_sessions, &a.totals, &a.agents, &a.single_server, &a.override_advice),
            (b.peak_sessions, &b.totals, &b.agents, &b.single_server, &b.override_advice)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Up to 10 million sessions over up to 1,000 profiles: no panic, no overflow.
    #[test]
    fn ten_million_sessions_over_a_thousand_profiles(plan in plan(50, 20, 10_000)) {
        let mut plan = plan;
        // Stretch to the limits: 1,000 profiles and 10,000,000 sessions in all.
        let mut count = plan.zones.iter().map(|z| z.profiles.len()).sum::<usize>();
        let mut i = 0;
        while count < 1000 {
            let z = i % plan.zones.len();
            let mut p = plan.zones[z].profiles[0].clone();
            p.name = format!("extra {i}");
            plan.zones[z].profiles.push(p);
            count += 1;
            i += 1;
        }
        let per = 10_000_000 / 1000;
        for z in &mut plan.zones {
            for p in &mut z.profiles {
                p.sessions = per;
            }
        }
        prop_assert_eq!(plan.zones.iter().map(|z| z.profiles.len()).sum::<usize>(), 1000);
        let r = size(&plan).unwrap();
        prop_assert_eq!(r.peak_sessions, 10_000_000);
        prop_assert!(r.totals.servers > 0 && r.totals.vcpus.is_finite());
        prop_assert!(r.agents.utilisation <= 1.0 + 1e-9);
    }
}
