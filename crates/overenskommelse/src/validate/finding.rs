//! A finding: one problem in a document, where it is, and its typed arguments.

use serde::{Deserialize, Serialize, Serializer};

use super::rules::{Rule, RuleId};
use crate::i18n::{self, Arg, Args, Lang, Word};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// The document is wrong: it does not pass validation.
    Error,
    /// Probably a mistake or a gap; the document still passes.
    Warning,
    /// Worth knowing; nothing needs to change.
    Info,
}

impl Severity {
    /// Every severity, most serious first.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// The JSON code (`error`, `warning`, `info`).
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The word in `lang` ("fel", "varning", "info").
    pub fn label(self, lang: Lang) -> &'static str {
        i18n::word(Word::Severity(self), lang)
    }
}

/// One problem in a document: its rule, a JSON Pointer, where it stands in the source, and the
/// arguments its message is rendered with in any language.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Finding {
    /// The rule that found it.
    pub rule: RuleId,
    /// How serious it is.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the culprit in the document as written; `""` is the whole document.
    pub path: String,
    /// The arguments of its message.
    pub args: Args,
    /// The offending value, as text, when there is one.
    pub value: Option<String>,
    /// Line in the source, 1-based, when known.
    pub line: Option<u64>,
    /// Column in the source, 1-based, in characters, when known.
    pub column: Option<u64>,
    /// Byte offset in the source, when the reader knew it.
    pub(crate) offset: Option<usize>,
    /// The workbook cell the culprit came from (`Aktiviteter!D7`), for a document read from a
    /// workbook.
    pub cell: Option<String>,
}

impl Finding {
    /// A finding of `rule` at `path`, with the rule's severity.
    pub(crate) fn new(rule: RuleId, path: impl Into<String>) -> Self {
        Self {
            rule,
            severity: rule.rule().severity,
            path: path.into(),
            args: Args::new(),
            value: None,
            line: None,
            column: None,
            offset: None,
            cell: None,
        }
    }

    /// The same finding with one more message argument.
    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push(name, value);
        self
    }

    /// The same finding with the offending value attached (and as the argument `value`),
    /// cut to a length a message can hold.
    pub(crate) fn value(mut self, value: impl Into<String>) -> Self {
        // A value is quoted, not echoed: a whole 50 MB string would drown the message.
        let value = crate::read::shorten(&value.into());
        self.args.push("value", value.clone());
        self.value = Some(value);
        self
    }

    /// The same finding, located at a byte offset of the source.
    pub(crate) fn at_offset(mut self, offset: usize) -> Self {
        self.offset = Some(offset);
        self
    }

    /// The rule's stable code (`OVK-REF-001`).
    pub fn code(&self) -> &'static str {
        self.rule.rule().code
    }

    /// The rule behind the finding.
    pub fn rule(&self) -> &'static Rule {
        self.rule.rule()
    }

    /// The anchor of the rule in `docs/rules.md` (`ovk-ref-001`).
    pub fn anchor(&self) -> String {
        self.rule().anchor()
    }

    /// The arguments with the finding's line and column, which every message may name.
    fn all_args(&self) -> std::borrow::Cow<'_, Args> {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                std::borrow::Cow::Owned(self.args.clone().with("line", line).with("column", column))
            }
            _ => std::borrow::Cow::Borrowed(&self.args),
        }
    }

    /// Where it is, for people: the workbook cell when there is one, then the JSON Pointer,
    /// or the words for the whole document.
    pub fn place(&self, lang: Lang) -> String {
        let pointer = if self.path.is_empty() {
            i18n::word(Word::WholeDocument, lang)
        } else {
            self.path.as_str()
        };
        match &self.cell {
            // A row the workbook could not place has no pointer: its cell says it all.
            Some(cell) if self.path.is_empty() => cell.clone(),
            Some(cell) => format!("{cell} ({pointer})"),
            None => pointer.to_owned(),
        }
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        i18n::render(
            i18n::rule_texts(self.rule, lang).message,
            &self.all_args(),
            lang,
        )
    }

    /// What to do about it, in `lang`: specific to this finding where the rule can say more.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        let texts = i18n::rule_texts(self.rule, lang);
        texts
            .finding_hint
            .or(texts.hint)
            .map(|hint| i18n::render(hint, &self.all_args(), lang))
    }

    /// The finding as JSON in one language, as `ovk validate --format json` prints it:
    /// `{"code", "severity", "path", "line"?, "column"?, "message", "hint"?, "value"?, "anchor"}`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let mut object = serde_json::Map::new();
        object.insert("code".into(), self.code().into());
        object.insert("severity".into(), self.severity.code().into());
        object.insert("path".into(), self.path.clone().into());
        if let Some(cell) = &self.cell {
            object.insert("cell".into(), cell.clone().into());
        }
        if let (Some(line), Some(column)) = (self.line, self.column) {
            object.insert("line".into(), line.into());
            object.insert("column".into(), column.into());
        }
        object.insert("message".into(), self.message(lang).into());
        if let Some(hint) = self.hint(lang) {
            object.insert("hint".into(), hint.into());
        }
        if let Some(value) = &self.value {
            object.insert("value".into(), value.clone().into());
        }
        object.insert("anchor".into(), self.anchor().into());
        serde_json::Value::Object(object)
    }
}

/// A finding as data in every language: `{"code", "severity", "path", "line", "column",
/// "value", "args", "message": {"sv", "en"}, "hint": {"sv", "en"}}`.
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let in_every = |text: &dyn Fn(Lang) -> Option<String>| {
            let map: serde_json::Map<String, serde_json::Value> = Lang::ALL
                .iter()
                .filter_map(|lang| Some((lang.tag().to_owned(), text(*lang)?.into())))
                .collect();
            (!map.is_empty()).then_some(map)
        };
        let mut state = serializer.serialize_struct("Finding", 10)?;
        state.serialize_field("code", self.code())?;
        state.serialize_field("severity", &self.severity)?;
        state.serialize_field("path", &self.path)?;
        if let Some(cell) = &self.cell {
            state.serialize_field("cell", cell)?;
        } else {
            state.skip_field("cell")?;
        }
        state.serialize_field("line", &self.line)?;
        state.serialize_field("column", &self.column)?;
        state.serialize_field("value", &self.value)?;
        state.serialize_field("args", &self.args)?;
        state.serialize_field("message", &in_every(&|lang| Some(self.message(lang))))?;
        state.serialize_field("hint", &in_every(&|lang| self.hint(lang)))?;
        state.end()
    }
}
