//! A finding: one problem in a document, where it is and what to do about it.

use serde::{Deserialize, Serialize};

use super::rules::Rule;
use crate::i18n::{Lang, Message};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is wrong: it does not pass validation.
    Error,
    /// Probably a mistake or a gap; the document still passes.
    Warning,
    /// Worth knowing; nothing needs to change.
    Info,
}

impl Severity {
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
        match (self, lang) {
            (Severity::Error, Lang::Sv) => "fel",
            (Severity::Warning, Lang::Sv) => "varning",
            (Severity::Info, Lang::Sv) => "info",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Info, Lang::En) => "info",
        }
    }
}

/// One problem in a document: a stable code, a severity, a JSON Pointer and a message in Swedish and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable code (`OVK-REF-001`).
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the culprit; `""` is the whole document.
    pub path: String,
    /// What is wrong, in Swedish and English.
    pub message: Message,
    /// What to do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Message>,
    /// The offending value, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Line in the source, 1-based, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// Column in the source, 1-based, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
}

impl Finding {
    /// A finding of `rule` at `path`, with the rule's severity and hint.
    pub fn new(rule: &Rule, path: impl Into<String>, message: Message) -> Self {
        Self {
            code: rule.code.to_owned(),
            severity: rule.severity,
            path: path.into(),
            message,
            hint: rule.hint.map(|(sv, en)| Message::new(sv, en)),
            value: None,
            line: None,
            column: None,
        }
    }

    /// The same finding with the offending value attached.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The same finding with a hint specific to this case instead of the rule's.
    pub fn with_hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    /// The same finding with a line and column in the source.
    pub fn at(mut self, line: u64, column: u64) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// The rule behind the finding.
    pub fn rule(&self) -> Option<&'static Rule> {
        super::rules::rule(&self.code)
    }

    /// The anchor of the rule in `docs/rules.md` (`ovk-ref-001`).
    pub fn anchor(&self) -> String {
        self.code.to_ascii_lowercase()
    }
}

/// Escapes one reference token of a JSON Pointer (`~` → `~0`, `/` → `~1`).
pub fn escape_token(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}
