//! The library's one error: what stops it from doing what was asked, in Swedish and English.
//!
//! Problems *in* a document are not errors but [`crate::Finding`]s; an error is a file that
//! cannot be read or written, a document too broken for what was asked, or a wrong request.

use crate::i18n::{self, Arg, Args, Lang, Word};
use crate::model::{Date, JurisdictionKind};
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
    /// No kommun or region of SCB's list has the code or name given (`ovk new --kommun Exempelby`).
    UnknownJurisdiction {
        /// The kind asked for.
        kind: JurisdictionKind,
        /// The code or name, as given.
        given: String,
        /// The nearest entries of the list, as "1490 Borås"; empty when none is near.
        near: Vec<String>,
    },
    /// A name that resembles several kommuner or regions of SCB's list equally.
    AmbiguousJurisdiction {
        /// The name, as given.
        given: String,
        /// The entries it resembles, as "1440 Ale".
        candidates: Vec<String>,
    },
    /// A code or name of a region where a kommun was asked for, or the other way round.
    WrongJurisdictionKind {
        /// The kind asked for.
        kind: JurisdictionKind,
        /// The code or name, as given.
        given: String,
        /// What it is in SCB's list, as "12 Skåne län".
        found: String,
        /// Its code.
        code: String,
        /// For a kommun, its län, as "14 Västra Götalands län" (its code is the kommunkod's
        /// first two digits).
        county: Option<String>,
    },
    /// A year a starter document cannot be written for.
    YearOutOfRange {
        /// The year asked for.
        year: i32,
        /// The first year allowed.
        min: i32,
        /// The last year allowed.
        max: i32,
    },
    /// A file that exists would be overwritten.
    WouldOverwrite {
        /// The file, as given.
        path: String,
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
            Error::UnknownJurisdiction { kind, given, near } => {
                let args = Args::new()
                    .with("kind", Word::Jurisdiction(*kind))
                    .with("given", given.as_str());
                let first = i18n::text(Word::UnknownJurisdiction, &args, lang);
                let then = if near.is_empty() {
                    let rule = match kind {
                        JurisdictionKind::Kommun => Word::KommunCodeRule,
                        _ => Word::RegionCodeRule,
                    };
                    i18n::text(Word::NameOrCode, &Args::new().with("rule", rule), lang)
                } else {
                    let args = Args::new().with("near", Arg::List(near.clone()));
                    i18n::text(Word::NearestJurisdictions, &args, lang)
                };
                return format!("{first} {then}");
            }
            Error::AmbiguousJurisdiction { given, candidates } => (
                Word::AmbiguousJurisdiction,
                Args::new()
                    .with("given", given.as_str())
                    .with("candidates", Arg::List(candidates.clone())),
            ),
            Error::WrongJurisdictionKind {
                kind,
                given,
                found,
                code,
                county,
            } => {
                let args = Args::new()
                    .with("given", given.as_str())
                    .with("found", found.as_str())
                    .with("code", code.as_str());
                match (kind, county, code.get(..2)) {
                    (JurisdictionKind::Kommun, _, _) => (Word::KommunIsRegion, args),
                    (_, Some(county), Some(county_code)) => (
                        Word::RegionIsKommun,
                        args.with("county", county.as_str())
                            .with("county_code", county_code),
                    ),
                    _ => (Word::RegionIsKommunWithoutCounty, args),
                }
            }
            Error::YearOutOfRange { year, min, max } => (
                Word::YearOutOfRange,
                Args::new()
                    .with("year", year.to_string())
                    .with("min", min.to_string())
                    .with("max", max.to_string()),
            ),
            Error::WouldOverwrite { path } => (
                Word::WouldOverwrite,
                Args::new().with("path", path.as_str()),
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
