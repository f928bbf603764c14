//! `ovk report`: the follow-up report the samråd presents at the stormöte.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::follow_up::DEFAULT_STALE_AFTER_DAYS;
use overenskommelse::report::{self, ReportFormat};
use overenskommelse::{Date, Document, Lang, Options, ReportOptions};

use crate::output::{self, FileFindings};
use crate::{parse_date, Failure, LangArg};

/// Arguments of `ovk report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document.
    file: PathBuf,
    /// The reference date; defaults to the document's `as_of`, else today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
    /// The date of the last stormöte: changes since then are reported.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    since: Option<Date>,
    /// Days without a follow-up after which an activity in progress is stale.
    #[arg(long, value_name = "DAYS", default_value_t = DEFAULT_STALE_AFTER_DAYS)]
    stale_days: u32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    format: Format,
    /// Language of the report.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Markdown.
    Md,
    /// One self-contained HTML file with charts.
    Html,
    /// The report as data.
    Json,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let library = |error| Failure::Library(error, lang);
    let document = Document::from_path(&args.file, &Options::default()).map_err(library)?;
    if document.agreement().is_none() {
        // Nothing to report on: show why, as `ovk validate` would.
        let files = [FileFindings {
            name: args.file.display().to_string(),
            findings: document.findings().to_vec(),
        }];
        output::print_text(&mut anstream::stdout().lock(), &files, lang)?;
        return Ok(ExitCode::from(1));
    }
    let mut options = ReportOptions::default().with_stale_after_days(args.stale_days);
    options.as_of = args.as_of;
    options.since = args.since;
    let report = document.report(&options).map_err(library)?;
    let format = match args.format {
        Format::Md => ReportFormat::Markdown,
        Format::Html => ReportFormat::Html,
        Format::Json => ReportFormat::Json,
    };
    // Written as it is made, never held whole: a report of a large document is larger than
    // the document.
    match &args.out {
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            report::write(&report, format, lang, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            let failed = |error: std::io::Error| {
                library(overenskommelse::Error::Write {
                    path: path.display().to_string(),
                    reason: error.to_string(),
                })
            };
            let mut out = BufWriter::new(std::fs::File::create(path).map_err(failed)?);
            report::write(&report, format, lang, &mut out).map_err(failed)?;
            out.flush().map_err(failed)?;
        }
    }
    // Left to the operating system, which takes back the whole heap at exit at once, as
    // `ovk validate` leaves its last document.
    std::mem::forget(report);
    std::mem::forget(document);
    Ok(ExitCode::SUCCESS)
}
