"""The wheel: built by maturin, one abi3 wheel that installs in a fresh virtual environment and
imports there, with its stubs and py.typed, and checks a document."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from conftest import BORAS, REPO

PACKAGE = REPO / "bindings" / "python"


def test_the_wheel_installs_and_imports_in_a_fresh_environment(tmp_path: Path) -> None:
    maturin = Path(sys.executable).parent / "maturin"
    # A debug build shares the target directory the tests already built; --release only
    # changes the optimization, not what the wheel holds.
    subprocess.run(
        [str(maturin), "build", "--locked", "--quiet", "--out", str(tmp_path / "dist")],
        cwd=PACKAGE,
        check=True,
        env={**os.environ, "CARGO_TARGET_DIR": os.environ.get("CARGO_TARGET_DIR", str(REPO / "target"))},
    )
    wheels = list((tmp_path / "dist").glob("*.whl"))
    assert len(wheels) == 1
    wheel = wheels[0]
    assert "-cp39-abi3-" in wheel.name
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("py.typed", "_core.pyi", "types.py", "__init__.py", "_tables.py"):
        assert f"overenskommelse/{expected}" in names, expected

    environment = tmp_path / "env"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True,
    )
    script = (
        "import overenskommelse as ovk, sys; "
        f"d = ovk.load({str(BORAS)!r}); "
        "print(d.valid, d.counts['warnings'], ovk.__version__, ovk.__file__)"
    )
    printed = subprocess.run([str(python), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path)
    valid, warnings, version, location = printed.stdout.split()
    assert (valid, warnings) == ("True", "2")
    assert version == "0.1.0"
    assert str(environment) in location
