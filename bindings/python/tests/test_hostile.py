"""Hostile and broken input: every one is a document with findings or a typed exception of
the library, never a crash, a Rust panic (``pyo3_runtime.PanicException``) or a hang."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, Callable

import pytest

import overenskommelse as ovk

from conftest import BORAS, CONFORMANCE

MINIMAL = (
    b'{"schema_version": "2.0", "id": "x", "title": "X", '
    b'"jurisdiction": {"kind": "kommun", "name": "Lund", "code": "1281"}}'
)


def checked(data: bytes | str, **options: Any) -> ovk.Document:
    """Loads ``data`` and reads everything a caller could read of the result."""
    try:
        document = ovk.load(data, **options)
    except BaseException as error:  # noqa: BLE001 - a panic is a BaseException
        pytest.fail(f"load raised {type(error).__module__}.{type(error).__name__}: {error}")
    for finding in document.findings:
        for lang in ("sv", "en"):
            message = finding.message(lang)
            assert message and "{" not in message.replace("{}", ""), message
            finding.hint(lang)
        assert finding.path == "" or finding.path.startswith("/")
    if document.readable:
        document.to_dict()
        document.report(format="html", as_of="2020-01-01")
        for kind in ("activities", "follow_ups", "budget", "findings"):
            document.table(kind)
    return document


HOSTILE: dict[str, bytes | str] = {
    "empty": b"",
    "whitespace": b" \n\t ",
    "not json": b"hello",
    "an array": b"[1, 2, 3]",
    "deep arrays": b"[" * 100_000,
    "deep objects": b'{"a":' * 100_000,
    "invalid utf-8": MINIMAL.replace(b'"X"', b'"\xff\xfe"'),
    "nul in a string": MINIMAL.replace(b'"X"', b'"\\u0000"'),
    "lone surrogate escape": MINIMAL.replace(b'"X"', b'"\\ud800"'),
    "lone surrogate in str": MINIMAL.decode().replace('"X"', '"\ud800"'),
    "huge number": MINIMAL.replace(b'"Lund"', b"1e999999"),
    "negative zero": MINIMAL.replace(b'"Lund"', b"-0"),
    "long title": MINIMAL.replace(b'"X"', b'"' + b"a" * 5_000_000 + b'"'),
    "many members": MINIMAL[:-1] + b"".join(b', "k%d": %d' % (i, i) for i in range(50_000)) + b"}",
    "duplicate keys": MINIMAL[:-1] + b', "id": "y", "id": "z"}',
    "bom": b"\xef\xbb\xbf" + MINIMAL,
    "trailing garbage": MINIMAL + b"}}}",
    "control characters": MINIMAL.replace(b'"X"', b'"a\x01b"'),
}


#: Hostile input that is nonetheless a readable document of no error.
READABLE = {"nul in a string", "long title", "negative zero", "many members"}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_findings(name: str) -> None:
    document = checked(HOSTILE[name])
    if name not in READABLE:
        assert not document.valid, f"{name} must give an error"


def test_limits_are_findings_too() -> None:
    document = checked(MINIMAL, max_bytes=10)
    assert [f.code for f in document.findings] == ["OVK-SYN-003"]
    document = checked(b"[[[[[[[[[[]]]]]]]]]]", max_depth=3)
    assert document.findings[0].path == ""


def mutations(data: bytes, seed: int, count: int) -> list[bytes]:
    """``count`` mutated copies of ``data``: cut, a byte changed, a piece repeated or dropped."""
    rng = random.Random(seed)
    out: list[bytes] = []
    if not data:
        return out
    for _ in range(count):
        at = rng.randrange(len(data))
        kind = rng.randrange(4)
        if kind == 0:
            out.append(data[:at])
        elif kind == 1:
            out.append(data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :])
        elif kind == 2:
            end = min(len(data), at + rng.randrange(1, 200))
            out.append(data[:end] + data[at:])
        else:
            end = min(len(data), at + rng.randrange(1, 200))
            out.append(data[:at] + data[end:])
    return out


def test_mutated_boras_documents() -> None:
    for mutated in mutations(BORAS.read_bytes(), seed=2018, count=300):
        checked(mutated)


def test_mutated_conformance_documents() -> None:
    cases = sorted((CONFORMANCE / "cases").iterdir())
    rng = random.Random(1490)
    for case in rng.sample(cases, 60):
        for mutated in mutations((case / "document.json").read_bytes(), seed=len(case.name), count=5):
            checked(mutated)


BAD_CALLS: dict[str, Callable[[], object]] = {
    "report language": lambda: ovk.load(BORAS).report(lang="de"),
    "report format": lambda: ovk.load(BORAS).report(format="pdf"),  # type: ignore[arg-type]
    "report date": lambda: ovk.load(BORAS).report(as_of="2018-02-30"),
    "since after as_of": lambda: ovk.load(BORAS).report(as_of="2018-01-01", since="2018-06-01"),
    "table kind": lambda: ovk.load(BORAS).table("people"),  # type: ignore[arg-type]
    "period not a date": lambda: ovk.parse_time("mars", ("2018-13-01", "2018-12-31")),
    "message language": lambda: ovk.load(b"").findings[0].message("xx"),
    "as_of not a date": lambda: ovk.load(BORAS, as_of="igår"),
}


@pytest.mark.parametrize("name", list(BAD_CALLS))
def test_bad_arguments_are_usage_errors_in_both_languages(name: str) -> None:
    with pytest.raises(ovk.UsageError) as raised:
        BAD_CALLS[name]()
    assert set(raised.value.messages) == {"sv", "en"}
    assert str(raised.value) == raised.value.messages["en"]
    assert raised.value.messages["sv"] != raised.value.messages["en"]


def test_a_file_that_cannot_be_read_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(ovk.LoadError) as raised:
        ovk.load(tmp_path / "saknas.json")
    assert "saknas.json" in raised.value.messages["sv"]
    with pytest.raises(ovk.LoadError):
        ovk.load(tmp_path)  # a folder
    assert issubclass(ovk.LoadError, ovk.OverenskommelseError)
    assert issubclass(ovk.UsageError, ovk.OverenskommelseError)


def test_an_unreadable_document_has_no_dict_but_says_why() -> None:
    document = checked(b"{")
    assert not document.readable
    with pytest.raises(ovk.LoadError):
        document.to_dict()
    with pytest.raises(ovk.LoadError):
        document.report()


def test_migrating_a_broken_document_names_the_first_error() -> None:
    with pytest.raises(ovk.LoadError) as raised:
        ovk.migrate(b'{"schema_version": "1.0", "id": "x",}')
    error = raised.value
    assert error.code == "OVK-SYN-001"
    assert (error.line, error.column) == (1, 37)
    assert error.pointer == ""


def test_wrong_types_are_type_errors_not_crashes() -> None:
    with pytest.raises(TypeError):
        ovk.load(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ovk.parse_time(b"mars")  # type: ignore[arg-type]
    json.dumps(ovk.schema())
