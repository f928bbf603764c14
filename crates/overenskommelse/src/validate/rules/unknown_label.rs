//! OVK-XLS-009: a cell that is none of the labels of its drop-down list. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(UnknownLabel, "OVK-XLS-009", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str, allowed: Vec<String>) -> Finding {
    Finding::new(RuleId::UnknownLabel, path)
        .arg("column", column)
        .arg("allowed", Arg::List(allowed))
        .value(value)
}
