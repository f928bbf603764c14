//! Hostile input: every broken, huge or tricky document gets a finding (or, for a source that
//! cannot be read, a clear error), never a panic, and reading it takes bounded memory.
//!
//! Each case states the findings it expects, worked out from the rules in docs/rules.md, and
//! checks that every message renders in Swedish and English as a sentence for people: no
//! placeholder left unfilled, no Rust type name, no text of another parser's errors.

use std::io::Write;
use std::path::PathBuf;

use overenskommelse::{Document, Error, Finding, Lang, Limits, Options};

/// The smallest valid document; most cases add to it or change one member.
const MINIMAL: &str = r#"{"schema_version":"2.0","id":"a","title":"T","jurisdiction":{"kind":"kommun","name":"Borås","code":"1490"}}"#;

/// The deepest nesting of objects and arrays the default limits allow (the root is level 1).
const MAX_DEPTH: usize = 64;

/// Words that only a program's author understands; a message must never show them.
const RUST_WORDS: [&str; 8] = [
    "i32",
    "i64",
    "u32",
    "struct",
    "Option",
    "NaiveDate",
    "expected unit",
    "invalid type:",
];

/// The minimal document with more root members (`"key": value, …`) after its own.
fn with(members: &str) -> String {
    format!(
        r#"{{"schema_version":"2.0","id":"a","title":"T","jurisdiction":{{"kind":"kommun","name":"Borås","code":"1490"}},{members}}}"#
    )
}

/// The minimal document with `title` as the raw bytes of its title string.
fn with_raw_title(title: &[u8]) -> Vec<u8> {
    let (before, after) = MINIMAL
        .split_once(r#""title":"T""#)
        .expect("the minimal document has a title");
    let mut bytes = format!(r#"{before}"title":""#).into_bytes();
    bytes.extend_from_slice(title);
    bytes.push(b'"');
    bytes.extend_from_slice(after.as_bytes());
    bytes
}

/// An action plan holding `activities` (the inside of its array), as a root member.
fn action_plan_with(activities: &str) -> String {
    format!(
        r#""action_plans":[{{"id":"h","kind":"action_plan","title":"H","period":{{"start":"2018-01-01","end":"2018-12-31"}},"activities":[{activities}]}}]"#
    )
}

/// An activity with everything the quality rules ask for, and `more` members (`, "key": …`).
fn activity(more: &str) -> String {
    format!(
        r#"{{"code":"A","title":"Träff","responsible":[{{"text":"Samrådet"}}],"target_groups":[{{"text":"Alla"}}]{more}}}"#
    )
}

/// An action plan with one budget line whose members are `line`, as a root member.
fn budget_line(line: &str) -> String {
    format!(
        r#""action_plans":[{{"id":"h","kind":"action_plan","title":"H","period":{{"start":"2018-01-01","end":"2018-12-31"}},"budget":[{{{line}}}]}}]"#
    )
}

/// `depth` arrays, each inside the one before.
fn arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// `depth` objects, each the value of the key `a` in the one before.
fn objects(depth: usize) -> String {
    let levels = depth.saturating_sub(1);
    format!("{}{{}}{}", r#"{"a":"#.repeat(levels), "}".repeat(levels))
}

/// The findings as (code, path), in document order.
fn found(document: &Document) -> Vec<(&'static str, &str)> {
    document
        .findings()
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect()
}

/// At most 200 characters of a text, for failure messages about huge texts.
fn shown(text: &str) -> String {
    text.chars().take(200).collect()
}

/// True when `text` holds `{name}`: a placeholder the renderer left unfilled.
fn has_placeholder(text: &str) -> bool {
    text.split('{').skip(1).any(|rest| {
        rest.split_once('}').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    })
}

/// Every message and hint of the finding reads as a sentence for people in every language.
fn assert_renders(finding: &Finding) {
    for lang in Lang::ALL {
        let message = finding.message(lang);
        let texts = std::iter::once(message.clone()).chain(finding.hint(lang));
        assert!(
            !message.trim().is_empty(),
            "{} has an empty message",
            finding.code()
        );
        for text in texts {
            assert!(
                !has_placeholder(&text),
                "{} {}: placeholder left in {:?}",
                finding.code(),
                lang.tag(),
                shown(&text)
            );
            for word in RUST_WORDS {
                assert!(
                    !text.contains(word),
                    "{} {}: {word:?} in {:?}",
                    finding.code(),
                    lang.tag(),
                    shown(&text)
                );
            }
        }
    }
}

/// Checks bytes and every message of their findings.
fn check(bytes: &[u8]) -> Document {
    let document = Document::from_slice(bytes);
    for finding in document.findings() {
        assert_renders(finding);
    }
    document
}

/// Options that read no more than `max_bytes`.
fn at_most(max_bytes: u64) -> Options {
    Options::default().with_limits(Limits::default().with_max_bytes(max_bytes))
}

/// A fresh empty folder in the system's temp area, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("ovk-hostile-{}-{name}-{n}", std::process::id()));
        std::fs::create_dir_all(&path).expect("the temp area is writable");
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_minimal_document_has_no_findings() {
    // The base of every case below: what a case reports is what its change causes.
    assert_eq!(found(&check(MINIMAL.as_bytes())), []);
}

// --- Nesting --------------------------------------------------------------------------------
//
// In every case here memory is bounded by the depth limit: the reader stops at the first
// bracket one level too deep, so no stack or buffer grows with the nesting.

#[test]
fn nesting_past_the_limit_at_the_root_stops_reading() {
    let document = check(arrays(MAX_DEPTH + 1).as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
    let document = check(objects(MAX_DEPTH + 1).as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
    // A million brackets are no harder: reading stops at bracket 65.
    let document = check(arrays(1_000_000).as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
}

#[test]
fn nesting_past_the_limit_inside_a_field_value_stops_reading() {
    // The root object is level 1, so 64 arrays in a field reach level 65.
    let document = check(with(&format!(r#""vision":{}"#, arrays(MAX_DEPTH))).as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
    // One level less is only a value of the wrong type.
    let document = check(with(&format!(r#""vision":{}"#, arrays(MAX_DEPTH - 1))).as_bytes());
    assert_eq!(found(&document), [("OVK-STR-004", "/vision")]);
    // An unknown field's value is walked under the same limit.
    let document = check(with(&format!(r#""bogus":{}"#, objects(MAX_DEPTH))).as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
}

#[test]
fn nesting_past_the_limit_inside_extensions_stops_reading() {
    let document = check(with(&format!(r#""extensions":{}"#, objects(MAX_DEPTH))).as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
    let document = check(
        with(&format!(
            r#""extensions":{{"list":{}}}"#,
            arrays(MAX_DEPTH - 1)
        ))
        .as_bytes(),
    );
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
}

#[test]
fn nesting_exactly_at_the_limit_inside_extensions_is_fine() {
    // Root (1) and the extensions object (2) and 62 more objects: 64 levels in all.
    let text = with(&format!(r#""extensions":{}"#, objects(MAX_DEPTH - 1)));
    let document = check(text.as_bytes());
    assert_eq!(found(&document), []);
    let agreement = document
        .agreement()
        .expect("a document at the limit is read");
    assert_eq!(
        agreement.extensions.as_json(),
        objects(MAX_DEPTH - 1),
        "the deep extensions are kept as written"
    );
}

#[test]
fn nesting_past_the_limit_inside_a_text_object_stops_reading() {
    // The title object is level 2; its English text holds arrays from level 3 to 65.
    let text = MINIMAL.replace(
        r#""title":"T""#,
        &format!(r#""title":{{"sv":"T","en":{}}}"#, arrays(MAX_DEPTH - 1)),
    );
    let document = check(text.as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
}

#[test]
fn nesting_past_the_limit_inside_an_array_of_activities_stops_reading() {
    // Root 1, action_plans 2, the action plan 3, activities 4: an element from level 5 to 65.
    let text = with(&action_plan_with(&arrays(MAX_DEPTH - 3)));
    let document = check(text.as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
    // One level less is only an activity of the wrong type.
    let text = with(&action_plan_with(&arrays(MAX_DEPTH - 4)));
    let document = check(text.as_bytes());
    assert_eq!(
        found(&document),
        [("OVK-STR-004", "/action_plans/0/activities/0")]
    );
    // Deep inside an activity's own extensions, after a valid activity, is the same.
    let deep = activity(&format!(r#","extensions":{}"#, objects(MAX_DEPTH - 4)));
    let text = with(&action_plan_with(&format!("{},{deep}", activity(""))));
    let document = check(text.as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-004", "")]);
}

// --- Empty, not UTF-8, not text ---------------------------------------------------------------
//
// In every case here nothing is held beyond the bytes given and the text of one string: reading
// stops at the first byte that is wrong.

#[test]
fn empty_bytes_and_only_white_space_are_an_empty_document() {
    for bytes in [&b""[..], b" ", b"\n\n\t \r\n"] {
        let document = check(bytes);
        assert_eq!(found(&document), [("OVK-SYN-002", "")], "{bytes:?}");
        assert!(document.agreement().is_none());
    }
}

#[test]
fn a_byte_order_mark_before_a_valid_document_is_named_as_such() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(MINIMAL.as_bytes());
    let document = check(&bytes);
    assert_eq!(found(&document), [("OVK-SYN-001", "")]);
    for lang in Lang::ALL {
        let message = document.findings()[0].message(lang);
        assert!(message.contains("BOM"), "{}: {message}", lang.tag());
    }
}

#[test]
fn invalid_utf8_inside_a_string_is_not_json() {
    // The title "T" followed by a byte that can never start a UTF-8 character.
    let document = check(&with_raw_title(b"T\xFF"));
    assert_eq!(found(&document), [("OVK-SYN-001", "")]);
    for lang in Lang::ALL {
        let message = document.findings()[0].message(lang);
        assert!(message.contains("UTF-8"), "{}: {message}", lang.tag());
    }
    // A two-byte character (å is C3 A5) cut short at the end of the string is as wrong.
    assert_eq!(
        found(&check(&with_raw_title(b"T\xC3"))),
        [("OVK-SYN-001", "")]
    );
}

#[test]
fn invalid_utf8_outside_a_string_is_not_json() {
    // Between members, where only white space, a comma or a brace may stand.
    let mut bytes = MINIMAL.as_bytes().to_vec();
    let at = bytes.len() - 1;
    bytes.insert(at, 0xFF);
    assert_eq!(found(&check(&bytes)), [("OVK-SYN-001", "")]);
    // After the document.
    let mut bytes = MINIMAL.as_bytes().to_vec();
    bytes.extend_from_slice(&[b'\n', 0xC3]);
    assert_eq!(found(&check(&bytes)), [("OVK-SYN-001", "")]);
}

#[test]
fn a_lone_surrogate_escape_in_a_title_is_not_json() {
    for escape in [r"\ud800", r"\udc00", r"\uD800x", r"\ud800\u0041"] {
        let text = MINIMAL.replace(r#""title":"T""#, &format!(r#""title":"T{escape}""#));
        let document = check(text.as_bytes());
        assert_eq!(found(&document), [("OVK-SYN-001", "")], "{escape}");
        for lang in Lang::ALL {
            let message = document.findings()[0].message(lang);
            assert!(
                message.contains("UTF-16") || message.contains("surrogat"),
                "{escape} {}: {message}",
                lang.tag()
            );
        }
    }
    // A whole pair is one character.
    let text = MINIMAL.replace(r#""title":"T""#, r#""title":"T\ud83d\ude00""#);
    let document = check(text.as_bytes());
    assert_eq!(found(&document), []);
    let title = &document.agreement().expect("readable").title.sv;
    assert_eq!(title, "T\u{1F600}");
}

#[test]
fn a_raw_nul_byte_in_a_string_is_a_control_character() {
    let text = MINIMAL.replace(r#""title":"T""#, "\"title\":\"T\0U\"");
    let document = check(text.as_bytes());
    assert_eq!(found(&document), [("OVK-SYN-001", "")]);
    let english = document.findings()[0].message(Lang::En);
    assert!(english.contains("control character"), "{english}");
    let swedish = document.findings()[0].message(Lang::Sv);
    assert!(swedish.contains("kontrolltecken"), "{swedish}");
}

#[test]
fn an_escaped_nul_in_a_string_is_text() {
    let text = MINIMAL.replace(r#""title":"T""#, r#""title":"T\u0000U""#);
    let document = check(text.as_bytes());
    assert_eq!(found(&document), []);
    let title = &document.agreement().expect("readable").title.sv;
    assert_eq!(title, "T\0U");
}

// --- Numbers ----------------------------------------------------------------------------------
//
// In every case here a number is held as a slice of the input until it is converted; no
// number, however long or large, allocates more than a short quote of its digits.

#[test]
fn an_amount_of_1e400_is_an_invalid_value() {
    let document = check(with(&budget_line(r#""year":2018,"amount":1e400"#)).as_bytes());
    assert_eq!(
        found(&document),
        [("OVK-STR-005", "/action_plans/0/budget/0/amount")]
    );
}

#[test]
fn an_amount_beyond_any_integer_is_an_invalid_value_named_in_plain_words() {
    let document = check(
        with(&budget_line(
            r#""year":2018,"amount":123456789012345678901234567890"#,
        ))
        .as_bytes(),
    );
    assert_eq!(
        found(&document),
        [("OVK-STR-005", "/action_plans/0/budget/0/amount")]
    );
    let finding = &document.findings()[0];
    assert_eq!(
        finding.value.as_deref(),
        Some("123456789012345678901234567890")
    );
}

#[test]
fn a_year_written_with_a_zero_fraction_is_an_integer() {
    // JSON Schema's `integer` is any number whose fraction is zero.
    let document = check(with(&budget_line(r#""year":2018.0,"amount":100"#)).as_bytes());
    assert_eq!(found(&document), []);
    let agreement = document.agreement().expect("readable");
    assert_eq!(agreement.action_plans[0].budget[0].year, 2018);
}

#[test]
fn a_year_with_a_fraction_is_a_wrong_type() {
    let document = check(with(&budget_line(r#""year":2018.5,"amount":100"#)).as_bytes());
    assert_eq!(
        found(&document),
        [("OVK-STR-004", "/action_plans/0/budget/0/year")]
    );
}

#[test]
fn a_year_outside_1900_to_2200_is_an_invalid_value() {
    for year in ["1899", "2201", "-2018"] {
        let line = format!(r#""year":{year},"amount":100"#);
        let document = check(with(&budget_line(&line)).as_bytes());
        assert_eq!(
            found(&document),
            [("OVK-STR-005", "/action_plans/0/budget/0/year")],
            "{year}"
        );
        let english = document.findings()[0].message(Lang::En);
        assert!(
            english.contains("1900") && english.contains("2200"),
            "{english}"
        );
    }
    for year in ["1900", "2200"] {
        let line = format!(r#""year":{year},"amount":100"#);
        assert_eq!(
            found(&check(with(&budget_line(&line)).as_bytes())),
            [],
            "{year}"
        );
    }
}

#[test]
fn a_year_beyond_32_bits_is_told_the_years_range() {
    // The schema's range is what the writer can act on; the width of the field is not.
    let document = check(with(&budget_line(r#""year":99999999999,"amount":100"#)).as_bytes());
    assert_eq!(
        found(&document),
        [("OVK-STR-005", "/action_plans/0/budget/0/year")]
    );
    let english = document.findings()[0].message(Lang::En);
    assert!(
        english.contains("1900") && english.contains("2200"),
        "{english}"
    );
}

// --- Huge strings -----------------------------------------------------------------------------
//
// In every case here a string is held once, as read; a finding quotes at most a short cut of
// it, so neither the findings nor their messages grow with the input.

/// Ten megabytes of one letter.
fn ten_megabytes() -> String {
    "x".repeat(10 * 1024 * 1024)
}

#[test]
fn a_ten_megabyte_title_is_fine() {
    let title = ten_megabytes();
    let text = MINIMAL.replace(r#""title":"T""#, &format!(r#""title":"{title}""#));
    let document = check(text.as_bytes());
    assert_eq!(found(&document), []);
    assert_eq!(
        document.agreement().expect("readable").title.sv.len(),
        title.len()
    );
}

#[test]
fn a_ten_megabyte_unknown_key_is_quoted_short() {
    let key = ten_megabytes();
    let document = check(with(&format!(r#""{key}":1"#)).as_bytes());
    let codes: Vec<&str> = document.findings().iter().map(|f| f.code()).collect();
    assert_eq!(codes, ["OVK-STR-002"]);
    let finding = &document.findings()[0];
    assert!(
        finding
            .value
            .as_ref()
            .is_some_and(|v| v.chars().count() < 1_000),
        "value of {} characters",
        finding.value.as_ref().map_or(0, |v| v.chars().count())
    );
    for lang in Lang::ALL {
        let message = finding.message(lang);
        assert!(
            message.chars().count() < 1_000,
            "{}: message of {} characters: {}…",
            lang.tag(),
            message.chars().count(),
            shown(&message)
        );
    }
}

#[test]
fn a_ten_megabyte_invalid_email_is_quoted_short() {
    let email = ten_megabytes();
    let document = check(
        with(&format!(
            r#""people":[{{"id":"malin","name":"Malin","email":"{email}"}}]"#
        ))
        .as_bytes(),
    );
    assert_eq!(found(&document), [("OVK-CODE-004", "/people/0/email")]);
    let finding = &document.findings()[0];
    assert!(
        finding
            .value
            .as_ref()
            .is_some_and(|v| v.chars().count() < 1_000),
        "value of {} characters",
        finding.value.as_ref().map_or(0, |v| v.chars().count())
    );
    for lang in Lang::ALL {
        let message = finding.message(lang);
        assert!(
            message.chars().count() < 1_000,
            "{}: message of {} characters: {}…",
            lang.tag(),
            message.chars().count(),
            shown(&message)
        );
    }
}

// --- Duplicate keys ---------------------------------------------------------------------------
//
// In every case here the keys seen are held per object while it is read, never more than the
// object's own keys.

#[test]
fn a_duplicate_key_at_the_root_is_reported_at_the_second_key() {
    let document = check(with(r#""title":"Andra""#).as_bytes());
    assert_eq!(found(&document), [("OVK-STR-006", "/title")]);
    // The first value counts.
    assert_eq!(document.agreement().expect("readable").title.sv, "T");
}

#[test]
fn a_duplicate_key_in_an_activity_is_reported_at_the_second_key() {
    let text = with(&action_plan_with(&activity(
        r#","status":"done","status":"cancelled""#,
    )));
    let document = check(text.as_bytes());
    assert_eq!(
        found(&document),
        [("OVK-STR-006", "/action_plans/0/activities/0/status")]
    );
}

#[test]
fn a_duplicate_key_in_extensions_is_reported_at_the_second_key() {
    let document = check(with(r#""extensions":{"a":1,"b":{"c":1,"c":2},"a":3}"#).as_bytes());
    assert_eq!(
        found(&document),
        [
            ("OVK-STR-006", "/extensions/b/c"),
            ("OVK-STR-006", "/extensions/a")
        ]
    );
}

// --- Sources over the size limit --------------------------------------------------------------

#[test]
fn a_file_over_the_size_limit_is_refused_with_its_size() {
    // A regular file is measured before it is read: none of it is held.
    let folder = TempDir::new("large");
    let path = folder.0.join("large.json");
    std::fs::write(
        &path,
        with(r#""vision":"Ett lite längre dokument än gränsen""#),
    )
    .expect("the temp file is writable");
    let size = std::fs::metadata(&path).expect("the file exists").len();
    assert!(size > 100);
    let document = Document::from_path(&path, &at_most(100)).expect("an over-large file");
    assert_eq!(found(&document), [("OVK-SYN-003", "")]);
    let finding = &document.findings()[0];
    assert_renders(finding);
    assert_eq!(finding.value, Some(size.to_string()));
}

#[test]
fn an_endless_stream_is_read_no_further_than_the_limit() {
    // The read stops after max_bytes + 1 bytes: an endless stream holds 1 001 bytes at most.
    let document =
        Document::from_reader(std::io::repeat(b' '), &at_most(1_000)).expect("a stream of spaces");
    assert_eq!(found(&document), [("OVK-SYN-003", "")]);
    let finding = &document.findings()[0];
    assert_renders(finding);
    assert_eq!(finding.line, None);
}

#[cfg(unix)]
#[test]
fn dev_zero_is_read_no_further_than_the_limit() {
    // A device has no size to measure; the read stops after max_bytes + 1 bytes.
    let document =
        Document::from_path("/dev/zero", &at_most(1024 * 1024)).expect("/dev/zero opens");
    assert_eq!(found(&document), [("OVK-SYN-003", "")]);
    assert_renders(&document.findings()[0]);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_read_no_further_than_the_limit() {
    // A pipe has no size to measure; the read stops after max_bytes + 1 bytes.
    let folder = TempDir::new("fifo");
    let fifo = folder.0.join("document.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", fifo.display());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            // Opening blocks until the reader opens; the reader may close before all is written.
            if let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(&fifo) {
                let _ = pipe.write_all(&[b' '; 2_000]);
            }
        })
    };
    let document = Document::from_path(&fifo, &at_most(1_000)).expect("the fifo opens");
    assert_eq!(found(&document), [("OVK-SYN-003", "")]);
    assert_renders(&document.findings()[0]);
    writer.join().expect("the writer finishes");
}

#[test]
fn a_folder_is_an_error_that_says_so() {
    // Nothing is held: the first read of a folder fails.
    let folder = TempDir::new("folder");
    let error = Document::from_path(&folder.0, &Options::default())
        .expect_err("a folder is not a document");
    assert!(matches!(error, Error::Read { .. }), "{error:?}");
    let english = error.message(Lang::En);
    assert!(english.contains("it is a folder"), "{english}");
    let swedish = error.message(Lang::Sv);
    assert!(swedish.contains("det är en mapp"), "{swedish}");
}

// --- Wrong values beside other findings -------------------------------------------------------
//
// In every case here a wrong value is skipped where it stands; nothing of it is kept.

#[test]
fn an_enum_field_of_any_other_json_type_is_a_wrong_type_and_the_rest_is_still_checked() {
    for kind in [
        "null",
        "1",
        "true",
        r#"["kommun"]"#,
        "{}",
        r#"{"region":null}"#,
    ] {
        let text = format!(
            r#"{{"schema_version":"2.0","id":"a","title":"T","jurisdiction":{{"kind":{kind},"name":"Borås","code":"1490"}},"parties":[{{"id":"Bad Id","name":"P","side":"public","kind":"kommun"}}]}}"#
        );
        let document = check(text.as_bytes());
        assert_eq!(
            found(&document),
            [
                ("OVK-STR-004", "/jurisdiction/kind"),
                ("OVK-ID-003", "/parties/0/id")
            ],
            "kind: {kind}"
        );
    }
}

#[test]
fn a_root_id_with_a_space_and_a_swedish_letter_is_invalid() {
    let text = MINIMAL.replace(r#""id":"a""#, r#""id":"två ord""#);
    let document = check(text.as_bytes());
    assert_eq!(found(&document), [("OVK-ID-003", "/id")]);
}

#[test]
fn a_person_with_an_empty_name_is_an_invalid_value() {
    let document = check(with(r#""people":[{"id":"malin","name":""}]"#).as_bytes());
    assert_eq!(found(&document), [("OVK-STR-005", "/people/0/name")]);
}
