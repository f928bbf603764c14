//! `ovk rules`: the rule catalogue, as text, JSON or the Markdown of `docs/rules.md`.

use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::validate::rules::{self, Family};
use overenskommelse::Lang;

use crate::LangArg;

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

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let lang = Lang::from(args.lang);
    match args.format {
        Format::Text => {
            for family in Family::ALL {
                println!("{}", family.title(lang));
                for rule in rules::ALL.iter().filter(|rule| rule.family == family) {
                    println!(
                        "  {}  {:<7}  {}",
                        rule.code,
                        rule.severity.label(lang),
                        rule.title(lang)
                    );
                }
            }
        }
        Format::Json => {
            let list: Vec<_> = rules::ALL
                .iter()
                .map(|rule| {
                    serde_json::json!({
                        "code": rule.code,
                        "severity": rule.severity.code(),
                        "family": rule.family.code(),
                        "title": { "sv": rule.title.0, "en": rule.title.1 },
                        "explanation": { "sv": rule.explanation.0, "en": rule.explanation.1 },
                        "hint": rule.hint.map(|(sv, en)| serde_json::json!({ "sv": sv, "en": en })),
                        "anchor": rule.anchor(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?
            );
        }
        Format::Markdown => print!("{}", overenskommelse::validate::rules::markdown()),
    }
    Ok(ExitCode::SUCCESS)
}
