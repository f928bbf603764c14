//! `ovk rules`: the rule catalogue, as text, JSON or the Markdown of `docs/rules.md`.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::validate::{markdown, Family};
use overenskommelse::{Lang, Rule};

use crate::{Failure, LangArg};

/// Arguments of `ovk rules`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of titles.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One line a rule.
    Text,
    /// A JSON array of rules.
    Json,
    /// The Markdown of docs/rules.md (both languages).
    Markdown,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Text => {
            for family in Family::ALL {
                writeln!(out, "{}", family.title(lang))?;
                for rule in Rule::all().filter(|rule| rule.family == family) {
                    writeln!(
                        out,
                        "  {:<12}  {:<7}  {}",
                        rule.code,
                        rule.severity.label(lang),
                        rule.title(lang)
                    )?;
                }
            }
        }
        Format::Json => {
            let rules: Vec<&Rule> = Rule::all().collect();
            serde_json::to_writer_pretty(&mut out, &rules).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        Format::Markdown => write!(out, "{}", markdown())?,
    }
    Ok(ExitCode::SUCCESS)
}
