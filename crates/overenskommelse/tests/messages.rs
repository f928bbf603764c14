//! Every rule's message and hint, in Swedish and English, as real findings render them.
//!
//! The findings come from the conformance suite (tests/conformance/cases), so each message is
//! rendered with the arguments a real check gives it, not with made-up ones. The snapshot in
//! `snapshots/` is the reviewed wording: a change to any message, hint, path or position shows
//! up as a diff to read. The second test guards what a review can miss: a rule no case
//! triggers, a placeholder left unrendered, a Rust type name, English in the Swedish text.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use overenskommelse::{Date, Document, Finding, Lang, Limits, Options, Rule};
use serde_json::Value;

/// A case folder's name and the findings of its document.
struct Case {
    name: String,
    findings: Vec<Finding>,
}

/// Every case folder, in folder order (its number), with the findings of its document.
fn cases() -> Vec<Case> {
    let dir = common::root().join("tests/conformance/cases");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/conformance/cases is readable")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    folders
        .into_iter()
        .map(|folder| {
            let name = folder
                .file_name()
                .expect("a case folder has a name")
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(folder.join("document.json"))
                .unwrap_or_else(|e| panic!("{name}: cannot read document.json: {e}"));
            let expected: Value = serde_json::from_slice(
                &std::fs::read(folder.join("expected.json"))
                    .unwrap_or_else(|e| panic!("{name}: cannot read expected.json: {e}")),
            )
            .unwrap_or_else(|e| panic!("{name}: expected.json is not JSON: {e}"));
            let options = options_of(&name, expected.get("options"));
            let findings = Document::from_slice_with(&bytes, &options)
                .findings()
                .to_vec();
            Case { name, findings }
        })
        .collect()
}

/// The library options for a case's `options`, as the conformance runner builds them; that
/// runner also refuses unknown keys, so they are not checked again here.
fn options_of(case: &str, options: Option<&Value>) -> Options {
    let Some(options) = options else {
        return Options::default();
    };
    let count = |key: &str| {
        options.get(key).map(|value| {
            value
                .as_u64()
                .unwrap_or_else(|| panic!("{case}: options.{key} is not a whole number"))
        })
    };
    let defaults = Limits::default();
    let limits = defaults
        .with_max_bytes(count("max_bytes").unwrap_or(defaults.max_bytes))
        .with_max_depth(count("max_depth").unwrap_or(defaults.max_depth))
        .with_max_problems(count("max_problems").unwrap_or(defaults.max_problems));
    let mut library_options = Options::default().with_limits(limits);
    if let Some(as_of) = options.get("as_of") {
        let date = as_of
            .as_str()
            .and_then(Date::parse)
            .unwrap_or_else(|| panic!("{case}: options.as_of is not a YYYY-MM-DD date"));
        library_options = library_options.with_as_of(date);
    }
    library_options
}

/// For each rule code, the first finding of it and the case it came from.
fn first_findings(cases: &[Case]) -> BTreeMap<&'static str, (&str, &Finding)> {
    let mut first = BTreeMap::new();
    for case in cases {
        for finding in &case.findings {
            first
                .entry(finding.code())
                .or_insert((case.name.as_str(), finding));
        }
    }
    first
}

/// A finding as the snapshot shows it: where, then the message and hint in each language.
fn render(case: &str, finding: &Finding) -> String {
    // An empty pointer is the whole document; quote it so the line does not end in a blank.
    let path = if finding.path.is_empty() {
        "\"\""
    } else {
        finding.path.as_str()
    };
    let position = match (finding.line, finding.column) {
        (Some(line), Some(column)) => format!("{line}:{column}"),
        // A document refused for its size is never read, so it has no line.
        _ => "-:-".to_owned(),
    };
    let mut out = format!(
        "{} {} {position}\n  case: {case}\n  severity: {}\n",
        finding.code(),
        path,
        finding.severity.code()
    );
    for lang in Lang::ALL {
        out.push_str(&format!("  {}: {}\n", lang.tag(), finding.message(lang)));
    }
    for lang in Lang::ALL {
        let hint = finding.hint(lang).unwrap_or_else(|| "(none)".to_owned());
        out.push_str(&format!("  {} hint: {hint}\n", lang.tag()));
    }
    out
}

#[test]
fn every_rule_message_and_hint_in_both_languages() {
    let cases = cases();
    let first = first_findings(&cases);
    let text: Vec<String> = Rule::all()
        .filter_map(|rule| first.get(rule.code))
        .map(|(case, finding)| render(case, finding))
        .collect();
    insta::assert_snapshot!("every_rule", text.join("\n"));
}

/// A placeholder the renderer left in: `{` and a lower-case letter, then lower-case letters or
/// `_`, then `}` or `|` (the start of plural forms). Returns the first one found.
fn unrendered_placeholder(text: &str) -> Option<&str> {
    text.match_indices('{').find_map(|(open, _)| {
        let after = &text[open + 1..];
        if !after.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(after.len());
        match after[name_len..].chars().next() {
            Some('}') | Some('|') => Some(&text[open..open + 1 + name_len + 1]),
            _ => None,
        }
    })
}

/// Rust type names that must never reach a reader, matched as whole words; the ones with `<`
/// are matched as they stand.
const RUST_TYPE_WORDS: [&str; 9] = [
    "i32",
    "i64",
    "u32",
    "u64",
    "usize",
    "f64",
    "struct",
    "NaiveDate",
    "String",
];
const RUST_TYPE_SNIPPETS: [&str; 4] = ["Option<", "Vec<", "Some(", "None"];

/// English words that would betray an untranslated Swedish text.
const ENGLISH_WORDS: [&str; 4] = [" the ", " expected ", " invalid ", " is not "];

fn rust_type_in(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    RUST_TYPE_WORDS
        .into_iter()
        .find(|name| words.contains(name))
        .or_else(|| {
            RUST_TYPE_SNIPPETS
                .into_iter()
                .find(|snippet| text.contains(snippet))
        })
}

/// What is wrong with one rendered text, if anything.
fn problems_of(text: &str, lang: Lang) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(placeholder) = unrendered_placeholder(text) {
        problems.push(format!("unrendered placeholder {placeholder}"));
    }
    if let Some(name) = rust_type_in(text) {
        problems.push(format!("Rust type name {name:?}"));
    }
    if lang == Lang::Sv {
        let padded = format!(" {} ", text.to_lowercase());
        for word in ENGLISH_WORDS {
            if padded.contains(word) {
                problems.push(format!("English {word:?} in Swedish"));
            }
        }
    }
    problems
}

#[test]
fn every_rule_has_a_finding_and_every_text_is_clean() {
    let cases = cases();
    let first = first_findings(&cases);
    // The workbook's rules look at cells, not at JSON: tests/workbook.rs snapshots their texts.
    let missing: Vec<&str> = Rule::all()
        .filter(|rule| rule.family != overenskommelse::validate::Family::Workbook)
        .map(|rule| rule.code)
        .filter(|code| !first.contains_key(code))
        .collect();
    assert!(
        missing.is_empty(),
        "no conformance case triggers these rules, so their messages are not snapshotted: {}",
        missing.join(", ")
    );
    // Every finding of every case, not only the first of each rule: other arguments (a list,
    // a word, a plural) can leave a placeholder or a type name that the first one does not.
    let mut problems = Vec::new();
    for case in &cases {
        for finding in &case.findings {
            for lang in Lang::ALL {
                let texts = [
                    ("message", Some(finding.message(lang))),
                    ("hint", finding.hint(lang)),
                ];
                for (what, text) in texts {
                    let Some(text) = text else { continue };
                    for problem in problems_of(&text, lang) {
                        problems.push(format!(
                            "{} {} {} {} {what}: {problem}: {text}",
                            case.name,
                            finding.code(),
                            finding.path,
                            lang.tag()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_of_rendered_text_catch_what_they_are_for() {
    assert_eq!(
        unrendered_placeholder("Aktivitet {code} saknas"),
        Some("{code}")
    );
    assert_eq!(unrendered_placeholder("{n|varning|varningar}"), Some("{n|"));
    assert_eq!(unrendered_placeholder("Omslut med { } och {Stor}"), None);
    assert_eq!(rust_type_in("väntade i64"), Some("i64"));
    assert_eq!(rust_type_in("Too many structure problems"), None);
    assert_eq!(rust_type_in("ett Option<Date>"), Some("Option<"));
    assert_eq!(
        problems_of("Värdet is not ett datum.", Lang::Sv),
        ["English \" is not \" in Swedish"]
    );
    assert!(problems_of("The value is not a date.", Lang::En).is_empty());
}

/// A code of the right form that is not in SCB's list is said to be missing from the list,
/// not to be of the wrong form ("11" has two digits), and the hint names what is near.
#[test]
fn a_code_of_the_right_form_is_not_told_its_form() {
    let region = r#"{"schema_version": "2.0", "id": "a", "title": "T",
        "jurisdiction": {"kind": "region", "name": "Region Skåne", "code": "11"}}"#;
    let document = Document::from_slice(region.as_bytes());
    let [finding] = document.findings() else {
        panic!("one finding: {:?}", document.findings());
    };
    assert_eq!(finding.code(), "OVK-CODE-001");
    assert_eq!(
        finding.message(Lang::Sv),
        "\"11\" är ingen giltig kod: inget län har den koden i SCB:s förteckning."
    );
    assert_eq!(
        finding.message(Lang::En),
        "\"11\" is not a valid code: no county (län) has that code in SCB's list."
    );
    assert_eq!(
        finding.hint(Lang::Sv).as_deref(),
        Some("Närmast i SCB:s förteckning: 10 Blekinge län, 12 Skåne län. Namnet ”Region Skåne” liknar 12 Skåne län.")
    );
    let wrong_form = r#"{"schema_version": "2.0", "id": "a", "title": "T",
        "jurisdiction": {"kind": "region", "name": "Region Skåne", "code": "1"}}"#;
    let document = Document::from_slice(wrong_form.as_bytes());
    assert!(document.findings()[0]
        .message(Lang::En)
        .ends_with("a region has a two-digit county code (Skåne 12)."));
}
