//! OVK-XLS-008: a number with decimals where a whole number belongs. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(NotAWholeNumber, "OVK-XLS-008", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str) -> Finding {
    Finding::new(RuleId::NotAWholeNumber, path)
        .arg("column", column)
        .value(value)
}
