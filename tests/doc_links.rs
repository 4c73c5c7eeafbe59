//! Every relative link in README.md and docs/*.md resolves inside the repository (a file that
//! exists, and a heading for any `#anchor`), so a clone of the repository alone reads whole.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    fs::canonicalize(env!("CARGO_MANIFEST_DIR")).unwrap()
}

fn markdown_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("README.md")];
    for entry in fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    files
}

/// The lines outside fenced code blocks.
fn prose(text: &str) -> Vec<&str> {
    let mut in_code = false;
    text.lines()
        .filter(|line| {
            if line.trim_start().starts_with("```") {
                in_code = !in_code;
                return false;
            }
            !in_code
        })
        .collect()
}

/// Targets of inline links and images: `[text](target)` and `![alt](target)`.
fn link_targets(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    for line in prose(text) {
        for (i, _) in line.match_indices("](") {
            let rest = &line[i + 2..];
            if let Some(end) = rest.find(')') {
                targets.push(rest[..end].to_string());
            }
        }
    }
    targets
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(markdown: &Path) -> Vec<String> {
    let text = fs::read_to_string(markdown).unwrap();
    prose(&text)
        .into_iter()
        .filter(|l| l.starts_with('#'))
        .map(|l| slug(l.trim_start_matches('#')))
        .collect()
}

/// Why `target`, linked from `file`, does not resolve inside the repository, if it does not.
fn broken(file: &Path, target: &str) -> Option<String> {
    if target.contains("://") || target.starts_with("mailto:") {
        return None;
    }
    let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
    let linked = if path.is_empty() {
        file.to_path_buf()
    } else {
        match fs::canonicalize(file.parent().unwrap().join(path)) {
            Ok(p) => p,
            Err(_) => return Some("no such file".into()),
        }
    };
    if !linked.starts_with(root()) {
        return Some("outside the repository".into());
    }
    let is_markdown = linked.extension().is_some_and(|e| e == "md");
    if !anchor.is_empty() && is_markdown && !anchors(&linked).contains(&anchor.to_string()) {
        return Some(format!("no heading #{anchor}"));
    }
    None
}

#[test]
fn every_relative_link_in_readme_and_docs_resolves_inside_the_repository() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in markdown_files() {
        for target in link_targets(&fs::read_to_string(&file).unwrap()) {
            checked += 1;
            if let Some(why) = broken(&file, &target) {
                problems.push(format!("{}: ({target}) {why}", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(checked >= 5, "only {checked} links found");
}

#[test]
fn the_link_check_catches_missing_files_outside_paths_and_anchors() {
    let readme = root().join("README.md");
    assert_eq!(broken(&readme, "docs/rules.md"), None);
    assert_eq!(broken(&readme, "docs/rules.md#kinds"), None);
    assert_eq!(broken(&readme, "#plan-links"), None);
    assert_eq!(broken(&readme, "https://example.com/x"), None);
    assert_eq!(
        broken(&readme, "docs/nothing.md").as_deref(),
        Some("no such file")
    );
    assert_eq!(
        broken(&readme, "..").as_deref(),
        Some("outside the repository")
    );
    assert_eq!(
        broken(&readme, "#no-such-heading").as_deref(),
        Some("no heading #no-such-heading")
    );
    assert_eq!(slug("Test it"), "test-it");
    assert_eq!(slug("Charts and compare"), "charts-and-compare");
}
