//! OVK-XLS-013: a row that names an entry several rows hold. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(AmbiguousParent, "OVK-XLS-013", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(sheet: &str, key: &str) -> Finding {
    Finding::new(RuleId::AmbiguousParent, "")
        .arg("sheet", sheet)
        .value(key)
}
