//! `ovk time`: what the library understands of a Swedish time text.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use overenskommelse::i18n::{self, Args as TextArgs, Word};
use overenskommelse::time::{parse, DateRange, TimeContext};
use overenskommelse::{Date, Lang};

use crate::{parse_date, Failure, LangArg};

/// Arguments of `ovk time`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The time as written in the plan, e.g. "hösten 2019" or "Löpande".
    text: String,
    /// The action plan's period, START..END, for texts without a year and for recurrences.
    #[arg(long, value_name = "START..END", value_parser = parse_period)]
    period: Option<DateRange>,
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

fn parse_period(text: &str) -> Result<DateRange, String> {
    let not_a_period = || {
        let args = TextArgs::new().with("text", text);
        i18n::text(Word::NotAPeriod, &args, Lang::En)
    };
    let (start, end) = text.split_once("..").ok_or_else(not_a_period)?;
    Ok(DateRange {
        start: parse_date(start.trim())?,
        end: parse_date(end.trim())?,
    })
}

pub fn run(args: &Args) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    if let Some(DateRange { start, end }) = args.period.filter(|p| p.end < p.start) {
        return Err(Failure::Library(
            overenskommelse::Error::PeriodReversed { start, end },
            lang,
        ));
    }
    let context = match args.period {
        Some(period) => TimeContext::with_period(period.start, period.end),
        None => TimeContext::default(),
    }
    .with_common_events();
    let window = parse(&args.text, &context);
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        let document = serde_json::json!({ "text": args.text, "window": window });
        serde_json::to_writer_pretty(&mut out, &document).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(if window.is_some() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    let Some(window) = window else {
        let args = TextArgs::new().with("text", args.text.as_str());
        writeln!(out, "{}", i18n::text(Word::TimeNotUnderstood, &args, lang))?;
        return Ok(ExitCode::from(1));
    };
    let open = i18n::word(Word::Open, lang);
    let show = |date: Option<Date>| date.map_or(open.to_owned(), |d| d.to_string());
    let mut line = format!(
        "\"{}\": {} – {} ({})",
        args.text,
        show(window.start),
        show(window.end),
        i18n::word(Word::Precision(window.precision), lang)
    );
    if let Some(recurrence) = window.recurrence {
        line.push_str(&format!(
            ", {}",
            i18n::word(Word::Recurrence(recurrence), lang)
        ));
    }
    if window.uncertain {
        line.push_str(&format!(", {}", i18n::word(Word::Uncertain, lang)));
    }
    if let Some(event) = &window.event {
        let args = TextArgs::new().with("event", event.as_str());
        line.push_str(&format!(", {}", i18n::text(Word::TimeEvent, &args, lang)));
    }
    if !window.parts.is_empty() {
        let parts: Vec<String> = window
            .parts
            .iter()
            .map(|p| {
                if p.start == p.end {
                    p.start.to_string()
                } else {
                    format!("{} – {}", p.start, p.end)
                }
            })
            .collect();
        let args = TextArgs::new().with("parts", parts.join("; "));
        line.push_str(&format!(", {}", i18n::text(Word::TimeParts, &args, lang)));
    }
    if let Some(frequency) = &window.frequency {
        let args = TextArgs::new()
            .with("times", u64::from(frequency.times))
            .with("every", u64::from(frequency.every));
        let word = match frequency.unit {
            Some(unit) => {
                if frequency.every > 1 {
                    let args = args.with("unit", Word::FrequencyUnits(unit));
                    i18n::text(Word::TimeEveryNth, &args, lang)
                } else {
                    let args = args.with("unit", Word::FrequencyUnit(unit));
                    i18n::text(Word::TimeEvery, &args, lang)
                }
            }
            None => i18n::text(Word::TimeTimes, &args, lang),
        };
        line.push_str(&format!(", {word}"));
    }
    if !window.years.is_empty() {
        let years: Vec<String> = window.years.iter().map(ToString::to_string).collect();
        let args = TextArgs::new().with("years", years.join(", "));
        line.push_str(&format!(", {}", i18n::text(Word::TimeYears, &args, lang)));
    }
    if window.weekday_mismatch {
        line.push_str(&format!(
            ", {}",
            i18n::word(Word::TimeWeekdayMismatch, lang)
        ));
    }
    writeln!(out, "{line}")?;
    Ok(ExitCode::SUCCESS)
}
