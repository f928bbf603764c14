//! Checking documents full of problems against the same document without them.
//!
//! `cargo bench -p overenskommelse --bench error_heavy`; BENCHMARKS.md records the times. The
//! target is that problems cost little: a document with 1 000 structure errors, or with 5 000
//! warnings, checks in at most twice the time of the clean one.
//!
//! Every document is checked as written by the generator (compact: the whole document on one
//! line) and pretty-printed (one member a line, as people and editors write it), because
//! where a finding stands is found by line and column, and the two layouts stress that
//! differently.
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use overenskommelse::{Document, Severity};
use overenskommelse_synthetic as synthetic;

const ACTIVITIES: usize = 20_000;
const SEED: u64 = 2018;
const STRUCTURE_ERRORS: usize = 1_000;
const WARNINGS: usize = 5_000;

fn count(document: &Document, severity: Severity) -> usize {
    document
        .findings()
        .iter()
        .filter(|f| f.severity == severity)
        .count()
}

fn pretty(bytes: &[u8]) -> Vec<u8> {
    let value: serde_json::Value = serde_json::from_slice(bytes).expect("generated JSON");
    serde_json::to_vec_pretty(&value).expect("serialisable")
}

fn error_heavy(c: &mut Criterion) {
    let clean = synthetic::document_json(ACTIVITIES, SEED);
    let structure = synthetic::with_structure_errors(ACTIVITIES, SEED, STRUCTURE_ERRORS);
    let warnings = synthetic::with_warnings(ACTIVITIES, SEED, WARNINGS);

    // What each document holds, checked once so that the numbers are about what they say.
    let checked = Document::from_slice(&clean);
    assert_eq!(
        (
            count(&checked, Severity::Error),
            count(&checked, Severity::Warning)
        ),
        (0, 0)
    );
    let checked = Document::from_slice(&structure);
    assert!(count(&checked, Severity::Error) >= STRUCTURE_ERRORS);
    let checked = Document::from_slice(&warnings);
    assert_eq!(
        (
            count(&checked, Severity::Error),
            count(&checked, Severity::Warning)
        ),
        (0, WARNINGS)
    );

    let mut group = c.benchmark_group("error_heavy");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let variants = [
        ("clean", clean),
        ("1000_structure_errors", structure),
        ("5000_warnings", warnings),
    ];
    for (layout, pretty_printed) in [("compact", false), ("pretty", true)] {
        for (name, bytes) in &variants {
            let bytes = if pretty_printed {
                pretty(bytes)
            } else {
                bytes.clone()
            };
            group.bench_with_input(BenchmarkId::new(layout, name), &bytes, |b, bytes| {
                b.iter(|| Document::from_slice(bytes).findings().len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, error_heavy);
criterion_main!(benches);
