//! Field errors from both layers (reading the draft, engine validation), keyed by path.

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
    use crate::engine::Reason;

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
