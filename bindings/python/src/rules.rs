//! The rule catalogue and the JSON Schema.

use pyo3::prelude::*;

use crate::args;

/// A rule of the catalogue: its stable code, severity, family, and its texts in Swedish and
/// English.
#[pyclass(frozen, module = "overenskommelse")]
pub(crate) struct Rule {
    rule: &'static overenskommelse::Rule,
}

impl Rule {
    pub(crate) fn of(rule: &'static overenskommelse::Rule) -> Self {
        Self { rule }
    }
}

#[pymethods]
impl Rule {
    /// The stable code (`OVK-REF-001`).
    #[getter]
    fn code(&self) -> &'static str {
        self.rule.code
    }

    /// `error`, `warning` or `info`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.rule.severity.code()
    }

    /// The family of the rule (`syntax`, `structure`, `references`, …).
    #[getter]
    fn family(&self) -> &'static str {
        self.rule.family.code()
    }

    /// The anchor of the rule in docs/rules.md (`ovk-ref-001`).
    #[getter]
    fn anchor(&self) -> String {
        self.rule.anchor()
    }

    /// The rule's title in `lang`.
    #[pyo3(signature = (lang="sv"))]
    fn title(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.rule.title(args::lang(lang)?))
    }

    /// What the rule checks and why, in `lang`.
    #[pyo3(signature = (lang="sv"))]
    fn explanation(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.rule.explanation(args::lang(lang)?))
    }

    /// What to do about a finding of it, in `lang`, when the rule says.
    #[pyo3(signature = (lang="sv"))]
    fn hint(&self, lang: &str) -> PyResult<Option<&'static str>> {
        Ok(self.rule.hint(args::lang(lang)?))
    }

    fn __repr__(&self) -> String {
        format!("<Rule {} {}>", self.rule.code, self.rule.severity.code())
    }
}

/// Every rule, in catalogue order.
#[pyfunction]
pub(crate) fn rules() -> Vec<Rule> {
    overenskommelse::Rule::all().map(Rule::of).collect()
}

/// The JSON Schema of a document (Draft 2020-12), as text.
#[pyfunction]
pub(crate) fn schema_json() -> String {
    overenskommelse::schema::agreement_schema_text()
}
