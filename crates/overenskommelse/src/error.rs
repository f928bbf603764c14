//! The library's one error: what stops it from doing what was asked, in Swedish and English.
//!
//! Problems *in* a document are not errors but [`crate::Finding`]s; an error is a file that
//! cannot be read or written, a document too broken for what was asked, or a wrong request.

use crate::i18n::{self, Args, Lang, Word};
use crate::model::Date;
use crate::Finding;

/// What went wrong. Every variant holds plain data, so that it crosses to other languages as it is.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// A file or stream could not be read.
    Read {
        /// The file, as given; `-` for standard input.
        path: String,
        /// Why, when it is one the library can name in every language.
        problem: IoProblem,
        /// Why, as the operating system says it.
        reason: String,
    },
    /// A file could not be written.
    Write {
        /// The file, as given.
        path: String,
        /// Why, as the operating system says it.
        reason: String,
    },
    /// The document could not be read well enough to do what was asked (a syntax error, say).
    Unreadable {
        /// How many error findings it has.
        errors: u64,
    },
    /// The document has syntax or structure errors where none are allowed.
    Invalid {
        /// How many error findings it has.
        errors: u64,
        /// The first of them.
        first: Box<Finding>,
    },
    /// The date of the previous follow-up is after the report date.
    SinceAfterAsOf {
        /// The date of the previous follow-up.
        since: Date,
        /// The report date.
        as_of: Date,
    },
    /// A workbook could not be made (`reason` in the words of the library that writes it).
    Workbook {
        /// Why.
        reason: String,
    },
    /// A number in `extensions` is finer than a workbook's JSON cells keep.
    WorkbookPrecision,
    /// A text, or the JSON of a row's other fields, is longer than a workbook cell holds.
    CellTooLong {
        /// The cell (`Aktiviteter!Z7`).
        place: String,
        /// Where the row's entity is in the document.
        pointer: String,
    },
    /// A period asked for ends before it starts (`ovk time --period 2019-12-31..2019-01-01`).
    PeriodReversed {
        /// The first day given.
        start: Date,
        /// The last day given, before `start`.
        end: Date,
    },
}

impl Error {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let (word, args) = match self {
            Error::Read {
                path,
                problem,
                reason,
            } => {
                let args = Args::new().with("path", path.as_str());
                match problem {
                    IoProblem::Other => (Word::CannotRead, args.with("reason", reason.as_str())),
                    known => (Word::CannotRead, args.with("reason", Word::Io(*known))),
                }
            }
            Error::Write { path, reason } => (
                Word::CannotWrite,
                Args::new()
                    .with("path", path.as_str())
                    .with("reason", reason.as_str()),
            ),
            Error::Unreadable { errors } => (Word::Unreadable, Args::new().with("count", *errors)),
            Error::Invalid { errors, first } => {
                let at = if first.path.is_empty() {
                    "/"
                } else {
                    first.path.as_str()
                };
                (
                    Word::InvalidDocument,
                    Args::new().with("count", *errors).with(
                        "first",
                        format!("{} {at}: {}", first.code(), first.message(lang)),
                    ),
                )
            }
            Error::SinceAfterAsOf { since, as_of } => (
                Word::SinceAfterAsOf,
                Args::new().with("since", *since).with("as_of", *as_of),
            ),
            Error::Workbook { reason } => (
                Word::CannotWriteWorkbook,
                Args::new().with("reason", reason.as_str()),
            ),
            Error::WorkbookPrecision => (Word::WorkbookPrecision, Args::new()),
            Error::CellTooLong { place, pointer } => (
                Word::CellTooLong,
                Args::new()
                    .with("place", place.as_str())
                    .with("pointer", pointer.as_str()),
            ),
            Error::PeriodReversed { start, end } => (
                Word::PeriodEndsBeforeStart,
                Args::new().with("start", *start).with("end", *end),
            ),
        };
        i18n::text(word, &args, lang)
    }

    /// An I/O error while reading `path` (`-` for standard input), with the problem named in
    /// every language where the library knows it.
    pub fn read(path: &str, error: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        let problem = match error.kind() {
            ErrorKind::NotFound => IoProblem::NotFound,
            ErrorKind::PermissionDenied => IoProblem::PermissionDenied,
            ErrorKind::IsADirectory => IoProblem::IsADirectory,
            ErrorKind::InvalidData => IoProblem::InvalidData,
            _ => IoProblem::Other,
        };
        Error::Read {
            path: path.to_owned(),
            problem,
            reason: error.to_string(),
        }
    }
}

/// Why a file could not be read, as far as the library can say it in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IoProblem {
    /// There is no such file.
    NotFound,
    /// The file may not be read.
    PermissionDenied,
    /// It is a folder, not a file.
    IsADirectory,
    /// The stream is not text.
    InvalidData,
    /// Something else: the operating system's words say what.
    Other,
}

/// The message in English, as Rust errors are; [`Error::message`] gives Swedish.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}
