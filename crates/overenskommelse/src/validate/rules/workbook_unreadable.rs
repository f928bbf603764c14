//! OVK-XLS-001: the bytes are not a workbook that can be read. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(WorkbookUnreadable, "OVK-XLS-001", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(reason: String) -> Finding {
    // The reader's own words, in English, are kept as the value, out of the message.
    Finding::new(RuleId::WorkbookUnreadable, "").value(reason)
}
