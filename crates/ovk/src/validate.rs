//! `ovk validate`: every finding of one or more documents.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::{Document, Finding, Lang, Options, Severity};

use crate::output::{self, FileFindings};
use crate::{Failure, LangArg, EXIT_USAGE};

/// Arguments of `ovk validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Documents to validate; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Findings grouped per file, for people.
    Text,
    /// `{"valid": bool, "findings": [...]}`.
    Json,
    /// GitHub Actions annotations.
    Github,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let options = Options::default();
    let mut results = Vec::with_capacity(args.files.len());
    let mut unreadable = false;
    for (index, path) in args.files.iter().enumerate() {
        let (name, document) = if path.as_os_str() == "-" {
            let stdin = std::io::stdin().lock();
            ("<stdin>".to_owned(), Document::from_reader(stdin, &options))
        } else {
            (
                path.display().to_string(),
                Document::from_path(path, &options),
            )
        };
        match document {
            Ok(document) => {
                results.push(FileFindings {
                    name,
                    findings: document.findings().to_vec(),
                });
                // The last document is left to the operating system, which takes back the
                // whole heap at exit at once: freeing a large agreement allocation by
                // allocation is 6 % of the CPU time of `ovk validate` (50 000 activities).
                if index + 1 == args.files.len() {
                    std::mem::forget(document);
                }
            }
            // One file that cannot be read does not stop the others from being checked.
            Err(error) => {
                anstream::eprintln!("ovk: {}", error.message(lang));
                unreadable = true;
            }
        }
    }
    let fails = |finding: &Finding| {
        finding.severity == Severity::Error
            || (args.deny_warnings && finding.severity == Severity::Warning)
    };
    let failed = results.iter().any(|file| file.findings.iter().any(fails));
    // Only text for people is styled; JSON and annotations go out as they are, unbuffered by
    // any colour stripping, and buffered so that thousands of findings are few writes.
    match args.format {
        Format::Text => output::print_text(&mut anstream::stdout().lock(), &results, lang)?,
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            output::print_json(&mut out, &results, !failed && !unreadable, lang)?;
            out.flush()?;
        }
        Format::Github => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            output::print_github(&mut out, &results, lang)?;
            out.flush()?;
        }
    }
    Ok(if unreadable {
        ExitCode::from(EXIT_USAGE)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
