//! Runs the cross-language conformance suite in tests/conformance/cases: every case's
//! findings must equal its expected findings (code, severity, path), as a multiset.

mod common;

use serde_json::Value;

type Key = (String, String, String);

fn expected_findings(expected: &Value) -> Vec<Key> {
    let mut keys: Vec<Key> = expected["findings"]
        .as_array()
        .expect("expected.json has a findings array")
        .iter()
        .map(|f| {
            let field = |name: &str| {
                f[name]
                    .as_str()
                    .expect("code, severity and path are strings")
                    .to_owned()
            };
            (field("code"), field("severity"), field("path"))
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn every_conformance_case_gives_exactly_its_expected_findings() {
    let cases_dir = common::root().join("tests/conformance/cases");
    let mut cases: Vec<_> = std::fs::read_dir(&cases_dir)
        .expect("tests/conformance/cases exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    let mut run = 0;
    for case in &cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected: Value = serde_json::from_slice(
            &std::fs::read(case.join("expected.json")).expect("expected.json is readable"),
        )
        .expect("expected.json is JSON");
        if expected.get("pending").is_some() {
            continue;
        }
        let bytes = std::fs::read(case.join("document.json")).expect("document.json is readable");
        let checked = overenskommelse::check_slice(&bytes, &Default::default());
        let mut actual: Vec<Key> = checked
            .findings
            .iter()
            .map(|f| (f.code.clone(), f.severity.code().to_owned(), f.path.clone()))
            .collect();
        actual.sort();
        let wanted = expected_findings(&expected);
        if actual != wanted {
            let missing: Vec<_> = wanted.iter().filter(|k| !actual.contains(k)).collect();
            let extra: Vec<_> = actual.iter().filter(|k| !wanted.contains(k)).collect();
            failures.push(format!("{name}: missing {missing:?}, unexpected {extra:?}"));
        }
        run += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {run} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
