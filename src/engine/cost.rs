//! Costs: each role's price (per month, or per hour for cloud instances), monthly and
//! yearly totals, and which roles with servers are not priced, so a partial total never
//! passes for a complete one. No price is embedded (IC-1): the user gives them all.
//!
//! A static server costs its monthly price, or its hourly price x 730 h (8760 / 12).
//! Autoscaled agents cost their instance-hours (AS-4) x the hourly price; a monthly price
//! for them is read as that price / 730 per instance-hour.

use super::plan::{AgentMode, Plan};
use super::report::{
    AutoscaleReport, CostReport, LoadBalancingReport, PriceUnit, Role, RoleCost, RoleReport,
    SingleServerReport, Why,
};
use super::schedule::HOURS_PER_MONTH;
use crate::support::format::{amount, price as rate, readable, thousands};

/// Months in a year, for yearly totals.
pub const MONTHS_PER_YEAR: f64 = 12.0;

/// A role's price as given: the amount and whether it is per month or per hour.
pub fn price(plan: &Plan, role: Role) -> Option<(f64, PriceUnit)> {
    let c = &plan.costs;
    match (c.monthly.get(role), c.hourly.get(role)) {
        (Some(m), _) => Some((m, PriceUnit::Month)),
        (None, Some(h)) => Some((h, PriceUnit::Hour)),
        (None, None) => None,
    }
}

/// What one server running all month costs at a price.
pub fn always_on_monthly(price: f64, per: PriceUnit) -> f64 {
    match per {
        PriceUnit::Month => price,
        PriceUnit::Hour => price * HOURS_PER_MONTH,
    }
}

/// The price of one server-hour.
pub fn hourly(price: f64, per: PriceUnit) -> f64 {
    match per {
        PriceUnit::Month => price / HOURS_PER_MONTH,
        PriceUnit::Hour => price,
    }
}

fn unit(per: PriceUnit) -> &'static str {
    match per {
        PriceUnit::Month => "per month",
        PriceUnit::Hour => "per hour",
    }
}

/// One priced role's figures, before they are written into the report.
struct Priced {
    role: Role,
    price: f64,
    per: PriceUnit,
    /// Servers deployed (instances at peak for autoscaled agents).
    servers: u64,
    /// Server-hours (or instance-hours) billed per month.
    hours: f64,
    monthly: f64,
    /// Autoscaled agents: the price of the same capacity kept running all month.
    always_on: Option<f64>,
}

/// Writers of amounts in the plan's currency: totals to the cent, prices as given.
struct Money<'a>(&'a str);

impl Money<'_> {
    fn total(&self, x: f64) -> String {
        amount(x, self.0)
    }
    fn price(&self, x: f64) -> String {
        rate(x, self.0)
    }
}

impl Priced {
    /// Servers priced all month: the monthly price, or the hourly one x 730 h.
    fn always_on(role: Role, (price, per): (f64, PriceUnit), servers: u64) -> Priced {
        Priced {
            role,
            price,
            per,
            servers,
            hours: servers as f64 * HOURS_PER_MONTH,
            monthly: always_on_monthly(price, per) * servers as f64,
            always_on: None,
        }
    }

    /// The reason for the figure and the report's line for the role.
    fn record(self, out: &mut CostReport, m: &Money) {
        let scaled = self.always_on.is_some();
        let formula = if scaled {
            format!(
                "{} instance-hours x {} per hour{} = {}; kept running all month it would be {}",
                readable(self.hours),
                m.price(hourly(self.price, self.per)),
                if self.per == PriceUnit::Month {
                    format!(
                        " ({} per month / {} h)",
                        m.price(self.price),
                        readable(HOURS_PER_MONTH)
                    )
                } else {
                    String::new()
                },
                m.total(self.monthly),
                m.total(self.always_on.unwrap_or_default())
            )
        } else {
            format!(
                "{} {} x {} {}{} = {}",
                thousands(self.servers),
                role_label(self.role),
                m.price(self.price),
                unit(self.per),
                if self.per == PriceUnit::Hour {
                    format!(" x {} h", readable(HOURS_PER_MONTH))
                } else {
                    String::new()
                },
                m.total(self.monthly)
            )
        };
        out.why.push(Why {
            figure: format!("Monthly cost of the {}", role_label(self.role)),
            value: m.total(self.monthly),
            rules: if scaled {
                vec!["IC-1".into(), "AS-4".into()]
            } else {
                vec!["IC-1".into()]
            },
            formula,
            assumption: scaled,
            outside_guide: true,
        });
        out.roles.push(RoleCost {
            role: self.role,
            price: self.price,
            per: self.per,
            billed_hours: (scaled || self.per == PriceUnit::Hour).then_some(self.hours),
            monthly: self.monthly,
            yearly: self.monthly * MONTHS_PER_YEAR,
            always_on_monthly: self.always_on,
        });
    }
}

/// Price every role with servers: fill each role's and zone's `monthly_cost`, and return
/// the cost report (totals, what is priced and what is not).
pub fn price_roles(
    plan: &Plan,
    roles: [&mut RoleReport; 4],
    lb: &mut LoadBalancingReport,
    autoscale: Option<&AutoscaleReport>,
) -> CostReport {
    let (mut out, currency) = empty_report(plan);
    let m = Money(&currency);
    for r in roles {
        if r.total == 0 {
            continue;
        }
        let Some(given) = price(plan, r.role) else {
            out.unpriced.push(r.role);
            continue;
        };
        let scaled = match autoscale {
            Some(a) if r.role == Role::Agent && plan.agents.mode == AgentMode::Autoscale => Some(a),
            _ => None,
        };
        let mut hours = 0.0;
        for z in r.zones.iter_mut() {
            let priced = match scaled {
                Some(a) => {
                    let h = a
                        .zones
                        .iter()
                        .find(|az| az.zone == z.zone)
                        .map_or(0.0, |az| az.instance_hours);
                    (h, hourly(given.0, given.1) * h)
                }
                None => {
                    let p = Priced::always_on(r.role, given, z.total);
                    (p.hours, p.monthly)
                }
            };
            hours += priced.0;
            z.monthly_cost = Some(priced.1);
        }
        let monthly: f64 = r.zones.iter().filter_map(|z| z.monthly_cost).sum();
        r.monthly_cost = Some(monthly);
        Priced {
            role: r.role,
            price: given.0,
            per: given.1,
            servers: r.total,
            hours,
            monthly,
            always_on: scaled.map(|a| hourly(given.0, given.1) * a.always_on_instance_hours),
        }
        .record(&mut out, &m);
    }
    if lb.load_balancers > 0 {
        match price(plan, Role::LoadBalancer) {
            Some(given) => {
                let p = Priced::always_on(Role::LoadBalancer, given, lb.load_balancers);
                lb.monthly_cost = Some(p.monthly);
                p.record(&mut out, &m);
            }
            None => out.unpriced.push(Role::LoadBalancer),
        }
    }
    add_totals(&mut out, &m);
    out
}

/// Price the one server of a single-server install (SS-1) at the agent's price: its
/// hardware is the agent's, so is its price. Fills the server's `monthly_cost`.
pub fn price_single_server(plan: &Plan, server: &mut SingleServerReport) -> CostReport {
    let (mut out, currency) = empty_report(plan);
    let m = Money(&currency);
    match price(plan, Role::SingleServer) {
        Some(given) => {
            let p = Priced::always_on(Role::SingleServer, given, 1);
            server.monthly_cost = Some(p.monthly);
            p.record(&mut out, &m);
        }
        None => out.unpriced.push(Role::SingleServer),
    }
    add_totals(&mut out, &m);
    out
}

/// A cost report with nothing priced yet, and its currency.
fn empty_report(plan: &Plan) -> (CostReport, String) {
    let currency = plan.costs.currency.trim().to_string();
    let out = CostReport {
        currency: currency.clone(),
        hours_per_month: HOURS_PER_MONTH,
        roles: Vec::new(),
        monthly: None,
        yearly: None,
        complete: false,
        unpriced: Vec::new(),
        why: Vec::new(),
    };
    (out, currency)
}

/// The monthly and yearly totals of what is priced, and the reason for them.
fn add_totals(out: &mut CostReport, m: &Money) {
    if !out.roles.is_empty() {
        let monthly: f64 = out.roles.iter().map(|r| r.monthly).sum();
        out.monthly = Some(monthly);
        out.yearly = Some(monthly * MONTHS_PER_YEAR);
        out.complete = out.unpriced.is_empty();
        out.why.push(Why {
            figure: "Monthly cost in all".into(),
            value: m.total(monthly),
            rules: vec!["IC-1".into()],
            formula: format!(
                "{}; per year x 12 = {}{}",
                out.roles
                    .iter()
                    .map(|r| m.total(r.monthly))
                    .collect::<Vec<_>>()
                    .join(" + "),
                m.total(monthly * MONTHS_PER_YEAR),
                if out.unpriced.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; partial: no price for the {}",
                        out.unpriced
                            .iter()
                            .map(|r| role_label(*r))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }
            ),
            assumption: false,
            outside_guide: true,
        });
    }
}

/// The role's servers in plain words, plural.
pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::WebApp => "web app servers",
        Role::Database => "database servers",
        Role::Agent => "agents",
        Role::ConnectionProxy => "connection proxies",
        Role::LoadBalancer => "network load balancers",
        Role::SingleServer => "single server",
    }
}
