"""The native part of ``overenskommelse``: the Rust core, converted. Use the package's
functions (``overenskommelse.load`` and the others), which take paths and texts as well."""

import datetime
import os
from typing import Any, Final, Literal, Optional, Sequence, Tuple, Union, final

from .types import Agreement

__all__ = [
    "__version__",
    "OverenskommelseError",
    "LoadError",
    "UsageError",
    "Document",
    "Finding",
    "TimeWindow",
    "Rule",
    "load_bytes",
    "load_path",
    "load_many_paths",
    "migrate_bytes",
    "parse_time",
    "rules",
    "schema_json",
]

__version__: Final[str]

_DateLike = Union[datetime.date, str]
_Lang = str
_TableKind = Literal["activities", "follow_ups", "budget", "findings"]

class OverenskommelseError(Exception):
    """Every error the library raises."""

    #: The message in Swedish and English: ``{"sv": …, "en": …}``; ``str(error)`` is the English.
    messages: dict[str, str]
    #: The code of the finding that stopped a load (``OVK-SYN-001``), when one did.
    code: Optional[str]
    #: JSON Pointer of that finding; ``""`` is the whole document.
    pointer: Optional[str]
    #: Line of that finding in the source, 1-based.
    line: Optional[int]
    #: Column of that finding in the source, 1-based, in characters.
    column: Optional[int]

class LoadError(OverenskommelseError):
    """A source that cannot be read, or a document too broken for what was asked of it."""

class UsageError(OverenskommelseError):
    """An argument the library cannot use: a language, a format, a date, a period."""

@final
class Rule:
    """A rule of the catalogue."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> Literal["error", "warning", "info"]: ...
    @property
    def family(self) -> str: ...
    @property
    def anchor(self) -> str: ...
    def title(self, lang: _Lang = "sv") -> str: ...
    def explanation(self, lang: _Lang = "sv") -> str: ...
    def hint(self, lang: _Lang = "sv") -> Optional[str]: ...

@final
class Finding:
    """One problem in a document."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> Literal["error", "warning", "info"]: ...
    @property
    def path(self) -> str: ...
    @property
    def line(self) -> Optional[int]: ...
    @property
    def column(self) -> Optional[int]: ...
    @property
    def value(self) -> Optional[str]: ...
    @property
    def is_error(self) -> bool: ...
    @property
    def rule(self) -> Rule: ...
    def message(self, lang: _Lang = "sv") -> str: ...
    def hint(self, lang: _Lang = "sv") -> Optional[str]: ...
    def to_dict(self, lang: _Lang = "sv") -> dict[str, Any]: ...

@final
class TimeWindow:
    """What a time text says."""

    @property
    def start(self) -> Optional[datetime.date]: ...
    @property
    def end(self) -> Optional[datetime.date]: ...
    @property
    def precision(self) -> Optional[str]: ...
    @property
    def recurrence(self) -> Optional[str]: ...
    @property
    def uncertain(self) -> bool: ...
    @property
    def parts(self) -> list[Tuple[datetime.date, datetime.date]]: ...
    @property
    def years(self) -> list[int]: ...
    @property
    def event(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Document:
    """A checked document: the agreement and every finding."""

    @property
    def valid(self) -> bool: ...
    @property
    def readable(self) -> bool: ...
    @property
    def findings(self) -> list[Finding]: ...
    @property
    def counts(self) -> dict[str, int]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> Agreement: ...
    def report(
        self,
        *,
        as_of: Optional[_DateLike] = None,
        since: Optional[_DateLike] = None,
        format: Literal["md", "markdown", "html", "json"] = "md",
        lang: _Lang = "sv",
        stale_after_days: int = 120,
    ) -> str: ...
    def report_data(
        self,
        *,
        as_of: Optional[_DateLike] = None,
        since: Optional[_DateLike] = None,
        stale_after_days: int = 120,
    ) -> dict[str, Any]: ...
    def table(
        self,
        kind: _TableKind,
        *,
        as_of: Optional[_DateLike] = None,
        lang: _Lang = "sv",
        stale_after_days: int = 120,
    ) -> dict[str, dict[str, Any]]: ...
    def frame(
        self,
        kind: _TableKind,
        *,
        as_of: Optional[_DateLike] = None,
        lang: _Lang = "sv",
        stale_after_days: int = 120,
    ) -> Any: ...
    def arrow(
        self,
        kind: _TableKind,
        *,
        as_of: Optional[_DateLike] = None,
        lang: _Lang = "sv",
        stale_after_days: int = 120,
    ) -> Any: ...

def load_bytes(
    data: bytes,
    *,
    as_of: Optional[_DateLike] = None,
    max_bytes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_problems: Optional[int] = None,
) -> Document: ...
def load_path(
    path: Union[str, "os.PathLike[str]"],
    *,
    as_of: Optional[_DateLike] = None,
    max_bytes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_problems: Optional[int] = None,
) -> Document: ...
def load_many_paths(
    paths: Sequence[Union[str, "os.PathLike[str]"]],
    *,
    workers: Optional[int] = None,
    as_of: Optional[_DateLike] = None,
    max_bytes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_problems: Optional[int] = None,
) -> list[Document]: ...
def migrate_bytes(data: bytes) -> str: ...
def parse_time(
    text: str,
    period: Optional[Tuple[_DateLike, _DateLike]] = None,
    *,
    events: Optional[Sequence[Tuple[str, str]]] = None,
) -> Optional[TimeWindow]: ...
def rules() -> list[Rule]: ...
def schema_json() -> str: ...
