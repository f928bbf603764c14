//! `ovk validate`: every finding of one or more documents.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::load::{locate, read_file};
use overenskommelse::{check_slice, Finding, Lang, LoadError, Options, Severity};

use crate::output::{self, FileFindings};
use crate::LangArg;

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

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let lang = Lang::from(args.lang);
    let options = Options::default();
    let mut results = Vec::with_capacity(args.files.len());
    for path in &args.files {
        results.push(check_file(path, &options)?);
    }
    match args.format {
        Format::Text => output::print_text(&results, lang),
        Format::Json => output::print_json(&results, lang),
        Format::Github => output::print_github(&results, lang),
    }
    let fails = |finding: &Finding| {
        finding.severity == Severity::Error
            || (args.deny_warnings && finding.severity == Severity::Warning)
    };
    let failed = results.iter().any(|file| file.findings.iter().any(fails));
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn check_file(path: &std::path::Path, options: &Options) -> Result<FileFindings, String> {
    let (name, read) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(options.limits.max_bytes as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        ("<stdin>".to_owned(), Ok(bytes))
    } else {
        (path.display().to_string(), read_file(path, options.limits))
    };
    let findings = match read {
        Ok(bytes) => check_slice(&bytes, options)
            .findings
            .into_iter()
            .map(|finding| with_position(finding, &bytes))
            .collect(),
        // An oversized file is a finding about the document, not a usage error.
        Err(error @ LoadError::TooLarge { .. }) => error.to_finding().into_iter().collect(),
        Err(error) => return Err(error.to_string()),
    };
    Ok(FileFindings { name, findings })
}

/// Adds the line and column of the finding's JSON Pointer where the finding has none.
fn with_position(mut finding: Finding, bytes: &[u8]) -> Finding {
    if finding.line.is_none() {
        if let Some((line, column)) = locate(bytes, &finding.path) {
            finding.line = Some(line);
            finding.column = Some(column);
        }
    }
    finding
}
