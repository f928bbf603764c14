//! The checked document and its findings.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use overenskommelse::{Limits, Options, Severity};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::{args, errors, rules, tables};

/// A checked document: the agreement and every finding. Made by `load`; immutable.
#[pyclass(frozen, module = "overenskommelse")]
pub(crate) struct Document {
    pub(crate) inner: overenskommelse::Document,
}

/// One problem in a document.
#[pyclass(frozen, module = "overenskommelse")]
pub(crate) struct Finding {
    inner: overenskommelse::Finding,
}

/// Parses JSON text into Python objects with the standard library's `json`.
pub(crate) fn json_to_python<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

/// The reference date and the limits of reading; a limit left out keeps the core's default.
fn options(
    as_of: Option<&Bound<'_, PyAny>>,
    max_bytes: Option<u64>,
    max_depth: Option<u64>,
    max_problems: Option<u64>,
) -> PyResult<Options> {
    let mut limits = Limits::default();
    if let Some(max_bytes) = max_bytes {
        limits = limits.with_max_bytes(max_bytes);
    }
    if let Some(max_depth) = max_depth {
        limits = limits.with_max_depth(max_depth);
    }
    if let Some(max_problems) = max_problems {
        limits = limits.with_max_problems(max_problems);
    }
    let mut options = Options::default().with_limits(limits);
    options.as_of = args::optional_date(as_of)?;
    Ok(options)
}

/// Checks a document given as bytes (UTF-8 JSON); the interpreter is free while it is checked.
#[pyfunction]
#[pyo3(signature = (data, *, as_of=None, max_bytes=None, max_depth=None, max_problems=None))]
pub(crate) fn load_bytes(
    py: Python<'_>,
    data: &Bound<'_, PyBytes>,
    as_of: Option<&Bound<'_, PyAny>>,
    max_bytes: Option<u64>,
    max_depth: Option<u64>,
    max_problems: Option<u64>,
) -> PyResult<Document> {
    let options = options(as_of, max_bytes, max_depth, max_problems)?;
    let bytes = data.as_bytes();
    let inner = py.detach(|| overenskommelse::Document::from_slice_with(bytes, &options));
    Ok(Document { inner })
}

/// Checks the document in a file.
#[pyfunction]
#[pyo3(signature = (path, *, as_of=None, max_bytes=None, max_depth=None, max_problems=None))]
pub(crate) fn load_path(
    py: Python<'_>,
    path: PathBuf,
    as_of: Option<&Bound<'_, PyAny>>,
    max_bytes: Option<u64>,
    max_depth: Option<u64>,
    max_problems: Option<u64>,
) -> PyResult<Document> {
    let options = options(as_of, max_bytes, max_depth, max_problems)?;
    py.detach(|| overenskommelse::Document::from_path(&path, &options))
        .map(|inner| Document { inner })
        .map_err(|error| errors::from_core(&error))
}

/// Checks the documents in many files on `workers` threads (all cores by default), the
/// interpreter free meanwhile; the results are in the order of `paths`. A file that cannot be
/// read raises its `LoadError` once every file has been tried.
#[pyfunction]
#[pyo3(signature = (paths, *, workers=None, as_of=None, max_bytes=None, max_depth=None, max_problems=None))]
pub(crate) fn load_many_paths(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    workers: Option<usize>,
    as_of: Option<&Bound<'_, PyAny>>,
    max_bytes: Option<u64>,
    max_depth: Option<u64>,
    max_problems: Option<u64>,
) -> PyResult<Vec<Document>> {
    let options = options(as_of, max_bytes, max_depth, max_problems)?;
    let workers = workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .clamp(1, paths.len().max(1));
    let results = py.detach(|| {
        let next = AtomicUsize::new(0);
        let done: Mutex<
            Vec<(
                usize,
                Result<overenskommelse::Document, overenskommelse::Error>,
            )>,
        > = Mutex::new(Vec::with_capacity(paths.len()));
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(index) else { break };
                    let result = overenskommelse::Document::from_path(path, &options);
                    if let Ok(mut done) = done.lock() {
                        done.push((index, result));
                    }
                });
            }
        });
        let mut done = done
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        done.sort_unstable_by_key(|(index, _)| *index);
        done
    });
    let mut documents = Vec::with_capacity(results.len());
    for (_, result) in results {
        documents.push(Document {
            inner: result.map_err(|error| errors::from_core(&error))?,
        });
    }
    Ok(documents)
}

/// Migrates a document of format 1.0 to 2.0 and answers its JSON text.
#[pyfunction]
pub(crate) fn migrate_bytes(py: Python<'_>, data: &Bound<'_, PyBytes>) -> PyResult<String> {
    let bytes = data.as_bytes();
    py.detach(|| overenskommelse::migrate(bytes))
        .map_err(|error| errors::from_core(&error))
}

#[pymethods]
impl Document {
    /// True when no finding is an error.
    #[getter]
    fn valid(&self) -> bool {
        self.inner.is_valid()
    }

    /// True when the agreement could be read (even with errors): the report, the tables and
    /// `to_dict` need it.
    #[getter]
    fn readable(&self) -> bool {
        self.inner.agreement().is_some()
    }

    /// Every finding, in the order the core reports them.
    #[getter]
    fn findings(&self) -> Vec<Finding> {
        self.inner
            .findings()
            .iter()
            .map(|finding| Finding {
                inner: finding.clone(),
            })
            .collect()
    }

    /// How many findings of each severity: `{"errors": …, "warnings": …, "infos": …}`.
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let counts = self.inner.counts();
        let dict = PyDict::new(py);
        dict.set_item("errors", counts.errors)?;
        dict.set_item("warnings", counts.warnings)?;
        dict.set_item("infos", counts.infos)?;
        Ok(dict)
    }

    /// The agreement as JSON text (pretty, of the current schema version).
    fn to_json(&self) -> PyResult<String> {
        self.inner
            .to_json()
            .map_err(|error| errors::from_core(&error))
    }

    /// The agreement as plain Python data (`dict`, `list`, `str`, numbers).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_python(py, &self.to_json()?)
    }

    /// The stormöte report as text: Markdown, HTML or JSON.
    #[pyo3(signature = (*, as_of=None, since=None, format="md", lang="sv", stale_after_days=120))]
    fn report(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        since: Option<&Bound<'_, PyAny>>,
        format: &str,
        lang: &str,
        stale_after_days: u32,
    ) -> PyResult<String> {
        let options = args::report_options(as_of, since, stale_after_days)?;
        let (format, lang) = (args::report_format(format)?, args::lang(lang)?);
        let written = py.detach(|| {
            let mut out = Vec::new();
            self.inner
                .write_report(&options, format, lang, &mut out)
                .map(|()| out)
        });
        let bytes = written.map_err(|error| errors::from_core(&error))?;
        // The core writes UTF-8 text.
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The stormöte report as plain Python data (the report's JSON).
    #[pyo3(signature = (*, as_of=None, since=None, stale_after_days=120))]
    fn report_data<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<&Bound<'_, PyAny>>,
        since: Option<&Bound<'_, PyAny>>,
        stale_after_days: u32,
    ) -> PyResult<Bound<'py, PyAny>> {
        let text = self.report(py, as_of, since, "json", "sv", stale_after_days)?;
        json_to_python(py, &text)
    }

    /// One of the document's tables, `activities` (with each activity's status at `as_of`),
    /// `follow_ups`, `budget` or `findings` (in `lang`), as
    /// `{"columns": {name: [values]}, "types": {name: type}}`.
    #[pyo3(signature = (kind, *, as_of=None, lang="sv", stale_after_days=120))]
    fn table<'py>(
        &self,
        py: Python<'py>,
        kind: &str,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
        stale_after_days: u32,
    ) -> PyResult<Bound<'py, PyDict>> {
        let options = args::report_options(as_of, None, stale_after_days)?;
        tables::columns(py, &self.inner, kind, &options, args::lang(lang)?)
    }

    /// The table as a `pandas.DataFrame` (pandas is imported only here): dates as
    /// `datetime64`, counts as nullable integers, lists of texts as lists.
    #[pyo3(signature = (kind, *, as_of=None, lang="sv", stale_after_days=120))]
    fn frame<'py>(
        &self,
        py: Python<'py>,
        kind: &str,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
        stale_after_days: u32,
    ) -> PyResult<Bound<'py, PyAny>> {
        let table = self.table(py, kind, as_of, lang, stale_after_days)?;
        converted(py, "to_pandas", table)
    }

    /// The table as a `pyarrow.Table` (pyarrow is imported only here), which polars and
    /// DuckDB read as it is.
    #[pyo3(signature = (kind, *, as_of=None, lang="sv", stale_after_days=120))]
    fn arrow<'py>(
        &self,
        py: Python<'py>,
        kind: &str,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
        stale_after_days: u32,
    ) -> PyResult<Bound<'py, PyAny>> {
        let table = self.table(py, kind, as_of, lang, stale_after_days)?;
        converted(py, "to_arrow", table)
    }

    fn __repr__(&self) -> String {
        let counts = self.inner.counts();
        let id = self
            .inner
            .agreement()
            .map_or("?", |agreement| agreement.id.as_str());
        format!(
            "<Document {id}: {} errors, {} warnings, {} infos>",
            counts.errors, counts.warnings, counts.infos
        )
    }
}

/// A table handed to `overenskommelse._tables.<converter>`, which imports pandas or pyarrow.
fn converted<'py>(
    py: Python<'py>,
    converter: &str,
    table: Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("overenskommelse._tables")?
        .call_method1(converter, (table,))
}

#[pymethods]
impl Finding {
    /// The rule's stable code (`OVK-REF-001`).
    #[getter]
    fn code(&self) -> &'static str {
        self.inner.code()
    }

    /// `error`, `warning` or `info`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.code()
    }

    /// JSON Pointer to the culprit in the document as written; `""` is the whole document.
    #[getter]
    fn path(&self) -> &str {
        &self.inner.path
    }

    /// Line in the source, 1-based, when known.
    #[getter]
    fn line(&self) -> Option<u64> {
        self.inner.line
    }

    /// Column in the source, 1-based, in characters, when known.
    #[getter]
    fn column(&self) -> Option<u64> {
        self.inner.column
    }

    /// The offending value, as text, when there is one.
    #[getter]
    fn value(&self) -> Option<&str> {
        self.inner.value.as_deref()
    }

    /// True for an error: the document does not pass.
    #[getter]
    fn is_error(&self) -> bool {
        self.inner.severity == Severity::Error
    }

    /// The rule behind the finding.
    #[getter]
    fn rule(&self) -> rules::Rule {
        rules::Rule::of(self.inner.rule())
    }

    /// What is wrong, in `lang` (`sv` or `en`).
    #[pyo3(signature = (lang="sv"))]
    fn message(&self, lang: &str) -> PyResult<String> {
        Ok(self.inner.message(args::lang(lang)?))
    }

    /// What to do about it, in `lang`, when the rule says.
    #[pyo3(signature = (lang="sv"))]
    fn hint(&self, lang: &str) -> PyResult<Option<String>> {
        Ok(self.inner.hint(args::lang(lang)?))
    }

    /// The finding as `ovk validate --format json` prints it, in `lang`.
    #[pyo3(signature = (lang="sv"))]
    fn to_dict<'py>(&self, py: Python<'py>, lang: &str) -> PyResult<Bound<'py, PyAny>> {
        let json = self.inner.to_json(args::lang(lang)?);
        json_to_python(py, &json.to_string())
    }

    fn __repr__(&self) -> String {
        let at = match (self.inner.line, self.inner.column) {
            (Some(line), Some(column)) => format!(" {line}:{column}"),
            _ => String::new(),
        };
        format!(
            "<Finding {} {} {:?}{at}>",
            self.inner.code(),
            self.inner.severity.code(),
            self.inner.path
        )
    }
}
