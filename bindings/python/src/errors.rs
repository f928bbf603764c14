//! One exception hierarchy: `OverenskommelseError`, with `LoadError` for a source that cannot
//! be read (a file, or a document too broken to give what was asked) and `UsageError` for an
//! argument the library cannot use. Each carries its message in Swedish and English
//! (`messages`), and a load error where it stands (`code`, `pointer`, `line`, `column`).

use overenskommelse::{Error, Finding, Lang};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;

create_exception!(
    overenskommelse,
    OverenskommelseError,
    PyException,
    "Every error the library raises."
);
create_exception!(
    overenskommelse,
    LoadError,
    OverenskommelseError,
    "A source that cannot be read, or a document too broken for what was asked of it."
);
create_exception!(
    overenskommelse,
    UsageError,
    OverenskommelseError,
    "An argument the library cannot use: a language, a format, a date, a period."
);

/// Where a load error stands, when a finding says it.
#[derive(Default)]
struct Place {
    code: Option<&'static str>,
    pointer: Option<String>,
    line: Option<u64>,
    column: Option<u64>,
}

impl Place {
    fn of(finding: &Finding) -> Self {
        Self {
            code: Some(finding.code()),
            pointer: Some(finding.path.clone()),
            line: finding.line,
            column: finding.column,
        }
    }
}

/// An exception of type `E` with the message in both languages (English as its text, the
/// language of Python's own exceptions) and its place.
fn raise<E: pyo3::PyTypeInfo>(messages: [String; 2], place: Place) -> PyErr {
    Python::attach(|py| {
        let [sv, en] = messages;
        let build = || -> PyResult<PyErr> {
            let error = py.get_type::<E>().call1((en.clone(),))?;
            let texts = PyDict::new(py);
            texts.set_item("sv", sv.clone())?;
            texts.set_item("en", en.clone())?;
            error.setattr("messages", texts)?;
            error.setattr("code", place.code)?;
            error.setattr("pointer", place.pointer.clone())?;
            error.setattr("line", place.line)?;
            error.setattr("column", place.column)?;
            Ok(PyErr::from_value(error))
        };
        build().unwrap_or_else(|error| error)
    })
}

/// The core's error as the Python exception for it.
pub(crate) fn from_core(error: &Error) -> PyErr {
    let messages = [error.message(Lang::Sv), error.message(Lang::En)];
    match error {
        Error::SinceAfterAsOf { .. } | Error::PeriodReversed { .. } => {
            raise::<UsageError>(messages, Place::default())
        }
        Error::Invalid { first, .. } => raise::<LoadError>(messages, Place::of(first)),
        _ => raise::<LoadError>(messages, Place::default()),
    }
}

/// A usage error with a message of the core's table.
pub(crate) fn usage(
    word: overenskommelse::i18n::Word,
    args: &overenskommelse::i18n::Args,
) -> PyErr {
    let text = |lang| overenskommelse::i18n::text(word, args, lang);
    raise::<UsageError>([text(Lang::Sv), text(Lang::En)], Place::default())
}
