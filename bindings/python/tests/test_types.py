"""The TypedDicts of the dict form are generated from the published JSON Schema, current, and
describe real documents."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import overenskommelse as ovk
from overenskommelse import types

from conftest import REPO

TOOL = REPO / "bindings" / "python" / "tools" / "typeddicts.py"


def generated() -> str:
    spec = importlib.util.spec_from_file_location("typeddicts", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    schema = json.loads((REPO / "schemas" / "agreement.schema.json").read_text(encoding="utf-8"))
    text: str = module.generate(schema)
    return text


def test_the_checked_in_types_are_current() -> None:
    checked_in = Path(types.__file__).read_text(encoding="utf-8")
    assert checked_in == generated(), "stale: run `make generate`"


def keys(typed_dict: Any) -> set[str]:
    return set(typed_dict.__required_keys__) | set(typed_dict.__optional_keys__)


def test_every_example_uses_only_members_the_types_name() -> None:
    examples = [p for p in (REPO / "examples").rglob("*.json") if "source" not in p.parts]
    assert examples
    for path in examples:
        data = ovk.load(path).to_dict()
        assert set(data) <= keys(types.Agreement), path
        assert set(types.Agreement.__required_keys__) <= set(data), path
        for plan in data.get("action_plans", []):
            assert set(plan) <= keys(types.ActionPlan), path
            for activity in plan.get("activities", []):
                assert set(activity) <= keys(types.Activity), path
