//! `ovk`: the command-line tool for local Överenskommelser. It parses arguments and prints
//! what the library gives; every decision, word and message is the library's.

mod export;
mod import;
mod migrate;
mod new;
mod output;
mod report;
mod rules;
mod schema;
mod template;
mod time;
mod validate;

use std::process::ExitCode;

/// mimalloc rather than the system's allocator: checking and reporting make many small
/// allocations, and glibc's malloc spends more time on them than on the checking (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand, ValueEnum};
use overenskommelse::{Date, Lang};

/// Check, follow up and publish a local Överenskommelse between a kommun and civil society.
#[derive(Debug, Parser)]
#[command(name = "ovk", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate documents and print every finding (exit 1 when a document has errors).
    Validate(validate::Args),
    /// Print the JSON Schema of a document, or write the published schemas into a folder.
    Schema(schema::Args),
    /// List the validation rules with their codes.
    Rules(rules::Args),
    /// Write the follow-up report for the stormöte (Markdown, HTML or JSON).
    Report(report::Args),
    /// Show what a Swedish time text ("hösten 2019", "Löpande") is understood as.
    Time(time::Args),
    /// Rewrite a document of format 1.0 as 2.0, keeping every fact.
    Migrate(migrate::Args),
    /// Write a starter document for a kommun or region, with placeholders to fill in.
    New(new::Args),
    /// Write the document as an Excel workbook to edit, or its activities as CSV.
    Export(export::Args),
    /// Read a workbook back into a document, with every problem at once (exit 1 on problems).
    Import(import::Args),
    /// Write the empty workbook, with a sheet that explains every column.
    Template(template::Args),
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

/// A date argument, `YYYY-MM-DD`.
fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| {
        let args = overenskommelse::i18n::Args::new().with("text", text);
        overenskommelse::i18n::text(overenskommelse::i18n::Word::NotADate, &args, Lang::En)
    })
}

/// Why a command could not do its job.
enum Failure {
    /// The library's error, printed in the language asked for.
    Library(overenskommelse::Error, Lang),
    /// Standard output was closed (`ovk … | head`): nothing more to say.
    ClosedOutput,
    /// Another output error.
    Output(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::ClosedOutput
        } else {
            Failure::Output(error)
        }
    }
}

/// Exit code for a run that could not do its job (usage, a missing file).
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Time(args) => time::run(&args),
        Command::Migrate(args) => migrate::run(&args),
        Command::New(args) => new::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Template(args) => template::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(Failure::ClosedOutput) => ExitCode::SUCCESS,
        Err(Failure::Library(error, lang)) => {
            anstream::eprintln!("ovk: {}", error.message(lang));
            ExitCode::from(EXIT_USAGE)
        }
        Err(Failure::Output(error)) => {
            anstream::eprintln!("ovk: {error}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
