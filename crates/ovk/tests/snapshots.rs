//! Every output format of `ovk`, as a user sees it, pinned in snapshots.
//!
//! Each snapshot holds the exit code on its first line, then standard output exactly as
//! printed, then standard error when there is any. The snapshots in `snapshots/` are the
//! reviewed output: a changed word, column or exit code shows up as a diff to read, and under
//! `CI=true` a difference fails instead of writing a new snapshot.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "../../overenskommelse/tests/common/grid.rs"]
mod grid;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `ovk` in the workspace root and renders what it did, with `dir` (where the test's own
/// documents are, a different folder each run) written as `<tmp>`.
fn run(args: &[&str], dir: Option<&Path>) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("ovk runs");
    let code = output
        .status
        .code()
        .map_or_else(|| "none (killed by a signal)".to_owned(), |c| c.to_string());
    let mut text = format!("exit: {code}\n");
    text.push_str(&String::from_utf8(output.stdout).expect("standard output is UTF-8"));
    let stderr = String::from_utf8(output.stderr).expect("standard error is UTF-8");
    if !stderr.is_empty() {
        text.push_str("--- stderr ---\n");
        text.push_str(&stderr);
    }
    match dir {
        Some(dir) => text.replace(dir.to_str().expect("UTF-8 temp path"), "<tmp>"),
        None => text,
    }
}

/// A folder of its own under the system's temp folder, removed when dropped. Tests run in
/// parallel, so each folder is numbered.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path = std::env::temp_dir().join(format!("ovk-snapshots-{}-{n}", std::process::id()));
        // A folder left by a crashed earlier run of the same process id would hold stale files.
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("the temp folder is writable");
        Self(path)
    }

    /// Writes `name` into the folder and returns its full path.
    fn file(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("the temp file is writable");
        path.to_str().expect("UTF-8 temp path").to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const BORAS: &str = "examples/boras/overenskommelse.json";
const FOLLOW_UP: &str = "examples/boras/uppfoljning-2018.json";

/// A comma missing after line 2: the document cannot be read at all.
const SYNTAX_ERROR: &str = r#"{
  "schema_version": "2.0"
  "id": "boras"
}
"#;

/// A small Borås document with one or more problems of each family: structure (an unknown
/// field, a missing code, a wrong type, an invalid status), ids, references, dates, codes,
/// follow-up order and quality.
const BROKEN: &str = r#"{
  "schema_version": "2.0",
  "id": "boras",
  "jurisdiction": { "kind": "kommun", "name": "Borås Stad", "code": "149" },
  "title": { "sv": "Överenskommelsen i Borås", "en": "The Borås Agreement" },
  "as_of": "2018-12-31",
  "principles": [
    { "id": "dialog", "name": { "sv": "Dialog", "en": "Dialogue" } },
    { "id": "oppenhet", "name": 7 }
  ],
  "parties": [
    {
      "id": "boras-stad",
      "name": "Borås Stad",
      "side": "public",
      "kind": "kommun",
      "org_number": "212000-1562",
      "website": "www.boras.se"
    },
    {
      "id": "det-ideburna",
      "name": "Det Idéburna",
      "side": "civil_society",
      "kind": "collective",
      "email": "overenskommelsen.example.se"
    }
  ],
  "people": [
    { "id": "malin", "name": "Malin", "party": "boras-stad" },
    { "id": "anders", "name": "Anders", "party": "det-ideburna" }
  ],
  "bodies": [
    { "id": "samradet", "name": "Samrådet för Överenskommelsen", "kind": "joint_council", "chair": "Malin" },
    { "id": "stormotet", "name": "Stormötet", "kind": "general_meeting" }
  ],
  "challenges": [ { "id": "demokrati", "name": "demokrati" } ],
  "interest_areas": [
    {
      "id": "borasarnas-rost",
      "title": "Boråsarnas röst lyfts fram",
      "challenges": ["demokrati"],
      "objectives": [
        { "id": "borasarnas-rost-1", "text": "Att ta tillvara människors engagemang." },
        { "id": "borasarnas-rost-2", "text": "Att lyssna och lära av de idéburna organisationerna." }
      ]
    }
  ],
  "plans": [
    {
      "id": "plan-2018-2022",
      "kind": "long_term",
      "title": "Plan för Överenskommelsen i Borås",
      "period": { "start": "2018-01-01", "end": "2022-12-31" },
      "interest_areas": ["borasarnas-rost"]
    }
  ],
  "action_plans": [
    {
      "id": "handlingsplan-2018",
      "kind": "action_and_assignment_plan",
      "title": "Gemensam handlingsplan för Överenskommelsen i Borås",
      "plan": "plan-2018-2022",
      "period": { "start": "2018-12-31", "end": "2018-01-01" },
      "activities": [
        {
          "code": "A",
          "title": "Gemensam hemsida på Borås Stads webbplats",
          "target_groups": [ { "text": "Idéburna och kommunala personer", "parties": ["det-ideburna", "boras-stad"] } ],
          "responsible": [ { "text": "Malin och Samrådet", "people": ["malin", "samradet"] } ],
          "time": { "text": "Under 2018" },
          "status": "klar",
          "objectives": ["borasarnas-rost-3"],
          "follow_ups": [
            { "date": "2018-11-28", "status": "done", "body": "stormotet" },
            { "date": "2018-03-01", "status": "in_progress", "body": "samradet" }
          ]
        },
        {
          "code": "A",
          "title": "Facebooksida",
          "description": "Anders uppdaterar sidan varje vecka.",
          "responsible": [],
          "time": { "text": "Se bilaga" },
          "objectives": ["borasarnas-rost-2"]
        },
        {
          "title": "Stormöte kring Överenskommelsen",
          "responsible": [ { "text": "Samrådet", "bodies": ["samradet"] } ],
          "time": { "text": "Under 2018" }
        },
        {
          "code": "D",
          "title": "Seminarier",
          "target_groups": [ { "text": "Idéburna", "parties": ["det-ideburna"] } ],
          "responsible": [ { "text": "Anders", "people": ["anders"] } ],
          "time": { "text": "Under 2018" },
          "follow_ups": [ { "date": "2018-02-30", "status": "done", "body": "samradet" } ]
        }
      ]
    }
  ]
}
"#;

/// The two broken documents, written where `ovk` can read them: a syntax error and a document
/// with structure and content problems.
fn broken_documents() -> (TempDir, [String; 2]) {
    let dir = TempDir::new();
    let files = [
        dir.file("syntax-error.json", SYNTAX_ERROR),
        dir.file("broken.json", BROKEN),
    ];
    (dir, files)
}

fn validate_broken(extra: &[&str]) -> String {
    let (dir, [syntax, broken]) = broken_documents();
    let mut args = vec!["validate"];
    args.extend_from_slice(extra);
    args.extend([syntax.as_str(), broken.as_str()]);
    run(&args, Some(&dir.0))
}

#[test]
fn validate_boras_text_sv() {
    insta::assert_snapshot!(run(&["validate", "--lang", "sv", BORAS], None));
}

#[test]
fn validate_boras_text_en() {
    insta::assert_snapshot!(run(&["validate", "--lang", "en", BORAS], None));
}

#[test]
fn validate_boras_json() {
    insta::assert_snapshot!(run(&["validate", "--format", "json", BORAS], None));
}

#[test]
fn validate_boras_github() {
    insta::assert_snapshot!(run(&["validate", "--format", "github", BORAS], None));
}

#[test]
fn validate_broken_text_sv() {
    insta::assert_snapshot!(validate_broken(&["--lang", "sv"]));
}

#[test]
fn validate_broken_text_en() {
    insta::assert_snapshot!(validate_broken(&["--lang", "en"]));
}

#[test]
fn validate_broken_json() {
    insta::assert_snapshot!(validate_broken(&["--format", "json"]));
}

#[test]
fn validate_broken_json_en() {
    insta::assert_snapshot!(validate_broken(&["--format", "json", "--lang", "en"]));
}

#[test]
fn validate_broken_github() {
    insta::assert_snapshot!(validate_broken(&["--format", "github"]));
}

/// `ovk report` on the follow-up example, at the stormöte of 2018-12-31.
fn report(extra: &[&str]) -> String {
    let mut args = vec![
        "report",
        FOLLOW_UP,
        "--as-of",
        "2018-12-31",
        "--since",
        "2018-06-15",
    ];
    args.extend_from_slice(extra);
    run(&args, None)
}

#[test]
fn report_md_sv() {
    insta::assert_snapshot!(report(&["--format", "md", "--lang", "sv"]));
}

#[test]
fn report_md_en() {
    insta::assert_snapshot!(report(&["--format", "md", "--lang", "en"]));
}

#[test]
fn report_html_sv() {
    insta::assert_snapshot!(report(&["--format", "html", "--lang", "sv"]));
}

#[test]
fn report_html_en() {
    insta::assert_snapshot!(report(&["--format", "html", "--lang", "en"]));
}

#[test]
fn report_json() {
    insta::assert_snapshot!(report(&["--format", "json"]));
}

const REGION: &str = "examples/region/overenskommelse.json";
const EXEMPELBY: &str = "examples/other/overenskommelse.json";

#[test]
fn report_region_md_sv() {
    insta::assert_snapshot!(run(&["report", REGION, "--lang", "sv"], None));
}

#[test]
fn report_region_md_en() {
    insta::assert_snapshot!(run(&["report", REGION, "--lang", "en"], None));
}

#[test]
fn report_region_json() {
    insta::assert_snapshot!(run(&["report", REGION, "--format", "json"], None));
}

/// Exempelby ended early: the report says so at the top, when and by whose decision.
#[test]
fn report_ended_agreement_md_sv() {
    insta::assert_snapshot!(run(&["report", EXEMPELBY, "--lang", "sv"], None));
}

#[test]
fn report_ended_agreement_md_en() {
    insta::assert_snapshot!(run(&["report", EXEMPELBY, "--lang", "en"], None));
}

/// A region's agreement with plans, a partnership and money but no activities and no times:
/// every section says why it is empty, and the money and the partnership are there.
const MONEY_WITHOUT_ACTIVITIES: &str = r#"{
  "schema_version": "2.0",
  "id": "region-norrvik",
  "jurisdiction": { "kind": "region", "name": "Region Norrbotten", "code": "25" },
  "title": "Överenskommelsen i Region Norrbotten",
  "as_of": "2025-03-31",
  "decisions": [{ "kind": "adopted", "date": { "text": "maj 2013" }, "by": [{ "text": "Regionfullmäktige" }] }],
  "validity": { "start": "2013-06-01" },
  "parties": [
    { "id": "regionen", "name": "Region Norrbotten", "side": "public", "kind": "region" },
    { "id": "forum", "name": "Forum Norrbotten", "side": "civil_society", "kind": "umbrella_organisation" }
  ],
  "plans": [{
    "id": "plan-2024-2027", "kind": "development", "title": "Utvecklingsplan 2024–2027",
    "period": { "start": "2024-01-01", "end": "2027-12-31" },
    "budget": [
      { "year": 2024, "amount": 250000, "funder": { "parties": ["regionen"] }, "recipient": { "parties": ["forum"] }, "decided": true },
      { "year": 2025, "funder": { "parties": ["regionen"] }, "decided": false, "note": "2025 beslutas i budgeten." }
    ]
  }],
  "partnerships": [{
    "id": "iop-jourer", "kind": "iop", "title": "IOP med kvinno- och tjejjourerna",
    "plan": "plan-2024-2027", "parties": ["regionen", "forum"],
    "period": { "start": "2024-01-01", "end": "2026-12-31" },
    "budget": [{ "year": 2024, "amount": 900000, "funder": { "text": "Socialstyrelsen" }, "recipient": { "parties": ["forum"] }, "decided": true }],
    "obligations": [
      { "code": "R1", "party": "regionen", "text": "Regionen ska bidra med lokaler.", "status": "in_progress" },
      { "code": "F1", "party": "forum", "text": "Forum ska redovisa verksamheten varje år." }
    ]
  }]
}
"#;

fn report_money_without_activities(lang: &str) -> String {
    let dir = TempDir::new();
    let path = dir.file("norrvik.json", MONEY_WITHOUT_ACTIVITIES);
    run(&["report", &path, "--lang", lang], Some(&dir.0))
}

#[test]
fn report_money_without_activities_md_sv() {
    insta::assert_snapshot!(report_money_without_activities("sv"));
}

#[test]
fn report_money_without_activities_md_en() {
    insta::assert_snapshot!(report_money_without_activities("en"));
}

#[test]
fn rules_text_sv() {
    insta::assert_snapshot!(run(&["rules", "--lang", "sv"], None));
}

#[test]
fn rules_text_en() {
    insta::assert_snapshot!(run(&["rules", "--lang", "en"], None));
}

#[test]
fn rules_json() {
    insta::assert_snapshot!(run(&["rules", "--format", "json"], None));
}

#[test]
fn rules_markdown() {
    insta::assert_snapshot!(run(&["rules", "--format", "markdown"], None));
}

/// The phrases of `ovk time`, with the arguments each is given: texts of the TID column that
/// need a year from the action plan's period are shown both without and with it.
const PHRASES: [&[&str]; 14] = [
    &["hösten 2019"],
    &["Löpande", "--period", "2018-01-01..2018-12-31"],
    &["vecka 12"],
    &["vecka 12", "--period", "2018-01-01..2018-12-31"],
    &["April Mars, maj?"],
    &["April Mars, maj?", "--period", "2018-01-01..2018-12-31"],
    &["till stormötet"],
    &["till stormötet", "--period", "2018-01-01..2018-12-31"],
    &["när vi hinner"],
    &["7 och 21 oktober 2019"],
    &["vartannat år", "--period", "2019-01-01..2022-12-31"],
    &["fyra gånger per år", "--period", "2019-01-01..2019-12-31"],
    &["mars", "--period", "2019-06-01..2021-05-31"],
    &["torsdagen den 13 oktober 2023"],
];

/// Every phrase of [`PHRASES`] through `ovk time` with `extra`, one block each, headed by the
/// command line.
fn time(extra: &[&str]) -> String {
    PHRASES
        .iter()
        .map(|phrase| {
            let mut args = vec!["time"];
            args.extend_from_slice(phrase);
            args.extend_from_slice(extra);
            let shown: Vec<String> = args
                .iter()
                .map(|arg| {
                    if arg.contains(' ') || arg.contains('?') {
                        format!("{arg:?}")
                    } else {
                        (*arg).to_owned()
                    }
                })
                .collect();
            format!("$ ovk {}\n{}", shown.join(" "), run(&args, None))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn time_text_sv() {
    insta::assert_snapshot!(time(&[]));
}

#[test]
fn time_text_en() {
    insta::assert_snapshot!(time(&["--lang", "en"]));
}

#[test]
fn time_json() {
    insta::assert_snapshot!(time(&["--format", "json"]));
}

/// A small 1.0 document with every field the migration moves: the agreement's adoption,
/// version and end, a goal's strategies, a plan's and an action plan's adoption, a funder, and
/// an activity whose status 1.0 left implicit.
const VERSION_1: &str = r#"{
  "schema_version": "1.0",
  "id": "exempelby",
  "jurisdiction": { "kind": "kommun", "name": "Kiruna kommun", "code": "2584" },
  "title": "Överenskommelsen i Exempelby",
  "version": { "number": "2", "date": "2022-12-15", "replaces": "1", "changes": "Region Norrvik blev part." },
  "adopted": "2022-12-15",
  "ended": { "date": "2024-10-31", "reason": "Arbetet förs vidare regionalt." },
  "goals": [{ "id": "mal-1", "text": "Fler har inflytande.", "strategies": ["Mötesplatser", { "sv": "Tidig dialog", "en": "Early dialogue" }] }],
  "parties": [{ "id": "kommunen", "name": "Exempelby kommun", "side": "public", "kind": "kommun" }],
  "plans": [{ "id": "plan", "kind": "development", "title": "Utvecklingsplan", "period": { "start": "2023-01-01", "end": "2026-12-31" }, "adopted": "2022-12-15" }],
  "action_plans": [{
    "id": "hp-2023", "kind": "action_plan", "title": "Handlingsplan 2023", "plan": "plan",
    "period": { "start": "2023-01-01", "end": "2023-12-31" }, "adopted": "2023-01-20",
    "adopted_by": [{ "text": "Samrådet" }],
    "activities": [{ "code": "A", "title": "Gemensam hemsida", "responsible": [{ "parties": ["kommunen"] }], "target_groups": [{ "text": "Föreningar" }] }],
    "budget": [{ "year": 2023, "amount": 50000, "funder": "kommunen", "decided": true }]
  }]
}
"#;

#[test]
fn migrate_version_1() {
    let dir = TempDir::new();
    let path = dir.file("exempelby-1.0.json", VERSION_1);
    insta::assert_snapshot!(run(&["migrate", &path], Some(&dir.0)));
}

#[test]
fn validate_version_1_text_sv() {
    let dir = TempDir::new();
    let path = dir.file("exempelby-1.0.json", VERSION_1);
    insta::assert_snapshot!(run(&["validate", &path], Some(&dir.0)));
}

#[test]
fn migrate_broken_version_1_text_en() {
    let dir = TempDir::new();
    let path = dir.file(
        "broken-1.0.json",
        &VERSION_1.replace(r#""adopted": "2022-12-15""#, r#""adopted": "maj 2022""#),
    );
    insta::assert_snapshot!(run(&["migrate", "--lang", "en", &path], Some(&dir.0)));
}

#[test]
fn new_kommun_by_code_sv() {
    insta::assert_snapshot!(run(&["new", "--kommun", "1490", "--year", "2026"], None));
}

#[test]
fn new_region_by_name_en() {
    insta::assert_snapshot!(run(
        &[
            "new",
            "--region",
            "Region Skåne",
            "--year",
            "2026",
            "--lang",
            "en"
        ],
        None
    ));
}

/// What a kommun officer sees next: the starter written to a file, then checked.
#[test]
fn new_then_validate_lists_what_to_fill_in() {
    let dir = TempDir::new();
    let path = dir.0.join("overenskommelse.json");
    let path = path.to_str().expect("UTF-8 temp path");
    let written = run(
        &[
            "new",
            "--kommun",
            "Borås Stad",
            "--year",
            "2026",
            "-o",
            path,
        ],
        Some(&dir.0),
    );
    let checked = run(&["validate", path], Some(&dir.0));
    insta::assert_snapshot!(format!("{written}{checked}"));
}

#[test]
fn new_errors_sv_and_en() {
    let mut out = String::new();
    for args in [
        &["new", "--kommun", "Exempelby"][..],
        &["new", "--kommun", "12", "--lang", "en"],
        &["new", "--region", "1490"],
        &["new", "--kommun", "Are", "--lang", "en"],
        &["new", "--kommun", "1490", "--year", "12026"],
    ] {
        out.push_str(&format!("$ ovk {}\n{}\n", args.join(" "), run(args, None)));
    }
    insta::assert_snapshot!(out);
}

/// The Kiruna example's workbook with a date that is no date, a status not in its list, a
/// follow-up of an activity that does not exist and a reference to a principle that does not.
fn broken_workbook(dir: &TempDir) -> String {
    use grid::{Cell, Grid};
    let document = overenskommelse::Document::from_path(
        root().join("examples/other/overenskommelse.json"),
        &Default::default(),
    )
    .expect("the Kiruna example");
    let agreement = document.agreement().expect("readable");
    let xlsx = overenskommelse::workbook::write_xlsx(agreement, overenskommelse::Lang::Sv)
        .expect("written");
    let mut grid = Grid::read(&xlsx);
    let text = |t: &str| Cell::Text(t.to_owned());
    grid.set("Uppföljningar", 1, "Datum", text("15/6 2023"));
    grid.set("Aktiviteter", 1, "Status", text("klar"));
    grid.set("Aktiviteter", 2, "Principer", text("finns-inte"));
    grid.set("Uppföljningar", 2, "Tillhör id", text("hup-2099/A"));
    let path = dir.0.join("kiruna.xlsx");
    std::fs::write(&path, grid.write()).expect("written");
    path.to_str().expect("UTF-8 temp path").to_owned()
}

#[test]
fn import_problems_text_sv() {
    let dir = TempDir::new();
    let path = broken_workbook(&dir);
    insta::assert_snapshot!(run(&["import", &path], Some(&dir.0)));
}

#[test]
fn import_problems_text_en() {
    let dir = TempDir::new();
    let path = broken_workbook(&dir);
    insta::assert_snapshot!(run(&["import", "--lang", "en", &path], Some(&dir.0)));
}

#[test]
fn import_problems_json() {
    let dir = TempDir::new();
    let path = broken_workbook(&dir);
    insta::assert_snapshot!(run(&["import", "--format", "json", &path], Some(&dir.0)));
}

#[test]
fn export_then_import_gives_the_document_back() {
    let dir = TempDir::new();
    let xlsx = dir.0.join("boras.xlsx");
    let json = dir.0.join("boras.json");
    let xlsx = xlsx.to_str().expect("UTF-8 temp path");
    let json = json.to_str().expect("UTF-8 temp path");
    let export = run(&["export", FOLLOW_UP, "-o", xlsx], Some(&dir.0));
    let import = run(&["import", xlsx, "-o", json], Some(&dir.0));
    let read = |path: &Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(path).expect("written")).expect("JSON")
    };
    let mut original = read(&root().join(FOLLOW_UP));
    // The document as the model writes it: texts as objects, members in the model's order.
    original = serde_json::to_value(
        overenskommelse::from_slice(&serde_json::to_vec(&original).expect("JSON"))
            .expect("readable"),
    )
    .expect("JSON");
    assert_eq!(read(Path::new(json)), original);
    insta::assert_snapshot!(format!("{export}{import}"));
}

#[test]
fn export_csv_sv() {
    insta::assert_snapshot!(run(
        &[
            "export",
            FOLLOW_UP,
            "--format",
            "csv",
            "--as-of",
            "2018-06-30"
        ],
        None
    ));
}

#[test]
fn export_csv_en() {
    insta::assert_snapshot!(run(
        &[
            "export",
            FOLLOW_UP,
            "--format",
            "csv",
            "--lang",
            "en",
            "--as-of",
            "2018-12-31"
        ],
        None
    ));
}

#[test]
fn export_refuses_a_document_it_could_not_take_in_whole() {
    let dir = TempDir::new();
    let path = dir.file("broken.json", BROKEN);
    insta::assert_snapshot!(run(&["export", &path, "-o", "-"], Some(&dir.0)));
}
