//! `ovk` at its edges: a reader that stops early, warnings made fatal, a file that is missing
//! among good ones, standard input, and a report on a document that is not JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

mod common;
use common::{ovk, root, stdout};

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `ovk` with `stdin` on its standard input.
fn ovk_with_input(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ovk runs");
    {
        let mut input = child.stdin.take().expect("a pipe to standard input");
        input.write_all(stdin).expect("ovk reads its input");
        // Dropping the pipe closes it, so that ovk sees the end of its input.
    }
    child.wait_with_output().expect("ovk finishes")
}

/// A Rust panic or its backtrace, which a user must never see.
fn assert_no_panic(output: &Output) {
    let text = stderr(output);
    assert!(
        !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
        "stderr: {text}"
    );
}

const BORAS: &str = "examples/boras/overenskommelse.json";
const OTHER: &str = "examples/other/overenskommelse.json";

/// A file in the system's temp area, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn with(name: &str, bytes: &[u8]) -> Self {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("ovk-edges-{}-{n}-{name}", std::process::id()));
        std::fs::write(&path, bytes).expect("the temp area is writable");
        Self(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs `ovk ARGS… | head -c 10` through the shell; gives the pipeline's output, whose stderr
/// is ovk's (head writes nothing there).
fn piped_into_head(args: &[&str]) -> Output {
    // `"$0" "$@"` passes the binary and the arguments through without quoting them into text.
    Command::new("sh")
        .arg("-c")
        .arg(r#""$0" "$@" | head -c 10"#)
        .arg(env!("CARGO_BIN_EXE_ovk"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("sh runs")
}

#[test]
fn validate_piped_into_head_does_not_panic() {
    let output = piped_into_head(&["validate", BORAS, OTHER, "--format", "json"]);
    assert_no_panic(&output);
    assert_eq!(output.stdout.len(), 10, "{}", stdout(&output));
}

#[test]
fn validate_with_much_output_piped_into_head_does_not_panic() {
    // Thousands of warnings are far more than a pipe holds, so ovk is still writing when head
    // leaves and its writes fail: that must end quietly, not in a panic.
    let noisy = TempFile::with(
        "noisy.json",
        &overenskommelse_synthetic::with_warnings(2_000, 7, 4_000),
    );
    for format in ["json", "text", "github"] {
        let output = piped_into_head(&["validate", noisy.path(), "--format", format]);
        assert_no_panic(&output);
        assert_eq!(output.stdout.len(), 10, "{format}");
    }
}

#[test]
fn deny_warnings_makes_a_document_with_only_warnings_invalid_in_json() {
    let output = ovk(&["validate", "--format", "json", "--deny-warnings", BORAS]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    assert_eq!(report["valid"], false);
    let findings = report["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    assert!(
        findings.iter().all(|f| f["severity"] == "warning"),
        "{report}"
    );
    // Without the flag the same document is valid.
    let output = ovk(&["validate", "--format", "json", BORAS]);
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    assert_eq!(report["valid"], true);
}

#[test]
fn a_missing_file_among_good_ones_is_named_in_swedish_and_the_others_are_still_checked() {
    let missing = "examples/finns-inte.json";
    let output = ovk(&["validate", BORAS, missing, OTHER]);
    assert_eq!(output.status.code(), Some(2));
    assert_no_panic(&output);
    let text = stdout(&output);
    assert!(
        text.contains(BORAS) && text.contains("OVK-QUAL-001"),
        "{text}"
    );
    assert!(text.contains(OTHER), "{text}");
    let error = stderr(&output);
    assert!(
        error.contains("Kan inte läsa") && error.contains(missing),
        "{error}"
    );
    assert!(error.contains("filen finns inte"), "{error}");
    // The same in JSON: the good file's findings, and not valid, since one file was not read.
    let output = ovk(&["validate", "--format", "json", BORAS, missing, OTHER]);
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    assert_eq!(report["valid"], false);
    let findings = report["findings"].as_array().expect("findings");
    assert!(findings.iter().any(|f| f["file"] == BORAS), "{report}");
    assert!(findings.iter().all(|f| f["file"] != missing), "{report}");
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let bytes = std::fs::read(root().join(BORAS)).expect("the Borås document");
    let output = ovk_with_input(&["validate", "--format", "json", "-"], &bytes);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    assert_eq!(report["valid"], true);
    let findings = report["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["file"] == "<stdin>"), "{report}");
    // Text output names it too, and empty input is an empty document.
    let output = ovk_with_input(&["validate", "-"], &bytes);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("<stdin>"));
    let output = ovk_with_input(&["validate", "--format", "json", "-"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("OVK-SYN-002"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn report_on_a_document_that_is_not_json_prints_the_findings_and_exits_one() {
    let broken = TempFile::with("broken.json", b"{\"schema_version\": \"2.0\",\n  not json");
    let output = ovk(&["report", broken.path()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_no_panic(&output);
    let text = stdout(&output);
    assert!(text.contains("OVK-SYN-001"), "{text}");
    assert!(text.contains(broken.path()), "{text}");
    // In English when asked, and an empty file is an empty document.
    let output = ovk(&["report", "--lang", "en", broken.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("Not valid JSON"),
        "{}",
        stdout(&output)
    );
    let empty = TempFile::with("empty.json", b"");
    let output = ovk(&["report", empty.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("OVK-SYN-002"),
        "{}",
        stdout(&output)
    );
}
