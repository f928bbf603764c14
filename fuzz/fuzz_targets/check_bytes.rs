//! Checks any bytes as a document, as `ovk validate` and every binding do.
//!
//! Asserts, for every input:
//! - `Document::from_slice` does not panic (building a document never fails);
//! - every finding has a non-empty code, a path that is `""` or a JSON Pointer starting with
//!   `/`, and a line and column of at least 1 when they are known;
//! - every message and hint renders in Swedish and English, is not empty, and leaves no
//!   `{name}` placeholder of its template unfilled;
//! - `is_valid()` and `counts()` agree with the findings;
//! - a valid document's `to_json()` reads back to an equal agreement with no error finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use overenskommelse::i18n::{Arg, Args};
use overenskommelse::{Document, Finding, Lang, Severity};

fuzz_target!(|bytes: &[u8]| {
    let document = Document::from_slice(bytes);

    for finding in document.findings() {
        check_finding(finding);
    }

    let errors = document
        .findings()
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count() as u64;
    assert_eq!(
        document.is_valid(),
        errors == 0,
        "is_valid disagrees with the findings"
    );
    assert_eq!(
        document.counts().errors,
        errors,
        "counts disagree with the findings"
    );

    if document.is_valid() {
        let agreement = document
            .agreement()
            .expect("a valid document has an agreement");
        let text = document.to_json().expect("a valid document writes as JSON");
        let again = Document::from_slice(text.as_bytes());
        assert_eq!(
            again.agreement(),
            Some(agreement),
            "the written JSON reads back to another agreement:\n{text}"
        );
        let new_errors: Vec<(&str, &str)> = again
            .findings()
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| (f.code(), f.path.as_str()))
            .collect();
        assert!(
            new_errors.is_empty(),
            "the written JSON of a valid document has errors {new_errors:?}:\n{text}"
        );
    }
});

fn check_finding(finding: &Finding) {
    assert!(!finding.code().is_empty(), "a finding without code");
    assert!(
        finding.path.is_empty() || finding.path.starts_with('/'),
        "{}: path {:?} is not a JSON Pointer",
        finding.code(),
        finding.path
    );
    assert!(
        finding.line.is_none_or(|line| line >= 1),
        "{}: line 0",
        finding.code()
    );
    assert!(
        finding.column.is_none_or(|column| column >= 1),
        "{}: column 0",
        finding.code()
    );

    // Text from the document may itself contain `{name}`; with braces taken out of every
    // argument, any placeholder left in the output can only come from the template.
    let mut plain = finding.clone();
    plain.args = without_braces(&finding.args);
    for lang in Lang::ALL {
        let message = finding.message(lang);
        assert!(
            !message.is_empty(),
            "{}: empty message in {lang:?}",
            finding.code()
        );
        let _ = finding.hint(lang);
        let _ = finding.to_json(lang);
        let texts = [Some(plain.message(lang)), plain.hint(lang)];
        for text in texts.iter().flatten() {
            assert!(
                unfilled_placeholder(text).is_none(),
                "{}: {lang:?} text leaves {:?} unfilled: {text:?}",
                finding.code(),
                unfilled_placeholder(text)
            );
        }
    }
}

fn without_braces(args: &Args) -> Args {
    let clean = |text: &str| text.replace(['{', '}'], "");
    let mut out = Args::new();
    for (name, value) in args.iter() {
        let value = match value {
            Arg::Text(text) => Arg::Text(clean(text)),
            Arg::List(items) => Arg::List(items.iter().map(|item| clean(item)).collect()),
            other => other.clone(),
        };
        out.push(name, value);
    }
    out
}

/// The first `{name}` or `{name|one|other}` in `text`, as the library's templates write them:
/// a name of lower-case ASCII letters and `_`.
fn unfilled_placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        if let Some(close) = after.find('}') {
            let inside = &after[..close];
            let name = inside.split('|').next().unwrap_or_default();
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Some(&rest[open..open + close + 2]);
            }
        }
        rest = after;
    }
    None
}
