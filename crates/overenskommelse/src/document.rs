//! The checked document: what every caller holds, in Rust and through the bindings.

use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::follow_up::{self, ActivityState, FollowUpOptions, DEFAULT_STALE_AFTER_DAYS};
use crate::i18n::Lang;
use crate::migrate;
use crate::model::{Agreement, Date, SCHEMA_VERSION_1};
use crate::read::{locate, read_document, FatalKind, Limits};
use crate::report::{self, Report, ReportFormat};
use crate::validate::{self, Finding, Severity};
use crate::window::Windows;
use crate::Error;

/// What checking may take into account besides the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date follow-ups may not be after; defaults to the document's `as_of`.
    pub as_of: Option<Date>,
    /// Limits for reading bytes.
    pub limits: Limits,
}

impl Options {
    /// The options with a reference date.
    pub fn with_as_of(mut self, as_of: Date) -> Self {
        self.as_of = Some(as_of);
        self
    }

    /// The options with other limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

/// What the follow-up report takes into account.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReportOptions {
    /// The reference date; defaults to the document's `as_of`, else today (see `today`).
    pub as_of: Option<Date>,
    /// The date of the previous follow-up (the last stormöte): changes since then are reported.
    pub since: Option<Date>,
    /// Days without a follow-up after which an activity in progress is stale.
    pub stale_after_days: u32,
    /// The day taken as today when neither `as_of` nor the document gives a reference date;
    /// `None` reads this computer's clock. A caller without a clock (WebAssembly in a browser)
    /// gives it.
    pub today: Option<Date>,
}

impl Default for ReportOptions {
    fn default() -> Self {
        Self {
            as_of: None,
            since: None,
            stale_after_days: DEFAULT_STALE_AFTER_DAYS,
            today: None,
        }
    }
}

impl ReportOptions {
    /// The options with a reference date.
    pub fn with_as_of(mut self, as_of: Date) -> Self {
        self.as_of = Some(as_of);
        self
    }

    /// The options with the date of the previous follow-up.
    pub fn with_since(mut self, since: Date) -> Self {
        self.since = Some(since);
        self
    }

    /// The options with another number of days before an activity in progress is stale.
    pub fn with_stale_after_days(mut self, days: u32) -> Self {
        self.stale_after_days = days;
        self
    }

    /// The options with the day taken as today, so that the clock is never read.
    pub fn with_today(mut self, today: Date) -> Self {
        self.today = Some(today);
        self
    }
}

/// How many findings a document has of each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct Counts {
    /// Errors: the document does not pass.
    pub errors: u64,
    /// Warnings.
    pub warnings: u64,
    /// Information.
    pub infos: u64,
}

impl Counts {
    /// The counts of `findings`.
    pub fn of(findings: &[Finding]) -> Self {
        let count = |severity| findings.iter().filter(|f| f.severity == severity).count() as u64;
        Self {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        }
    }
}

/// A document checked: the agreement, when it could be read, and every finding about it, each
/// with its JSON Pointer, line and column.
///
/// ```
/// use overenskommelse::{Document, Lang};
///
/// let bytes = std::fs::read("../../examples/boras/overenskommelse.json")?;
/// let document = Document::from_slice(&bytes);
/// assert!(document.is_valid());
/// for finding in document.findings() {
///     println!("{}:{} {} {}", finding.line.unwrap_or(0), finding.column.unwrap_or(0),
///              finding.code(), finding.message(Lang::Sv));
/// }
/// let agreement = document.agreement().expect("readable");
/// assert_eq!(agreement.principles.len(), 6);
/// let report = document.report_markdown(&Default::default(), Lang::En)?;
/// assert!(report.starts_with("# "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    agreement: Option<Agreement>,
    findings: Vec<Finding>,
    /// The windows of the agreement's activities as the validation read them: the report
    /// uses them, so each time is read once.
    windows: Windows,
}

impl Document {
    /// Checks a document given as bytes (UTF-8 JSON), with the default options.
    pub fn from_slice(bytes: &[u8]) -> Self {
        Self::from_slice_with(bytes, &Options::default())
    }

    /// Checks a document given as bytes.
    pub fn from_slice_with(bytes: &[u8], options: &Options) -> Self {
        Self::read(bytes, options, Rules::Run)
    }

    /// Reads a document as [`Document::from_slice_with`] does, with the validation rules or
    /// only what reading finds (syntax and structure).
    pub(crate) fn read(bytes: &[u8], options: &Options, rules: Rules) -> Self {
        let read = read_document(bytes, &options.limits);
        if let Some((kind, offset)) = read.fatal {
            let located = !matches!(kind, FatalKind::TooLarge { .. });
            let mut finding = validate::fatal_finding(kind, offset);
            if located {
                locate_all(bytes, std::slice::from_mut(&mut finding));
            }
            return Self {
                agreement: None,
                findings: vec![finding],
                windows: Windows::default(),
            };
        }
        let version_1 = read
            .agreement
            .as_ref()
            .is_some_and(|agreement| agreement.schema_version == SCHEMA_VERSION_1);
        if version_1 {
            if let Some(document) = Self::from_version_1(bytes, options, &read.problems, rules) {
                return document;
            }
        }
        let mut findings: Vec<Finding> = read
            .problems
            .into_iter()
            .map(validate::structure_finding)
            .collect();
        let windows = rules.windows(read.agreement.as_ref());
        if let Some(agreement) = read.agreement.as_ref().filter(|_| rules == Rules::Run) {
            // Findings point into the agreement as read; map them back to the bytes as written.
            findings.extend(
                validate::run(agreement, &windows, options.as_of, &read.changes)
                    .into_iter()
                    .filter_map(|mut finding| {
                        finding.path = read.changes.original(&finding.path)?;
                        Some(finding)
                    }),
            );
        }
        locate_all(bytes, &mut findings);
        Self {
            agreement: read.agreement,
            findings,
            windows,
        }
    }

    /// Checks a 1.0 document as the 2.0 document it migrates to, with every finding placed in
    /// the document as written, and one more that says to migrate it. `None` when it cannot be
    /// read as a tree (then it is checked as it stands).
    ///
    /// `as_written` are the problems of reading the bytes as 2.0: where one of them is the
    /// same problem at the same place, its offset (a key's, say) is kept.
    fn from_version_1(
        bytes: &[u8],
        options: &Options,
        as_written: &[crate::read::Problem],
        rules: Rules,
    ) -> Option<Self> {
        let mut tree = migrate::read_version_1(bytes)?;
        let moves = migrate::upgrade(&mut tree);
        let upgraded = serde_json::to_vec(&tree).ok()?;
        // The migrated text is read whatever its size: the size limit held for the bytes given.
        let limits = options.limits.with_max_bytes(u64::MAX);
        let read = read_document(&upgraded, &limits);
        if read.fatal.is_some() {
            return None;
        }
        let mut findings: Vec<Finding> = read
            .problems
            .into_iter()
            .map(|problem| {
                let pointer = moves.original(&problem.pointer);
                let offset = as_written
                    .iter()
                    .find(|p| p.pointer == pointer && p.kind == problem.kind)
                    .map(|p| p.offset);
                let mut finding = validate::structure_finding(problem);
                // Offsets are in the migrated text: kept from the bytes as written where the
                // same problem was met there, else found again from the pointer.
                finding.offset = offset;
                finding.path = pointer;
                finding
            })
            .collect();
        let windows = rules.windows(read.agreement.as_ref());
        if let Some(agreement) = read.agreement.as_ref().filter(|_| rules == Rules::Run) {
            findings.extend(
                validate::run(agreement, &windows, options.as_of, &read.changes)
                    .into_iter()
                    .filter_map(|mut finding| {
                        let path = read.changes.original(&finding.path)?;
                        finding.path = moves.original(&path);
                        Some(finding)
                    }),
            );
        }
        findings.push(validate::version_1_finding());
        locate_all(bytes, &mut findings);
        Some(Self {
            agreement: read.agreement,
            findings,
            windows,
        })
    }

    /// Reads and checks a file, refusing one larger than the limit before reading it.
    pub fn from_path(path: impl AsRef<Path>, options: &Options) -> Result<Self, Error> {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|e| Error::read(&shown, &e))?;
        let metadata = file.metadata().map_err(|e| Error::read(&shown, &e))?;
        // Only a regular file's size is known before reading; a stream is read up to the limit.
        if metadata.is_file() && metadata.len() > options.limits.max_bytes {
            return Ok(Self::too_large(
                Some(metadata.len()),
                options.limits.max_bytes,
            ));
        }
        // A file's size is known: room for all of it (and the one byte that would show it
        // grew) at once, where a growing buffer would copy it up to ten times and keep up to
        // twice its size.
        let capacity = if metadata.is_file() {
            usize::try_from(metadata.len()).map_or(0, |len| len.saturating_add(1))
        } else {
            0
        };
        Self::from_reader_named(file, &shown, capacity, options)
    }

    /// Reads and checks a document from a stream (standard input, a pipe), holding no more
    /// than the size limit and one byte.
    pub fn from_reader(reader: impl Read, options: &Options) -> Result<Self, Error> {
        Self::from_reader_named(reader, "-", 0, options)
    }

    fn from_reader_named(
        reader: impl Read,
        name: &str,
        capacity: usize,
        options: &Options,
    ) -> Result<Self, Error> {
        let limit = options.limits.max_bytes;
        let mut bytes = Vec::with_capacity(capacity);
        reader
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| Error::read(name, &e))?;
        if bytes.len() as u64 > limit {
            return Ok(Self::too_large(None, limit));
        }
        Ok(Self::from_slice_with(&bytes, options))
    }

    fn too_large(size: Option<u64>, limit: u64) -> Self {
        Self {
            agreement: None,
            windows: Windows::default(),
            findings: vec![validate::fatal_finding(
                FatalKind::TooLarge { size, limit },
                0,
            )],
        }
    }

    /// Checks an agreement built in memory (findings have pointers but no lines).
    pub fn from_agreement(agreement: Agreement, options: &Options) -> Self {
        let windows = Windows::read(&agreement);
        let findings = validate::run(&agreement, &windows, options.as_of, &Default::default());
        Self {
            agreement: Some(agreement),
            findings,
            windows,
        }
    }

    /// The agreement, when the document could be read; parts with structure errors are left out.
    pub fn agreement(&self) -> Option<&Agreement> {
        self.agreement.as_ref()
    }

    /// The agreement, taken out of the document.
    pub fn into_agreement(self) -> Option<Agreement> {
        self.agreement
    }

    /// Every finding, in the order they stand in the document.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Names the workbook cell of every finding `cell_of` knows the cell of, by its pointer.
    #[cfg(feature = "workbook")]
    pub(crate) fn locate_cells(&mut self, cell_of: impl Fn(&str) -> Option<String>) {
        for finding in &mut self.findings {
            finding.cell = cell_of(&finding.path);
        }
    }

    /// True when no finding is an error.
    pub fn is_valid(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// How many findings of each severity.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings)
    }

    /// The agreement as pretty JSON (a document of the current schema version).
    pub fn to_json(&self) -> Result<String, Error> {
        let agreement = self.readable()?;
        let mut text = serde_json::to_string_pretty(agreement).map_err(|e| Error::Write {
            path: "-".into(),
            reason: e.to_string(),
        })?;
        text.push('\n');
        Ok(text)
    }

    fn readable(&self) -> Result<&Agreement, Error> {
        self.agreement.as_ref().ok_or(Error::Unreadable {
            errors: self.counts().errors,
        })
    }

    /// The follow-up report as data.
    pub fn report(&self, options: &ReportOptions) -> Result<Report<'_>, Error> {
        let (agreement, follow_up) = self.follow_up(options)?;
        Ok(report::build_with(
            agreement,
            &self.windows,
            &self.findings,
            &follow_up,
        ))
    }

    /// Where every activity stands at the options' reference date, in document order (the
    /// rows of the report's activity table), with the time windows read when the document was
    /// checked.
    pub fn activity_states(
        &self,
        options: &ReportOptions,
    ) -> Result<Vec<ActivityState<'_>>, Error> {
        let (agreement, follow_up) = self.follow_up(options)?;
        Ok(follow_up::activity_states_with(
            agreement,
            &self.windows,
            &follow_up,
        ))
    }

    /// The readable agreement and what following it up takes into account: the reference
    /// date defaults to the document's `as_of`, else today.
    fn follow_up(&self, options: &ReportOptions) -> Result<(&Agreement, FollowUpOptions), Error> {
        let agreement = self.readable()?;
        let as_of = options
            .as_of
            .or(agreement.as_of)
            .or(options.today)
            .unwrap_or_else(Date::today);
        if let Some(since) = options.since.filter(|since| *since > as_of) {
            return Err(Error::SinceAfterAsOf { since, as_of });
        }
        let follow_up = FollowUpOptions {
            as_of,
            since: options.since,
            stale_after_days: options.stale_after_days,
        };
        Ok((agreement, follow_up))
    }

    /// The follow-up report as Markdown in `lang`.
    pub fn report_markdown(&self, options: &ReportOptions, lang: Lang) -> Result<String, Error> {
        Ok(report::markdown(&self.report(options)?, lang))
    }

    /// The follow-up report as one self-contained HTML page in `lang`.
    pub fn report_html(&self, options: &ReportOptions, lang: Lang) -> Result<String, Error> {
        Ok(report::html(&self.report(options)?, lang))
    }

    /// The follow-up report as JSON.
    pub fn report_json(&self, options: &ReportOptions) -> Result<String, Error> {
        let mut text = Vec::new();
        self.write_report(options, ReportFormat::Json, Lang::Sv, &mut text)?;
        String::from_utf8(text).map_err(|e| Error::Write {
            path: "-".into(),
            reason: e.to_string(),
        })
    }

    /// Writes the follow-up report in `format` (Markdown and HTML in `lang`) to `writer`, in
    /// pieces as it is made: a large report is never held whole in memory.
    pub fn write_report(
        &self,
        options: &ReportOptions,
        format: ReportFormat,
        lang: Lang,
        writer: &mut dyn std::io::Write,
    ) -> Result<(), Error> {
        let report = self.report(options)?;
        report::write(&report, format, lang, writer).map_err(|e| Error::Write {
            path: "-".into(),
            reason: e.to_string(),
        })
    }
}

/// Whether a document read is checked by the validation rules too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rules {
    /// Every rule runs.
    Run,
    /// Only what reading finds: for a caller that wants the model and stops at the first
    /// error of syntax or structure.
    Skip,
}

impl Rules {
    /// The windows of the agreement's activities, read when the rules run (they use them).
    fn windows(self, agreement: Option<&Agreement>) -> Windows {
        match (self, agreement) {
            (Rules::Run, Some(agreement)) => Windows::read(agreement),
            _ => Windows::default(),
        }
    }
}

/// Gives every finding its line and column: the offsets of those found in the agreement come
/// from their pointers, and all offsets become lines and columns, each in one pass. Then sorts
/// the findings into document order.
fn locate_all(bytes: &[u8], findings: &mut [Finding]) {
    let unplaced: Vec<usize> = (0..findings.len())
        .filter(|&i| findings[i].offset.is_none())
        .collect();
    if !unplaced.is_empty() {
        let pointers: Vec<&str> = unplaced
            .iter()
            .map(|&i| findings[i].path.as_str())
            .collect();
        let offsets = locate::offsets(bytes, &pointers);
        for (&i, offset) in unplaced.iter().zip(offsets) {
            findings[i].offset = Some(offset);
        }
    }
    let offsets: Vec<usize> = findings.iter().map(|f| f.offset.unwrap_or(0)).collect();
    for (finding, (line, column)) in findings
        .iter_mut()
        .zip(locate::line_columns(bytes, &offsets))
    {
        finding.line = Some(line);
        finding.column = Some(column);
    }
    findings.sort_by_key(|f| (f.offset, f.rule));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line and column of every finding is where its culprit stands: for structure
    /// problems where the reader met them, for content findings where their pointer leads.
    #[test]
    fn every_finding_has_the_line_and_column_of_its_culprit() {
        let text = concat!(
            "{\n",
            "  \"schema_version\": \"2.0\",\n",
            "  \"id\": \"a\",\n",
            "  \"title\": \"Å\",\n",
            "  \"jurisdiction\": {\"kind\": \"kommun\", \"name\": \"X\", \"code\": \"99\"},\n",
            "  \"parties\": [\n",
            "    {\"id\": \"p\", \"name\": \"P\", \"side\": \"public\", \"kind\": \"kommun\", \"email\": \"x\"},\n",
            "    {\"id\": \"q\", \"namn\": \"Q\"}\n",
            "  ]\n",
            "}\n"
        );
        let document = Document::from_slice(text.as_bytes());
        let found: Vec<(&str, &str, u64, u64)> = document
            .findings()
            .iter()
            .map(|f| {
                let (line, column) = (f.line.unwrap_or(0), f.column.unwrap_or(0));
                (f.code(), f.path.as_str(), line, column)
            })
            .collect();
        assert_eq!(
            found,
            [
                ("OVK-CODE-001", "/jurisdiction/code", 5, 59),
                ("OVK-CODE-004", "/parties/0/email", 7, 75),
                ("OVK-STR-003", "/parties/1/name", 8, 5),
                ("OVK-STR-003", "/parties/1/side", 8, 5),
                ("OVK-STR-003", "/parties/1/kind", 8, 5),
                ("OVK-STR-002", "/parties/1/namn", 8, 17),
            ]
        );
    }

    /// A 1.0 document is checked as the 2.0 it migrates to, and its findings stand where their
    /// culprits stand in the document as written, moved fields included.
    #[test]
    fn findings_of_a_version_1_document_point_into_it_as_written() {
        let text = concat!(
            "{\n",
            "  \"schema_version\": \"1.0\",\n",
            "  \"id\": \"a\", \"title\": \"Å\",\n",
            "  \"jurisdiction\": {\"kind\": \"kommun\", \"name\": \"Borås\", \"code\": \"1490\"},\n",
            "  \"adopted\": \"2019-02-30\",\n",
            "  \"goals\": [{\"id\": \"g\", \"text\": \"G\", \"strategies\": [\"S\", 5]}],\n",
            "  \"parties\": [{\"id\": \"q\", \"namn\": \"Q\"}],\n",
            "  \"plans\": [{\"id\": \"p\", \"kind\": \"other\", \"title\": \"P\",\n",
            "    \"period\": {\"start\": \"2019-01-01\"}, \"adopted\": \"2018-13-01\",\n",
            "    \"budget\": [{\"year\": 2019, \"amount\": 1, \"funder\": \"nobody\"}]}]\n",
            "}\n"
        );
        let document = Document::from_slice(text.as_bytes());
        let found: Vec<(&str, &str, u64, u64)> = document
            .findings()
            .iter()
            .map(|f| {
                let (line, column) = (f.line.unwrap_or(0), f.column.unwrap_or(0));
                (f.code(), f.path.as_str(), line, column)
            })
            .collect();
        assert_eq!(
            found,
            [
                ("OVK-VER-002", "/schema_version", 2, 21),
                ("OVK-DATE-001", "/adopted", 5, 14),
                // Neither text nor translated text: not migrated, and reported as it stands.
                ("OVK-STR-004", "/goals/0/strategies/1", 6, 58),
                ("OVK-STR-003", "/parties/0/name", 7, 15),
                ("OVK-STR-003", "/parties/0/side", 7, 15),
                ("OVK-STR-003", "/parties/0/kind", 7, 15),
                ("OVK-STR-002", "/parties/0/namn", 7, 27),
                ("OVK-DATE-001", "/plans/0/adopted", 9, 51),
                ("OVK-REF-001", "/plans/0/budget/0/funder", 10, 54),
            ]
        );
        let agreement = document.agreement().expect("read");
        assert_eq!(agreement.schema_version, "2.0");
        assert_eq!(agreement.goals[0].strategies[0].id.as_str(), "g-strategi-1");
    }

    #[test]
    fn a_stream_is_read_no_further_than_the_limit() {
        let options = Options::default().with_limits(Limits::default().with_max_bytes(10));
        let endless = std::io::repeat(b' ');
        let document = Document::from_reader(endless, &options).expect("a stream of spaces");
        assert_eq!(document.findings().len(), 1);
        assert_eq!(document.findings()[0].code(), "OVK-SYN-003");
        assert_eq!(document.findings()[0].line, None);
    }
}
