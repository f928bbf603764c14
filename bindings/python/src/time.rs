//! The Swedish time parser.

use overenskommelse::time::{self, NamedEvent, TimeContext};
use overenskommelse::Date;
use pyo3::prelude::*;

use crate::args;
use crate::document::json_to_python;

/// What a time text says: a window of days, how precise, recurring or not, uncertain or not.
#[pyclass(frozen, module = "overenskommelse")]
pub(crate) struct TimeWindow {
    inner: time::TimeWindow,
}

/// The serde name of a unit enum (`"quarter"`, `"continuous"`).
pub(crate) fn code_of(value: &impl serde::Serialize) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => Some(text),
        _ => None,
    }
}

fn naive(date: Option<Date>) -> Option<chrono::NaiveDate> {
    date.map(Date::naive)
}

#[pymethods]
impl TimeWindow {
    /// The first day, when the text bounds it.
    #[getter]
    fn start(&self) -> Option<chrono::NaiveDate> {
        naive(self.inner.start)
    }

    /// The last day, when the text bounds it.
    #[getter]
    fn end(&self) -> Option<chrono::NaiveDate> {
        naive(self.inner.end)
    }

    /// How precise the text is: `day`, `week`, `month`, `quarter`, `term`, `season`, `year`, ….
    #[getter]
    fn precision(&self) -> Option<String> {
        code_of(&self.inner.precision)
    }

    /// How it recurs (`continuous`, `daily`, `weekly`, `regular`, `as_needed`, …), if it does.
    #[getter]
    fn recurrence(&self) -> Option<String> {
        self.inner.recurrence.as_ref().and_then(code_of)
    }

    /// True when the text hedges ("preliminärt", "ca", "?") or several years fit.
    #[getter]
    fn uncertain(&self) -> bool {
        self.inner.uncertain
    }

    /// The separate days or spans of a list ("7 och 21 oktober"), as (first, last) pairs.
    #[getter]
    fn parts(&self) -> Vec<(chrono::NaiveDate, chrono::NaiveDate)> {
        self.inner
            .parts
            .iter()
            .map(|part| (part.start.naive(), part.end.naive()))
            .collect()
    }

    /// The years that fit when the text has none and the period spans several.
    #[getter]
    fn years(&self) -> Vec<i32> {
        self.inner.years.clone()
    }

    /// The id of the body whose event the text names ("till stormötet").
    #[getter]
    fn event(&self) -> Option<&str> {
        self.inner.event.as_deref()
    }

    /// The window as plain data, as the time corpus and the JSON Schema write it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let text = serde_json::to_string(&self.inner).unwrap_or_default();
        json_to_python(py, &text)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<TimeWindow>()
            .is_ok_and(|other| other.get().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        let day = |date: Option<Date>| date.map_or("…".to_owned(), |d| d.to_string());
        format!(
            "<TimeWindow {}..{} {}{}>",
            day(self.inner.start),
            day(self.inner.end),
            self.precision().unwrap_or_default(),
            if self.inner.uncertain {
                " uncertain"
            } else {
                ""
            }
        )
    }
}

/// Reads a Swedish time text; `None` when it cannot be read. `period` is the plan's period,
/// `(start, end)`, which gives the year a text leaves out; `events` are `(stem, id)` pairs
/// of the events a text may name.
#[pyfunction]
#[pyo3(signature = (text, period=None, *, events=None))]
pub(crate) fn parse_time(
    text: &str,
    period: Option<(Bound<'_, PyAny>, Bound<'_, PyAny>)>,
    events: Option<Vec<(String, String)>>,
) -> PyResult<Option<TimeWindow>> {
    let mut context = match period {
        None => TimeContext::default(),
        // A period that ends before it starts is the core's to judge: it reads as none.
        Some((start, end)) => TimeContext::with_period(args::date(&start)?, args::date(&end)?),
    };
    for (stem, id) in events.unwrap_or_default() {
        context = context.with_event(NamedEvent::new(stem, id));
    }
    Ok(time::parse(text, &context).map(|inner| TimeWindow { inner }))
}
