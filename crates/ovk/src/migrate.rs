//! `ovk migrate`: a document of format 1.0 rewritten as 2.0, nothing lost.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use overenskommelse::Lang;

use crate::{Failure, LangArg};

/// Arguments of `ovk migrate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document to migrate; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write the migrated document to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let shown = args.file.display().to_string();
    let bytes = if args.file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Library(overenskommelse::Error::read("-", &e), lang))?;
        bytes
    } else {
        std::fs::read(&args.file)
            .map_err(|e| Failure::Library(overenskommelse::Error::read(&shown, &e), lang))?
    };
    let migrated = overenskommelse::migrate(&bytes).map_err(|e| Failure::Library(e, lang))?;
    match &args.output {
        None => std::io::stdout().lock().write_all(migrated.as_bytes())?,
        Some(path) => std::fs::write(path, migrated).map_err(|e| {
            let error = overenskommelse::Error::Write {
                path: path.display().to_string(),
                reason: e.to_string(),
            };
            Failure::Library(error, lang)
        })?,
    }
    Ok(ExitCode::SUCCESS)
}
