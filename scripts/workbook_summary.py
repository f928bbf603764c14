"""What openpyxl, the spreadsheet library of Python, sees in a workbook: per sheet, its
state, rows, header, the types of its cells per column, and its drop-down lists.

Printed as JSON for the test that reads it (crates/ovk/tests/office.rs): the checks are
there; this only looks. Run: python3 scripts/workbook_summary.py FILE.xlsx
"""

import datetime
import json
import sys

import openpyxl


def kind(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, datetime.datetime):
        return "date" if value.time() == datetime.time(0) else "datetime"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "text"


def main(path):
    workbook = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in workbook.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        header = [str(cell) if cell is not None else "" for cell in rows[0]] if rows else []
        columns = {}
        for row in rows[1:]:
            for name, value in zip(header, row):
                k = kind(value)
                if k is not None:
                    counts = columns.setdefault(name, {})
                    counts[k] = counts.get(k, 0) + 1
        sheets[sheet.title] = {
            "state": sheet.sheet_state,
            "rows": max(len(rows) - 1, 0),
            "header": header,
            "columns": columns,
            "lists": sorted(
                str(v.sqref) for v in sheet.data_validations.dataValidation if v.type == "list"
            ),
        }
    json.dump(sheets, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
