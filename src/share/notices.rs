//! Notices: what a link asked for that could not be used as written, and why.

use serde::Serialize;

/// Longest link text a notice repeats, in characters (longer text is cut with "...").
pub const MAX_NOTICE_VALUE_CHARS: usize = 60;

/// One part of a link that was ignored or adjusted, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The link key it concerns, e.g. `sessions` or `a.p` (may be empty for the whole link).
    pub key: String,
    /// The value as found in the link, cut to a readable length.
    pub value: String,
    /// What happened and why, e.g. "not a whole number; the default 200 is used".
    pub reason: String,
}

impl Notice {
    /// A notice about `key=value`, the value cut to [`MAX_NOTICE_VALUE_CHARS`].
    pub fn new(key: &str, value: &str, reason: impl Into<String>) -> Notice {
        Notice {
            key: clip(key),
            value: clip(value),
            reason: reason.into(),
        }
    }

    /// The notice as one line of plain text, e.g. `sessions=abc: not a whole number`.
    pub fn to_line(&self) -> String {
        match (self.key.is_empty(), self.value.is_empty()) {
            (true, true) => self.reason.clone(),
            (false, true) => format!("{}: {}", self.key, self.reason),
            (true, false) => format!("\"{}\": {}", self.value, self.reason),
            (false, false) => format!("{}={}: {}", self.key, self.value, self.reason),
        }
    }

    /// The same notice with `prefix` in front of its key (used for the pinned plan, `a.`).
    pub fn prefixed(mut self, prefix: &str) -> Notice {
        if !self.key.is_empty() {
            self.key = format!("{prefix}{}", self.key);
        }
        self
    }
}

fn clip(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() > MAX_NOTICE_VALUE_CHARS {
        let mut t: String = clean.chars().take(MAX_NOTICE_VALUE_CHARS).collect();
        t.push_str("...");
        t
    } else {
        clean
    }
}
