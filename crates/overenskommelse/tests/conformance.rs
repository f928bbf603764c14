//! Runs the cross-language conformance suite in tests/conformance/cases, one trial per case
//! folder, so that a failure names its case and `cargo test --test conformance -- 061` runs one.
//!
//! A case passes when the library's findings equal its expected findings as a multiset of
//! (code, severity, path). A case marked `pending` is an expected failure: it passes while the
//! findings differ and fails once they match, so that the mark is removed as soon as the work it
//! waits for lands. A last trial checks that every rule in the catalogue has a case that
//! triggers it and a near-miss case.
//!
//! Only [`findings_of`] and [`rule_codes`] call the library; everything else reads the suite's
//! plain JSON, so the runner keeps working while the library's API changes.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

/// A finding as the suite compares it: (code, severity, path).
type Key = (String, String, String);

/// The name of the trial that checks the suite covers every rule.
const COVERAGE_TRIAL: &str = "every-rule-has-a-trigger-and-a-near-miss";

/// The name of the trial that writes every case's findings for the comparison with the
/// Python and Kotlin runners (`make conformance-compare`).
const RESULTS_TRIAL: &str = "results-for-the-comparison-between-languages";

/// The findings the library reports for a case's bytes under its options, as (code, severity, path).
fn findings_of(bytes: &[u8], options: &CaseOptions) -> Vec<Key> {
    let defaults = overenskommelse::Limits::default();
    let limits = defaults
        .with_max_bytes(options.max_bytes.unwrap_or(defaults.max_bytes))
        .with_max_depth(options.max_depth.unwrap_or(defaults.max_depth))
        .with_max_problems(options.max_problems.unwrap_or(defaults.max_problems));
    let mut library_options = overenskommelse::Options::default().with_limits(limits);
    if let Some(as_of) = options.as_of.as_deref() {
        library_options = library_options.with_as_of(
            overenskommelse::Date::parse(as_of)
                .expect("options.as_of was checked to be YYYY-MM-DD"),
        );
    }
    overenskommelse::Document::from_slice_with(bytes, &library_options)
        .findings()
        .iter()
        .map(|f| {
            (
                f.code().to_owned(),
                f.severity.code().to_owned(),
                f.path.clone(),
            )
        })
        .collect()
}

/// The code of every rule in the library's catalogue that checks documents; the workbook's
/// rules look at cells, not at JSON, and are tested with workbooks (tests/workbook.rs).
fn rule_codes() -> Vec<String> {
    overenskommelse::Rule::all()
        .filter(|rule| rule.family != overenskommelse::validate::Family::Workbook)
        .map(|rule| rule.code.to_owned())
        .collect()
}

/// Validation options a case asks for instead of the defaults; `None` keeps the default.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct CaseOptions {
    max_bytes: Option<u64>,
    max_depth: Option<u64>,
    max_problems: Option<u64>,
    /// `YYYY-MM-DD`, already checked for shape, so that [`findings_of`] only converts it.
    as_of: Option<String>,
}

/// What a case's expected.json says.
#[derive(Debug, Default, Clone)]
struct Expected {
    description: String,
    findings: Vec<Key>,
    near_miss: Vec<String>,
    options: CaseOptions,
    pending: Option<String>,
}

/// Reads expected.json strictly: a misspelt key (`near_mis`, `max_byte`) would otherwise be
/// ignored and silently weaken the case.
fn parse_expected(text: &[u8]) -> Result<Expected, String> {
    let value: Value =
        serde_json::from_slice(text).map_err(|e| format!("expected.json is not JSON: {e}"))?;
    let object = value.as_object().ok_or("expected.json is not an object")?;
    if let Some(key) = object.keys().find(|key| {
        !matches!(
            key.as_str(),
            "description" | "findings" | "near_miss" | "options" | "pending"
        )
    }) {
        return Err(format!("expected.json has an unknown key `{key}`"));
    }
    let description = object
        .get("description")
        .and_then(Value::as_str)
        .ok_or("expected.json lacks a description string")?
        .to_owned();
    let findings = object
        .get("findings")
        .and_then(Value::as_array)
        .ok_or("expected.json lacks a findings array")?
        .iter()
        .map(|finding| {
            let field = |name: &str| {
                finding
                    .get(name)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .ok_or(format!("a finding lacks a `{name}` string: {finding}"))
            };
            Ok((field("code")?, field("severity")?, field("path")?))
        })
        .collect::<Result<Vec<Key>, String>>()?;
    let near_miss = match object.get("near_miss") {
        None => Vec::new(),
        Some(list) => list
            .as_array()
            .ok_or("near_miss is not an array")?
            .iter()
            .map(|code| {
                code.as_str()
                    .map(str::to_owned)
                    .ok_or(format!("near_miss holds a non-string: {code}"))
            })
            .collect::<Result<_, _>>()?,
    };
    let options = match object.get("options") {
        None => CaseOptions::default(),
        Some(options) => parse_options(options)?,
    };
    let pending = match object.get("pending") {
        None => None,
        Some(why) => Some(
            why.as_str()
                .filter(|why| !why.trim().is_empty())
                .ok_or("pending must say, as a non-empty string, what the case waits for")?
                .to_owned(),
        ),
    };
    Ok(Expected {
        description,
        findings,
        near_miss,
        options,
        pending,
    })
}

fn parse_options(options: &Value) -> Result<CaseOptions, String> {
    let object = options.as_object().ok_or("options is not an object")?;
    let mut parsed = CaseOptions::default();
    for (key, value) in object {
        let count = || {
            value
                .as_u64()
                .ok_or(format!("options.{key} is not a whole number: {value}"))
        };
        match key.as_str() {
            "max_bytes" => parsed.max_bytes = Some(count()?),
            "max_depth" => parsed.max_depth = Some(count()?),
            "max_problems" => parsed.max_problems = Some(count()?),
            "as_of" => {
                let date = value
                    .as_str()
                    .filter(|date| is_iso_date(date))
                    .ok_or(format!("options.as_of is not a YYYY-MM-DD date: {value}"))?;
                parsed.as_of = Some(date.to_owned());
            }
            _ => return Err(format!("options has an unknown key `{key}`")),
        }
    }
    Ok(parsed)
}

/// Whether `text` has the shape YYYY-MM-DD; whether the day exists is left to the conversion.
fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// How often each finding occurs: comparing counts, not mere presence, catches a finding
/// reported twice.
fn counts(findings: &[Key]) -> BTreeMap<&Key, usize> {
    let mut counts = BTreeMap::new();
    for finding in findings {
        *counts.entry(finding).or_insert(0) += 1;
    }
    counts
}

/// The difference between expected and actual findings, one line per finding whose count
/// differs, `missing:` lines first; empty when they are equal as multisets.
fn diff(expected: &[Key], actual: &[Key]) -> Vec<String> {
    let (want, got) = (counts(expected), counts(actual));
    let line = |label: &str, (code, severity, path): &Key, want: usize, got: usize| {
        // An empty pointer is the whole document; show it so the line does not end in a blank.
        let path = if path.is_empty() { "\"\"" } else { path };
        format!("{label}: {code} {severity} {path} (expected {want}, got {got})")
    };
    let mut lines = Vec::new();
    for (key, &w) in &want {
        let g = got.get(key).copied().unwrap_or(0);
        if g < w {
            lines.push(line("missing", key, w, g));
        }
    }
    for (key, &g) in &got {
        let w = want.get(key).copied().unwrap_or(0);
        if g > w {
            lines.push(line("extra", key, w, g));
        }
    }
    lines
}

/// Whether a case passes given the findings the library reported for it.
fn judge(expected: &Expected, actual: &[Key]) -> Result<(), String> {
    let differences = diff(&expected.findings, actual);
    match (&expected.pending, differences.is_empty()) {
        (None, true) | (Some(_), false) => Ok(()),
        (None, false) => Err(format!(
            "{}\n{}",
            expected.description,
            differences.join("\n")
        )),
        (Some(why), true) => Err(format!(
            "{}\nthe case is marked pending ({why}) but now gives exactly its expected findings: \
             remove `pending` from its expected.json (or from its line in build_cases.py)",
            expected.description
        )),
    }
}

/// Rules without a case that triggers them or without a near-miss case, and near-miss claims
/// that cannot hold; empty when the suite covers every rule.
fn coverage_gaps(rules: &[String], cases: &[(String, Expected)]) -> Vec<String> {
    let mut gaps = Vec::new();
    for rule in rules {
        if !cases
            .iter()
            .any(|(_, case)| case.findings.iter().any(|(code, _, _)| code == rule))
        {
            gaps.push(format!("{rule}: no case expects a finding of it"));
        }
        if !cases.iter().any(|(_, case)| case.near_miss.contains(rule)) {
            gaps.push(format!(
                "{rule}: no case lists it in near_miss (add a document that looks like it breaks the rule but does not)"
            ));
        }
    }
    for (name, case) in cases {
        for code in &case.near_miss {
            if !rules.contains(code) {
                gaps.push(format!("{name}: near_miss names {code}, which is no rule"));
            }
            if case.findings.iter().any(|(c, _, _)| c == code) {
                gaps.push(format!(
                    "{name}: is a near-miss of {code} but expects a finding of it"
                ));
            }
        }
    }
    gaps
}

fn cases_dir() -> PathBuf {
    common::root().join("tests/conformance/cases")
}

/// Every case folder, sorted, with its name.
fn case_folders() -> Vec<(String, PathBuf)> {
    let mut folders: Vec<(String, PathBuf)> = std::fs::read_dir(cases_dir())
        .expect("tests/conformance/cases exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, path)
        })
        .collect();
    folders.sort();
    folders
}

fn read_expected(folder: &Path) -> Result<Expected, String> {
    let bytes = std::fs::read(folder.join("expected.json"))
        .map_err(|e| format!("cannot read expected.json: {e}"))?;
    parse_expected(&bytes)
}

fn run_case(folder: &Path) -> Result<(), Failed> {
    let expected = read_expected(folder)?;
    let bytes = std::fs::read(folder.join("document.json"))
        .map_err(|e| format!("cannot read document.json: {e}"))?;
    let actual = findings_of(&bytes, &expected.options);
    judge(&expected, &actual).map_err(Failed::from)
}

fn check_coverage(folders: &[(String, PathBuf)]) -> Result<(), Failed> {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for (name, folder) in folders {
        match read_expected(folder) {
            Ok(expected) => cases.push((name.clone(), expected)),
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    problems.extend(coverage_gaps(&rule_codes(), &cases));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// Every case's findings, sorted, as `{case: [[code, severity, path], …]}` in
/// `<target>/conformance/rust.json`, beside those the Python and Kotlin runners write:
/// tests/conformance/compare_results.py checks that the three are the same.
fn write_results(folders: &[(String, PathBuf)]) -> Result<(), Failed> {
    let mut results = serde_json::Map::new();
    for (name, folder) in folders {
        let expected = read_expected(folder)?;
        let bytes = std::fs::read(folder.join("document.json"))
            .map_err(|e| format!("{name}: cannot read document.json: {e}"))?;
        let mut found = findings_of(&bytes, &expected.options);
        found.sort();
        let found = found
            .into_iter()
            .map(|(code, severity, path)| serde_json::json!([code, severity, path]))
            .collect();
        results.insert(name.clone(), Value::Array(found));
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| common::root().join("target"), PathBuf::from);
    let out = target.join("conformance");
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let file = out.join("rust.json");
    std::fs::write(&file, Value::Object(results).to_string())
        .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(())
}

/// Checks of the runner's own logic on made-up cases, since no real case is pending and the
/// suite, when the library is right, never shows what a failure looks like.
fn self_tests() -> Vec<Trial> {
    fn key(code: &str, path: &str) -> Key {
        (code.to_owned(), "error".to_owned(), path.to_owned())
    }
    fn case(findings: Vec<Key>, pending: Option<&str>) -> Expected {
        Expected {
            description: "A made-up case.".to_owned(),
            findings,
            pending: pending.map(str::to_owned),
            ..Expected::default()
        }
    }
    fn check(condition: bool, what: &str) -> Result<(), Failed> {
        if condition {
            Ok(())
        } else {
            Err(what.into())
        }
    }
    let reference = || key("OVK-REF-001", "/a/b");
    vec![
        Trial::test("runner-self-test-duplicate-counts", move || {
            let expected = case(vec![reference(), reference()], None);
            let outcome = judge(&expected, &[reference()]);
            check(
                matches!(&outcome, Err(message)
                    if message.contains("missing: OVK-REF-001 error /a/b (expected 2, got 1)")
                        && message.contains("A made-up case.")),
                &format!(
                    "a finding reported once instead of twice is named as missing: {outcome:?}"
                ),
            )?;
            let outcome = judge(&case(vec![reference()], None), &[reference(), reference()]);
            check(
                matches!(&outcome, Err(message)
                    if message.contains("extra: OVK-REF-001 error /a/b (expected 1, got 2)")),
                &format!("a finding reported twice instead of once is named as extra: {outcome:?}"),
            )
        }),
        Trial::test("runner-self-test-missing-and-extra", move || {
            let outcome = judge(
                &case(vec![key("OVK-SYN-001", "")], None),
                &[key("OVK-STR-001", "")],
            );
            check(
                matches!(&outcome, Err(message)
                    if message.contains("missing: OVK-SYN-001 error \"\" (expected 1, got 0)")
                        && message.contains("extra: OVK-STR-001 error \"\" (expected 0, got 1)")),
                &format!("both sides of a mismatch are named: {outcome:?}"),
            )?;
            let order = vec![key("OVK-SYN-001", ""), reference()];
            let reversed: Vec<Key> = order.iter().rev().cloned().collect();
            check(
                judge(&case(order, None), &reversed).is_ok(),
                "the order of findings does not matter",
            )
        }),
        Trial::test(
            "runner-self-test-pending-is-an-expected-failure",
            move || {
                let pending = case(vec![reference()], Some("time parser"));
                check(
                    judge(&pending, &[]).is_ok(),
                    "a pending case passes while its findings differ",
                )?;
                let outcome = judge(&pending, &[reference()]);
                check(
                matches!(&outcome, Err(message) if message.contains("remove `pending`")),
                &format!("a pending case that now matches fails and says to remove pending: {outcome:?}"),
            )
            },
        ),
        Trial::test("runner-self-test-expected-json", || {
            let parsed = parse_expected(
                br#"{"description": "d", "findings": [{"code": "OVK-SYN-003", "severity": "error", "path": ""}],
                     "near_miss": ["OVK-SYN-004"], "options": {"max_bytes": 100, "max_depth": 8, "as_of": "2018-11-28"},
                     "pending": "limits"}"#,
            )?;
            check(
                parsed.options
                    == CaseOptions {
                        max_bytes: Some(100),
                        max_depth: Some(8),
                        max_problems: None,
                        as_of: Some("2018-11-28".to_owned()),
                    }
                    && parsed.near_miss == ["OVK-SYN-004"]
                    && parsed.pending.as_deref() == Some("limits")
                    && parsed.findings == [key("OVK-SYN-003", "")],
                &format!("every field of expected.json is read: {parsed:?}"),
            )?;
            for wrong in [
                r#"{"description": "d", "findings": [], "near_mis": ["OVK-SYN-001"]}"#,
                r#"{"description": "d", "findings": [], "options": {"max_byte": 1}}"#,
                r#"{"description": "d", "findings": [], "options": {"as_of": "2018-1-28"}}"#,
                r#"{"description": "d", "findings": [], "pending": ""}"#,
            ] {
                check(
                    parse_expected(wrong.as_bytes()).is_err(),
                    &format!("a misspelt or malformed expected.json is refused: {wrong}"),
                )?;
            }
            Ok(())
        }),
        Trial::test("runner-self-test-coverage", move || {
            let rules = vec!["OVK-A-001".to_owned(), "OVK-B-001".to_owned()];
            let trigger = case(vec![key("OVK-A-001", "/x")], None);
            let near_miss = Expected {
                near_miss: vec!["OVK-A-001".to_owned()],
                ..case(vec![], None)
            };
            let gaps = coverage_gaps(
                &rules,
                &[
                    ("t".to_owned(), trigger.clone()),
                    ("n".to_owned(), near_miss),
                ],
            );
            check(
                gaps.len() == 2 && gaps.iter().all(|gap| gap.starts_with("OVK-B-001:")),
                &format!("only the rule without cases is named, twice: {gaps:?}"),
            )?;
            let contradictory = Expected {
                near_miss: vec!["OVK-A-001".to_owned()],
                ..trigger
            };
            let gaps = coverage_gaps(&rules[..1], &[("c".to_owned(), contradictory)]);
            check(
                gaps == ["c: is a near-miss of OVK-A-001 but expects a finding of it"],
                &format!("a near-miss that expects its own rule is named: {gaps:?}"),
            )
        }),
    ]
}

fn main() {
    let args = Arguments::from_args();
    let folders = case_folders();
    let mut trials: Vec<Trial> = folders
        .iter()
        .map(|(name, folder)| {
            // Mark pending cases in the listing, so that an expected failure is visible as such.
            let pending = read_expected(folder).is_ok_and(|e| e.pending.is_some());
            let folder = folder.clone();
            let trial = Trial::test(name.clone(), move || run_case(&folder));
            if pending {
                trial.with_kind("pending")
            } else {
                trial
            }
        })
        .collect();
    let all = folders.clone();
    trials.push(Trial::test(RESULTS_TRIAL, move || write_results(&all)));
    trials.push(Trial::test(COVERAGE_TRIAL, move || {
        check_coverage(&folders)
    }));
    trials.extend(self_tests());
    libtest_mimic::run(&args, trials).exit();
}
