"""The document's tables as pandas DataFrames and Arrow tables.

The rows and the type of each column come from the core (``Document.table``); this module
only hands them to pandas or pyarrow, which are imported when a table is asked for, so that
neither is needed to check documents.
"""

from __future__ import annotations

import importlib
from typing import Any, Dict, List, Literal

#: The tables a document has.
TableKind = Literal["activities", "follow_ups", "budget", "findings"]

#: A table as the core gives it: ``{"columns": {name: [values]}, "types": {name: type}}``,
#: a type being ``text``, ``date``, ``bool``, ``int`` or ``texts`` (a list of texts).
Table = Dict[str, Dict[str, Any]]


def _require(module: str, extra: str) -> Any:
    """``module``, imported, or an ImportError that says which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(f"This table needs {module}: pip install 'overenskommelse[{extra}]'") from error


def to_pandas(table: Table) -> Any:
    """The table as a ``pandas.DataFrame``."""
    pd = _require("pandas", "pandas")
    columns: Dict[str, List[Any]] = table["columns"]
    types: Dict[str, str] = table["types"]
    data: Dict[str, Any] = {}
    for name, values in columns.items():
        kind = types[name]
        if kind == "date":
            data[name] = pd.to_datetime(pd.Series(values, dtype="object"))
        elif kind == "int":
            data[name] = pd.array(values, dtype="Int64")
        elif kind == "bool":
            data[name] = pd.array(values, dtype="bool")
        elif kind == "text":
            data[name] = pd.array(values, dtype="object")
        else:
            data[name] = pd.Series(values, dtype="object")
    return pd.DataFrame(data, columns=list(columns))


def to_arrow(table: Table) -> Any:
    """The table as a ``pyarrow.Table``."""
    pa = _require("pyarrow", "arrow")
    arrow_types = {
        "text": pa.string(),
        "date": pa.date32(),
        "bool": pa.bool_(),
        "int": pa.int64(),
        "texts": pa.list_(pa.string()),
    }
    columns: Dict[str, List[Any]] = table["columns"]
    types: Dict[str, str] = table["types"]
    schema = pa.schema([(name, arrow_types[types[name]]) for name in columns])
    return pa.table(columns, schema=schema)
