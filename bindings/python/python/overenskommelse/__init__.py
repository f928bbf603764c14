"""The local *Överenskommelse* between a Swedish kommun or region and civil society, as data.

Check a document (*överenskommelse*, *handlingsplan*, *uppföljning*) and read its findings,
make the stormöte report, read Swedish time texts (the TID column of action plans), and put
activities, follow-ups (*uppföljningar*), budget lines and findings in a pandas DataFrame or
an Arrow table. Every rule, message and decision is the Rust core's; this package converts.

    >>> import overenskommelse as ovk
    >>> document = ovk.load("examples/boras/overenskommelse.json")
    >>> document.valid
    True
"""

from __future__ import annotations

import datetime
import json
import os
from typing import Any, Iterable, Optional, Sequence, Tuple, Union

from . import _core
from ._core import (
    Document,
    Finding,
    LoadError,
    OverenskommelseError,
    Rule,
    TimeWindow,
    UsageError,
    __version__,
)
from ._tables import TableKind

__all__ = [
    "Document",
    "Finding",
    "LoadError",
    "OverenskommelseError",
    "Rule",
    "Source",
    "TableKind",
    "TimeWindow",
    "UsageError",
    "__version__",
    "load",
    "load_many",
    "migrate",
    "parse_time",
    "rules",
    "schema",
]

#: What a document can be read from: a path (``str`` or ``os.PathLike``), the JSON as
#: ``bytes``, or the JSON as ``str`` (a ``str`` that starts with ``{`` after white space).
Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]

#: A date: a ``datetime.date`` or a text ``YYYY-MM-DD``.
DateLike = Union[datetime.date, str]


def _as_bytes(source: Source) -> Optional[bytes]:
    """The JSON of ``source`` as bytes, or ``None`` when ``source`` is a path."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, str) and source.lstrip().startswith("{"):
        # Lone surrogates cannot be UTF-8: kept as they are, the core reports where they stand.
        return source.encode("utf-8", "surrogatepass")
    return None


def load(
    source: Source,
    *,
    as_of: Optional[DateLike] = None,
    max_bytes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_problems: Optional[int] = None,
) -> Document:
    """Checks a document (*överenskommelse*) and answers it with every finding.

    ``source`` is a path, the JSON as ``bytes``, or the JSON as ``str``. A bad document is not
    an exception: its problems are ``findings``. Only a file that cannot be read raises
    ``LoadError``. ``as_of`` is the reference date follow-ups may not be after (default: the
    document's own ``as_of``); ``max_bytes``, ``max_depth`` and ``max_problems`` bound what is read.
    """
    data = _as_bytes(source)
    if data is not None:
        return _core.load_bytes(data, as_of=as_of, max_bytes=max_bytes, max_depth=max_depth, max_problems=max_problems)
    return _core.load_path(
        os.fspath(source),  # type: ignore[arg-type]
        as_of=as_of,
        max_bytes=max_bytes,
        max_depth=max_depth,
        max_problems=max_problems,
    )


def load_many(
    paths: Iterable[Union[str, "os.PathLike[str]"]],
    *,
    workers: Optional[int] = None,
    as_of: Optional[DateLike] = None,
    max_bytes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_problems: Optional[int] = None,
) -> list[Document]:
    """Checks the documents in many files in parallel, on ``workers`` threads (every core by
    default) with the interpreter free, and answers them in the order of ``paths``.

    A file that cannot be read raises its ``LoadError`` once every file has been tried.
    """
    return _core.load_many_paths(
        [os.fspath(path) for path in paths],
        workers=workers,
        as_of=as_of,
        max_bytes=max_bytes,
        max_depth=max_depth,
        max_problems=max_problems,
    )


def migrate(source: Source) -> str:
    """Migrates a document of format 1.0 to 2.0 and answers its JSON text; a 2.0 document
    comes back as it is. Raises ``LoadError`` (with the first error's ``code``, ``pointer``,
    ``line`` and ``column``) when the document cannot be read whole."""
    data = _as_bytes(source)
    if data is None:
        with open(os.fspath(source), "rb") as file:  # type: ignore[arg-type]
            data = file.read()
    return _core.migrate_bytes(data)


def parse_time(
    text: str,
    period: Optional[Tuple[DateLike, DateLike]] = None,
    *,
    events: Optional[Sequence[Tuple[str, str]]] = None,
) -> Optional[TimeWindow]:
    """Reads a Swedish time text ("Startar våren 2018", "vecka 12", "Löpande") as a window of
    days; ``None`` when it cannot be read (never a guess presented as certain).

    ``period`` is the plan's period ``(start, end)``, which gives the year a text leaves out;
    ``events`` are ``(stem, id)`` pairs of events a text may name (``("stormöte", "stormotet")``).
    """
    return _core.parse_time(text, period, events=list(events) if events is not None else None)


def rules() -> list[Rule]:
    """Every rule of the catalogue, in its order."""
    return _core.rules()


def schema() -> dict[str, Any]:
    """The JSON Schema of a document (Draft 2020-12)."""
    value: dict[str, Any] = json.loads(_core.schema_json())
    return value

