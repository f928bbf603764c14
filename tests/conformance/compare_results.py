#!/usr/bin/env python3
"""Compares the conformance results of the runners in Rust, Python and Kotlin.

Each runner writes every case's findings as ``{case: [[code, severity, path], ...]}`` to
``<dir>/<language>.json``. The languages agree when every file names the same cases (those of
tests/conformance/cases) with the same findings, counted. Usage:

    compare_results.py <dir> rust python kotlin
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def results(path: Path) -> dict[str, Counter[tuple[str, str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {case: Counter(tuple(finding) for finding in found) for case, found in data.items()}


def differences(languages: dict[str, dict[str, Counter[tuple[str, str, str]]]]) -> list[str]:
    """One line per case on which a language disagrees with the first, or that it lacks."""
    cases = sorted(path.name for path in CASES.iterdir() if path.is_dir())
    (first, reference), *others = languages.items()
    lines = []
    for language, found in languages.items():
        missing = set(cases) - set(found)
        extra = set(found) - set(cases)
        if missing:
            lines.append(f"{language}: no results for {len(missing)} cases, such as {min(missing)} (a stale file?)")
        if extra:
            lines.append(f"{language}: results for cases that are not in the suite: {sorted(extra)[:3]}")
    for language, found in others:
        for case in cases:
            if case in reference and case in found and reference[case] != found[case]:
                only_first = sorted((reference[case] - found[case]).elements())
                only_other = sorted((found[case] - reference[case]).elements())
                lines.append(f"{case}: only {first}: {only_first}; only {language}: {only_other}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, names = Path(argv[0]), argv[1:]
    languages = {}
    for name in names:
        path = folder / f"{name}.json"
        if not path.exists():
            print(f"{path} is missing: its runner has not run (make test runs every runner first)", file=sys.stderr)
            return 1
        languages[name] = results(path)
    lines = differences(languages)
    if lines:
        print("the conformance results differ between languages:", *lines, sep="\n", file=sys.stderr)
        return 1
    count = len(next(iter(languages.values())))
    print(f"conformance: {', '.join(names)} agree on all {count} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
