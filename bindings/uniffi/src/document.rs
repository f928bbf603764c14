//! The checked document, its findings, its JSON and the stormöte report; loading and migrating.

use std::sync::Arc;

use overenskommelse::report::ReportFormat as CoreFormat;
use overenskommelse::{Limits, Options};

use crate::rules::{Lang, Severity};
use crate::{optional_date, OverenskommelseError};

/// How a document is read: the reference date and the limits of reading; a value left out
/// keeps the core's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct LoadOptions {
    /// The date follow-ups may not be after, `YYYY-MM-DD` (default: the document's own `as_of`).
    #[uniffi(default = None)]
    pub as_of: Option<String>,
    /// The most bytes read.
    #[uniffi(default = None)]
    pub max_bytes: Option<u64>,
    /// The deepest nesting of arrays and objects read.
    #[uniffi(default = None)]
    pub max_depth: Option<u64>,
    /// The most findings reported.
    #[uniffi(default = None)]
    pub max_problems: Option<u64>,
}

impl LoadOptions {
    fn to_core(&self) -> Result<Options, OverenskommelseError> {
        let mut limits = Limits::default();
        if let Some(max_bytes) = self.max_bytes {
            limits = limits.with_max_bytes(max_bytes);
        }
        if let Some(max_depth) = self.max_depth {
            limits = limits.with_max_depth(max_depth);
        }
        if let Some(max_problems) = self.max_problems {
            limits = limits.with_max_problems(max_problems);
        }
        let mut options = Options::default().with_limits(limits);
        options.as_of = optional_date(self.as_of.as_deref())?;
        Ok(options)
    }
}

/// What the stormöte report covers: the report date, the previous follow-up, and how many
/// days without a follow-up make an activity stale.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportRequest {
    /// The report date, `YYYY-MM-DD` (default: the follow-up's date).
    #[uniffi(default = None)]
    pub as_of: Option<String>,
    /// The date of the previous follow-up, `YYYY-MM-DD`: changes since it are listed.
    #[uniffi(default = None)]
    pub since: Option<String>,
    /// Days without a follow-up after which an ongoing activity is stale (the core's default
    /// is 120; a test keeps the two equal).
    #[uniffi(default = 120)]
    pub stale_after_days: u32,
}

impl Default for ReportRequest {
    fn default() -> Self {
        Self {
            as_of: None,
            since: None,
            stale_after_days: overenskommelse::follow_up::DEFAULT_STALE_AFTER_DAYS,
        }
    }
}

impl ReportRequest {
    fn to_core(&self) -> Result<overenskommelse::ReportOptions, OverenskommelseError> {
        let mut options =
            overenskommelse::ReportOptions::default().with_stale_after_days(self.stale_after_days);
        options.as_of = optional_date(self.as_of.as_deref())?;
        options.since = optional_date(self.since.as_deref())?;
        Ok(options)
    }
}

/// The report's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ReportFormat {
    /// GitHub-flavoured Markdown (what `ovk report` prints by default).
    Markdown,
    /// One self-contained, printable HTML page with charts.
    Html,
    /// The report as data.
    Json,
}

impl From<ReportFormat> for CoreFormat {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Markdown => CoreFormat::Markdown,
            ReportFormat::Html => CoreFormat::Html,
            ReportFormat::Json => CoreFormat::Json,
        }
    }
}

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct Counts {
    /// Findings that make the document fail.
    pub errors: u64,
    /// Findings that are probably wrong.
    pub warnings: u64,
    /// Findings worth knowing.
    pub infos: u64,
}

/// One problem in a document, with its messages in Swedish and English.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Finding {
    /// The rule's stable code (`OVK-REF-001`).
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// JSON Pointer to the culprit in the document as written; `""` is the whole document.
    pub path: String,
    /// Line in the source, 1-based, when known.
    pub line: Option<u64>,
    /// Column in the source, 1-based, in characters, when known.
    pub column: Option<u64>,
    /// The offending value, as text, when there is one.
    pub value: Option<String>,
    /// What is wrong, in Swedish.
    pub message_sv: String,
    /// What is wrong, in English.
    pub message_en: String,
    /// What to do about it, in Swedish, when the rule says.
    pub hint_sv: Option<String>,
    /// What to do about it, in English, when the rule says.
    pub hint_en: Option<String>,
    /// The anchor of its rule in docs/rules.md (`ovk-ref-001`).
    pub anchor: String,
}

impl Finding {
    fn of(finding: &overenskommelse::Finding) -> Self {
        use overenskommelse::Lang::{En, Sv};
        Self {
            code: finding.code().to_owned(),
            severity: finding.severity.into(),
            path: finding.path.clone(),
            line: finding.line,
            column: finding.column,
            value: finding.value.clone(),
            message_sv: finding.message(Sv),
            message_en: finding.message(En),
            hint_sv: finding.hint(Sv),
            hint_en: finding.hint(En),
            anchor: finding.anchor(),
        }
    }
}

#[uniffi::export]
impl Finding {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Sv => self.message_sv.clone(),
            Lang::En => self.message_en.clone(),
        }
    }

    /// What to do about it, in `lang`, when the rule says.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        match lang {
            Lang::Sv => self.hint_sv.clone(),
            Lang::En => self.hint_en.clone(),
        }
    }

    /// True for an error: the document does not pass.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A checked document: the agreement and every finding. Made by `load_bytes`, `load_text` or
/// `load_path`; immutable.
#[derive(Debug, uniffi::Object)]
pub struct Document {
    inner: overenskommelse::Document,
}

/// Checks a document given as bytes (UTF-8 JSON). A bad document is no error: its problems
/// are its findings. Only an option that cannot be used (a date that is none) is an error.
#[uniffi::export(default(options))]
pub fn load_bytes(
    data: Vec<u8>,
    options: LoadOptions,
) -> Result<Arc<Document>, OverenskommelseError> {
    let options = options.to_core()?;
    Ok(Arc::new(Document {
        inner: overenskommelse::Document::from_slice_with(&data, &options),
    }))
}

/// Checks a document given as JSON text; see `load_bytes`.
#[uniffi::export(default(options))]
pub fn load_text(
    text: String,
    options: LoadOptions,
) -> Result<Arc<Document>, OverenskommelseError> {
    load_bytes(text.into_bytes(), options)
}

/// Checks the document in a file; a file that cannot be read is a `Load` error.
#[uniffi::export(default(options))]
pub fn load_path(
    path: String,
    options: LoadOptions,
) -> Result<Arc<Document>, OverenskommelseError> {
    let options = options.to_core()?;
    let inner = overenskommelse::Document::from_path(&path, &options)?;
    Ok(Arc::new(Document { inner }))
}

/// Migrates a document of format 1.0 to 2.0 and answers its JSON text; a 2.0 document comes
/// back as it is. A `Load` error (with the first error's code, pointer, line and column)
/// when the document cannot be read whole.
#[uniffi::export]
pub fn migrate_bytes(data: Vec<u8>) -> Result<String, OverenskommelseError> {
    Ok(overenskommelse::migrate(&data)?)
}

/// Migrates a document given as JSON text; see `migrate_bytes`.
#[uniffi::export]
pub fn migrate_text(text: String) -> Result<String, OverenskommelseError> {
    migrate_bytes(text.into_bytes())
}

#[uniffi::export]
impl Document {
    /// True when no finding is an error.
    pub fn is_valid(&self) -> bool {
        self.inner.is_valid()
    }

    /// True when the agreement could be read (even with errors): the report and `to_json` need it.
    pub fn is_readable(&self) -> bool {
        self.inner.agreement().is_some()
    }

    /// Every finding, in the order the core reports them.
    pub fn findings(&self) -> Vec<Finding> {
        self.inner.findings().iter().map(Finding::of).collect()
    }

    /// Every finding as `ovk validate --format json` writes each, in `lang`, as a JSON array.
    pub fn findings_json(&self, lang: Lang) -> String {
        let lang = lang.into();
        serde_json::Value::Array(
            self.inner
                .findings()
                .iter()
                .map(|finding| finding.to_json(lang))
                .collect(),
        )
        .to_string()
    }

    /// How many findings of each severity.
    pub fn counts(&self) -> Counts {
        let counts = self.inner.counts();
        Counts {
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
        }
    }

    /// The agreement's id, when it could be read.
    pub fn id(&self) -> Option<String> {
        self.inner
            .agreement()
            .map(|agreement| agreement.id.as_str().to_owned())
    }

    /// The agreement as JSON text (pretty, of the current schema version).
    pub fn to_json(&self) -> Result<String, OverenskommelseError> {
        Ok(self.inner.to_json()?)
    }

    /// The stormöte report as text in `format` (Markdown and HTML in `lang`), as `ovk report`
    /// writes it.
    #[uniffi::method(default(request))]
    pub fn report(
        &self,
        format: ReportFormat,
        lang: Lang,
        request: ReportRequest,
    ) -> Result<String, OverenskommelseError> {
        let options = request.to_core()?;
        let mut out = Vec::new();
        self.inner
            .write_report(&options, format.into(), lang.into(), &mut out)?;
        // The core writes UTF-8 text.
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// The stormöte report as data: the report's JSON text (the same as `report` in `Json`).
    #[uniffi::method(default(request))]
    pub fn report_data(&self, request: ReportRequest) -> Result<String, OverenskommelseError> {
        Ok(self.inner.report_json(&request.to_core()?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_requests_default_writes_the_cores_quiet_days() {
        // `#[uniffi(default = 120)]` needs a literal, so the Kotlin and Swift defaults write
        // 120: it must say what the core does.
        assert_eq!(overenskommelse::follow_up::DEFAULT_STALE_AFTER_DAYS, 120);
        assert_eq!(ReportRequest::default().stale_after_days, 120);
    }

    #[test]
    fn a_load_error_says_where_the_first_error_stands() {
        let error = migrate_text("{\"schema_version\": \"1.0\",\n \"id\": }".to_owned());
        let Err(OverenskommelseError::Load {
            code,
            line,
            pointer,
            ..
        }) = error
        else {
            panic!("a broken document is a load error: {error:?}");
        };
        assert_eq!(
            (code.as_deref(), line, pointer.is_some()),
            (Some("OVK-SYN-001"), Some(2), true)
        );
    }
}
