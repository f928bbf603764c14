//! Loads the Borås document, validates it and lists its activities.
//!
//! `cargo run -p overenskommelse --example check_boras [FILE]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/boras/overenskommelse.json"
        )
        .to_owned()
    });
    let agreement = overenskommelse::from_path(&path)?;
    for finding in overenskommelse::validate(&agreement) {
        println!(
            "{} {} {}: {}",
            finding.severity.code(),
            finding.code,
            finding.path,
            finding.message.sv
        );
    }
    for plan in &agreement.action_plans {
        println!("{} ({} aktiviteter)", plan.title, plan.activities.len());
        for activity in &plan.activities {
            println!("  {}. {}", activity.code, activity.title);
        }
    }
    Ok(())
}
