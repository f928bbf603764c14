"""The conformance suite (tests/conformance), the same files the Rust and Kotlin runners read:
each case's findings as a multiset of (code, severity, path)."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import overenskommelse as ovk

from conftest import CONFORMANCE, REPO

CASES = sorted(path for path in (CONFORMANCE / "cases").iterdir() if path.is_dir())
KEYS = {"description", "findings", "near_miss", "options", "pending"}
OPTIONS = {"max_bytes", "max_depth", "max_problems", "as_of"}


def findings_of(case: Path, expected: dict[str, Any]) -> Counter[tuple[str, str, str]]:
    options = expected.get("options", {})
    document = ovk.load((case / "document.json").read_bytes(), **options)
    return Counter((f.code, f.severity, f.path) for f in document.findings)


def test_the_suite_is_there() -> None:
    assert len(CASES) > 200


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert set(expected) <= KEYS, f"unknown keys {set(expected) - KEYS}"
    assert set(expected.get("options", {})) <= OPTIONS
    wanted = Counter((f["code"], f["severity"], f["path"]) for f in expected["findings"])
    found = findings_of(case, expected)
    near_misses = set(expected.get("near_miss", []))
    if "pending" in expected:
        assert found != wanted, f"{case.name} now passes: remove its `pending`"
        return
    assert found == wanted, f"{case.name}: {expected['description']}"
    assert not near_misses & {code for code, _, _ in found}


def test_every_rule_has_a_trigger_and_a_near_miss() -> None:
    triggered: set[str] = set()
    missed: set[str] = set()
    for case in CASES:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        triggered |= {f["code"] for f in expected["findings"]}
        missed |= set(expected.get("near_miss", []))
    # The workbook's rules look at cells, not at JSON: the workbook tests cover them, as in
    # the Rust runner.
    codes = {rule.code for rule in ovk.rules() if rule.family != "workbook"}
    assert codes - triggered == set()
    assert codes - missed == set()


def test_the_results_are_written_for_the_comparison_between_languages() -> None:
    """Every case's findings, sorted, in <target>/conformance/python.json, beside those of the
    Rust and Kotlin runners: tests/conformance/compare_results.py checks the three are equal."""
    results = {}
    for case in CASES:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        results[case.name] = sorted(findings_of(case, expected).elements())
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    out = target / "conformance" / "python.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    assert len(results) == len(CASES)
