//! The draft of the cloud inputs: the AutoScale config and its schedule (AS-2..AS-4),
//! instance types per role (IC-1) and prices per month or hour with their currency.

use super::number::Floor::{AboveZero, Zero};
use super::number::{parse_count, parse_figure, parse_optional};
use super::{figure_text, opt_text, DraftError, PlanDraft};
use crate::engine::catalogue::{canonical_id, family_of, lookup, VCPUS_PER_OCPU};
use crate::engine::{
    AutoscalePlan, BusyHours, CloudPlan, InstanceChoice, Provider, RolePrices, WEEKDAYS,
};

/// One weekday's busy hours as typed; both empty means no busy period that day.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DayDraft {
    /// Start hour (0 to 24, 8.5 is 08:30).
    pub start_hour: String,
    /// End hour.
    pub end_hour: String,
}

/// The AutoScale inputs as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoscaleDraft {
    /// Sessions ready at the start of the busy period (staging).
    pub baseline_sessions: String,
    /// Sessions arriving per minute at the busiest moment.
    pub arrivals_per_minute: String,
    /// Agent start-up time in seconds.
    pub startup_s: String,
    /// Sessions the off-hours config keeps room for.
    pub off_hours_standby_sessions: String,
    /// Downscale Backoff in seconds.
    pub downscale_backoff_s: String,
    /// Busy hours per weekday, Monday first (seven entries).
    pub schedule: Vec<DayDraft>,
}

/// An instance type as picked: its id (empty for none) and, for OCI Flex, OCPUs and memory.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InstanceDraft {
    /// Catalogue type id, or empty.
    pub type_id: String,
    /// OCPUs of a Flex shape; empty otherwise.
    pub ocpus: String,
    /// Memory of a Flex shape in GiB; empty otherwise.
    pub memory_gib: String,
}

/// The cloud provider and the type picked per role.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudDraft {
    /// Provider.
    pub provider: Provider,
    /// Web app server type.
    pub web_app: InstanceDraft,
    /// Database server type.
    pub database: InstanceDraft,
    /// Agent (instance) type.
    pub agent: InstanceDraft,
    /// Connection proxy type.
    pub proxy: InstanceDraft,
}

/// A price per role as typed; empty means not given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PricesDraft {
    /// One web app server.
    pub web_app: String,
    /// One database server.
    pub database: String,
    /// One agent.
    pub agent: String,
    /// One connection proxy.
    pub proxy: String,
    /// One load balancer.
    pub load_balancer: String,
}

/// Prices as typed: per month, per hour, and the currency.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CostsDraft {
    /// Per month (`costs.web_app` ...).
    pub monthly: PricesDraft,
    /// Per hour (`costs.hourly.web_app` ...).
    pub hourly: PricesDraft,
    /// Currency code or symbol.
    pub currency: String,
}

/// The roles with a price or an instance type, with their path key, in plan order.
pub const PRICE_KEYS: [&str; 5] = ["web_app", "database", "agent", "proxy", "load_balancer"];

impl PricesDraft {
    fn from_prices(p: &RolePrices) -> Self {
        PricesDraft {
            web_app: opt_text(p.web_app),
            database: opt_text(p.database),
            agent: opt_text(p.agent),
            proxy: opt_text(p.proxy),
            load_balancer: opt_text(p.load_balancer),
        }
    }

    fn parse(&self, e: &mut Vec<DraftError>, prefix: &str) -> RolePrices {
        let mut read =
            |key: &str, text: &str| parse_optional(e, format!("{prefix}{key}"), text, Zero);
        RolePrices {
            web_app: read("web_app", &self.web_app),
            database: read("database", &self.database),
            agent: read("agent", &self.agent),
            proxy: read("proxy", &self.proxy),
            load_balancer: read("load_balancer", &self.load_balancer),
        }
    }
}

impl CostsDraft {
    /// The draft of the plan's prices.
    pub fn from_costs(c: &crate::engine::Costs) -> Self {
        CostsDraft {
            monthly: PricesDraft::from_prices(&c.monthly),
            hourly: PricesDraft::from_prices(&c.hourly),
            currency: c.currency.clone(),
        }
    }

    pub(super) fn parse(&self, e: &mut Vec<DraftError>) -> crate::engine::Costs {
        crate::engine::Costs {
            monthly: self.monthly.parse(e, "costs."),
            hourly: self.hourly.parse(e, "costs.hourly."),
            currency: self.currency.trim().to_string(),
        }
    }
}

impl AutoscaleDraft {
    /// The draft of the plan's AutoScale inputs (a schedule of other than seven days is
    /// shown padded or cut to seven).
    pub fn from_plan(a: &AutoscalePlan) -> Self {
        AutoscaleDraft {
            baseline_sessions: a.baseline_sessions.to_string(),
            arrivals_per_minute: figure_text(a.arrivals_per_minute),
            startup_s: figure_text(a.startup_s),
            off_hours_standby_sessions: a.off_hours_standby_sessions.to_string(),
            downscale_backoff_s: figure_text(a.downscale_backoff_s),
            schedule: (0..WEEKDAYS.len())
                .map(|i| match a.schedule.get(i).copied().flatten() {
                    Some(h) => DayDraft {
                        start_hour: figure_text(h.start_hour),
                        end_hour: figure_text(h.end_hour),
                    },
                    None => DayDraft::default(),
                })
                .collect(),
        }
    }

    pub(super) fn parse(&self, e: &mut Vec<DraftError>) -> AutoscalePlan {
        let f = |name: &str| format!("agents.autoscale.{name}");
        AutoscalePlan {
            baseline_sessions: parse_count(
                e,
                f("baseline_sessions"),
                &self.baseline_sessions,
                Zero,
            ),
            arrivals_per_minute: parse_figure(
                e,
                f("arrivals_per_minute"),
                &self.arrivals_per_minute,
                Zero,
            ),
            startup_s: parse_figure(e, f("startup_s"), &self.startup_s, AboveZero),
            off_hours_standby_sessions: parse_count(
                e,
                f("off_hours_standby_sessions"),
                &self.off_hours_standby_sessions,
                Zero,
            ),
            downscale_backoff_s: parse_figure(
                e,
                f("downscale_backoff_s"),
                &self.downscale_backoff_s,
                Zero,
            ),
            schedule: self
                .schedule
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let at = |end: &str| format!("agents.autoscale.schedule[{i}].{end}");
                    match (d.start_hour.trim().is_empty(), d.end_hour.trim().is_empty()) {
                        (true, true) => None,
                        (false, true) | (true, false) => {
                            let missing = if d.start_hour.trim().is_empty() {
                                "start_hour"
                            } else {
                                "end_hour"
                            };
                            e.push(DraftError::new(
                                &at(missing),
                                "Enter both hours, or neither for a day without busy hours.",
                            ));
                            None
                        }
                        (false, false) => Some(BusyHours {
                            start_hour: parse_figure(e, at("start_hour"), &d.start_hour, Zero),
                            end_hour: parse_figure(e, at("end_hour"), &d.end_hour, Zero),
                        }),
                    }
                })
                .collect(),
        }
    }
}

impl InstanceDraft {
    fn from_choice(c: &InstanceChoice) -> Self {
        InstanceDraft {
            type_id: c.type_id.clone().unwrap_or_default(),
            ocpus: opt_text(c.ocpus),
            memory_gib: opt_text(c.memory_gib),
        }
    }

    fn parse(&self, e: &mut Vec<DraftError>, key: &str) -> InstanceChoice {
        let id = self.type_id.trim();
        InstanceChoice {
            type_id: (!id.is_empty()).then(|| id.to_string()),
            ocpus: parse_optional(e, format!("cloud.{key}.ocpus"), &self.ocpus, AboveZero),
            memory_gib: parse_optional(
                e,
                format!("cloud.{key}.memory_gib"),
                &self.memory_gib,
                AboveZero,
            ),
        }
    }
}

impl CloudDraft {
    /// The draft of the plan's cloud choices.
    pub fn from_plan(c: &CloudPlan) -> Self {
        CloudDraft {
            provider: c.provider,
            web_app: InstanceDraft::from_choice(&c.web_app),
            database: InstanceDraft::from_choice(&c.database),
            agent: InstanceDraft::from_choice(&c.agent),
            proxy: InstanceDraft::from_choice(&c.proxy),
        }
    }

    pub(super) fn parse(&self, e: &mut Vec<DraftError>) -> CloudPlan {
        CloudPlan {
            provider: self.provider,
            web_app: self.web_app.parse(e, "web_app"),
            database: self.database.parse(e, "database"),
            agent: self.agent.parse(e, "agent"),
            proxy: self.proxy.parse(e, "proxy"),
        }
    }

    /// The picked type of the role with this key (`web_app`, `database`, `agent`, `proxy`).
    pub fn role(&self, key: &str) -> Option<&InstanceDraft> {
        Some(match key {
            "web_app" => &self.web_app,
            "database" => &self.database,
            "agent" => &self.agent,
            "proxy" => &self.proxy,
            _ => return None,
        })
    }

    pub(super) fn role_mut(&mut self, key: &str) -> Option<&mut InstanceDraft> {
        Some(match key {
            "web_app" => &mut self.web_app,
            "database" => &mut self.database,
            "agent" => &mut self.agent,
            "proxy" => &mut self.proxy,
            _ => return None,
        })
    }
}

impl PlanDraft {
    /// Pick an instance type for a role (`web_app`, `database`, `agent`, `proxy`; an empty
    /// id picks none; any case, kept as the catalogue writes it). A fixed type clears any Flex figures; a Flex shape keeps them, or
    /// starts from the role's typed hardware. The agent's CPU and RAM, or the proxy's
    /// cores, are then set to the type's (the engine uses the type's figures either way;
    /// this keeps the typed ones right when the type is removed again). False for an
    /// unknown role or a type the catalogue does not list.
    pub fn pick_instance(&mut self, role: &str, id: &str) -> bool {
        let id = id.trim();
        let hardware = match role {
            "agent" => Some((self.agents.cpus.clone(), self.agents.ram_gb.clone())),
            "proxy" => Some((self.proxy.cores.clone(), String::new())),
            _ => None,
        };
        let Some(slot) = self.cloud.role_mut(role) else {
            return false;
        };
        if id.is_empty() {
            *slot = InstanceDraft::default();
            return true;
        }
        let Some(id) = canonical_id(id) else {
            return false;
        };
        let Some(family) = family_of(id) else {
            return false;
        };
        slot.type_id = id.to_string();
        if family.flex {
            if slot.ocpus.trim().is_empty() || slot.memory_gib.trim().is_empty() {
                let (cpus, ram) = hardware.unwrap_or_default();
                let cpus = super::number::figure(&cpus).unwrap_or(VCPUS_PER_OCPU);
                let ram = super::number::figure(&ram).unwrap_or(cpus * 2.0);
                slot.ocpus = figure_text((cpus / VCPUS_PER_OCPU).ceil().max(1.0));
                slot.memory_gib = figure_text(ram.ceil().max(1.0));
            }
        } else {
            slot.ocpus.clear();
            slot.memory_gib.clear();
        }
        self.sync_hardware(role);
        true
    }

    /// After the provider changed: drop every picked type another provider sells, so the
    /// plan stays valid (the role's typed hardware, which the type had set, stays). With no
    /// provider the picks are kept (unused, not judged) for when one is chosen again.
    pub(super) fn drop_foreign_types(&mut self) {
        let provider = self.cloud.provider;
        if provider == Provider::None {
            return;
        }
        for role in ["web_app", "database", "agent", "proxy"] {
            let foreign = self
                .cloud
                .role(role)
                .and_then(|r| family_of(r.type_id.trim()))
                .is_some_and(|f| f.provider != provider);
            if foreign {
                self.pick_instance(role, "");
            }
        }
    }

    /// Copy a picked type's vCPU and GiB into the role's typed hardware (agent, proxy).
    pub(super) fn sync_hardware(&mut self, role: &str) {
        let Some(slot) = self.cloud.role(role) else {
            return;
        };
        let figure = |t: &str| super::number::figure(t).ok();
        let Some(t) = lookup(&slot.type_id, figure(&slot.ocpus), figure(&slot.memory_gib)) else {
            return;
        };
        match role {
            "agent" => {
                self.agents.cpus = figure_text(t.vcpus);
                self.agents.ram_gb = figure_text(t.memory_gib);
            }
            "proxy" => self.proxy.cores = figure_text(t.vcpus),
            _ => {}
        }
    }
}
