//! `ovk template`: the empty workbook, with a sheet that explains every column.

use std::path::PathBuf;
use std::process::ExitCode;

use overenskommelse::{workbook, Lang};

use crate::export::write_out;
use crate::{Failure, LangArg};

/// Arguments of `ovk template`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Language of the headers, labels and explanations.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let bytes = workbook::template(lang).map_err(|e| Failure::Library(e, lang))?;
    write_out(args.output.as_deref(), &bytes, lang)?;
    Ok(ExitCode::SUCCESS)
}
