"""Shared places: the repository's examples and cross-language test files."""

from __future__ import annotations

from pathlib import Path

#: The repository's root: the conformance suite, the time corpus and the examples are there.
REPO = Path(__file__).resolve().parents[3]
BORAS = REPO / "examples" / "boras" / "overenskommelse.json"
BORAS_FOLLOW_UP = REPO / "examples" / "boras" / "uppfoljning-2018.json"
CONFORMANCE = REPO / "tests" / "conformance"
TIME_CORPUS = REPO / "tests" / "time" / "phrases.json"
