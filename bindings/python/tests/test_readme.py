"""The README's Python example runs, from the repository's root, as written."""

from __future__ import annotations

import os
import re

import pytest

from conftest import REPO


def test_the_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python", 1)[1]
    code = re.findall(r"```python\n(.*?)```", section, flags=re.S)[0]
    here = os.getcwd()
    os.chdir(REPO)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(here)
    printed = capsys.readouterr().out
    assert printed.startswith("True {'errors': 0, 'warnings': 2, 'infos': 0}")
    assert "2018-03-01 season" in printed
