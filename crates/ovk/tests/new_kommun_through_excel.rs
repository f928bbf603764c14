//! A new kommun goes from `ovk new` (or the template) through Excel to a clean document and
//! its report without writing JSON: the starter written as a workbook, every placeholder
//! filled in and rows added as a kommun officer would in Excel, then `ovk import`, `ovk
//! validate` and `ovk report`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "../../overenskommelse/tests/common/grid.rs"]
mod grid;

use grid::{Cell, Grid};

/// The report's date: the action plan's year (`--year 2026`), before its autumn activity.
const AS_OF: &str = "2026-06-30";

/// A folder of its own for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("ovk-new-kommun-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("the temp folder is writable");
        Self(path)
    }

    fn path(&self, name: &str) -> String {
        self.0
            .join(name)
            .to_str()
            .expect("UTF-8 temp path")
            .to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `ovk` with `args`, in `dir`; fails the test, with what it printed, unless it exits 0.
fn ovk(dir: &Path, args: &[&str]) -> String {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("ovk runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 output");
    assert!(
        output.status.success(),
        "ovk {args:?} exited with {:?}:\n{stdout}{stderr}",
        output.status.code()
    );
    stdout
}

/// What a kommun officer writes where the starter asks, by the column's header: the text
/// of the placeholder says what is asked, the header where.
fn answer(sheet: &str, header: &str) -> &'static str {
    match (sheet, header) {
        ("Parter", "Namn") => "Idéburna sektorn i Borås",
        ("Aktiviteter", "Aktivitet") => "Stormöte om Överenskommelsen",
        ("Aktiviteter", "Målgrupp") => "Föreningar och förvaltningar i Borås",
        ("Aktiviteter", "Ansvarig") => "Samrådet för Överenskommelsen",
        ("Aktiviteter", "Tid") => "hösten 2026",
        _ => panic!("a placeholder nobody expected, in {sheet}, column {header}"),
    }
}

/// Every cell of the workbook that still holds a placeholder (`[Fyll i: …]`), as (sheet,
/// data row, header).
fn placeholders(grid: &Grid) -> Vec<(String, usize, String)> {
    let mut found = Vec::new();
    for (sheet, rows) in &grid.sheets {
        let Some((header, data)) = rows.split_first() else {
            continue;
        };
        for (index, row) in data.iter().enumerate() {
            for (col, cell) in row.iter().enumerate() {
                if let Cell::Text(text) = cell {
                    if text.starts_with("[Fyll i:") {
                        let Some(Cell::Text(title)) = header.get(col) else {
                            panic!("a placeholder under no header in {sheet}");
                        };
                        found.push((sheet.clone(), index + 1, title.clone()));
                    }
                }
            }
        }
    }
    found
}

/// Adds a row to the sheet `name`, with `cells` by header, as a person types a new line.
fn add_row(grid: &mut Grid, name: &str, cells: &[(&str, Cell)]) -> usize {
    let row = {
        let rows = grid.sheet(name);
        rows.push(Vec::new());
        rows.len() - 1
    };
    for (header, cell) in cells {
        grid.set(name, row, header, cell.clone());
    }
    row
}

/// The text of the cell of data row `row` in the column headed `header`.
fn text(grid: &mut Grid, name: &str, row: usize, header: &str) -> String {
    let col = grid.column(name, header);
    match grid.sheet(name)[row].get(col) {
        Some(Cell::Text(text)) => text.clone(),
        other => panic!("{name} row {row}, {header}: {other:?}"),
    }
}

fn text_cell(text: &str) -> Cell {
    Cell::Text(text.to_owned())
}

/// Imports `workbook` with no problem, validates what it holds with no finding at all, and
/// answers the report at [`AS_OF`].
fn import_validate_report(dir: &TempDir, workbook: &str) -> String {
    let json = dir.path("plan.json");
    let imported = ovk(&dir.0, &["import", workbook, "-o", &json]);
    assert!(
        imported.contains("0 fel, 0 varningar, 0 info"),
        "{imported}"
    );
    let validated = ovk(&dir.0, &["validate", &json]);
    assert!(
        validated.contains("0 fel, 0 varningar, 0 info"),
        "{validated}"
    );
    ovk(&dir.0, &["report", &json, "--as-of", AS_OF])
}

#[test]
fn a_new_kommun_goes_from_ovk_new_through_excel_to_a_clean_document_and_its_report() {
    let dir = TempDir::new("new");
    let start = dir.path("start.json");
    let workbook = dir.path("plan.xlsx");
    ovk(
        &dir.0,
        &["new", "--kommun", "1490", "--year", "2026", "-o", &start],
    );
    ovk(
        &dir.0,
        &["export", &start, "--format", "xlsx", "-o", &workbook],
    );

    let mut grid = Grid::read(&std::fs::read(&workbook).expect("the workbook"));
    let asked = placeholders(&grid);
    assert!(!asked.is_empty(), "the starter asks for something");
    for (sheet, row, header) in &asked {
        grid.set(sheet, *row, header, text_cell(answer(sheet, header)));
    }
    assert_eq!(placeholders(&grid), []);
    // And the day the agreement takes effect, which the starter leaves for the kommun.
    grid.set(
        "Överenskommelse",
        1,
        "Giltighet från",
        Cell::Date(2026, 1, 1),
    );

    // A second activity, on a new row below the first, with the same holder and parties,
    // and a follow-up that reports it done.
    let plan = text(&mut grid, "Aktiviteter", 1, "Tillhör id");
    let parties = text(&mut grid, "Aktiviteter", 1, "Ansvarig: parter");
    add_row(
        &mut grid,
        "Aktiviteter",
        &[
            ("Tillhör", text_cell("Handlingsplan")),
            ("Tillhör id", text_cell(&plan)),
            ("Kod", text_cell("B")),
            (
                "Aktivitet",
                text_cell("Utbildning om Överenskommelsen för nya förtroendevalda"),
            ),
            (
                "Målgrupp",
                text_cell("Nya förtroendevalda och föreningarnas styrelser"),
            ),
            (
                "Ansvarig",
                text_cell("Kommunens samordnare och Idéburna sektorn i Borås"),
            ),
            ("Ansvarig: parter", text_cell(&parties)),
            ("Tid", text_cell("maj 2026")),
            ("Status", text_cell("genomförd")),
        ],
    );
    add_row(
        &mut grid,
        "Uppföljningar",
        &[
            ("Tillhör", text_cell("Aktivitet")),
            ("Tillhör id", text_cell(&format!("{plan}/B"))),
            ("Datum", Cell::Date(2026, 5, 28)),
            ("Status", text_cell("genomförd")),
            ("Bedömning", text_cell("grön")),
            ("Anteckning", text_cell("Två tillfällen, 34 deltagare.")),
        ],
    );
    let filled = dir.path("ifylld.xlsx");
    std::fs::write(&filled, grid.write()).expect("written");

    let report = import_validate_report(&dir, &filled);
    for activity in [
        "Stormöte om Överenskommelsen",
        "Utbildning om Överenskommelsen för nya förtroendevalda",
        "Två tillfällen, 34 deltagare.",
    ] {
        assert!(report.contains(activity), "{activity} is in the report");
    }
    insta::assert_snapshot!(report);
}

#[test]
fn a_new_kommun_goes_from_the_empty_template_through_excel_to_a_clean_document_and_its_report() {
    let dir = TempDir::new("template");
    let template = dir.path("mall.xlsx");
    ovk(&dir.0, &["template", "-o", &template]);
    let mut grid = Grid::read(&std::fs::read(&template).expect("the template"));
    // The template is headers only: every sheet of entities is empty.
    for (sheet, rows) in &grid.sheets {
        if !["Förklaring", "Listor"].contains(&sheet.as_str()) {
            assert_eq!(rows.len(), 1, "{sheet} has only its headers");
        }
    }

    // The fewest rows that make an agreement with an action plan and an activity.
    add_row(
        &mut grid,
        "Överenskommelse",
        &[
            ("Formatversion", text_cell("2.0")),
            ("Id", text_cell("boras")),
            ("Kommun eller region", text_cell("kommun")),
            ("Kommunens eller regionens namn", text_cell("Borås")),
            ("Kommunkod eller länskod", text_cell("1490")),
            ("Titel", text_cell("Överenskommelsen i Borås")),
            ("Giltighet från", Cell::Date(2026, 1, 1)),
        ],
    );
    for (id, name, side, kind) in [
        ("boras-kommun", "Borås kommun", "offentlig sektor", "kommun"),
        (
            "det-ideburna",
            "Idéburna sektorn i Borås",
            "det idéburna",
            "det idéburna som helhet",
        ),
    ] {
        add_row(
            &mut grid,
            "Parter",
            &[
                ("Id", text_cell(id)),
                ("Namn", text_cell(name)),
                ("Sida", text_cell(side)),
                ("Slag", text_cell(kind)),
            ],
        );
    }
    add_row(
        &mut grid,
        "Handlingsplaner",
        &[
            ("Id", text_cell("handlingsplan-2026")),
            ("Slag", text_cell("handlingsplan")),
            ("Titel", text_cell("Handlingsplan 2026")),
            ("Period från", Cell::Date(2026, 1, 1)),
            ("Period till", Cell::Date(2026, 12, 31)),
        ],
    );
    add_row(
        &mut grid,
        "Aktiviteter",
        &[
            ("Tillhör", text_cell("Handlingsplan")),
            ("Tillhör id", text_cell("handlingsplan-2026")),
            ("Kod", text_cell("A")),
            ("Aktivitet", text_cell("Stormöte om Överenskommelsen")),
            (
                "Målgrupp",
                text_cell("Föreningar och förvaltningar i Borås"),
            ),
            ("Ansvarig", text_cell("Samrådet för Överenskommelsen")),
            ("Ansvarig: parter", text_cell("boras-kommun, det-ideburna")),
            ("Tid", text_cell("hösten 2026")),
            ("Status", text_cell("planerad")),
        ],
    );
    let filled = dir.path("ifylld.xlsx");
    std::fs::write(&filled, grid.write()).expect("written");

    let report = import_validate_report(&dir, &filled);
    assert!(report.contains("Stormöte om Överenskommelsen"), "{report}");
    insta::assert_snapshot!(report);
}
