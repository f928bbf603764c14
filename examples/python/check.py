"""Checks documents and prints each finding in Swedish, as `ovk validate` does.

    python examples/python/check.py examples/boras/*.json
"""

from __future__ import annotations

import sys

import overenskommelse as ovk


def main(paths: list[str]) -> int:
    failed = False
    for path, document in zip(paths, ovk.load_many(paths)):
        for finding in document.findings:
            where = f"{finding.line}:{finding.column}" if finding.line else finding.path
            print(f"{path}:{where}: {finding.severity} {finding.code} {finding.message('sv')}")
            hint = finding.hint("sv")
            if hint:
                print(f"    {hint}")
        failed |= not document.valid
        counts = document.counts
        print(f"{path}: {counts['errors']} fel, {counts['warnings']} varningar")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
