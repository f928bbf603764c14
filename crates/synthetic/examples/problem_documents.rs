//! Writes a generated document and its variants full of problems, for timing `ovk validate`
//! and for profiling: `cargo run --release -p overenskommelse-synthetic --example
//! problem_documents -- DIR [ACTIVITIES] [--pretty]`.
//!
//! Writes `DIR/clean.json`, `DIR/warnings.json` (a quarter of the activities lack their
//! responsible or target group) and `DIR/structure-errors.json` (one activity in twenty has a
//! structure problem), all with seed 2018, and prints each one's findings per severity.

use std::path::PathBuf;
use std::time::Instant;

use overenskommelse::Document;
use overenskommelse_synthetic as synthetic;

const SEED: u64 = 2018;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pretty = args.iter().any(|a| a == "--pretty");
    let mut positional = args.iter().filter(|a| !a.starts_with("--"));
    let dir = PathBuf::from(
        positional
            .next()
            .ok_or("usage: problem_documents DIR [ACTIVITIES] [--pretty]")?,
    );
    let activities: usize = match positional.next() {
        Some(n) => n.parse()?,
        None => 20_000,
    };
    std::fs::create_dir_all(&dir)?;
    let variants = [
        ("clean", synthetic::document_json(activities, SEED)),
        (
            "warnings",
            synthetic::with_warnings(activities, SEED, activities / 4),
        ),
        (
            "structure-errors",
            synthetic::with_structure_errors(activities, SEED, activities / 20),
        ),
    ];
    for (name, bytes) in variants {
        let bytes = if pretty {
            serde_json::to_vec_pretty(&serde_json::from_slice::<serde_json::Value>(&bytes)?)?
        } else {
            bytes
        };
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, &bytes)?;
        let start = Instant::now();
        let checked = Document::from_slice(&bytes);
        let took = start.elapsed();
        let counts = checked.counts();
        println!(
            "{}: {} bytes, {} errors, {} warnings, {} info, checked in {:.1} ms",
            path.display(),
            bytes.len(),
            counts.errors,
            counts.warnings,
            counts.infos,
            took.as_secs_f64() * 1e3
        );
    }
    Ok(())
}
