//! `ovk validate --format json` end to end on documents full of problems: the whole process,
//! from start to exit, reading the file, checking it and printing every finding into a pipe
//! that is drained and thrown away.
//!
//! `cargo bench -p ovk --bench validate_json`; BENCHMARKS.md records the times. The target is
//! that a document with thousands of findings takes at most twice the time of the clean one.
//! The documents are written once into Cargo's temporary directory for benchmarks, compact
//! (as the generator writes them: one line) and pretty-printed (as people write them).
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use overenskommelse_synthetic as synthetic;

const ACTIVITIES: usize = 20_000;
const SEED: u64 = 2018;
const STRUCTURE_ERRORS: usize = 1_000;
const WARNINGS: usize = 5_000;

/// Runs `ovk validate --format json FILE`, drains its output, and gives the exit code and the
/// number of bytes printed.
fn validate(file: &Path) -> (Option<i32>, usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(["validate", "--format", "json"])
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("ovk starts");
    let mut printed = 0;
    if let Some(mut stdout) = child.stdout.take() {
        let mut buffer = [0u8; 64 * 1024];
        // A loop over one buffer rather than read_to_end: the sink keeps nothing.
        while let Ok(n @ 1..) = stdout.read(&mut buffer) {
            printed += n;
        }
    }
    let status = child.wait().expect("ovk ends");
    (status.code(), printed)
}

/// Writes the document once and gives its path.
fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ovk-bench-{name}.json"));
    std::fs::write(&path, bytes).expect("the benchmark's document is written");
    path
}

fn pretty(bytes: &[u8]) -> Vec<u8> {
    let value: serde_json::Value = serde_json::from_slice(bytes).expect("generated JSON");
    serde_json::to_vec_pretty(&value).expect("serialisable")
}

/// The number of findings of a severity in `ovk validate --format json` output.
fn findings(file: &Path, severity: &str) -> usize {
    let output = Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(["validate", "--format", "json"])
        .arg(file)
        .output()
        .expect("ovk runs");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    report["findings"]
        .as_array()
        .map(|all| all.iter().filter(|f| f["severity"] == severity).count())
        .unwrap_or(0)
}

fn validate_json(c: &mut Criterion) {
    let variants = [
        ("clean", synthetic::document_json(ACTIVITIES, SEED), 0),
        (
            "1000_structure_errors",
            synthetic::with_structure_errors(ACTIVITIES, SEED, STRUCTURE_ERRORS),
            1,
        ),
        (
            "5000_warnings",
            synthetic::with_warnings(ACTIVITIES, SEED, WARNINGS),
            0,
        ),
    ];
    let mut group = c.benchmark_group("ovk_validate_json");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (layout, pretty_printed) in [("compact", false), ("pretty", true)] {
        for (name, bytes, exit) in &variants {
            let bytes = if pretty_printed {
                pretty(bytes)
            } else {
                bytes.clone()
            };
            let file = write(&format!("{layout}-{name}"), &bytes);
            // What the command does on each document, checked once before it is timed.
            assert_eq!(validate(&file).0, Some(*exit), "{}", file.display());
            let (errors, warnings) = (findings(&file, "error"), findings(&file, "warning"));
            match *name {
                "clean" => assert_eq!((errors, warnings), (0, 0)),
                "5000_warnings" => assert_eq!((errors, warnings), (0, WARNINGS)),
                _ => assert!(errors >= STRUCTURE_ERRORS),
            }
            group.bench_with_input(BenchmarkId::new(layout, name), &file, |b, file| {
                b.iter(|| validate(file))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, validate_json);
criterion_main!(benches);
