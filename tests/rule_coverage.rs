//! Every rule id is implemented in the rule table and cited by at least one test.

use kasm_sizer::engine::rules::RULES;
use std::fs;
use std::path::Path;

fn test_sources() -> String {
    let mut all = String::new();
    for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")).unwrap() {
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

#[test]
fn every_rule_is_cited_by_a_test() {
    let sources = test_sources();
    let missing: Vec<&str> = RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !cited(&sources, id))
        .collect();
    assert!(missing.is_empty(), "rules no test cites: {missing:?}");
}

#[test]
fn the_rule_table_matches_rules_md() {
    // The guide lives beside the checkout (../shared/guide); the table must list its ids.
    // The GitHub Pages workflow builds the public repository alone, without the guide; it
    // says so with KASM_SIZER_NO_GUIDE=1. Everywhere else a missing guide is a failure.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/guide/RULES.md");
    if !path.exists() && std::env::var_os("KASM_SIZER_NO_GUIDE").is_some() {
        eprintln!(
            "skipped: no {} (KASM_SIZER_NO_GUIDE is set)",
            path.display()
        );
        return;
    }
    let text = fs::read_to_string(&path).expect("shared/guide/RULES.md beside the checkout");
    let ids: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- **"))
        .filter_map(|l| l.split("**").next())
        .map(str::to_string)
        .collect();
    assert_eq!(ids.len(), 34, "{ids:?}");
    let table: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids, table);
}
