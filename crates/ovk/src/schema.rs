//! `ovk schema`: the JSON Schema of a document.

use std::path::PathBuf;
use std::process::ExitCode;

use overenskommelse::schema;

/// Arguments of `ovk schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the published schemas into this folder instead of printing the agreement schema.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    match &args.out {
        None => print!("{}", schema::agreement_schema_text()),
        Some(dir) => {
            let written = schema::write_schemas(dir)
                .map_err(|error| format!("cannot write {}: {error}", dir.display()))?;
            for path in written {
                eprintln!("wrote {}", path.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
