//! Load balancing in front of the web app servers (LB-1 .. LB-4).

use super::plan::{LoadBalancingMethod, Plan};
use super::report::{LoadBalancingReport, Role, Setting, Severity, Warning, Why};
use super::rules::HEALTH_CHECK_PATH;
use crate::support::format::{num, readable, thousands};

/// LB-1: seconds to notice a failed server = interval x consecutive failures.
pub fn detection_seconds(interval_s: f64, failures: u64) -> f64 {
    interval_s * failures as f64
}

/// LB-1: worst time some clients keep reaching a failed server with DNS = detection + TTL.
pub fn dns_failover_seconds(interval_s: f64, failures: u64, ttl_s: f64) -> f64 {
    detection_seconds(interval_s, failures) + ttl_s
}

/// LB-3: the health-check URL for a host name.
pub fn health_check_url(hostname: &str) -> String {
    format!("https://{}{HEALTH_CHECK_PATH}", hostname.trim())
}

/// Size load balancing for `web_app_servers` servers in all zones.
pub fn size_load_balancing(plan: &Plan, web_app_servers: u64) -> LoadBalancingReport {
    let lb = &plan.load_balancing;
    let detection = detection_seconds(lb.health_check_interval_s, lb.failures_to_remove);
    let url = health_check_url(&lb.hostname);
    let mut why = Vec::new();
    let mut warnings = Vec::new();
    let mut settings = vec![
        Setting {
            name: "Health check URL".into(),
            value: url.clone(),
            scope: None,
            rule: "LB-3".into(),
            note: "Checks the API server and its database access; any answer outside 200-299 is a failure.".into(),
        },
        Setting {
            name: "Health check interval (s)".into(),
            value: num(lb.health_check_interval_s),
            scope: None,
            rule: "LB-1".into(),
            note: "Time between checks of each web app server.".into(),
        },
        Setting {
            name: "Failure threshold".into(),
            value: lb.failures_to_remove.to_string(),
            scope: None,
            rule: "LB-1".into(),
            note: "Consecutive failed checks before a server is taken out.".into(),
        },
    ];
    let warn = |severity, rule: &str, message: String| Warning {
        severity,
        rule: rule.into(),
        role: Role::LoadBalancer,
        message,
    };
    let (load_balancers, failover) = match lb.method {
        LoadBalancingMethod::Dns => {
            let failover = detection + lb.dns_ttl_s;
            why.push(Why {
                figure: "DNS failover time".into(),
                value: format!("{} s", readable(failover)),
                rules: vec!["LB-1".into()],
                formula: format!(
                    "{} s x {} failures + {} s TTL = {} s",
                    readable(lb.health_check_interval_s),
                    lb.failures_to_remove,
                    readable(lb.dns_ttl_s),
                    readable(failover)
                ),
                assumption: false,
                outside_guide: false,
            });
            settings.push(Setting {
                name: "A records (one per web app server)".into(),
                value: thousands(web_app_servers),
                scope: None,
                rule: "LB-1".into(),
                note: "Each record is tied to its server's health check.".into(),
            });
            settings.push(Setting {
                name: "DNS record TTL (s)".into(),
                value: num(lb.dns_ttl_s),
                scope: None,
                rule: "LB-1".into(),
                note: "Clients may keep a removed record this long.".into(),
            });
            if lb.dns_ttl_s > 60.0 {
                warnings.push(warn(
                    Severity::Info,
                    "LB-1",
                    format!(
                        "A {} s TTL lets clients keep reaching a failed server for up to {} s; it can be as low as 60 s.",
                        readable(lb.dns_ttl_s),
                        readable(failover)
                    ),
                ));
            }
            warnings.push(warn(
                Severity::Info,
                "LB-4",
                format!(
                    "Before patching a web app server, remove its record and wait at least {} s (the TTL), watching its traffic.",
                    readable(lb.dns_ttl_s)
                ),
            ));
            (0, failover)
        }
        LoadBalancingMethod::NetworkLoadBalancer => {
            let count = 1 + lb.lb_redundancy;
            why.push(Why {
                figure: "Load balancer failover time".into(),
                value: format!("{} s", readable(detection)),
                rules: vec!["LB-2".into()],
                formula: format!(
                    "{} s x {} failures = {} s to drop the server; requests are retried on another server meanwhile",
                    readable(lb.health_check_interval_s),
                    lb.failures_to_remove,
                    readable(detection)
                ),
                assumption: true,
                outside_guide: false,
            });
            why.push(Why {
                figure: "Network load balancers".into(),
                value: count.to_string(),
                rules: vec!["LB-2".into()],
                formula: format!(
                    "1 + {} for redundancy, usually behind DNS balancing",
                    lb.lb_redundancy
                ),
                assumption: false,
                outside_guide: false,
            });
            settings.push(Setting {
                name: "Upstream pool members".into(),
                value: thousands(web_app_servers),
                scope: None,
                rule: "LB-2".into(),
                note: "Every web app server, with the active health check above.".into(),
            });
            if lb.lb_redundancy == 0 {
                warnings.push(warn(
                    Severity::Warning,
                    "LB-2",
                    "A single load balancer is a single point of failure; the guide keeps N+1."
                        .into(),
                ));
            }
            (count, detection)
        }
    };
    LoadBalancingReport {
        load_balancers,
        detection_s: detection,
        failover_s: failover,
        health_check_url: url,
        settings,
        warnings,
        why,
        // Priced afterwards with the other roles (`cost::price_roles`).
        monthly_cost: None,
    }
}
