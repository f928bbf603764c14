//! The `ovk` binary as a user runs it: exit codes, output formats, languages.

use std::io::Write;
use std::process::{Command, Stdio};

mod common;
use common::{ovk, root, stdout};

const BORAS: &str = "examples/boras/overenskommelse.json";

/// The Borås document with a duplicated activity code, a dangling reference and an unknown field.
fn three_problems() -> tempfile_like::TempFile {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root().join(BORAS)).expect("readable"))
            .expect("JSON");
    let activities = &mut doc["action_plans"][0]["activities"];
    activities[1]["code"] = "A".into();
    activities[2]["responsible"][0]["parties"] = serde_json::json!(["studieforbundet"]);
    doc["bodies"][0]["chair"] = "Malin".into();
    tempfile_like::TempFile::with(&serde_json::to_vec_pretty(&doc).expect("serializes"))
}

mod tempfile_like {
    /// A file in the target directory's temp area, removed when dropped.
    pub struct TempFile(pub std::path::PathBuf);

    impl TempFile {
        pub fn with(bytes: &[u8]) -> Self {
            static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let path =
                std::env::temp_dir().join(format!("ovk-cli-{}-{n}.json", std::process::id()));
            std::fs::write(&path, bytes).expect("temp file is writable");
            Self(path)
        }

        pub fn path(&self) -> &str {
            self.0.to_str().expect("UTF-8 temp path")
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

#[test]
fn validate_boras_exits_zero_and_summarises_in_swedish() {
    let output = ovk(&["validate", BORAS]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(text.contains("OVK-QUAL-001"), "{text}");
    assert!(
        text.trim_end()
            .ends_with("0 fel, 2 varningar, 0 info i 1 fil"),
        "{text}"
    );
    let english = stdout(&ovk(&["validate", "--lang", "en", BORAS]));
    assert!(
        english
            .trim_end()
            .ends_with("0 errors, 2 warnings, 0 info in 1 file"),
        "{english}"
    );
}

#[test]
fn three_problems_give_three_findings_with_pointers_and_exit_one() {
    let file = three_problems();
    let output = ovk(&["validate", "--format", "json", file.path()]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    assert_eq!(report["valid"], false);
    let mut found: Vec<(String, String)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_owned(),
                f["path"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            (
                "OVK-ID-002".to_owned(),
                "/action_plans/0/activities/1/code".to_owned()
            ),
            (
                "OVK-REF-001".to_owned(),
                "/action_plans/0/activities/2/responsible/0/parties/0".to_owned()
            ),
            ("OVK-STR-002".to_owned(), "/bodies/0/chair".to_owned()),
        ]
    );
    for finding in report["findings"].as_array().expect("findings") {
        assert!(
            finding["line"].as_u64().is_some(),
            "every finding has a line: {finding}"
        );
        assert!(finding["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[test]
fn deny_warnings_fails_on_warnings() {
    assert_eq!(
        ovk(&["validate", "--deny-warnings", BORAS]).status.code(),
        Some(1)
    );
}

#[test]
fn missing_file_and_bad_arguments_exit_two() {
    let output = ovk(&["validate", "examples/does-not-exist.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("does-not-exist.json"));
    assert_eq!(ovk(&["validate"]).status.code(), Some(2));
    assert_eq!(
        ovk(&["validate", "--format", "xml", BORAS]).status.code(),
        Some(2)
    );
}

#[test]
fn standard_input_and_several_files() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(["validate", "--format", "json", "-", BORAS])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("ovk runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"{\"schema_version\": \"2.0\",")
        .expect("writes");
    let output = child.wait_with_output().expect("finishes");
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    let findings = report["findings"].as_array().expect("findings");
    assert!(findings
        .iter()
        .any(|f| f["file"] == "<stdin>" && f["code"] == "OVK-SYN-001"));
    assert!(findings.iter().any(|f| f["file"] == BORAS));
}

#[test]
fn github_annotations_name_file_line_and_code() {
    // The Borås warnings come as ::warning, the three errors as ::error.
    let file = three_problems();
    let text = stdout(&ovk(&["validate", "--format", "github", file.path()]));
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("::error")).collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines.iter().all(|l| l.starts_with("::error file=")
        && l.contains(",line=")
        && l.contains(",title=OVK-")));
}

#[test]
fn rules_list_every_code_and_markdown_matches_the_docs() {
    let text = stdout(&ovk(&["rules"]));
    for rule in overenskommelse::Rule::all() {
        assert!(
            text.contains(rule.code),
            "{} missing from `ovk rules`",
            rule.code
        );
    }
    let markdown = stdout(&ovk(&["rules", "--format", "markdown"]));
    let docs = std::fs::read_to_string(root().join("docs/rules.md")).expect("docs/rules.md");
    assert_eq!(markdown, docs);
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&ovk(&["rules", "--format", "json"]))).expect("JSON");
    assert_eq!(
        json.as_array().map(Vec::len),
        Some(overenskommelse::Rule::all().count())
    );
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let printed = stdout(&ovk(&["schema"]));
    let checked_in =
        std::fs::read_to_string(root().join("schemas/agreement.schema.json")).expect("schema");
    assert_eq!(printed, checked_in);
}

#[test]
fn time_shows_what_a_text_is_understood_as() {
    let output = ovk(&["time", "--format", "json", "Startar våren 2018"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(json["window"]["start"], "2018-03-01");
    assert_eq!(json["window"]["precision"], "season");
    assert!(json["window"].get("end").is_none());
    let text = stdout(&ovk(&["time", "hösten 2019"]));
    assert_eq!(
        text.trim(),
        "\"hösten 2019\": 2019-09-01 – 2019-11-30 (årstid)"
    );
    assert_eq!(ovk(&["time", "Se bilaga"]).status.code(), Some(1));
}

#[test]
fn time_with_a_period_that_ends_before_it_starts_is_a_usage_error() {
    let reversed = ["time", "hösten 2019", "--period", "2019-12-31..2019-01-01"];
    let output = ovk(&reversed);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        output.stdout.is_empty(),
        "nothing is understood of a wrong request"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "ovk: Perioden 2019-12-31..2019-01-01 slutar innan den börjar: skriv START..SLUT med den tidigare dagen först."
    );
    let output = ovk(&[&reversed[..], &["--lang", "en", "--format", "json"]].concat());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "ovk: The period 2019-12-31..2019-01-01 ends before it starts: write START..END with the earlier day first."
    );
    // A period of one day is not reversed.
    let one_day = ["time", "Löpande", "--period", "2019-05-01..2019-05-01"];
    assert_eq!(ovk(&one_day).status.code(), Some(0));
}

#[test]
fn new_writes_this_years_plan_unless_a_year_is_given() {
    let output = ovk(&["new", "--kommun", "Lunds kommun"]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    let year = overenskommelse::Date::today().year();
    assert!(
        text.contains(&format!("\"handlingsplan-{year}\"")),
        "{text}"
    );
    let document = overenskommelse::Document::from_slice(text.as_bytes());
    assert!(document.is_valid());
    assert_eq!(
        document.agreement().map(|a| a.jurisdiction.code.as_str()),
        Some("1281")
    );
}

#[test]
fn new_keeps_an_existing_file_unless_forced() {
    let dir = std::env::temp_dir().join(format!("ovk-new-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    let file = dir.join("overenskommelse.json");
    std::fs::write(&file, "ifyllt").expect("writable");
    let path = file.to_str().expect("UTF-8 path");

    let kept = ovk(&["new", "--kommun", "1490", "-o", path]);
    assert_eq!(kept.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&kept.stderr);
    assert!(
        stderr.contains("finns redan och skrivs inte över"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).ok().as_deref(),
        Some("ifyllt")
    );

    let forced = ovk(&["new", "--kommun", "1490", "-o", path, "--force"]);
    assert!(forced.status.success(), "{forced:?}");
    let written = std::fs::read_to_string(&file).expect("written");
    assert!(written.contains("\"code\": \"1490\""), "{written}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn new_needs_one_kommun_or_region() {
    for args in [
        &["new"][..],
        &["new", "--kommun", "1490", "--region", "12"],
        &["new", "--kommun", "1490", "--force"],
    ] {
        let output = ovk(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
