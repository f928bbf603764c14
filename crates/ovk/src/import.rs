//! `ovk import`: a workbook read back into a document, every problem at once.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::{workbook, Lang};

use crate::export::write_out;
use crate::output::{self, FileFindings};
use crate::{Failure, LangArg};

/// Arguments of `ovk import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workbook (.xlsx).
    file: PathBuf,
    /// Write the document to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
    /// How to print the problems and findings.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For programs: `{"valid", "findings": [{"file", "code", "cell", "path", …}]}`.
    Json,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let shown = args.file.display().to_string();
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Failure::Library(overenskommelse::Error::read(&shown, &e), lang))?;
    let imported = workbook::read_xlsx(&bytes);
    let clean = imported.problems().is_empty();
    let valid = clean && imported.document().is_some_and(|d| d.is_valid());
    if clean {
        if let Some(json) = imported.json() {
            write_out(args.output.as_deref(), json.as_bytes(), lang)?;
        }
    }
    let findings = imported.findings_at_cells();
    let files = [FileFindings {
        name: shown,
        findings,
    }];
    // Standard output holds the document when no file is named: the findings go beside it.
    let mut out: Box<dyn std::io::Write> = if args.output.is_some() {
        Box::new(anstream::stdout().lock())
    } else {
        Box::new(anstream::stderr().lock())
    };
    match args.format {
        Format::Text => output::print_text(&mut out, &files, lang)?,
        Format::Json => output::print_json(&mut out, &files, valid, lang)?,
    }
    Ok(if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
