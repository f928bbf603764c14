//! The follow-up report over generated documents: everything after loading, per format.
//!
//! `cargo bench -p overenskommelse --bench report`; BENCHMARKS.md records the times.
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use overenskommelse::report::ReportFormat;
use overenskommelse::{Date, Document, Lang, ReportOptions};

fn report_over_activities(c: &mut Criterion) {
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    for activities in [1_000, 100_000] {
        let bytes = overenskommelse_synthetic::document_json(activities, 2018);
        let document = Document::from_slice(&bytes);
        let as_of = document
            .agreement()
            .and_then(|doc| doc.as_of)
            .unwrap_or_else(Date::today);
        let since = as_of
            .naive()
            .checked_sub_days(chrono::Days::new(180))
            .and_then(Date::from_naive);
        let mut options = ReportOptions::default().with_as_of(as_of);
        options.since = since;
        group.throughput(Throughput::Elements(activities as u64));
        // The report as data: states, overdue, stale, changes, summaries, money, partnerships, plans.
        group.bench_with_input(BenchmarkId::new("build", activities), &document, |b, d| {
            b.iter(|| d.report(&options).map(|r| r.activities.len()))
        });
        // What `ovk report` does after loading: build, then write in pieces to its output.
        for (name, format) in [
            ("markdown", ReportFormat::Markdown),
            ("html", ReportFormat::Html),
            ("json", ReportFormat::Json),
        ] {
            group.bench_with_input(BenchmarkId::new(name, activities), &document, |b, d| {
                b.iter(|| d.write_report(&options, format, Lang::Sv, &mut std::io::sink()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, report_over_activities);
criterion_main!(benches);
