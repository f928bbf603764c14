//! `ovk report`: the follow-up report the samråd presents at the stormöte.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use overenskommelse::follow_up::{FollowUpOptions, DEFAULT_STALE_AFTER_DAYS};
use overenskommelse::load::read_file;
use overenskommelse::{check_slice, report, Lang, Options};

use crate::output::{self, FileFindings};
use crate::LangArg;

/// Arguments of `ovk report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document.
    file: PathBuf,
    /// The reference date; defaults to the document's `as_of`, else today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// The date of the last stormöte: changes since then are reported.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    since: Option<NaiveDate>,
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

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    overenskommelse::model::date::parse_strict(text)
        .ok_or_else(|| format!("{text} is not a date YYYY-MM-DD"))
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let lang = Lang::from(args.lang);
    let options = Options::default();
    let bytes = read_file(&args.file, options.limits).map_err(|error| error.to_string())?;
    let checked = check_slice(&bytes, &options);
    let Some(agreement) = &checked.agreement else {
        // Nothing to report on: show why, as `ovk validate` would.
        let files = [FileFindings {
            name: args.file.display().to_string(),
            findings: checked.findings,
        }];
        output::print_text(&files, lang);
        return Ok(ExitCode::from(1));
    };
    let as_of = args
        .as_of
        .or(agreement.as_of)
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    if let Some(since) = args.since.filter(|since| *since > as_of) {
        return Err(format!(
            "--since {since} is after the report date {as_of} / --since {since} är efter rapportdatumet {as_of}"
        ));
    }
    let follow_up = FollowUpOptions {
        as_of,
        since: args.since,
        stale_after_days: args.stale_days,
    };
    let report = report::build(agreement, &checked.findings, &follow_up);
    let text = match args.format {
        Format::Md => report::markdown(&report, lang),
        Format::Html => report::html(&report, lang),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
    };
    match &args.out {
        None => print!("{text}"),
        Some(path) => std::fs::write(path, text)
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?,
    }
    Ok(ExitCode::SUCCESS)
}
