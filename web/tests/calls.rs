//! The calls the page makes, on the host: what they answer for the Borås documents, a
//! conformance case, and requests the page should never send.

use ovk_web::calls;
use serde_json::Value;

fn repository(path: &str) -> Vec<u8> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{} cannot be read: {e}", full.display()))
}

fn answer(result: calls::Answer) -> Value {
    let text = result.unwrap_or_else(|failure| panic!("the call failed: {failure}"));
    serde_json::from_str(&text).expect("an answer is JSON")
}

fn failure(result: calls::Answer) -> Value {
    let text = result.expect_err("the call must fail");
    serde_json::from_str(&text).expect("a failure is JSON")
}

#[test]
fn the_catalogue_holds_every_rule_with_its_texts_in_both_languages() {
    let catalogue = answer(calls::catalogue());
    let rules = catalogue["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), overenskommelse::Rule::all().count());
    let reference = rules
        .iter()
        .find(|rule| rule["code"] == "OVK-REF-001")
        .expect("OVK-REF-001");
    assert_eq!(reference["title"]["sv"], "Referensen pekar inte på något");
    assert_eq!(reference["title"]["en"], "Reference does not resolve");
    assert!(reference["explanation"]["sv"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    let severities: Vec<(&str, &str)> = catalogue["severities"]
        .as_array()
        .expect("severities")
        .iter()
        .map(|s| {
            (
                s["code"].as_str().unwrap_or(""),
                s["label"]["sv"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(severities[0], ("error", "fel"));
    assert_eq!(severities.len(), 3);
    assert_eq!(
        catalogue["families"].as_array().map(Vec::len),
        Some(overenskommelse::validate::Family::ALL.len())
    );
}

#[test]
fn boras_is_valid_with_its_two_warnings_placed_in_both_languages() {
    let checked = answer(calls::check(&repository(
        "examples/boras/overenskommelse.json",
    )));
    assert_eq!(checked["readable"], true);
    assert_eq!(checked["valid"], true);
    assert_eq!(checked["counts"]["errors"], 0);
    assert_eq!(checked["counts"]["warnings"], 2);
    assert_eq!(checked["summary"]["sv"], "0 fel, 2 varningar, 0 info.");
    let findings = checked["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 2);
    for finding in findings {
        assert_eq!(finding["severity"], "warning");
        assert!(finding["path"].as_str().is_some_and(|p| p.starts_with('/')));
        assert_eq!(finding["place"]["sv"], finding["path"]);
        assert!(finding["line"].as_u64().is_some_and(|line| line > 1));
        assert!(finding["message"]["sv"].is_string() && finding["message"]["en"].is_string());
        assert_ne!(finding["message"]["sv"], finding["message"]["en"]);
        let code = finding["code"].as_str().expect("a code");
        assert_eq!(finding["anchor"], code.to_ascii_lowercase());
    }
    assert!(checked["title"]["sv"]
        .as_str()
        .is_some_and(|t| t.contains("Borås")));
}

#[test]
fn a_conformance_case_gives_its_expected_findings() {
    let case = "tests/conformance/cases/062-unresolved-objective";
    let checked = answer(calls::check(&repository(&format!("{case}/document.json"))));
    let expected: Value =
        serde_json::from_slice(&repository(&format!("{case}/expected.json"))).expect("JSON");
    let found: Vec<(Value, Value, Value)> = checked["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["code"].clone(), f["severity"].clone(), f["path"].clone()))
        .collect();
    let wanted: Vec<(Value, Value, Value)> = expected["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["code"].clone(), f["severity"].clone(), f["path"].clone()))
        .collect();
    assert_eq!(found, wanted);
    assert_eq!(checked["valid"], false);
}

#[test]
fn a_syntax_error_is_a_finding_on_the_whole_document_not_a_failure() {
    let checked = answer(calls::check(&repository(
        "tests/conformance/cases/001-syntax-missing-comma/document.json",
    )));
    assert_eq!(checked["readable"], false);
    assert_eq!(checked["title"], Value::Null);
    let first = &checked["findings"][0];
    assert_eq!(first["code"], "OVK-SYN-001");
    assert_eq!(first["path"], "");
    assert_eq!(first["place"]["sv"], "hela dokumentet");
    assert_eq!(first["place"]["en"], "the whole document");
    assert!(first["line"].is_u64() && first["column"].is_u64());

    let empty = answer(calls::check(b""));
    assert_eq!(empty["readable"], false);
    assert!(empty["findings"].as_array().is_some_and(|f| !f.is_empty()));
}

#[test]
fn the_report_is_html_in_the_language_asked_at_the_date_asked() {
    let document = repository("examples/boras/uppfoljning-2018.json");
    let request =
        br#"{"lang": "en", "today": "2026-11-26", "as_of": "2018-12-31", "since": "2018-06-15"}"#;
    let html = answer(calls::report_html(&document, request))["html"]
        .as_str()
        .expect("html")
        .to_owned();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("lang=\"en\""));
    assert!(html.contains("2018-12-31"));
    assert!(!html.contains("<script"));

    let swedish = br#"{"lang": "sv", "today": "2019-03-01"}"#;
    let undated = repository("examples/boras/overenskommelse.json");
    let html = answer(calls::report_html(&undated, swedish))["html"]
        .as_str()
        .expect("html")
        .to_owned();
    assert!(html.contains("lang=\"sv\""));
    assert!(
        html.contains("2019-03-01"),
        "today is the reference date of an undated document"
    );
}

#[test]
fn report_failures_say_why_in_both_languages() {
    let document = repository("examples/boras/overenskommelse.json");
    let backwards = failure(calls::report_html(
        &document,
        br#"{"lang": "sv", "today": "2026-11-26", "as_of": "2018-01-01", "since": "2018-06-15"}"#,
    ));
    assert_eq!(
        backwards["message"]["en"],
        "The date of the last general meeting (2018-06-15) is after the report date (2018-01-01)."
    );
    assert!(backwards["message"]["sv"].is_string());

    let not_a_date = failure(calls::report_html(
        &document,
        br#"{"lang": "sv", "today": "2026-11-26", "as_of": "2018-02-30"}"#,
    ));
    assert!(not_a_date["message"]["sv"]
        .as_str()
        .is_some_and(|m| m.contains("2018-02-30")));

    let unreadable = failure(calls::report_html(
        b"{ not json",
        br#"{"lang": "sv", "today": "2026-11-26"}"#,
    ));
    assert!(unreadable["message"]["sv"].is_string());

    // What only a fault of the page sends: no today (the core would read a clock), an
    // unknown option, a language the core does not speak.
    for request in [
        &br#"{"lang": "sv"}"#[..],
        br#"{"lang": "sv", "today": "2026-11-26", "stale": 3}"#,
        br#"{"lang": "fi", "today": "2026-11-26"}"#,
        b"not json",
    ] {
        let answer = failure(calls::report_html(&document, request));
        assert!(answer["request"].is_string(), "{answer}");
    }
}

#[test]
fn the_document_json_is_the_current_format_and_refuses_what_it_could_not_write_whole() {
    let document = repository("examples/boras/overenskommelse.json");
    let json = answer(calls::document_json(&document));
    assert_eq!(
        json["json"].as_str().map(str::as_bytes),
        Some(&document[..])
    );

    let old = repository("tests/conformance/base-1.0.json");
    let migrated = answer(calls::document_json(&old));
    let text = migrated["json"].as_str().expect("json");
    let value: Value = serde_json::from_str(text).expect("the migrated document is JSON");
    assert_eq!(value["schema_version"], "2.0");

    let unknown_field =
        repository("tests/conformance/cases/021-unknown-field-in-activity/document.json");
    let refused = failure(calls::document_json(&unknown_field));
    assert!(refused["message"]["sv"]
        .as_str()
        .is_some_and(|m| m.contains("OVK-STR-002")));
}

#[test]
fn a_document_downloads_as_the_workbook_the_core_writes_and_reads_back_clean() {
    let boras = repository("examples/boras/overenskommelse.json");
    let file = calls::document_xlsx(&boras, br#"{"lang": "sv"}"#)
        .unwrap_or_else(|failure| panic!("the call failed: {failure}"));
    let document = overenskommelse::Document::from_slice(&boras);
    let agreement = document.agreement().expect("readable");
    assert_eq!(
        file,
        overenskommelse::workbook::write_xlsx(agreement, overenskommelse::Lang::Sv)
            .expect("written")
    );

    let imported = answer(calls::import_xlsx(&file));
    assert_eq!(imported["clean"], true);
    let checked = &imported["checked"];
    assert_eq!(checked["readable"], true);
    assert_eq!(checked["counts"]["errors"], 0);
    assert_eq!(checked["summary"]["sv"], "0 fel, 2 varningar, 0 info.");
    for finding in checked["findings"].as_array().expect("findings") {
        let cell = finding["cell"].as_str().expect("a cell");
        assert!(cell.starts_with("Aktiviteter!"), "{cell}");
        assert_eq!(
            finding["place"]["en"],
            format!("{cell} ({})", finding["path"].as_str().expect("a pointer"))
        );
        assert!(finding.get("line").is_none_or(Value::is_null), "{finding}");
    }
    let json = imported["json"].as_str().expect("the document's JSON");
    let back = overenskommelse::Document::from_slice(json.as_bytes());
    assert_eq!(back.agreement(), Some(agreement));
}

#[test]
fn bytes_that_are_no_workbook_are_the_cores_problem_with_no_document() {
    let imported = answer(calls::import_xlsx(b"PK\x03\x04 not a zip"));
    assert_eq!(imported["clean"], false);
    assert_eq!(imported["json"], Value::Null);
    assert_eq!(imported["checked"]["readable"], false);
    assert_eq!(imported["checked"]["valid"], false);
    let codes: Vec<&str> = imported["checked"]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|finding| finding["code"].as_str())
        .collect();
    assert_eq!(codes, ["OVK-XLS-001"]);
}

#[test]
fn a_document_that_cannot_be_read_is_no_workbook_and_says_why() {
    let broken = repository("tests/conformance/cases/001-syntax-missing-comma/document.json");
    let text = calls::document_xlsx(&broken, br#"{"lang": "en"}"#).expect_err("refused");
    let failure: Value = serde_json::from_str(&text).expect("JSON");
    assert!(failure["message"]["sv"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    assert!(failure["message"]["en"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));

    let boras = repository("examples/boras/overenskommelse.json");
    let text = calls::document_xlsx(&boras, br#"{"lang": "fi"}"#).expect_err("refused");
    let failure: Value = serde_json::from_str(&text).expect("JSON");
    assert!(failure["request"].is_string(), "{failure}");
}
