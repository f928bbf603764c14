//! Writes a generated valid document of N activities (seed 2018) to standard output, for
//! benchmarks outside Rust: `cargo run --release -p overenskommelse-synthetic --example document -- N`.

use std::io::Write;

fn main() -> std::io::Result<()> {
    let activities: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let bytes = overenskommelse_synthetic::document_json(activities, 2018);
    std::io::stdout().lock().write_all(&bytes)
}
