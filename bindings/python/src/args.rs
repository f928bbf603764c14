//! Arguments from Python: languages, dates, report formats and options, each refused with the
//! core's message when it cannot be used.

use overenskommelse::i18n::{Args, Word};
use overenskommelse::report::ReportFormat;
use overenskommelse::{Date, Lang, ReportOptions};
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyString};

use crate::errors;

/// A language tag: `sv` or `en` (also `sv-SE`, `en_GB`).
pub(crate) fn lang(tag: &str) -> PyResult<Lang> {
    Lang::from_tag(tag).ok_or_else(|| {
        errors::usage(
            Word::NotAChoice,
            &Args::new().with("value", tag).with("allowed", "sv, en"),
        )
    })
}

/// A report format: `md`, `html` or `json`.
pub(crate) fn report_format(name: &str) -> PyResult<ReportFormat> {
    match name {
        "md" | "markdown" => Ok(ReportFormat::Markdown),
        "html" => Ok(ReportFormat::Html),
        "json" => Ok(ReportFormat::Json),
        other => Err(errors::usage(
            Word::NotAChoice,
            &Args::new()
                .with("value", other)
                .with("allowed", "md, html, json"),
        )),
    }
}

/// A date: a `datetime.date` or a text `YYYY-MM-DD`.
pub(crate) fn date(value: &Bound<'_, PyAny>) -> PyResult<Date> {
    if let Ok(text) = value.cast::<PyString>() {
        let text = text.to_cow()?;
        return Date::parse(&text).ok_or_else(|| {
            errors::usage(Word::NotADate, &Args::new().with("text", text.as_ref()))
        });
    }
    if value.is_instance_of::<PyDate>() {
        let naive: chrono::NaiveDate = value.extract()?;
        return Date::from_naive(naive).ok_or_else(|| {
            errors::usage(Word::NotADate, &Args::new().with("text", naive.to_string()))
        });
    }
    Err(pyo3::exceptions::PyTypeError::new_err(
        "a date is a datetime.date or a text YYYY-MM-DD",
    ))
}

/// An optional date.
pub(crate) fn optional_date(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    value.filter(|v| !v.is_none()).map(date).transpose()
}

/// The report's options.
pub(crate) fn report_options(
    as_of: Option<&Bound<'_, PyAny>>,
    since: Option<&Bound<'_, PyAny>>,
    stale_after_days: u32,
) -> PyResult<ReportOptions> {
    let mut options = ReportOptions::default().with_stale_after_days(stale_after_days);
    options.as_of = optional_date(as_of)?;
    options.since = optional_date(since)?;
    Ok(options)
}
