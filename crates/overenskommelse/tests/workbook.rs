//! The workbook: every example and every valid conformance document comes back from its
//! workbook exactly as it was; every kind of import problem is found in a mutated workbook,
//! at its cell and with the JSON Pointer the cell becomes; English headers read as Swedish ones.

#![cfg(feature = "workbook")]

mod common;
#[path = "common/grid.rs"]
mod grid;

use std::path::PathBuf;

use grid::{Cell, Grid};
use overenskommelse::workbook;
use overenskommelse::{Document, Finding, Lang};
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
        // The examples in both languages; the small conformance documents in Swedish, which
        // reads the same columns through the same code.
        let langs: &[Lang] = if name.ends_with(".json") {
            &Lang::ALL
        } else {
            &[Lang::Sv]
        };
        for &lang in langs {
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

/// The Kiruna example's workbook, in Swedish, as a grid to break.
fn kiruna_grid() -> (Document, Grid) {
    let bytes = std::fs::read(common::root().join("examples/other/overenskommelse.json"))
        .expect("the Kiruna example");
    let document = Document::from_slice(&bytes);
    let xlsx =
        workbook::write_xlsx(document.agreement().expect("readable"), Lang::Sv).expect("written");
    (document, Grid::read(&xlsx))
}

fn text(value: &str) -> Cell {
    Cell::Text(value.to_owned())
}

/// A finding as the snapshot shows it: code, cell and pointer, then its texts in both languages.
fn render(finding: &Finding) -> String {
    let mut out = format!(
        "{} {} {}\n",
        finding.code(),
        finding.cell.as_deref().unwrap_or("-"),
        if finding.path.is_empty() {
            "\"\""
        } else {
            &finding.path
        }
    );
    for lang in Lang::ALL {
        out.push_str(&format!("  {}: {}\n", lang.tag(), finding.message(lang)));
    }
    for lang in Lang::ALL {
        let hint = finding.hint(lang).unwrap_or_default();
        out.push_str(&format!("  {} hint: {hint}\n", lang.tag()));
    }
    out
}

#[test]
fn every_problem_of_a_broken_workbook_is_reported_at_once_at_its_cell() {
    let (_, mut grid) = kiruna_grid();
    grid.set("Uppföljningar", 1, "Datum", text("igår"));
    grid.set("Aktiviteter", 1, "Status", text("klar"));
    grid.set("Aktiviteter", 2, "Principer", text("finns-inte"));
    grid.set("Budget", 1, "År", text("2023"));
    grid.set("Budget", 2, "Belopp", Cell::Number(1.5));
    grid.set("Budget", 3, "Belopp", text("många"));
    grid.set("Budget", 1, "Beslutad", text("kanske"));
    grid.set("Principer", 1, "Egna fält (JSON)", text("{\"nummer\": "));
    grid.set(
        "Principer",
        2,
        "Övrigt (JSON)",
        text(r#"{"name": {"sv": "Dialog"}}"#),
    );
    grid.set("Uppföljningar", 2, "Tillhör id", text("hup-2099/A"));
    let first_goal = grid.sheet("Mål")[1].clone();
    grid.sheet("Mål").push(first_goal);
    let agreement_row = grid.sheet("Överenskommelse")[1].clone();
    grid.sheet("Överenskommelse").push(agreement_row);
    grid.add_column("Parter", "Hemsida 2", &[text("https://example.org")]);
    grid.sheets
        .push(("Blad1".to_owned(), vec![vec![text("anteckning")]]));

    let imported = workbook::read_xlsx(&grid.write());
    let codes: std::collections::BTreeSet<&str> =
        imported.problems().iter().map(Finding::code).collect();
    for code in [
        "OVK-XLS-002",
        "OVK-XLS-004",
        "OVK-XLS-005",
        "OVK-XLS-006",
        "OVK-XLS-007",
        "OVK-XLS-008",
        "OVK-XLS-009",
        "OVK-XLS-010",
        "OVK-XLS-011",
        "OVK-XLS-012",
        "OVK-XLS-013",
        "OVK-XLS-014",
        "OVK-XLS-015",
    ] {
        assert!(codes.contains(code), "{code} not reported: {codes:?}");
    }
    // Every cell-level problem names its cell and the pointer the cell becomes.
    let date = imported
        .problems()
        .iter()
        .find(|p| p.code() == "OVK-XLS-005")
        .expect("the date");
    assert_eq!(date.cell.as_deref(), Some("Uppföljningar!C2"));
    assert_eq!(date.path, "/action_plans/0/activities/0/follow_ups/0/date");
    // The document is still checked: the missing date, the second goal with the same id and
    // the reference to a principle that does not exist are findings, at their cells.
    let document = imported.document().expect("a document");
    let reference = document
        .findings()
        .iter()
        .find(|f| f.code() == "OVK-REF-001")
        .expect("the unresolved reference");
    assert_eq!(
        reference
            .cell
            .as_deref()
            .map(|c| c.split_once('!').map(|(s, _)| s)),
        Some(Some("Aktiviteter"))
    );
    let text: Vec<String> = imported.findings().map(render).collect();
    insta::assert_snapshot!("broken_workbook", text.join("\n"));
}

#[test]
fn a_missing_required_column_and_bytes_that_are_no_workbook_are_problems() {
    let (_, mut grid) = kiruna_grid();
    grid.remove_column("Principer", "Namn");
    let imported = workbook::read_xlsx(&grid.write());
    let problems: Vec<String> = imported.problems().iter().map(render).collect();
    assert_eq!(imported.problems().len(), 1, "{problems:#?}");
    assert_eq!(imported.problems()[0].code(), "OVK-XLS-003");
    let missing: Vec<&str> = imported
        .document()
        .expect("a document")
        .findings()
        .iter()
        .filter(|f| f.code() == "OVK-STR-003")
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(missing.len(), 9, "{missing:?}");
    assert!(
        missing
            .iter()
            .all(|p| p.starts_with("/principles/") && p.ends_with("/name/sv")),
        "{missing:?}"
    );

    let not_a_workbook = workbook::read_xlsx(b"id;namn\nboras;Boras\n");
    assert!(not_a_workbook.document().is_none());
    let codes: Vec<&str> = not_a_workbook
        .problems()
        .iter()
        .map(Finding::code)
        .collect();
    assert_eq!(codes, ["OVK-XLS-001"]);
    let all = [imported.problems(), not_a_workbook.problems()].concat();
    insta::assert_snapshot!(
        "missing_column_and_not_a_workbook",
        all.iter().map(render).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn english_headers_and_sheet_names_read_as_the_swedish_ones() {
    let (document, mut grid) = kiruna_grid();
    let english = Grid::read(
        &workbook::write_xlsx(document.agreement().expect("readable"), Lang::En).expect("written"),
    );
    // One sheet in English, the rest in Swedish: each sheet is read in its own language.
    let (name, rows) = english
        .sheets
        .iter()
        .find(|(name, _)| name == "Activities")
        .expect("the activities in English")
        .clone();
    let swedish = grid
        .sheets
        .iter()
        .position(|(n, _)| n == "Aktiviteter")
        .expect("Aktiviteter");
    grid.sheets[swedish] = (name, rows);
    let imported = workbook::read_xlsx(&grid.write());
    assert!(imported.problems().is_empty());
    assert_eq!(
        json_of(imported.document().expect("a document")),
        json_of(&document)
    );
    // A problem names the column as its sheet does: Budget is Budget in both languages, and
    // its headers say which.
    let mut english = english;
    english.set("Budget", 1, "Year", text("2023"));
    let imported = workbook::read_xlsx(&english.write());
    let problem = &imported.problems()[0];
    assert_eq!(problem.code(), "OVK-XLS-006");
    assert_eq!(
        problem.message(Lang::En),
        "“2023” in the column “Year” is a number written as text."
    );
}

#[test]
fn a_row_typed_by_hand_with_numbers_and_labels_as_people_type_them_is_read() {
    let (document, mut grid) = kiruna_grid();
    // Excel turns a typed code into a number, a typed date into a date; labels are typed in
    // any case, in either language.
    let mut row = grid.sheet("Uppföljningar")[1].clone();
    let date = grid.column("Uppföljningar", "Datum");
    let status = grid.column("Uppföljningar", "Status");
    row[date] = Cell::Date(2023, 12, 1);
    row[status] = text("In Progress");
    grid.sheet("Uppföljningar").push(row);
    let imported = workbook::read_xlsx(&grid.write());
    assert!(imported.problems().is_empty());
    let before = json_of(&document);
    let after = json_of(imported.document().expect("a document"));
    let follow_ups = |v: &Value| v["action_plans"][0]["activities"][0]["follow_ups"].clone();
    let mut expected = follow_ups(&before);
    let added = serde_json::json!({
        "date": "2023-12-01",
        "status": "in_progress",
    });
    let mut added_full = expected[0].clone();
    added_full["date"] = added["date"].clone();
    added_full["status"] = added["status"].clone();
    expected.as_array_mut().expect("a list").push(added_full);
    assert_eq!(follow_ups(&after), expected);
}

#[test]
fn the_csv_holds_every_activity_with_the_status_the_follow_up_derives() {
    let bytes = std::fs::read(common::root().join("examples/boras/uppfoljning-2018.json"))
        .expect("the follow-up example");
    let document = Document::from_slice(&bytes);
    let agreement = document.agreement().expect("readable");
    for (as_of, lang) in [("2018-03-01", Lang::Sv), ("2018-12-31", Lang::En)] {
        let as_of = overenskommelse::Date::parse(as_of).expect("a date");
        let csv = workbook::activities_csv(agreement, as_of, lang);
        let body = csv
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark for Excel");
        let lines: Vec<&str> = body.split_terminator("\r\n").collect();
        let work: Vec<_> = overenskommelse::follow_up::work(agreement).collect();
        assert_eq!(lines.len(), work.len() + 1);
        for (line, row) in lines[1..].iter().zip(&work) {
            let fields: Vec<&str> = line.split(';').collect();
            assert_eq!(fields[2], row.activity.code.as_str());
            let status = overenskommelse::follow_up::status_at(row.activity, as_of);
            assert_eq!(
                fields[4],
                overenskommelse::i18n::status_word(status, lang),
                "{line}"
            );
        }
    }
}

#[test]
fn generated_documents_come_back_from_their_workbooks_exactly() {
    for (activities, seed) in [(40, 1), (300, 2018)] {
        let document = Document::from_agreement(
            overenskommelse_synthetic::document(activities, seed),
            &Default::default(),
        );
        let agreement = document.agreement().expect("readable");
        let xlsx = workbook::write_xlsx(agreement, Lang::Sv).expect("written");
        let imported = workbook::read_xlsx(&xlsx);
        assert!(imported.problems().is_empty(), "seed {seed}");
        let back = imported.document().expect("a document");
        assert_eq!(json_of(back), json_of(&document), "seed {seed}");
    }
}

#[test]
fn awkward_values_survive_the_workbook_or_are_refused_with_a_clear_error() {
    let mut value = common::boras_value();
    let activity = &mut value["action_plans"][0]["activities"][0];
    activity["title"] =
        serde_json::json!({"sv": "  Två  mellanslag\r\nCRLF ", "fi": "Kaksi", "en": "Two"});
    activity["description"] =
        serde_json::json!("Tab\tmed \"citat\" och {klammer} = 1+1; semikolon");
    activity["time"] = serde_json::json!({});
    activity["status"] = serde_json::json!("postponed");
    value["principles"][0]["description"] = serde_json::json!("'inleds med apostrof");
    value["principles"][1]["description"] = serde_json::json!("=SUMMA(A1:A2)");
    value["principles"][2]["extensions"] = serde_json::json!({"z": 1, "a": [true, null, 0.5]});
    let bytes = serde_json::to_vec(&value).expect("JSON");
    let document = Document::from_slice(&bytes);
    assert!(document.is_valid());
    let xlsx =
        workbook::write_xlsx(document.agreement().expect("readable"), Lang::Sv).expect("written");
    let imported = workbook::read_xlsx(&xlsx);
    assert!(imported.problems().is_empty());
    assert_eq!(
        json_of(imported.document().expect("a document")),
        json_of(&document)
    );

    let mut long = common::boras_value();
    long["principles"][0]["description"] = serde_json::json!("å".repeat(40_000));
    let document = Document::from_slice(&serde_json::to_vec(&long).expect("JSON"));
    let error = workbook::write_xlsx(document.agreement().expect("readable"), Lang::Sv)
        .expect_err("too long for a cell");
    assert_eq!(
        error.message(Lang::En),
        "A text at /principles/0 is longer than a cell holds (32,767 characters) and cannot be written in Principer!H2."
    );

    let precise = String::from_utf8(common::boras_bytes())
        .expect("UTF-8")
        .replacen(
            "\"principles\": [",
            "\"extensions\": {\"belopp\": 12345678901234567890123}, \"principles\": [",
            1,
        );
    let document = Document::from_slice(precise.as_bytes());
    assert!(document
        .agreement()
        .is_some_and(|a| !a.extensions.is_empty()));
    let error = workbook::write_xlsx(document.agreement().expect("readable"), Lang::Sv)
        .expect_err("too precise for a workbook");
    assert_eq!(error, overenskommelse::Error::WorkbookPrecision);
}
