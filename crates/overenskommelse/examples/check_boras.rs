//! Checks the Borås document, prints its findings where they stand, and lists its activities.
//!
//! `cargo run -p overenskommelse --example check_boras [FILE]`

use overenskommelse::{Document, Lang, Options};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/boras/overenskommelse.json"
        )
        .to_owned()
    });
    let document = Document::from_path(&path, &Options::default())?;
    for finding in document.findings() {
        println!(
            "{}:{} {} {} {}: {}",
            finding.line.unwrap_or(0),
            finding.column.unwrap_or(0),
            finding.severity.code(),
            finding.code(),
            finding.path,
            finding.message(Lang::Sv)
        );
    }
    let Some(agreement) = document.agreement() else {
        return Ok(());
    };
    for plan in &agreement.action_plans {
        println!("{} ({} aktiviteter)", plan.title, plan.activities.len());
        for activity in &plan.activities {
            println!("  {}. {}", activity.code, activity.title);
        }
    }
    Ok(())
}
