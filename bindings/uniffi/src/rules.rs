//! The languages, severities, the rule catalogue and the JSON Schema.

/// A language the library speaks: Swedish first, English beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, uniffi::Enum)]
pub enum Lang {
    /// Svenska.
    #[default]
    Sv,
    /// English.
    En,
}

impl From<Lang> for overenskommelse::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Sv => overenskommelse::Lang::Sv,
            Lang::En => overenskommelse::Lang::En,
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Severity {
    /// The document does not pass.
    Error,
    /// Probably wrong; the document passes.
    Warning,
    /// Worth knowing.
    Info,
}

impl From<overenskommelse::Severity> for Severity {
    fn from(severity: overenskommelse::Severity) -> Self {
        match severity {
            overenskommelse::Severity::Error => Severity::Error,
            overenskommelse::Severity::Warning => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

impl From<Severity> for overenskommelse::Severity {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => overenskommelse::Severity::Error,
            Severity::Warning => overenskommelse::Severity::Warning,
            Severity::Info => overenskommelse::Severity::Info,
        }
    }
}

#[uniffi::export]
impl Severity {
    /// The JSON code (`error`, `warning`, `info`), as `ovk validate --format json` writes it.
    pub fn code(&self) -> String {
        overenskommelse::Severity::from(*self).code().to_owned()
    }
}

/// A rule of the catalogue: its stable code, severity, family, and its texts in Swedish and
/// English.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Rule {
    /// The stable code (`OVK-REF-001`).
    pub code: String,
    /// How serious its findings are.
    pub severity: Severity,
    /// The family of the rule (`syntax`, `structure`, `references`, …).
    pub family: String,
    /// The anchor of the rule in docs/rules.md (`ovk-ref-001`).
    pub anchor: String,
    /// The title in Swedish.
    pub title_sv: String,
    /// The title in English.
    pub title_en: String,
    /// What the rule checks and why, in Swedish.
    pub explanation_sv: String,
    /// What the rule checks and why, in English.
    pub explanation_en: String,
    /// What to do about a finding of it, in Swedish, when the rule says.
    pub hint_sv: Option<String>,
    /// What to do about a finding of it, in English, when the rule says.
    pub hint_en: Option<String>,
}

impl Rule {
    pub(crate) fn of(rule: &'static overenskommelse::Rule) -> Self {
        use overenskommelse::Lang::{En, Sv};
        Self {
            code: rule.code.to_owned(),
            severity: rule.severity.into(),
            family: rule.family.code().to_owned(),
            anchor: rule.anchor(),
            title_sv: rule.title(Sv).to_owned(),
            title_en: rule.title(En).to_owned(),
            explanation_sv: rule.explanation(Sv).to_owned(),
            explanation_en: rule.explanation(En).to_owned(),
            hint_sv: rule.hint(Sv).map(str::to_owned),
            hint_en: rule.hint(En).map(str::to_owned),
        }
    }
}

#[uniffi::export]
impl Rule {
    /// The rule's title in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        match lang {
            Lang::Sv => self.title_sv.clone(),
            Lang::En => self.title_en.clone(),
        }
    }

    /// What the rule checks and why, in `lang`.
    pub fn explanation(&self, lang: Lang) -> String {
        match lang {
            Lang::Sv => self.explanation_sv.clone(),
            Lang::En => self.explanation_en.clone(),
        }
    }
}

/// Every rule, in catalogue order.
#[uniffi::export]
pub fn rules() -> Vec<Rule> {
    overenskommelse::Rule::all().map(Rule::of).collect()
}

/// The JSON Schema of a document (Draft 2020-12), as text.
#[uniffi::export]
pub fn schema_json() -> String {
    overenskommelse::schema::agreement_schema_text()
}
