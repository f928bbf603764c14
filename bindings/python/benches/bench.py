"""The Python package against its peers on the same bytes: `make python-bench`.

Generated valid documents of 1 000, 10 000 and 100 000 activities (crates/synthetic, seed
2018). Each round times every contender once, in an order rotated by one each round, in CPU
time of the calling thread (`time.thread_time_ns`; the package checks with the interpreter
free, on this same thread). Ratios are taken pairwise within a round (the peer's time ÷ the
package's), and the median and range of those are printed.

- overenskommelse: `overenskommelse.load(bytes)`: read, check every rule, a `Document`
  whose Python objects are made when asked for;
- pydantic: `Agreement.model_validate_json(bytes)` with models generated from
  schemas/agreement.schema.json by datamodel-code-generator (pydantic v2 BaseModel), unedited;
- json.loads + jsonschema_rs: `json.loads(bytes)`, then every error of the schema
  (`validator.iter_errors`), the validator built once outside the timing;
- json.loads: the parse alone, reported.

Then `load_many` over many small documents on 1 and on 2 threads, in wall time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import jsonschema_rs

import overenskommelse as ovk

REPO = Path(__file__).resolve().parents[3]
SCHEMA = REPO / "schemas" / "agreement.schema.json"
GENERATOR = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "examples" / "document"


def generate(activities: int, folder: Path) -> bytes:
    path = folder / f"document-{activities}.json"
    with open(path, "wb") as out:
        subprocess.run([str(GENERATOR), str(activities)], stdout=out, check=True)
    return path.read_bytes()


def pydantic_model(folder: Path) -> Any:
    """The document's model, generated from the schema by datamodel-code-generator."""
    models = folder / "models.py"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            "--input", str(SCHEMA),
            "--input-file-type", "jsonschema",
            "--output-model-type", "pydantic_v2.BaseModel",
            "--output", str(models),
            "--formatters", "builtin",
        ],
        check=True,
    )
    spec = importlib.util.spec_from_file_location("agreement_models", models)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["agreement_models"] = module
    spec.loader.exec_module(module)
    # The root model is the one with the document's own members.
    import pydantic

    root = next(
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, pydantic.BaseModel)
        and {"schema_version", "jurisdiction", "action_plans"} <= set(getattr(value, "model_fields", {}))
    )
    root.model_rebuild()
    return root


def cpu(call: Callable[[], object]) -> int:
    start = time.thread_time_ns()
    call()
    return time.thread_time_ns() - start


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}× ({min(values):.2f}–{max(values):.2f})"


def measure(data: bytes, model: Any, validator: Any, rounds: int) -> dict[str, list[int]]:
    contenders: dict[str, Callable[[], object]] = {
        "overenskommelse": lambda: ovk.load(data).valid,
        "pydantic": lambda: model.model_validate_json(data),
        "json.loads + jsonschema_rs": lambda: sum(1 for _ in validator.iter_errors(json.loads(data))),
        "json.loads": lambda: json.loads(data),
    }
    # Every contender accepts the document: a peer that rejected it would be measured on less.
    assert ovk.load(data).valid
    assert not list(validator.iter_errors(json.loads(data)))
    for call in contenders.values():
        call()
    times: dict[str, list[int]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_ in range(rounds):
        order = names[round_ % len(names):] + names[: round_ % len(names)]
        for name in order:
            times[name].append(cpu(contenders[name]))
    return times


def load_many_speedup(
    folder: Path, documents: int, rounds: int
) -> tuple[list[float], list[float], list[float]]:
    small = generate(100, folder)
    paths = []
    for index in range(documents):
        path = folder / f"many-{index}.json"
        path.write_bytes(small)
        paths.append(path)
    walls: dict[int, list[float]] = {1: [], 2: []}
    busy: list[float] = []
    ovk.load_many(paths, workers=2)
    for round_ in range(rounds):
        for workers in ((1, 2) if round_ % 2 == 0 else (2, 1)):
            start, cpu_start = time.perf_counter(), time.process_time()
            documents_checked = ovk.load_many(paths, workers=workers)
            wall = time.perf_counter() - start
            walls[workers].append(wall)
            if workers == 2:
                # Above 1 when the checks run on both threads at once.
                busy.append((time.process_time() - cpu_start) / wall)
            assert all(d.valid for d in documents_checked)
    return walls[1], walls[2], busy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--many", type=int, default=1000, help="documents for load_many")
    args = parser.parse_args()
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema_rs.validator_for(schema)
    print(f"# overenskommelse (Python) against its peers\n")
    print(f"Python {sys.version.split()[0]}, overenskommelse {ovk.__version__}; CPU time of the calling thread, {args.rounds} rounds, order rotated.\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model = pydantic_model(folder)
        for size in [int(s) for s in args.sizes.split(",")]:
            data = generate(size, folder)
            rounds = args.rounds if size < 50_000 else max(3, args.rounds // 3)
            times = measure(data, model, validator, rounds)
            mb = len(data) / 1e6
            print(f"## {size:,} activities ({mb:.1f} MB), {rounds} rounds\n".replace(",", " "))
            print("| contender | median ms | MB/s | overenskommelse ÷ it (throughput), median (range) |")
            print("| --- | ---: | ---: | ---: |")
            ours = times["overenskommelse"]
            for name, values in times.items():
                median_ms = statistics.median(values) / 1e6
                ratios = [peer / own for peer, own in zip(values, ours)]
                ratio = "–" if name == "overenskommelse" else spread(ratios)
                print(f"| {name} | {median_ms:.1f} | {mb / (median_ms / 1e3):.0f} | {ratio} |")
            print()
        one, two, busy = load_many_speedup(folder, args.many, rounds=5)
        speedups = [a / b for a, b in zip(one, two)]
        print(f"## load_many: {args.many} documents of 100 activities\n")
        print(f"Wall time on 1 thread {statistics.median(one):.2f} s, on 2 threads {statistics.median(two):.2f} s: "
              f"speed-up {spread(speedups)} on {os.cpu_count()} cores; "
              f"CPU time ÷ wall time on 2 threads {spread(busy)}.")


if __name__ == "__main__":
    main()
