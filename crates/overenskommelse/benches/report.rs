//! The follow-up report over generated documents: build, then render.
//!
//! `cargo bench -p overenskommelse --bench report`; BENCHMARKS.md records the times.
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use overenskommelse::follow_up::FollowUpOptions;
use overenskommelse::{report, Date, Document, Lang};

fn report_over_activities(c: &mut Criterion) {
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    for activities in [1_000, 100_000] {
        let bytes = overenskommelse_synthetic::document_json(activities, 2018);
        let checked = Document::from_slice(&bytes);
        let findings = checked.findings().to_vec();
        let doc = checked
            .into_agreement()
            .expect("the generated document loads");
        let as_of = doc.as_of.unwrap_or_else(Date::today);
        let options = FollowUpOptions {
            since: as_of
                .naive()
                .checked_sub_days(chrono::Days::new(180))
                .and_then(Date::from_naive),
            ..FollowUpOptions::at(as_of)
        };
        group.throughput(Throughput::Elements(activities as u64));
        group.bench_with_input(BenchmarkId::new("build", activities), &doc, |b, doc| {
            b.iter(|| report::build(doc, &findings, &options).activities.len())
        });
        let built = report::build(&doc, &findings, &options);
        group.bench_with_input(
            BenchmarkId::new("build_and_markdown", activities),
            &doc,
            |b, doc| {
                b.iter(|| {
                    report::markdown(&report::build(doc, &findings, &options), Lang::Sv).len()
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("html", activities), &built, |b, built| {
            b.iter(|| report::html(built, Lang::Sv).len())
        });
    }
    group.finish();
}

criterion_group!(benches, report_over_activities);
criterion_main!(benches);
