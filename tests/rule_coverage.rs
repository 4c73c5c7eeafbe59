//! The rule table (`engine::rules::RULES`) is the project's own rule reference: docs/rules.md
//! lists exactly its rules, every rule is cited by a test, and where the guide sits beside
//! the checkout (`../shared/guide/`) the table holds every id the guide numbers.

use kasm_sizer::engine::rules::{rule, Rule, RuleKind, RULES};
use std::fs;
use std::io::Write;
use std::path::Path;

/// Rules outside the guide not yet cited by a test. This list may only shrink: whoever adds
/// a test citing one of these ids removes it here (`awaiting_ids_are_not_cited_yet` fails
/// until they do). Issues 15 and 16 cited the last of them.
const AWAITING_TESTS: &[&str] = &[];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn test_sources() -> String {
    let mut all = String::new();
    for entry in fs::read_dir(root().join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("rule_coverage.rs") {
            all.push_str(&fs::read_to_string(path).unwrap());
        }
    }
    all
}

/// A rule id as it appears in a test name (`ag_10_...`) or text (`AG-10`).
fn cited(sources: &str, id: &str) -> bool {
    let snake = id.to_lowercase().replace('-', "_");
    let word = |needle: &str| {
        sources.match_indices(needle).any(|(i, _)| {
            let next = sources[i + needle.len()..].chars().next();
            !next.is_some_and(|c| c.is_ascii_digit())
        })
    };
    word(id) || word(&snake)
}

fn ids() -> Vec<&'static str> {
    RULES.iter().map(|r| r.id).collect()
}

/// An id as the guide and the table write it: capitals, a dash, a number.
fn is_rule_id(text: &str) -> bool {
    text.split_once('-').is_some_and(|(prefix, number)| {
        !prefix.is_empty()
            && prefix.chars().all(|c| c.is_ascii_uppercase())
            && !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
    })
}

#[test]
fn every_rule_is_cited_by_a_test() {
    let sources = test_sources();
    let missing: Vec<&str> = ids()
        .into_iter()
        .filter(|id| !AWAITING_TESTS.contains(id) && !cited(&sources, id))
        .collect();
    assert!(missing.is_empty(), "rules no test cites: {missing:?}");
}

#[test]
fn awaiting_ids_are_not_cited_yet() {
    let sources = test_sources();
    for id in AWAITING_TESTS {
        let r = rule(id).unwrap_or_else(|| panic!("{id} is not in the rule table"));
        assert_eq!(r.kind, RuleKind::OutsideGuide, "{id}");
        assert!(
            !cited(&sources, id),
            "{id} is cited by a test now: remove it from AWAITING_TESTS"
        );
    }
}

#[test]
fn ids_are_unique_well_formed_and_each_kind_is_consistent() {
    let all = ids();
    for (i, r) in RULES.iter().enumerate() {
        assert!(is_rule_id(r.id), "{}", r.id);
        assert!(!all[..i].contains(&r.id), "{} twice", r.id);
        for text in [r.group, r.source, r.summary, r.interpretation.unwrap_or("")] {
            assert!(
                !text.contains('|'),
                "{}: '|' breaks docs/rules.md's table",
                r.id
            );
        }
        assert!(r.summary.ends_with('.'), "{}: one sentence", r.id);
        // A guide rule with our reading is an interpretation; one without is the guide's.
        match r.kind {
            RuleKind::Guide => assert!(r.interpretation.is_none(), "{}", r.id),
            RuleKind::Interpretation => assert!(r.interpretation.is_some(), "{}", r.id),
            RuleKind::OutsideGuide => {}
        }
    }
    // Groups are contiguous, so the Rules view lists each once.
    let mut seen: Vec<&str> = Vec::new();
    for r in RULES {
        if seen.last() != Some(&r.group) {
            assert!(!seen.contains(&r.group), "group {} split", r.group);
            seen.push(r.group);
        }
    }
}

/// docs/rules.md's rule rows: (heading above, id, what it says, source, kind).
fn documented_rows() -> Vec<[String; 5]> {
    let doc = fs::read_to_string(root().join("docs/rules.md")).unwrap();
    let mut heading = String::new();
    let mut rows = Vec::new();
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            heading = h.to_string();
        } else if let Some(row) = line.strip_prefix("| ").and_then(|l| l.strip_suffix(" |")) {
            let cells: Vec<&str> = row.split(" | ").collect();
            if is_rule_id(cells[0]) {
                assert_eq!(cells.len(), 4, "{line}");
                let [id, text, source, kind] = [cells[0], cells[1], cells[2], cells[3]];
                rows.push([
                    heading.clone(),
                    id.into(),
                    text.into(),
                    source.into(),
                    kind.into(),
                ]);
            }
        }
    }
    rows
}

/// The row docs/rules.md must hold for a rule.
fn expected_row(r: &Rule) -> [String; 5] {
    let mut text = r.summary.to_string();
    if let Some(reading) = r.interpretation {
        text += &format!(" *Our interpretation:* {reading}");
    }
    if !r.modelled {
        text += " *Not modelled by this calculator.*";
    }
    [r.group, r.id, &text, r.source, r.kind.label()].map(str::to_string)
}

#[test]
fn docs_rules_md_lists_the_rule_table() {
    let rows = documented_rows();
    let documented: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        documented,
        ids(),
        "docs/rules.md must list the table's ids in its order"
    );
    for (row, r) in rows.iter().zip(RULES) {
        let expected = expected_row(r);
        assert_eq!(
            row,
            &expected,
            "docs/rules.md disagrees with the table on {}; the row should read\n| {} | {} | {} | {} |\nunder ## {}",
            r.id, expected[1], expected[2], expected[3], expected[4], expected[0]
        );
    }
}

/// The guide's numbered rules in one of its files: each id with whether its text carries
/// an *Interpretation* part.
fn guide_rules(text: &str) -> Vec<(String, bool)> {
    let mut rules: Vec<(String, bool)> = Vec::new();
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("- **").and_then(|l| l.split("**").next()) {
            rules.push((id.to_string(), line.contains("*Interpretation*")));
        } else if line.starts_with("#") {
            rules.push((String::new(), false)); // a heading ends the rule above it
        } else if line.contains("*Interpretation*") {
            if let Some(last) = rules.last_mut() {
                last.1 = true;
            }
        }
    }
    rules.retain(|(id, _)| !id.is_empty());
    rules
}

#[test]
fn the_rule_table_holds_every_id_of_the_guide_beside_the_checkout() {
    // A clone of the repository alone has no ../shared/guide: the table and docs/rules.md
    // are then the reference (the test above), and this cross-check has nothing to read.
    let guide = root().join("../shared/guide");
    let files = ["RULES.md", "BEYOND.md"].map(|f| guide.join(f));
    if files.iter().any(|f| !f.exists()) {
        // Written to stderr directly, not with eprintln!, so the test harness does not
        // swallow it: a passing run says what it did not check.
        let _ = writeln!(
            std::io::stderr(),
            "rule_coverage: skipped the cross-check with the guide: no {} beside the checkout",
            guide.display()
        );
        return;
    }
    let [rules_md, beyond_md] = files.map(|f| guide_rules(&fs::read_to_string(f).unwrap()));
    assert_eq!(rules_md.len(), 34, "{rules_md:?}");
    let guide_ids: Vec<&str> = rules_md
        .iter()
        .chain(&beyond_md)
        .map(|(id, _)| id.as_str())
        .collect();
    let missing: Vec<&&str> = guide_ids.iter().filter(|id| rule(id).is_none()).collect();
    assert!(
        missing.is_empty(),
        "ids of the guide missing from the rule table: {missing:?}"
    );
    assert_eq!(
        guide_ids,
        ids(),
        "the table lists RULES.md's ids, then BEYOND.md's, in order"
    );
    for (id, interpreted) in &rules_md {
        let expected = if *interpreted {
            RuleKind::Interpretation
        } else {
            RuleKind::Guide
        };
        assert_eq!(rule(id).unwrap().kind, expected, "{id} in RULES.md");
    }
    for (id, _) in &beyond_md {
        assert_eq!(
            rule(id).unwrap().kind,
            RuleKind::OutsideGuide,
            "{id} in BEYOND.md"
        );
    }
}
