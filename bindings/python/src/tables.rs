//! The document's tables as columns, for DataFrames and Arrow: one row per activity (with its
//! status at a reference date, as the report derives it), per follow-up, per budget line and
//! per finding, each column with its type. The values are the core's; a table only lays them
//! out.

use overenskommelse::follow_up::{self, ActivityState, RowPath};
use overenskommelse::i18n;
use overenskommelse::{
    Activity, Agreement, BudgetLine, Lang, LocalizedText, Mention, ReportOptions,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3::BoundObject;

use crate::errors;
use crate::time::code_of;

/// What a column holds, so that a DataFrame or an Arrow table gets the right type even when
/// the table has no rows.
#[derive(Debug, Clone, Copy)]
enum Type {
    /// Text, or `None`.
    Text,
    /// A `datetime.date`, or `None`.
    Date,
    /// `True` or `False`.
    Bool,
    /// An integer, or `None`.
    Int,
    /// A list of texts.
    Texts,
}

impl Type {
    fn name(self) -> &'static str {
        match self {
            Type::Text => "text",
            Type::Date => "date",
            Type::Bool => "bool",
            Type::Int => "int",
            Type::Texts => "texts",
        }
    }
}

/// Columns being filled, in order.
struct Columns<'py> {
    py: Python<'py>,
    names: Vec<(&'static str, Type)>,
    values: Vec<Vec<Bound<'py, PyAny>>>,
}

impl<'py> Columns<'py> {
    fn new(py: Python<'py>, names: &[(&'static str, Type)]) -> Self {
        Self {
            py,
            names: names.to_vec(),
            values: names.iter().map(|_| Vec::new()).collect(),
        }
    }

    /// Adds one row, its values in the order of the names.
    fn row(&mut self, row: Vec<Bound<'py, PyAny>>) {
        debug_assert_eq!(row.len(), self.names.len());
        for (column, value) in self.values.iter_mut().zip(row) {
            column.push(value);
        }
    }

    fn value<T: IntoPyObject<'py>>(&self, value: T) -> PyResult<Bound<'py, PyAny>> {
        value
            .into_pyobject(self.py)
            .map(|object| object.into_any().into_bound())
            .map_err(Into::into)
    }

    /// `{"columns": {name: [values]}, "types": {name: type}}`.
    fn into_dict(self) -> PyResult<Bound<'py, PyDict>> {
        let (columns, types) = (PyDict::new(self.py), PyDict::new(self.py));
        for ((name, kind), values) in self.names.into_iter().zip(self.values) {
            columns.set_item(name, PyList::new(self.py, values)?)?;
            types.set_item(name, kind.name())?;
        }
        let table = PyDict::new(self.py);
        table.set_item("columns", columns)?;
        table.set_item("types", types)?;
        Ok(table)
    }
}

/// The table `kind` of `document`.
pub(crate) fn columns<'py>(
    py: Python<'py>,
    document: &overenskommelse::Document,
    kind: &str,
    options: &ReportOptions,
    lang: Lang,
) -> PyResult<Bound<'py, PyDict>> {
    if kind == "findings" {
        return findings(py, document, lang);
    }
    let agreement = document.agreement().ok_or_else(|| {
        errors::from_core(&overenskommelse::Error::Unreadable {
            errors: document.counts().errors,
        })
    })?;
    match kind {
        "activities" => {
            let states = document
                .activity_states(options)
                .map_err(|error| errors::from_core(&error))?;
            activities(py, agreement, &states, lang)
        }
        "follow_ups" => follow_ups(py, agreement, lang),
        "budget" => budget(py, agreement),
        other => Err(errors::usage(
            i18n::Word::NotAChoice,
            &i18n::Args::new()
                .with("value", other)
                .with("allowed", "activities, follow_ups, budget, findings"),
        )),
    }
}

fn sv(text: &LocalizedText) -> &str {
    &text.sv
}

/// A mention as people read it: its text, else the ids it names.
fn mention_text(mention: &Mention) -> String {
    match &mention.text {
        Some(text) => text.sv.clone(),
        None => {
            let parties = mention.parties.iter().map(|id| id.as_str());
            let people = mention.people.iter().map(|id| id.as_str());
            let bodies = mention.bodies.iter().map(|id| id.as_str());
            parties
                .chain(people)
                .chain(bodies)
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

fn mention_texts(mentions: &[Mention]) -> Vec<String> {
    mentions.iter().map(mention_text).collect()
}

/// The activity a row of the report stands for.
fn activity_at(agreement: &Agreement, path: RowPath) -> Option<&Activity> {
    match path.list {
        "action_plans" => agreement
            .action_plans
            .get(path.holder)?
            .activities
            .get(path.index),
        "plans" => agreement.plans.get(path.holder)?.activities.get(path.index),
        _ => None,
    }
}

fn interest_areas(activity: &Activity) -> Vec<&str> {
    activity
        .interest_areas
        .iter()
        .map(|id| id.as_str())
        .collect()
}

fn objectives(activity: &Activity) -> Vec<&str> {
    activity.objectives.iter().map(|id| id.as_str()).collect()
}

fn activities<'py>(
    py: Python<'py>,
    agreement: &Agreement,
    states: &[ActivityState<'_>],
    lang: Lang,
) -> PyResult<Bound<'py, PyDict>> {
    let mut columns = Columns::new(
        py,
        &[
            ("plan", Type::Text),
            ("layer", Type::Text),
            ("code", Type::Text),
            ("title", Type::Text),
            ("status", Type::Text),
            ("status_label", Type::Text),
            ("status_since", Type::Date),
            ("assessment", Type::Text),
            ("window_start", Type::Date),
            ("window_end", Type::Date),
            ("precision", Type::Text),
            ("window_origin", Type::Text),
            ("time_text", Type::Text),
            ("overdue", Type::Bool),
            ("stale", Type::Bool),
            ("days_since_follow_up", Type::Int),
            ("responsible", Type::Texts),
            ("interest_areas", Type::Texts),
            ("objectives", Type::Texts),
            ("path", Type::Text),
        ],
    );
    for state in states {
        let activity = activity_at(agreement, state.path);
        let window = state.window.as_ref();
        let row = vec![
            columns.value(state.plan)?,
            columns.value(code_of(&state.layer))?,
            columns.value(state.code.as_str())?,
            columns.value(sv(state.title))?,
            columns.value(state.status.map(|s| s.code()))?,
            columns.value(i18n::status_word(state.status, lang))?,
            columns.value(state.status_since.map(|d| d.naive()))?,
            columns.value(state.assessment.as_ref().and_then(code_of))?,
            columns.value(window.and_then(|w| w.start).map(|d| d.naive()))?,
            columns.value(window.and_then(|w| w.end).map(|d| d.naive()))?,
            columns.value(window.and_then(|w| code_of(&w.precision)))?,
            columns.value(code_of(&state.window_origin))?,
            columns.value(state.time_text)?,
            columns.value(state.overdue)?,
            columns.value(state.stale)?,
            columns.value(state.days_since_follow_up)?,
            columns.value(state.responsible.clone())?,
            columns.value(activity.map(interest_areas).unwrap_or_default())?,
            columns.value(activity.map(objectives).unwrap_or_default())?,
            columns.value(state.path.to_string())?,
        ];
        columns.row(row);
    }
    columns.into_dict()
}

fn follow_ups<'py>(
    py: Python<'py>,
    agreement: &Agreement,
    lang: Lang,
) -> PyResult<Bound<'py, PyDict>> {
    let mut columns = Columns::new(
        py,
        &[
            ("plan", Type::Text),
            ("code", Type::Text),
            ("date", Type::Date),
            ("status", Type::Text),
            ("status_label", Type::Text),
            ("assessment", Type::Text),
            ("note", Type::Text),
            ("reported_by", Type::Texts),
            ("path", Type::Text),
        ],
    );
    for work in follow_up::work(agreement) {
        for (index, follow_up) in work.activity.follow_ups.iter().enumerate() {
            let row = vec![
                columns.value(work.plan)?,
                columns.value(work.activity.code.as_str())?,
                columns.value(follow_up.date.naive())?,
                columns.value(follow_up.status.code())?,
                columns.value(i18n::status_word(Some(follow_up.status), lang))?,
                columns.value(follow_up.assessment.as_ref().and_then(code_of))?,
                columns.value(follow_up.note.as_ref().map(sv))?,
                columns.value(mention_texts(&follow_up.reported_by))?,
                columns.value(format!("{}/follow_ups/{index}", work.path))?,
            ];
            columns.row(row);
        }
    }
    columns.into_dict()
}

fn budget<'py>(py: Python<'py>, agreement: &Agreement) -> PyResult<Bound<'py, PyDict>> {
    let mut columns = Columns::new(
        py,
        &[
            ("holder", Type::Text),
            ("code", Type::Text),
            ("year", Type::Int),
            ("amount", Type::Int),
            ("currency", Type::Text),
            ("decided", Type::Bool),
            ("funder", Type::Text),
            ("recipient", Type::Text),
            ("source", Type::Text),
            ("note", Type::Text),
            ("path", Type::Text),
        ],
    );
    let mut add =
        |holder: &str, code: Option<&str>, line: &BudgetLine, path: String| -> PyResult<()> {
            let row = vec![
                columns.value(holder)?,
                columns.value(code)?,
                columns.value(line.year)?,
                columns.value(line.amount)?,
                columns.value(line.currency.as_str())?,
                columns.value(line.decided)?,
                columns.value(line.funder.as_ref().map(mention_text))?,
                columns.value(line.recipient.as_ref().map(mention_text))?,
                columns.value(line.source.as_ref().map(sv))?,
                columns.value(line.note.as_ref().map(sv))?,
                columns.value(path)?,
            ];
            columns.row(row);
            Ok(())
        };
    for (i, plan) in agreement.plans.iter().enumerate() {
        for (k, line) in plan.budget.iter().enumerate() {
            add(
                plan.id.as_str(),
                None,
                line,
                format!("/plans/{i}/budget/{k}"),
            )?;
        }
    }
    for (i, plan) in agreement.action_plans.iter().enumerate() {
        for (k, line) in plan.budget.iter().enumerate() {
            add(
                plan.id.as_str(),
                None,
                line,
                format!("/action_plans/{i}/budget/{k}"),
            )?;
        }
    }
    for work in follow_up::work(agreement) {
        for (k, line) in work.activity.budget.iter().enumerate() {
            let code = Some(work.activity.code.as_str());
            add(work.plan, code, line, format!("{}/budget/{k}", work.path))?;
        }
    }
    for (i, partnership) in agreement.partnerships.iter().enumerate() {
        for (k, line) in partnership.budget.iter().enumerate() {
            let path = format!("/partnerships/{i}/budget/{k}");
            add(partnership.id.as_str(), None, line, path)?;
        }
    }
    columns.into_dict()
}

fn findings<'py>(
    py: Python<'py>,
    document: &overenskommelse::Document,
    lang: Lang,
) -> PyResult<Bound<'py, PyDict>> {
    let mut columns = Columns::new(
        py,
        &[
            ("code", Type::Text),
            ("severity", Type::Text),
            ("path", Type::Text),
            ("line", Type::Int),
            ("column", Type::Int),
            ("message", Type::Text),
            ("hint", Type::Text),
            ("value", Type::Text),
        ],
    );
    for finding in document.findings() {
        let row = vec![
            columns.value(finding.code())?,
            columns.value(finding.severity.code())?,
            columns.value(finding.path.as_str())?,
            columns.value(finding.line)?,
            columns.value(finding.column)?,
            columns.value(finding.message(lang))?,
            columns.value(finding.hint(lang))?,
            columns.value(finding.value.as_deref())?,
        ];
        columns.row(row);
    }
    columns.into_dict()
}
