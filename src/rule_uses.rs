//! Where a report uses each rule: for every rule of the engine's table, the figures,
//! settings, failure scenarios and warnings of the current plan that rest on it, card by
//! card, as the page's Rules view lists them (issue 17, item 3).
//!
//! Pure, so it is tested natively; the view only shows what [`rule_uses`] returns.

use std::collections::HashSet;

use crate::engine::rules::RULES;
use crate::engine::{Report, Role, RoleReport, Scenario, Setting, Warning, Why};

/// Items a card lists for one rule before "and N more": enough for an ordinary plan, few
/// enough that a 1,000-workspace plan's Rules view stays short.
pub const SHOWN: usize = 6;

/// The card of the peak worked out from named users (NU-1).
pub const DEMAND_CARD: &str = "Peak from named users";
/// The card of the override advisor's suggestion (OV-1).
pub const OVERRIDE_CARD: &str = "Override advice";
/// The card of the instance-type figures (IC-1, IC-2).
pub const CLOUD_CARD: &str = "Cloud instance types";
/// The card of the cost figures.
pub const COSTS_CARD: &str = "Costs";

/// The title of a role's result card, as the page shows it.
pub const fn card_title(role: Role) -> &'static str {
    match role {
        Role::WebApp => "Web app servers",
        Role::Database => "Database",
        Role::Agent => "Agents",
        Role::ConnectionProxy => "Connection proxies",
        Role::LoadBalancer => "Load balancing",
        Role::SingleServer => "Single server",
    }
}

/// What one card shows that rests on a rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CardUses {
    /// The card's title ([`card_title`], or one of the cards without a role: [`DEMAND_CARD`],
    /// [`OVERRIDE_CARD`], [`CLOUD_CARD`], [`COSTS_CARD`]).
    pub card: &'static str,
    /// The first [`SHOWN`] distinct items, in the card's order: "Web app servers: 3",
    /// "setting: Cores Override (Desktop)", "if servers go down: 2 down", "warning: ...".
    pub items: Vec<String>,
    /// How many distinct items follow those shown.
    pub more: usize,
}

/// Everything of a report that rests on one rule, card by card in page order; empty when
/// the plan does not use the rule.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuleUses {
    /// One entry per card that uses the rule.
    pub cards: Vec<CardUses>,
}

impl RuleUses {
    /// True when some figure of the plan rests on the rule.
    pub fn used(&self) -> bool {
        !self.cards.is_empty()
    }
}

/// Collects items per rule; `seen` keeps each card's items distinct.
struct Collector {
    uses: Vec<RuleUses>,
    seen: Vec<HashSet<String>>,
}

impl Collector {
    fn add<'a>(&mut self, card: &'static str, ids: impl IntoIterator<Item = &'a str>, item: &str) {
        for id in ids {
            let Some(i) = RULES.iter().position(|r| r.id == id) else {
                continue;
            };
            let cards = &mut self.uses[i].cards;
            if cards.last().is_none_or(|c| c.card != card) {
                cards.push(CardUses {
                    card,
                    items: Vec::new(),
                    more: 0,
                });
                self.seen[i].clear();
            }
            if !self.seen[i].insert(item.to_string()) {
                continue;
            }
            let last = cards.last_mut().expect("pushed above");
            if last.items.len() < SHOWN {
                last.items.push(item.to_string());
            } else {
                last.more += 1;
            }
        }
    }

    fn figures(&mut self, card: &'static str, why: &[Why]) {
        for w in why {
            let item = format!("{}: {}", w.figure, w.value);
            self.add(card, w.rules.iter().map(String::as_str), &item);
        }
    }

    fn settings(&mut self, card: &'static str, settings: &[Setting]) {
        for s in settings {
            let item = match &s.scope {
                Some(scope) => format!("setting: {} ({scope})", s.name),
                None => format!("setting: {}", s.name),
            };
            self.add(card, [s.rule.as_str()], &item);
        }
    }

    fn scenarios(&mut self, card: &'static str, scenarios: &[Scenario]) {
        for s in scenarios {
            if let Some(rule) = &s.rule {
                let item = format!("if servers go down: {}", s.label);
                self.add(card, [rule.as_str()], &item);
            }
        }
    }

    fn warnings(&mut self, card: &'static str, role: Role, warnings: &[Warning]) {
        for w in warnings.iter().filter(|w| w.role == role) {
            let item = format!("warning: {}", w.message);
            self.add(card, [w.rule.as_str()], &item);
        }
    }

    fn role(&mut self, role: &RoleReport, warnings: &[Warning]) {
        let card = card_title(role.role);
        self.figures(card, &role.why);
        self.settings(card, &role.settings);
        self.scenarios(card, &role.scenarios);
        self.warnings(card, role.role, warnings);
    }
}

/// For every rule of [`RULES`], in its order, what of `report` rests on it. Warnings come
/// from the report's full list (cloud, demand and zone notes included), under their role's
/// card.
pub fn rule_uses(report: &Report) -> Vec<RuleUses> {
    let mut c = Collector {
        uses: vec![RuleUses::default(); RULES.len()],
        seen: vec![HashSet::new(); RULES.len()],
    };
    c.figures(DEMAND_CARD, &report.demand.why);
    c.settings(DEMAND_CARD, &report.demand.settings);
    if let Some(server) = &report.single_server {
        let card = card_title(Role::SingleServer);
        c.figures(card, &server.why);
        c.settings(card, &server.settings);
        c.scenarios(card, &server.scenarios);
        c.warnings(card, Role::SingleServer, &report.warnings);
    }
    for role in [
        &report.web_app,
        &report.database,
        &report.agents,
        &report.proxies,
    ] {
        c.role(role, &report.warnings);
    }
    let lb = &report.load_balancing;
    let card = card_title(Role::LoadBalancer);
    c.figures(card, &lb.why);
    c.settings(card, &lb.settings);
    c.warnings(card, Role::LoadBalancer, &report.warnings);
    if let Some(advice) = &report.override_advice {
        c.figures(OVERRIDE_CARD, &advice.why);
        c.settings(OVERRIDE_CARD, std::slice::from_ref(&advice.setting));
    }
    if let Some(cloud) = &report.cloud {
        c.figures(CLOUD_CARD, &cloud.why);
    }
    c.figures(COSTS_CARD, &report.costs.why);
    c.uses
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rules::rule;
    use crate::engine::{size, AgentMode, Deployment, Plan};

    fn uses_of(report: &Report, id: &str) -> RuleUses {
        let i = RULES.iter().position(|r| r.id == id).unwrap();
        rule_uses(report).swap_remove(i)
    }

    fn cards(uses: &RuleUses) -> Vec<&str> {
        uses.cards.iter().map(|c| c.card).collect()
    }

    #[test]
    fn one_entry_per_rule_in_table_order() {
        let uses = rule_uses(&size(&Plan::default()).unwrap());
        assert_eq!(uses.len(), RULES.len());
    }

    #[test]
    fn web_4_guide_example_lists_the_server_count_and_the_two_down_case() {
        // WEB-4: 200 remote-work sessions need 2 + 1 = 3 web app servers; with two down,
        // 150 sessions of capacity fall 50 short, as N+1 allows.
        let report = size(&Plan::default()).unwrap();
        let web4 = uses_of(&report, "WEB-4");
        assert_eq!(cards(&web4), ["Web app servers"]);
        let items = &web4.cards[0].items;
        assert_eq!(items[0], "Web app servers in zone Default: 3");
        assert!(
            items.contains(&"if servers go down: 2 down".to_string()),
            "{items:?}"
        );
    }

    #[test]
    fn as_1_is_used_only_by_an_autoscaled_plan() {
        let mut plan = Plan::default();
        assert!(!uses_of(&size(&plan).unwrap(), "AS-1").used());
        plan.agents.mode = AgentMode::Autoscale;
        let as1 = uses_of(&size(&plan).unwrap(), "AS-1");
        assert_eq!(cards(&as1), ["Agents"]);
        // AG-9: autoscaled agents get no N+2, so AG-8 leaves the plan.
        assert!(!uses_of(&size(&plan).unwrap(), "AG-8").used());
    }

    /// The guide's plan with `sessions` at peak, installed on one server (SS-1).
    fn single_server(sessions: u64) -> Plan {
        let mut plan = Plan {
            deployment: Deployment::SingleServer,
            ..Plan::default()
        };
        plan.zones[0].profiles[0].sessions = sessions;
        plan
    }

    #[test]
    fn sw_1_lists_the_swap_under_the_card_of_its_session_host() {
        // SW-1: 2 GB of swap per concurrent session; the guide's agent holds 8 sessions.
        let report = size(&Plan::default()).unwrap();
        let sw1 = uses_of(&report, "SW-1");
        assert_eq!(cards(&sw1), ["Agents"]);
        assert_eq!(
            sw1.cards[0].items,
            [
                "Swap per agent in zone Default: 16 GB",
                "setting: Swap on each agent"
            ]
        );
        // A single server's swap is on its own card: 2 GB x 4 sessions (they fit).
        let sw1 = uses_of(&size(&single_server(4)).unwrap(), "SW-1");
        assert_eq!(cards(&sw1), ["Single server"]);
        assert_eq!(
            sw1.cards[0].items,
            [
                "Swap on the single server: 8 GB",
                "setting: Swap on the single server"
            ]
        );
    }

    #[test]
    fn ss_1_a_single_server_lists_its_figures_under_its_card() {
        let report = size(&single_server(10)).unwrap();
        let ss1 = uses_of(&report, "SS-1");
        assert_eq!(cards(&ss1)[0], "Single server");
        // Its roles' cards are empty, so WEB-4 (N+1 web app servers) is not used.
        assert!(!uses_of(&report, "WEB-4").used());
    }

    #[test]
    fn nu_1_named_users_list_the_peak_they_give() {
        // NU-1: ceil(100 named users x 70 % x 1 session) = 70 sessions at peak.
        let mut plan = Plan::default();
        let profile = &mut plan.zones[0].profiles[0];
        profile.named_users = Some(100);
        profile.concurrency_percent = 70.0;
        profile.sessions_per_user = 1;
        let report = size(&plan).unwrap();
        let nu1 = uses_of(&report, "NU-1");
        assert_eq!(cards(&nu1)[0], "Peak from named users");
        assert!(
            nu1.cards[0].items.iter().any(|i| i.ends_with(": 70")),
            "{:?}",
            nu1.cards[0].items
        );
    }

    #[test]
    fn gpu_1_is_never_used_as_it_is_not_modelled() {
        assert!(!rule("GPU-1").unwrap().modelled);
        let mut plan = Plan::default();
        plan.agents.mode = AgentMode::Autoscale;
        for plan in [Plan::default(), plan] {
            assert!(!uses_of(&size(&plan).unwrap(), "GPU-1").used());
        }
    }

    #[test]
    fn every_id_the_report_cites_is_listed_under_its_rule() {
        let report = size(&Plan::default()).unwrap();
        let uses = rule_uses(&report);
        let mut cited: Vec<&str> = report
            .web_app
            .why
            .iter()
            .flat_map(|w| w.rules.iter().map(String::as_str))
            .collect();
        cited.extend(report.warnings.iter().map(|w| w.rule.as_str()));
        cited.extend(
            report
                .load_balancing
                .settings
                .iter()
                .map(|s| s.rule.as_str()),
        );
        for id in cited {
            let i = RULES.iter().position(|r| r.id == id).unwrap();
            assert!(uses[i].used(), "{id} is cited but listed as unused");
        }
    }

    #[test]
    fn a_card_lists_its_first_items_and_counts_the_rest() {
        // AG-1: sessions per agent on each of 20 workspaces: one figure each.
        let mut plan = Plan::default();
        let profile = plan.zones[0].profiles[0].clone();
        plan.zones[0].profiles = (0..20)
            .map(|p| crate::engine::WorkspaceProfile {
                name: format!("W{p}"),
                sessions: 10 + p,
                ..profile.clone()
            })
            .collect();
        let report = size(&plan).unwrap();
        let ag1 = uses_of(&report, "AG-1");
        let agents = ag1.cards.iter().find(|c| c.card == "Agents").unwrap();
        assert_eq!(agents.items.len(), SHOWN);
        let distinct: HashSet<String> = report
            .agents
            .why
            .iter()
            .filter(|w| w.rules.iter().any(|r| r == "AG-1"))
            .map(|w| format!("{}: {}", w.figure, w.value))
            .chain(
                report
                    .agents
                    .settings
                    .iter()
                    .filter(|s| s.rule == "AG-1")
                    .map(|s| match &s.scope {
                        Some(scope) => format!("setting: {} ({scope})", s.name),
                        None => format!("setting: {}", s.name),
                    }),
            )
            .chain(
                report
                    .agents
                    .scenarios
                    .iter()
                    .filter(|s| s.rule.as_deref() == Some("AG-1"))
                    .map(|s| format!("if servers go down: {}", s.label)),
            )
            .chain(
                report
                    .warnings
                    .iter()
                    .filter(|w| w.rule == "AG-1" && w.role == Role::Agent)
                    .map(|w| format!("warning: {}", w.message)),
            )
            .collect();
        assert!(distinct.len() > SHOWN, "{}", distinct.len());
        assert_eq!(agents.items.len() + agents.more, distinct.len());
    }
}
