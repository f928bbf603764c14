//! `ovk new`: the starter document for a kommun or region, to fill in.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use overenskommelse::starter::{self, StarterOptions};
use overenskommelse::{Error, JurisdictionKind, Lang};

use crate::{Failure, LangArg};

/// Arguments of `ovk new`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("jurisdiction").required(true)))]
pub struct Args {
    /// The kommun: its kommunkod ("1490") or its name ("Borås", "Borås Stad").
    #[arg(long, value_name = "CODE|NAME", group = "jurisdiction")]
    kommun: Option<String>,
    /// The region: its länskod ("12") or its name ("Region Skåne", "Skåne").
    #[arg(long, value_name = "CODE|NAME", group = "jurisdiction")]
    region: Option<String>,
    /// The year of the action plan and the first of the four-year plan; this year by default.
    #[arg(long, value_name = "YEAR", allow_negative_numbers = true)]
    year: Option<i32>,
    /// Language of messages; `en` also writes English beside the Swedish texts.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
    /// The `$schema` the document names; the published schema by default.
    #[arg(long, value_name = "URL|PATH")]
    schema: Option<String>,
    /// Write the document to this file instead of standard output; an existing file is kept.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace the file of `-o` when it exists.
    #[arg(long, requires = "output")]
    force: bool,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let mut options = match (&args.kommun, &args.region) {
        (Some(kommun), _) => StarterOptions::new(JurisdictionKind::Kommun, kommun.as_str()),
        (None, Some(region)) => StarterOptions::new(JurisdictionKind::Region, region.as_str()),
        (None, None) => unreachable!("clap requires one of --kommun and --region"),
    }
    .with_translation(lang);
    if let Some(year) = args.year {
        options = options.with_year(year);
    }
    if let Some(schema) = &args.schema {
        options = options.with_schema(schema.as_str());
    }
    let text = starter::to_json(&options).map_err(|e| Failure::Library(e, lang))?;
    match &args.output {
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
        Some(path) => write(path, &text, args.force).map_err(|e| Failure::Library(e, lang))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to `path`, never over an existing file unless `force`: a starter written
/// again by mistake must not wipe out the document filled in since.
fn write(path: &Path, text: &str, force: bool) -> Result<(), Error> {
    let shown = path.display().to_string();
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .create_new(!force)
        .open(path);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::WouldOverwrite { path: shown })
        }
        Err(e) => {
            return Err(Error::Write {
                path: shown,
                reason: e.to_string(),
            })
        }
    };
    file.write_all(text.as_bytes()).map_err(|e| Error::Write {
        path: shown,
        reason: e.to_string(),
    })
}
