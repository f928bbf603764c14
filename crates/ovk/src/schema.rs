//! `ovk schema`: the JSON Schema of a document.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use overenskommelse::{schema, Lang};

use crate::Failure;

/// Arguments of `ovk schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the published schemas into this folder instead of printing the agreement schema.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    match &args.out {
        None => write!(
            std::io::stdout().lock(),
            "{}",
            schema::agreement_schema_text()
        )?,
        Some(dir) => {
            let written = schema::write_schemas(dir).map_err(|error| {
                let error = overenskommelse::Error::Write {
                    path: dir.display().to_string(),
                    reason: error.to_string(),
                };
                Failure::Library(error, Lang::En)
            })?;
            for path in written {
                eprintln!("{}", path.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
