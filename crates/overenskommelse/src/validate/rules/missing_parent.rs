//! OVK-XLS-012: a row that names an entry no row of its sheet holds. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(MissingParent, "OVK-XLS-012", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(sheet: &str, key: &str) -> Finding {
    Finding::new(RuleId::MissingParent, "")
        .arg("sheet", sheet)
        .value(key)
}
