//! Load, write, load again: the document the library writes is the document it read.
//!
//! For the examples, every conformance case without errors and generated documents, the
//! agreement read back from `to_json()` equals the one read first, it has the same findings
//! (code and path), and writing it again gives the same text. A kommun's own `extensions` keep
//! their meaning byte for byte: numbers beyond any float, keys in their order, escapes.

mod common;

use std::collections::HashMap;

use overenskommelse::{Date, Document, Options, Severity};
use serde_json::value::RawValue;
use serde_json::Value;

/// The findings as (code, path): what must survive a round trip (lines and columns move).
fn found(document: &Document) -> Vec<(&'static str, String)> {
    document
        .findings()
        .iter()
        .map(|f| (f.code(), f.path.clone()))
        .collect()
}

/// Reads `bytes`, writes them, reads the text written and writes it again; gives what went
/// wrong, if anything, so that a loop over many documents can report every failure at once.
fn round_trip(name: &str, bytes: &[u8], options: &Options) -> Result<String, String> {
    let first = Document::from_slice_with(bytes, options);
    if first
        .findings()
        .iter()
        .any(|f| f.severity == Severity::Error)
    {
        return Err(format!(
            "{name}: has errors before the round trip: {:?}",
            found(&first)
        ));
    }
    let written = first
        .to_json()
        .map_err(|e| format!("{name}: cannot be written: {e}"))?;
    let second = Document::from_slice_with(written.as_bytes(), options);
    if second.agreement() != first.agreement() {
        return Err(format!(
            "{name}: the agreement read back differs from the one read first"
        ));
    }
    if found(&second) != found(&first) {
        return Err(format!(
            "{name}: findings differ after the round trip:\n  before {:?}\n  after  {:?}",
            found(&first),
            found(&second)
        ));
    }
    let rewritten = second
        .to_json()
        .map_err(|e| format!("{name}: cannot be written again: {e}"))?;
    if rewritten != written {
        return Err(format!("{name}: writing again gives another text"));
    }
    Ok(written)
}

/// Fails with every message, one a line.
fn assert_all_pass(failures: &[String]) {
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn example(path: &str) {
    let bytes = std::fs::read(common::root().join(path)).expect("the example is readable");
    if let Err(failure) = round_trip(path, &bytes, &Options::default()) {
        panic!("{failure}");
    }
}

#[test]
fn the_boras_agreement_survives_a_round_trip() {
    example("examples/boras/overenskommelse.json");
}

#[test]
fn the_boras_follow_up_survives_a_round_trip() {
    example("examples/boras/uppfoljning-2018.json");
}

#[test]
fn the_other_kommun_survives_a_round_trip() {
    example("examples/other/overenskommelse.json");
}

/// The reference date a case asks for, if any. The size and depth limits are left at their
/// defaults: the written text is pretty-printed, so a case's tight size limit would not fit it.
fn case_options(expected: &Value) -> Options {
    let as_of = expected
        .get("options")
        .and_then(|options| options.get("as_of"))
        .and_then(Value::as_str)
        .map(|text| Date::parse(text).expect("options.as_of is a date"));
    match as_of {
        Some(date) => Options::default().with_as_of(date),
        None => Options::default(),
    }
}

#[test]
fn every_conformance_case_without_errors_survives_a_round_trip() {
    let cases = common::root().join("tests/conformance/cases");
    let mut folders: Vec<_> = std::fs::read_dir(&cases)
        .expect("the conformance cases are readable")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for folder in &folders {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected: Value = serde_json::from_slice(
            &std::fs::read(folder.join("expected.json")).expect("expected.json is readable"),
        )
        .expect("expected.json is JSON");
        let has_errors = expected["findings"]
            .as_array()
            .expect("expected.json lists findings")
            .iter()
            .any(|f| f["severity"] == "error");
        if has_errors {
            continue;
        }
        let bytes = std::fs::read(folder.join("document.json")).expect("document.json");
        // A 1.0 document is written back as 2.0, so its warning to migrate is rightly gone;
        // tests/migration.rs checks that the migration keeps the rest.
        let format_1 = serde_json::from_slice::<Value>(&bytes)
            .is_ok_and(|value| value["schema_version"] == "1.0");
        if format_1 {
            continue;
        }
        checked += 1;
        if let Err(failure) = round_trip(&name, &bytes, &case_options(&expected)) {
            failures.push(failure);
        }
    }
    // The suite has dozens of clean cases; none found means the folder moved.
    assert!(
        checked > 20,
        "only {checked} clean cases found in {}",
        cases.display()
    );
    assert_all_pass(&failures);
}

#[test]
fn generated_documents_survive_a_round_trip() {
    let mut failures = Vec::new();
    for (activities, seed) in [(0, 1), (1, 2), (7, 3), (40, 4), (40, 5), (250, 6)] {
        let bytes = overenskommelse_synthetic::document_json(activities, seed);
        let name = format!("generated({activities}, {seed})");
        if let Err(failure) = round_trip(&name, &bytes, &Options::default()) {
            failures.push(failure);
        }
    }
    assert_all_pass(&failures);
}

// --- Extensions, byte for byte --------------------------------------------------------------
//
// `serde_json::Value` cannot hold these: `1e400` does not parse as a float and the long
// decimal would be rounded. So the written text is taken apart with `RawValue`, which keeps
// each value's text as written, and the extension objects are compared as text.

/// Extensions as a kommun might write them, compact, with everything that is easy to lose:
/// numbers beyond f64 (in range and precision), keys out of alphabetical order, nesting,
/// escapes (including an escaped key and a surrogate pair) and raw non-ASCII text.
const EXTENSIONS: &str = concat!(
    r#"{"zeta":123456789012345678901234567890.123456789,"alpha":1e400,"#,
    r#""mitten":[[1,[2,{"b":null,"a":[]}]],{},[]],"#,
    r#""escaped":"\u00e5\u00e4\u00f6 \ud83d\ude00 \"citat\" \\ \/ \n","#,
    r#""\u00e5r":2018,"#,
    r#""rått":"åäö – 😀 ÅÄÖ","#,
    r#""tal":[-0.0,1E+2,5e-324,0.1,-12.50,100000000000000000000001]}"#
);

/// The same extensions with white space between values, as people write them.
const EXTENSIONS_SPACED: &str = "{ \"b\" : [ 1 ,\n\t2 ] ,\r\n \"a\" : \"x  y\" , \"c\" : { } }";

/// What [`EXTENSIONS_SPACED`] is kept as: only the white space between values dropped.
const EXTENSIONS_SPACED_KEPT: &str = r#"{"b":[1,2],"a":"x  y","c":{}}"#;

/// [`EXTENSIONS`] without `1e400`, which `serde_json::Value` cannot hold.
const EXTENSIONS_IN_RANGE: &str = concat!(
    r#"{"zeta":123456789012345678901234567890.123456789,"#,
    r#""mitten":[[1,[2,{"b":null,"a":[]}]],{},[]],"#,
    r#""escaped":"\u00e5\u00e4\u00f6 \ud83d\ude00 \"citat\" \\ \/ \n","#,
    r#""\u00e5r":2018,"rått":"åäö – 😀 ÅÄÖ","tal":[-0.0,1E+2,0.1,-12.50]}"#
);

/// A document with [`EXTENSIONS`] at the root, on a party and an activity, and
/// [`EXTENSIONS_SPACED`] on the jurisdiction.
fn document_with_extensions() -> String {
    document_with(EXTENSIONS)
}

/// A document with `extensions` at the root, on a party and an activity, and
/// [`EXTENSIONS_SPACED`] on the jurisdiction.
fn document_with(extensions: &str) -> String {
    format!(
        r#"{{
  "schema_version": "2.0",
  "id": "a",
  "title": "T",
  "jurisdiction": {{"kind": "kommun", "name": "X", "code": "1490", "extensions": {EXTENSIONS_SPACED}}},
  "parties": [{{"id": "p", "name": "P", "side": "public", "kind": "kommun", "extensions": {extensions}}}],
  "action_plans": [{{
    "id": "h", "kind": "action_plan", "title": "H",
    "period": {{"start": "2018-01-01", "end": "2018-12-31"}},
    "activities": [{{
      "code": "A", "title": "Träff",
      "responsible": [{{"parties": ["p"]}}], "target_groups": [{{"text": "Alla"}}],
      "extensions": {extensions}
    }}]
  }}],
  "extensions": {extensions}
}}"#
    )
}

/// The text of member `key` of the JSON object `json`, exactly as written.
fn member<'a>(json: &'a str, key: &str) -> &'a str {
    let object: HashMap<String, &'a RawValue> =
        serde_json::from_str(json).expect("the text is a JSON object");
    object
        .get(key)
        .unwrap_or_else(|| panic!("no member {key:?} in {json}"))
        .get()
}

/// The text of element `index` of the JSON array `json`, exactly as written.
fn element(json: &str, index: usize) -> &str {
    let array: Vec<&RawValue> = serde_json::from_str(json).expect("the text is a JSON array");
    array
        .get(index)
        .unwrap_or_else(|| panic!("no element {index} in {json}"))
        .get()
}

#[test]
fn extensions_keep_their_text_byte_for_byte() {
    let text = document_with_extensions();
    let written = match round_trip("extensions", text.as_bytes(), &Options::default()) {
        Ok(written) => written,
        Err(failure) => panic!("{failure}"),
    };
    let activity = element(
        member(element(member(&written, "action_plans"), 0), "activities"),
        0,
    );
    let places = [
        ("/extensions", member(&written, "extensions"), EXTENSIONS),
        (
            "/jurisdiction/extensions",
            member(member(&written, "jurisdiction"), "extensions"),
            EXTENSIONS_SPACED_KEPT,
        ),
        (
            "/parties/0/extensions",
            member(element(member(&written, "parties"), 0), "extensions"),
            EXTENSIONS,
        ),
        (
            "/action_plans/0/activities/0/extensions",
            member(activity, "extensions"),
            EXTENSIONS,
        ),
    ];
    for (place, written, expected) in places {
        assert_eq!(written, expected, "{place}");
    }
}

#[test]
fn extension_numbers_appear_verbatim_in_the_written_text() {
    let document = Document::from_slice(document_with_extensions().as_bytes());
    let written = document.to_json().expect("the document is readable");
    for number in [
        "123456789012345678901234567890.123456789",
        "1e400",
        "-0.0",
        "1E+2",
        "5e-324",
        "-12.50",
        "100000000000000000000001",
    ] {
        assert!(written.contains(number), "{number} is not in\n{written}");
    }
    // Escapes stay escapes and raw text stays raw: neither is rewritten into the other.
    assert!(written.contains(r#""\u00e5r":2018"#));
    assert!(written.contains(r#"\u00e5\u00e4\u00f6 \ud83d\ude00 \"citat\" \\ \/ \n"#));
    assert!(written.contains("åäö – 😀 ÅÄÖ"));
}

#[test]
fn extensions_read_back_key_by_key_in_the_order_written() {
    // Where serde_json can hold the values, compare them as values too, key by key: the
    // workspace enables `preserve_order`, so the keys' order is compared as well.
    let text = document_with(EXTENSIONS_IN_RANGE);
    let document = Document::from_slice(text.as_bytes());
    let original: Value = serde_json::from_str(&text).expect("the document is JSON");
    let written: Value =
        serde_json::from_str(&document.to_json().expect("readable")).expect("JSON");
    for place in [
        "/extensions",
        "/jurisdiction/extensions",
        "/parties/0/extensions",
        "/action_plans/0/activities/0/extensions",
    ] {
        let before = original
            .pointer(place)
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("{place} is an object in the input"));
        let after = written
            .pointer(place)
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("{place} is an object in the output"));
        let keys = |object: &serde_json::Map<String, Value>| -> Vec<String> {
            object.keys().cloned().collect()
        };
        assert_eq!(keys(after), keys(before), "{place}");
        for (key, value) in before {
            assert_eq!(after.get(key), Some(value), "{place}/{key}");
        }
    }
    let agreement = document.agreement().expect("readable");
    let keys: Vec<String> = agreement
        .jurisdiction
        .extensions
        .to_map()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, ["b", "a", "c"]);
}
