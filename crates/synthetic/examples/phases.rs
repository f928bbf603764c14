//! Times the phases of checking a generated document: `cargo run --release -p overenskommelse-synthetic --example phases [N]`.

use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let bytes = overenskommelse_synthetic::document_json(n, 2018);
    let rounds = (200_000 / n).max(3);
    let time = |label: &str, f: &dyn Fn() -> usize| {
        let start = Instant::now();
        let mut sink = 0;
        for _ in 0..rounds {
            sink += f();
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / (rounds * n) as f64;
        println!("{label:<16} {per:>8.2} µs/activity ({sink})");
    };
    time("value", &|| {
        serde_json::from_slice::<serde_json::Value>(&bytes)
            .map(|v| v.is_object() as usize)
            .unwrap_or(0)
    });
    let doc = overenskommelse::from_slice(&bytes).expect("loads");
    time("validate", &|| {
        overenskommelse::Document::from_agreement(doc.clone(), &Default::default())
            .findings()
            .len()
    });
    time("document", &|| {
        overenskommelse::Document::from_slice(&bytes)
            .findings()
            .len()
    });
    let ctx = overenskommelse::window::time_context(&doc, Some(&doc.action_plans[0].period));
    time("time parse", &|| {
        doc.action_plans
            .iter()
            .flat_map(|p| &p.activities)
            .filter(|a| {
                overenskommelse::window::activity_window(a, &ctx)
                    .window
                    .is_some()
            })
            .count()
    });
}
