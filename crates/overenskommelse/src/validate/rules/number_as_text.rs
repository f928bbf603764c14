//! OVK-XLS-006: a number written as text in a number column. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(NumberAsText, "OVK-XLS-006", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str) -> Finding {
    Finding::new(RuleId::NumberAsText, path)
        .arg("column", column)
        .value(value)
}
