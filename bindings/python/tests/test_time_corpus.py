"""The time corpus (tests/time/phrases.json), the file the Rust runner reads: every phrase read
with its period and the corpus' events gives the window written beside it."""

from __future__ import annotations

import json
from typing import Any

import pytest

import overenskommelse as ovk

from conftest import TIME_CORPUS

CORPUS: dict[str, Any] = json.loads(TIME_CORPUS.read_text(encoding="utf-8"))
EVENTS = [(event["stem"], event["id"]) for event in CORPUS["events"]]
PHRASES: list[dict[str, Any]] = CORPUS["phrases"]


def test_the_corpus_is_there() -> None:
    assert len(PHRASES) > 400


@pytest.mark.parametrize("phrase", PHRASES, ids=[p["text"] for p in PHRASES])
def test_phrase(phrase: dict[str, Any]) -> None:
    period = phrase["period"]
    window = ovk.parse_time(
        phrase["text"],
        (period["start"], period["end"]) if period else None,
        events=EVENTS,
    )
    expected: dict[str, Any] | None = phrase.get("window")
    assert (window.to_dict() if window else None) == expected
    if window is not None and expected is not None and window.start is not None:
        # The attributes say what the dict says, as dates.
        assert window.start.isoformat() == expected["start"]
