//! What the page can ask for, as safe Rust: each call takes bytes and answers JSON text, or
//! JSON text that says why it could not.
//!
//! The page's state is the document's bytes: every call checks them afresh (a kommun's
//! document is checked in milliseconds), so nothing is held between calls and nothing can
//! leak. Everything a person reads comes from the core, in Swedish and English at once, so
//! that the page switches language without asking again.
//!
//! A failure is `{"message": {"sv", "en"}}` when the core can say what is wrong, or
//! `{"request": "…"}` when the page sent a request this layer cannot read, or
//! `{"internal": "…"}` when an answer could not be written: faults of the page or of this
//! layer, never of the document, which the page reports as such.

use overenskommelse::i18n::{self, Args, Word};
use overenskommelse::{
    workbook, Counts, Date, Document, Error, Finding, Lang, ReportOptions, Rule, Severity,
};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// A call's answer: JSON text on success, JSON text that says why on failure.
pub type Answer = Result<String, String>;

/// A call that gives a file: its bytes on success, JSON text that says why on failure.
pub type FileAnswer = Result<Vec<u8>, String>;

/// The rules catalogue and the words the page shows beside findings, in every language:
/// `{"version", "rules": [Rule…], "severities": [{"code", "label"}], "families": [{"code", "title"}]}`.
pub fn catalogue() -> Answer {
    let rules: Vec<&Rule> = Rule::all().collect();
    let severities: Vec<Value> = Severity::ALL
        .iter()
        .map(|severity| json!({"code": severity.code(), "label": in_every_language(|lang| severity.label(lang).to_owned())}))
        .collect();
    let families: Vec<Value> = overenskommelse::validate::Family::ALL
        .iter()
        .map(|family| json!({"code": family.code(), "title": in_every_language(|lang| family.title(lang).to_owned())}))
        .collect();
    Ok(json!({
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
        "severities": severities,
        "families": families,
    })
    .to_string())
}

/// Checks a document: `{"readable", "valid", "counts", "summary", "title", "findings":
/// [Finding…]}`, the summary the counts in words, each
/// finding as the core serializes it (message and hint in every language) with its `place`
/// in every language and the `anchor` of its rule. A broken document is findings, not a
/// failure.
pub fn check(document: &[u8]) -> Answer {
    let document = Document::from_slice(document);
    checked(Some(&document), document.findings(), document.is_valid())
}

/// Reads a workbook (.xlsx) as `ovk import` does: `{"checked", "json", "clean"}`. `checked`
/// is what [`check`] answers, its findings the workbook's problems (`OVK-XLS-…`, each with its
/// `cell`, "Aktiviteter!D7") first, then the document's, each placed at its cell; lines and
/// columns are left out, since they count in JSON the person has not seen. `json` is the
/// document's text (what the report and the downloads are made from), `null` when the bytes
/// are not a workbook; `clean` is false when a cell had a problem and was left out, so that the
/// page offers no download of a document that lost a part.
pub fn import_xlsx(workbook: &[u8]) -> Answer {
    let imported = workbook::read_xlsx(workbook);
    let clean = imported.problems().is_empty();
    let findings = imported.findings_at_cells();
    let valid = clean && imported.document().is_some_and(Document::is_valid);
    let checked = checked(imported.document(), &findings, valid)?;
    let checked: Value = serde_json::from_str(&checked).map_err(internal)?;
    Ok(json!({
        "checked": checked,
        "json": imported.json(),
        "clean": clean,
    })
    .to_string())
}

/// What [`check`] answers, for `document` with `findings` (its own, or a workbook's).
fn checked(document: Option<&Document>, findings: &[Finding], valid: bool) -> Answer {
    let counts = Counts::of(findings);
    let findings = findings
        .iter()
        .map(|finding| {
            let mut value = serde_json::to_value(finding).map_err(internal)?;
            if let Value::Object(object) = &mut value {
                object.insert(
                    "place".into(),
                    in_every_language(|lang| finding.place(lang)),
                );
                object.insert("anchor".into(), finding.anchor().into());
            }
            Ok(value)
        })
        .collect::<Result<Vec<Value>, String>>()?;
    let agreement = document.and_then(Document::agreement);
    let title = agreement
        .map(|agreement| in_every_language(|lang| agreement.title.get(lang.tag()).to_owned()));
    let counted = Args::new()
        .with("errors", counts.errors)
        .with("warnings", counts.warnings)
        .with("infos", counts.infos);
    Ok(json!({
        "readable": agreement.is_some(),
        "valid": valid,
        "counts": counts,
        "summary": in_every_language(|lang| i18n::text(Word::ValidationCounts, &counted, lang)),
        "title": title,
        "findings": findings,
    })
    .to_string())
}

/// What the page asks of the report.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportRequest {
    /// The report's language.
    lang: Lang,
    /// Today's date where the page is: the reference date when neither `as_of` nor the
    /// document gives one, so that the core never reads a clock (there is none in WebAssembly).
    today: String,
    /// The reference date chosen on the page.
    #[serde(default)]
    as_of: Option<String>,
    /// The date of the last stormöte, when changes since then are wanted.
    #[serde(default)]
    since: Option<String>,
}

/// The stormöte report as one self-contained HTML page: `{"html"}`. `request` is
/// `{"lang": "sv"|"en", "today": "YYYY-MM-DD", "as_of"?, "since"?}`.
pub fn report_html(document: &[u8], request: &[u8]) -> Answer {
    let request: ReportRequest = serde_json::from_slice(request).map_err(bad_request)?;
    let mut options = ReportOptions::default().with_today(date(&request.today)?);
    if let Some(as_of) = &request.as_of {
        options = options.with_as_of(date(as_of)?);
    }
    if let Some(since) = &request.since {
        options = options.with_since(date(since)?);
    }
    let html = Document::from_slice(document)
        .report_html(&options, request.lang)
        .map_err(|error| failure(&error))?;
    Ok(json!({ "html": html }).to_string())
}

/// The document as JSON of the current format, to download: `{"json"}`. A document of
/// format 1.0 is migrated; one of the current format comes back as it is. A document with
/// syntax or structure errors is refused, so that nothing is written that lost a part.
pub fn document_json(document: &[u8]) -> Answer {
    let text = overenskommelse::migrate(document).map_err(|error| failure(&error))?;
    Ok(json!({ "json": text }).to_string())
}

/// What the page asks of a workbook.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkbookRequest {
    /// The language of the sheets' names and headers.
    lang: Lang,
}

/// The document as a workbook (.xlsx) to download, in the language of `request`
/// (`{"lang": "sv"|"en"}`): the file's bytes, which `ovk import` and [`import_xlsx`] read back
/// to the same document. Refused, as [`document_json`] refuses, when the document has syntax
/// or structure errors.
pub fn document_xlsx(document: &[u8], request: &[u8]) -> FileAnswer {
    let request: WorkbookRequest = serde_json::from_slice(request).map_err(bad_request)?;
    let text = overenskommelse::migrate(document).map_err(|error| failure(&error))?;
    let document = Document::from_slice(text.as_bytes());
    let agreement = document.agreement().ok_or_else(|| {
        failure(&Error::Unreadable {
            errors: document.counts().errors,
        })
    })?;
    workbook::write_xlsx(agreement, request.lang).map_err(|error| failure(&error))
}

fn date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| {
        let args = Args::new().with("text", text);
        message(|lang| i18n::text(Word::NotADate, &args, lang))
    })
}

fn failure(error: &Error) -> String {
    message(|lang| error.message(lang))
}

fn message(text: impl Fn(Lang) -> String) -> String {
    json!({ "message": in_every_language(text) }).to_string()
}

fn bad_request(error: serde_json::Error) -> String {
    json!({ "request": error.to_string() }).to_string()
}

fn internal(error: serde_json::Error) -> String {
    json!({ "internal": error.to_string() }).to_string()
}

fn in_every_language(text: impl Fn(Lang) -> String) -> Value {
    let map: Map<String, Value> = Lang::ALL
        .iter()
        .map(|lang| (lang.tag().to_owned(), text(*lang).into()))
        .collect();
    Value::Object(map)
}
