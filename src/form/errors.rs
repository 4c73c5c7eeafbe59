//! Field errors from both layers (reading the draft, engine validation), keyed by path.

use super::{PlanDraft, PEAK_CONCURRENCY_PATH, PEAK_PATH, PEAK_USERS_PATH};
use crate::engine::FieldError;
use std::collections::BTreeMap;
use std::ops::Bound;

/// A field of the draft that cannot be read as a number.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftError {
    /// Dotted path, the same as the engine's (`zones[0].profiles[1].cpu_cores`).
    pub field: String,
    /// One plain sentence for people.
    pub message: String,
}

impl DraftError {
    /// An error at `field` with `message`.
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        DraftError {
            field: field.to_string(),
            message: message.into(),
        }
    }
}

/// Every current error message, by field path; empty when the plan is valid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    /// Collect reading errors; the first message per field wins.
    pub fn from_draft(errs: &[DraftError]) -> Self {
        let mut map = BTreeMap::new();
        for e in errs {
            map.entry(e.field.clone())
                .or_insert_with(|| e.message.clone());
        }
        FieldErrors(map)
    }

    /// Collect engine validation errors; the first message per field wins.
    pub fn from_engine(errs: &[FieldError]) -> Self {
        let mut map = BTreeMap::new();
        for e in errs {
            map.entry(e.field.clone())
                .or_insert_with(|| sentence(&e.message));
        }
        FieldErrors(map)
    }

    /// True when there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of fields with an error.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The errors whose path starts with `prefix`, in path order.
    pub fn starting_with<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a String)> + 'a {
        self.0
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(move |(k, _)| k.starts_with(prefix))
    }

    /// The message for an input at `path`: its own error, or one about a part of it
    /// (`agents.cpu_override.absolute` shows at `agents.cpu_override`).
    pub fn message_for(&self, path: &str) -> Option<String> {
        if let Some(m) = self.0.get(path) {
            return Some(m.clone());
        }
        self.starting_with(path)
            .find(|(k, _)| {
                let rest = &k[path.len()..];
                rest.starts_with('.') || rest.starts_with('[')
            })
            .map(|(_, m)| m.clone())
    }

    /// Every error at or below `prefix` (`agents` gives `agents.cpus`, `agents.cpu_override`
    /// ...), in path order.
    pub fn under(&self, prefix: &str) -> Vec<(String, String)> {
        self.starting_with(prefix)
            .filter(|(k, _)| matches!(k.as_bytes().get(prefix.len()), None | Some(b'.' | b'[')))
            .map(|(k, m)| (k.clone(), m.clone()))
            .collect()
    }

    /// Errors that no input on the page shows, given the paths of the inputs shown.
    pub fn unplaced(&self, shown: &[String]) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter(|(k, _)| {
                !shown.iter().any(|p| {
                    k.as_str() == p
                        || (k.starts_with(p.as_str())
                            && matches!(k.as_bytes().get(p.len()), Some(b'.') | Some(b'[')))
                })
            })
            .map(|(k, m)| (k.clone(), m.clone()))
            .collect()
    }
}

impl FieldErrors {
    /// The error the input at `path` of `draft` shows: its own, or one about a part of it;
    /// the boxes beside the total of a one-workspace plan also show that workspace's
    /// errors: the total its sessions, "users at %" its named users and concurrency (NU-1).
    pub fn shown_at(&self, draft: &PlanDraft, path: &str) -> Option<String> {
        let own = self.message_for(path);
        if own.is_some() {
            return own;
        }
        let alias = match path {
            PEAK_PATH => draft.peak_alias(),
            PEAK_USERS_PATH => draft.peak_users_alias(),
            PEAK_CONCURRENCY_PATH => draft.peak_concurrency_alias(),
            _ => None,
        };
        self.message_for(&alias?)
    }

    /// The path of every input of `draft` that shows an error, in form order: what the
    /// form highlights, so the banner counts the same fields (with one workspace, a bad
    /// peak highlights the total box and the workspace's sessions: two fields).
    pub fn highlighted(&self, draft: &PlanDraft) -> Vec<String> {
        if self.is_empty() {
            return Vec::new();
        }
        draft
            .field_paths()
            .into_iter()
            .filter(|p| self.shown_at(draft, p).is_some())
            .collect()
    }
}

/// The line above stale results: how many highlighted fields to fix (counted by
/// [`FieldErrors::highlighted`]) and how many problems are listed without a field.
pub fn stale_message(highlighted: usize, unplaced: usize, has_report: bool) -> String {
    let fields = match highlighted {
        0 => String::new(),
        1 => "the highlighted field".to_string(),
        n => format!("the {n} highlighted fields"),
    };
    let listed = match unplaced {
        0 => String::new(),
        1 => "the problem listed below".to_string(),
        n => format!("the {n} problems listed below"),
    };
    let what = match (fields.is_empty(), listed.is_empty()) {
        (false, false) => format!("{fields} and {listed}"),
        (false, true) => fields,
        (true, false) => listed,
        (true, true) => "the plan".to_string(),
    };
    if has_report {
        format!("Showing the last valid plan: fix {what} to update.")
    } else {
        format!("Fix {what} to see results.")
    }
}

/// The engine writes short lowercase phrases; show them as sentences.
fn sentence(message: &str) -> String {
    let mut chars = message.trim().chars();
    let mut out: String = match chars.next() {
        // ASCII only: the engine's phrases start in English, and full Unicode case tables
        // would add about 20 KB to the wasm.
        Some(c) => std::iter::once(c.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => return "This value is not accepted.".into(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Plan, Reason};

    #[test]
    fn peak_minus_5_highlights_two_fields_and_the_banner_says_two() {
        // Item 8: Peak -5 highlighted the total box and the workspace's sessions, while the
        // banner said "fix 1 highlighted field".
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.set_text(PEAK_PATH, "-5".into());
        let errs = FieldErrors::from_draft(&d.parse().unwrap_err());
        assert_eq!(errs.len(), 1);
        let lit = errs.highlighted(&d);
        assert_eq!(lit, [PEAK_PATH, "zones[0].profiles[0].sessions"]);
        assert_eq!(
            stale_message(lit.len(), 0, true),
            "Showing the last valid plan: fix the 2 highlighted fields to update."
        );
        assert_eq!(
            stale_message(1, 1, false),
            "Fix the highlighted field and the problem listed below to see results."
        );
        assert_eq!(FieldErrors::default().highlighted(&d), Vec::<String>::new());
    }

    #[test]
    fn nu_1_users_at_percent_beside_the_total_show_the_workspaces_errors() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.set_text(PEAK_USERS_PATH, "2x".into());
        d.set_text(PEAK_CONCURRENCY_PATH, "120".into());
        let errs = match d.parse() {
            Err(e) => FieldErrors::from_draft(&e),
            Ok(plan) => FieldErrors::from_engine(&crate::engine::validate(&plan).unwrap_err()),
        };
        assert!(errs.shown_at(&d, PEAK_USERS_PATH).is_some());
        assert_eq!(
            errs.shown_at(&d, PEAK_USERS_PATH),
            errs.message_for("zones[0].profiles[0].named_users")
        );
        // The users box and the workspace's own named users are highlighted: two fields.
        assert_eq!(
            errs.highlighted(&d),
            ["zones[0].profiles[0].named_users", PEAK_USERS_PATH,]
        );
        d.set_text(PEAK_USERS_PATH, "200".into());
        let plan_errs =
            FieldErrors::from_engine(&crate::engine::validate(&d.parse().unwrap()).unwrap_err());
        assert_eq!(
            plan_errs.shown_at(&d, PEAK_CONCURRENCY_PATH),
            plan_errs.message_for("zones[0].profiles[0].concurrency_percent")
        );
        assert!(plan_errs.shown_at(&d, PEAK_CONCURRENCY_PATH).is_some());
        // With two workspaces the boxes are gone, and nothing shows there.
        d.add_profile(0);
        assert_eq!(plan_errs.shown_at(&d, PEAK_USERS_PATH), None);
    }

    #[test]
    fn engine_errors_map_to_their_input_by_path() {
        let errs = FieldErrors::from_engine(&[
            FieldError {
                field: "zones[0].profiles[1].cpu_cores".into(),
                reason: Reason::WorkspaceTooBig,
                message: "too big for the agent".into(),
            },
            FieldError {
                field: "agents.cpu_override.absolute".into(),
                reason: Reason::Zero,
                message: "Must be above zero.".into(),
            },
            FieldError {
                field: "zones".into(),
                reason: Reason::TooMany { max: 50 },
                message: "Too many zones.".into(),
            },
        ]);
        assert_eq!(
            errs.message_for("zones[0].profiles[1].cpu_cores")
                .as_deref(),
            Some("Too big for the agent.")
        );
        assert_eq!(errs.message_for("zones[0].profiles[0].cpu_cores"), None);
        assert_eq!(
            errs.message_for("agents.cpu_override").as_deref(),
            Some("Must be above zero.")
        );
        // `agents.cpu` is not a parent of `agents.cpu_override`.
        assert_eq!(errs.message_for("agents.cpu"), None);
        let shown = vec![
            "zones[0].profiles[1].cpu_cores".to_string(),
            "agents.cpu_override".to_string(),
        ];
        assert_eq!(
            errs.under("agents"),
            vec![(
                "agents.cpu_override.absolute".to_string(),
                "Must be above zero.".to_string()
            )]
        );
        assert_eq!(errs.under("agents.cpu"), vec![]);
        assert_eq!(errs.under("web_app"), vec![]);
        assert_eq!(errs.under("zones").len(), 2);
        assert_eq!(
            errs.unplaced(&shown),
            vec![("zones".to_string(), "Too many zones.".to_string())]
        );
    }
}
