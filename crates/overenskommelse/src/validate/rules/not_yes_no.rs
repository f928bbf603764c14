//! OVK-XLS-010: a cell of a yes-or-no column that is neither. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(NotYesNo, "OVK-XLS-010", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str) -> Finding {
    Finding::new(RuleId::NotYesNo, path)
        .arg("column", column)
        .value(value)
}
