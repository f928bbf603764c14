//! Workbooks written by `ovk` open in the programs people use: LibreOffice (headless) opens,
//! saves and converts one, and what it saves imports as the same document; openpyxl, the
//! spreadsheet library of Python, sees real dates, whole numbers, yes/no cells, drop-down
//! lists and the hidden lists sheet.
//!
//! `make test` installs LibreOffice (Debian's `libreoffice-calc-nogui`) and openpyxl (in
//! `.venv`) and sets `OVK_OFFICE_TESTS=1`, which makes a missing program a failure; a plain
//! `cargo test` without them says so and skips these two tests.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{ovk, root};
use serde_json::Value;

const KIRUNA: &str = "examples/other/overenskommelse.json";

fn required() -> bool {
    std::env::var("OVK_OFFICE_TESTS").is_ok_and(|v| v == "1")
}

/// A folder of its own for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("ovk-office-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("the temp folder is writable");
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The program `name` on the PATH, when there is one.
fn program(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    })
}

fn export(document: &str, out: &Path) {
    let output = ovk(&["export", document, "-o", out.to_str().expect("UTF-8 path")]);
    assert!(output.status.success(), "{output:?}");
}

/// The document as the model writes it.
fn model_json(bytes: &[u8]) -> Value {
    serde_json::to_value(overenskommelse::from_slice(bytes).expect("readable")).expect("JSON")
}

/// Runs LibreOffice headless with a profile of its own in `dir`, converting `files` to `to`.
fn soffice(soffice: &Path, dir: &Path, files: &[&Path], to: &str, out: &Path) {
    let profile = format!("file://{}", dir.join("profile").display());
    let status = Command::new(soffice)
        .args(["--headless", "--norestore", "--nolockcheck"])
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--convert-to", to, "--outdir"])
        .arg(out)
        .args(files)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
}

#[test]
fn libreoffice_opens_saves_and_converts_a_written_workbook() {
    let Some(soffice_path) = program("soffice") else {
        assert!(!required(), "soffice is not installed: run `make test`");
        eprintln!("skipped: no soffice on the PATH (make test installs LibreOffice)");
        return;
    };
    let dir = TempDir::new("libreoffice");
    let written = dir.0.join("kiruna.xlsx");
    export(KIRUNA, &written);

    // Saved again by LibreOffice, the workbook still imports as the same document.
    let resaved = dir.0.join("resaved");
    soffice(
        &soffice_path,
        &dir.0,
        &[&written],
        "xlsx:Calc MS Excel 2007 XML",
        &resaved,
    );
    let json = dir.0.join("kiruna.json");
    let resaved_file = resaved.join("kiruna.xlsx");
    let output = ovk(&[
        "import",
        resaved_file.to_str().expect("UTF-8 path"),
        "-o",
        json.to_str().expect("UTF-8 path"),
    ]);
    assert!(output.status.success(), "{output:?}");
    let original = std::fs::read(root().join(KIRUNA)).expect("the example");
    let imported = std::fs::read(&json).expect("the imported document");
    assert_eq!(model_json(&imported), model_json(&original));

    // Every sheet as CSV (LibreOffice 7.2 and later, sheet -1), cells as shown: dates as
    // the workbook formats them. The template too, in English.
    let template = dir.0.join("template.xlsx");
    let output = ovk(&[
        "template",
        "--lang",
        "en",
        "-o",
        template.to_str().expect("UTF-8 path"),
    ]);
    assert!(output.status.success(), "{output:?}");
    let csv = dir.0.join("csv");
    soffice(
        &soffice_path,
        &dir.0,
        &[&written, &template],
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        &csv,
    );
    let sheet = |name: &str| {
        std::fs::read_to_string(csv.join(format!("{name}.csv")))
            .unwrap_or_else(|e| panic!("no CSV of {name}: {e}"))
    };
    let follow_ups = sheet("kiruna-Uppföljningar");
    assert!(
        follow_ups.starts_with("Tillhör,Tillhör id,Datum,Status"),
        "{follow_ups}"
    );
    assert!(follow_ups.contains(",2023-06-15,planerad,"), "{follow_ups}");
    let activities = sheet("kiruna-Aktiviteter");
    assert_eq!(activities.lines().count(), 1 + 8, "{activities}");
    let guide = sheet("template-Guide");
    assert!(
        guide.starts_with("Sheet,Column,Holds,Required,Form,Example"),
        "{guide}"
    );
    assert!(guide.contains("Activities,Status,"), "{guide}");
    assert_eq!(sheet("template-Activities").lines().count(), 1);
}

#[test]
fn openpyxl_sees_dates_numbers_lists_and_the_hidden_sheet() {
    let python = std::env::var_os("OVK_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            let venv = root().join(".venv/bin/python");
            venv.is_file().then_some(venv)
        });
    let Some(python) = python else {
        assert!(!required(), "no Python with openpyxl: run `make test`");
        eprintln!("skipped: no .venv with openpyxl (make test makes it)");
        return;
    };
    let dir = TempDir::new("openpyxl");
    let written = dir.0.join("kiruna.xlsx");
    export(KIRUNA, &written);
    let output = Command::new(python)
        .arg(root().join("scripts/workbook_summary.py"))
        .arg(&written)
        .output()
        .expect("python runs");
    assert!(output.status.success(), "{output:?}");
    let summary: Value = serde_json::from_slice(&output.stdout).expect("JSON");

    let agreement = overenskommelse::from_path(root().join(KIRUNA)).expect("the example");
    let follow_ups: usize = overenskommelse::follow_up::work(&agreement)
        .map(|w| w.activity.follow_ups.len())
        .sum::<usize>()
        + agreement
            .partnerships
            .iter()
            .flat_map(|p| &p.obligations)
            .map(|o| o.follow_ups.len())
            .sum::<usize>();
    let budget_lines = agreement
        .plans
        .iter()
        .map(|p| p.budget.len())
        .sum::<usize>()
        + agreement
            .action_plans
            .iter()
            .map(|p| p.budget.len())
            .sum::<usize>()
        + agreement
            .partnerships
            .iter()
            .map(|p| p.budget.len())
            .sum::<usize>()
        + overenskommelse::follow_up::work(&agreement)
            .map(|w| w.activity.budget.len())
            .sum::<usize>();
    let column = |sheet: &str, header: &str| summary[sheet]["columns"][header].clone();
    assert_eq!(
        column("Uppföljningar", "Datum"),
        serde_json::json!({ "date": follow_ups })
    );
    assert_eq!(
        column("Budget", "År"),
        serde_json::json!({ "int": budget_lines })
    );
    assert_eq!(
        column("Budget", "Beslutad"),
        serde_json::json!({ "bool": budget_lines })
    );
    assert_eq!(summary["Listor"]["state"], "hidden");
    assert_eq!(summary["Förklaring"]["state"], "visible");
    let lists = summary["Aktiviteter"]["lists"].as_array().expect("lists");
    assert!(lists.iter().any(|l| l == "V2:V1048576"), "{lists:?}");
    assert!(
        summary["Handlingsplaner"]["lists"]
            .as_array()
            .is_some_and(|l| !l.is_empty()),
        "the references of an action plan are drop-down lists"
    );
}
