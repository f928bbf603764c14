//! `ovk export`: the document as an Excel workbook to edit, or its activities as CSV.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::{workbook, Date, Document, Lang, Options, Severity};

use crate::output::{self, FileFindings};
use crate::{parse_date, Failure, LangArg};

/// Arguments of `ovk export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document.
    file: PathBuf,
    /// What to write: the whole document as a workbook, or the activities as CSV.
    #[arg(long, value_enum, default_value_t = Format::Xlsx)]
    format: Format,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Language of the headers and labels.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
    /// For CSV: the date the activities' status is derived at; defaults to the document's
    /// `as_of`, else today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// An Excel workbook (.xlsx): every part of the document, one sheet per kind.
    Xlsx,
    /// The activities with their status at a date, for a quick look (UTF-8, `;`).
    Csv,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let library = |error| Failure::Library(error, lang);
    let document = Document::from_path(&args.file, &Options::default()).map_err(library)?;
    // A document the reader could not take in whole would lose what it left out.
    let incomplete = document.findings().iter().any(|f| {
        f.severity == Severity::Error
            && matches!(
                f.rule().family,
                overenskommelse::validate::Family::Syntax
                    | overenskommelse::validate::Family::Structure
            )
    });
    let agreement = match document.agreement() {
        Some(agreement) if !incomplete => agreement,
        _ => {
            let files = [FileFindings {
                name: args.file.display().to_string(),
                findings: document.findings().to_vec(),
            }];
            output::print_text(&mut anstream::stdout().lock(), &files, lang)?;
            return Ok(ExitCode::from(1));
        }
    };
    let bytes = match args.format {
        Format::Xlsx => workbook::write_xlsx(agreement, lang).map_err(library)?,
        Format::Csv => {
            let as_of = args.as_of.or(agreement.as_of).unwrap_or_else(Date::today);
            workbook::activities_csv(agreement, as_of, lang).into_bytes()
        }
    };
    write_out(args.output.as_deref(), &bytes, lang)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `bytes` to `path`, or to standard output.
pub(crate) fn write_out(path: Option<&Path>, bytes: &[u8], lang: Lang) -> Result<(), Failure> {
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
        }
        Some(path) => std::fs::write(path, bytes).map_err(|e| {
            let error = overenskommelse::Error::Write {
                path: path.display().to_string(),
                reason: e.to_string(),
            };
            Failure::Library(error, lang)
        })?,
    }
    Ok(())
}
