//! `ovk time`: what the library understands of a Swedish time text.

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use overenskommelse::i18n::{precision_label, recurrence_label};
use overenskommelse::time::{parse, TimeContext};
use overenskommelse::Lang;

use crate::LangArg;

/// Arguments of `ovk time`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The time as written in the plan, e.g. "hösten 2019" or "Löpande".
    text: String,
    /// The action plan's period, START..END, for texts without a year and for recurrences.
    #[arg(long, value_name = "START..END", value_parser = parse_period)]
    period: Option<(NaiveDate, NaiveDate)>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of the text output.
    #[arg(long, value_enum, default_value_t = LangArg::Sv)]
    lang: LangArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A line for people.
    Text,
    /// `{"text": …, "window": {…} | null}`.
    Json,
}

fn parse_period(text: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let (start, end) = text
        .split_once("..")
        .ok_or("write the period as START..END, e.g. 2018-01-01..2018-12-31")?;
    let date = |d: &str| {
        overenskommelse::model::date::parse_strict(d.trim())
            .ok_or_else(|| format!("{d} is not a date YYYY-MM-DD"))
    };
    Ok((date(start)?, date(end)?))
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let lang = Lang::from(args.lang);
    let context = TimeContext {
        period: args.period,
        events: vec![
            ("stormöte".to_owned(), "stormote".to_owned()),
            ("samråd".to_owned(), "samrad".to_owned()),
        ],
    };
    let window = parse(&args.text, &context);
    if args.format == Format::Json {
        let document = serde_json::json!({ "text": args.text, "window": window });
        println!(
            "{}",
            serde_json::to_string_pretty(&document).map_err(|e| e.to_string())?
        );
        return Ok(if window.is_some() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    let Some(window) = window else {
        println!(
            "{}",
            match lang {
                Lang::Sv => format!("\"{}\": kunde inte tolkas", args.text),
                Lang::En => format!("\"{}\": could not be understood", args.text),
            }
        );
        return Ok(ExitCode::from(1));
    };
    let open = match lang {
        Lang::Sv => "öppet",
        Lang::En => "open",
    };
    let show = |date: Option<NaiveDate>| date.map_or(open.to_owned(), |d| d.to_string());
    let mut line = format!(
        "\"{}\": {} – {} ({})",
        args.text,
        show(window.start),
        show(window.end),
        precision_label(window.precision, lang)
    );
    if let Some(recurrence) = window.recurrence {
        line.push_str(&format!(", {}", recurrence_label(recurrence, lang)));
    }
    if window.uncertain {
        line.push_str(match lang {
            Lang::Sv => ", osäker",
            Lang::En => ", uncertain",
        });
    }
    if let Some(event) = &window.event {
        line.push_str(&match lang {
            Lang::Sv => format!(", händelse: {event}"),
            Lang::En => format!(", event: {event}"),
        });
    }
    println!("{line}");
    Ok(ExitCode::SUCCESS)
}
