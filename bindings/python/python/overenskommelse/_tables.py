"""The document's tables as pandas DataFrames and Arrow tables.

The rows and the type of each column come from the core (``Document.table``); this module
only hands them to pandas or pyarrow, which are imported when a table is asked for, so that
neither is needed to check documents.
"""

from __future__ import annotations

from typing import Any, Dict, List, Literal

#: The tables a document has.
TableKind = Literal["activities", "follow_ups", "budget", "findings"]

#: A table as the core gives it: ``{"columns": {name: [values]}, "types": {name: type}}``,
#: a type being ``text``, ``date``, ``bool``, ``int`` or ``texts`` (a list of texts).
Table = Dict[str, Dict[str, Any]]


def to_pandas(table: Table) -> Any:
    """The table as a ``pandas.DataFrame``."""
    try:
        import pandas as pd
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "Tables as DataFrames need pandas: pip install 'overenskommelse[pandas]'"
        ) from error
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
    try:
        import pyarrow as pa
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "Tables as Arrow need pyarrow: pip install 'overenskommelse[arrow]'"
        ) from error
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
