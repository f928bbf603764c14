//! Load + validate against a bare `serde_json::Value` parse of the same bytes.
//!
//! `cargo bench -p overenskommelse --bench load_validate`; BENCHMARKS.md records the ratios.
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn load_and_validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_validate");
    for activities in [1_000, 10_000, 100_000] {
        let bytes = overenskommelse_synthetic::document_json(activities, 2018);
        group.throughput(Throughput::Elements(activities as u64));
        if activities >= 100_000 {
            group.sample_size(10);
        }
        group.bench_with_input(
            BenchmarkId::new("serde_json_value", activities),
            &bytes,
            |b, bytes| {
                b.iter(|| serde_json::from_slice::<serde_json::Value>(bytes).map(|v| v.is_object()))
            },
        );
        group.bench_with_input(
            BenchmarkId::new("document", activities),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    let checked = overenskommelse::Document::from_slice(bytes);
                    assert!(checked.is_valid());
                    checked.findings().len()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, load_and_validate);
criterion_main!(benches);
