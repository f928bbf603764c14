"""The API on the Borås documents: the same verdicts and report as the Rust core and `ovk`."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest

import overenskommelse as ovk

from conftest import BORAS, BORAS_FOLLOW_UP, REPO


def test_boras_is_valid_with_two_warnings() -> None:
    document = ovk.load(BORAS)
    assert document.valid and document.readable
    assert document.counts == {"errors": 0, "warnings": 2, "infos": 0}
    assert [f.severity for f in document.findings] == ["warning", "warning"]


def test_every_source_gives_the_same_document(tmp_path: Path) -> None:
    data = BORAS.read_bytes()
    documents = [
        ovk.load(BORAS),
        ovk.load(str(BORAS)),
        ovk.load(data),
        ovk.load(bytearray(data)),
        ovk.load(memoryview(data)),
        ovk.load(data.decode("utf-8")),
    ]
    dicts = [d.to_dict() for d in documents]
    assert all(d == dicts[0] for d in dicts)
    assert dicts[0]["jurisdiction"]["code"] == "1490"
    assert json.loads(documents[0].to_json()) == dicts[0]


def test_findings_carry_place_message_and_rule() -> None:
    finding = ovk.load(BORAS_FOLLOW_UP).findings[0]
    assert finding.code.startswith("OVK-") and finding.path.startswith("/")
    assert finding.line is not None and finding.column is not None
    assert finding.message("sv") != finding.message("en")
    assert finding.rule.code == finding.code
    assert finding.rule.title("en") and finding.rule.explanation("sv")
    as_dict = finding.to_dict("en")
    assert (as_dict["code"], as_dict["path"], as_dict["line"]) == (finding.code, finding.path, finding.line)
    assert repr(finding).startswith("<Finding OVK-")


def test_findings_match_ovk_validate() -> None:
    """The same findings as the command-line tool prints, in the same order."""
    ovk_binary = REPO / "target" / "debug" / "ovk"
    if not ovk_binary.exists():
        pytest.skip("ovk is built by make test before the Python tests")
    printed = subprocess.run(
        [str(ovk_binary), "validate", "--format", "json", "--lang", "en", str(BORAS_FOLLOW_UP)],
        capture_output=True,
        check=False,
    )
    printed_findings = json.loads(printed.stdout)["findings"]
    expected = [(f["code"], f["path"], f["message"]) for f in printed_findings]
    found = [(f.code, f.path, f.message("en")) for f in ovk.load(BORAS_FOLLOW_UP).findings]
    assert found == expected


def test_the_report_in_every_format() -> None:
    document = ovk.load(BORAS_FOLLOW_UP)
    as_of, since = datetime.date(2018, 12, 31), "2018-06-15"
    markdown = document.report(as_of=as_of, since=since)
    assert markdown.startswith("#") and "Borås" in markdown
    html = document.report(format="html", lang="en", as_of=as_of, since=since)
    assert html.lstrip().lower().startswith("<!doctype html")
    data = document.report_data(as_of=as_of, since=since)
    assert json.loads(document.report(format="json", as_of=as_of, since=since)) == data
    assert data["as_of"] == "2018-12-31"


def test_the_report_matches_ovk_report() -> None:
    ovk_binary = REPO / "target" / "debug" / "ovk"
    if not ovk_binary.exists():
        pytest.skip("ovk is built by make test before the Python tests")
    printed = subprocess.run(
        [str(ovk_binary), "report", str(BORAS_FOLLOW_UP), "--as-of", "2018-12-31", "--since", "2018-06-15"],
        capture_output=True,
        check=True,
    )
    report = ovk.load(BORAS_FOLLOW_UP).report(as_of="2018-12-31", since="2018-06-15")
    assert report == printed.stdout.decode("utf-8")


def test_parse_time_reads_swedish() -> None:
    window = ovk.parse_time("Startar våren 2018")
    assert window is not None
    assert window.start == datetime.date(2018, 3, 1)
    assert window.precision == "season"
    assert ovk.parse_time("vid behov och så vidare, typ") is None
    with_period = ovk.parse_time("mars–maj", (datetime.date(2019, 1, 1), "2019-12-31"))
    assert with_period is not None
    assert (with_period.start, with_period.end) == (datetime.date(2019, 3, 1), datetime.date(2019, 5, 31))
    assert ovk.parse_time("Löpande", ("2018-01-01", "2018-12-31")) == ovk.parse_time("löpande", ("2018-01-01", "2018-12-31"))


def test_rules_and_schema() -> None:
    rules = ovk.rules()
    codes = [rule.code for rule in rules]
    assert len(codes) == len(set(codes)) > 30
    assert {rule.severity for rule in rules} <= {"error", "warning", "info"}
    schema = ovk.schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema == json.loads((REPO / "schemas" / "agreement.schema.json").read_text(encoding="utf-8"))


def test_migrate_gives_a_document_of_format_2() -> None:
    migrated = ovk.migrate(REPO / "tests" / "migration" / "boras-1.0.json")
    assert json.loads(migrated)["schema_version"] == "2.0"
    assert ovk.load(migrated).valid


def test_load_many_keeps_the_order_and_the_verdicts() -> None:
    paths = sorted((REPO / "examples").rglob("*.json"))
    paths = [p for p in paths if "source" not in p.parts] * 3
    many = ovk.load_many(paths, workers=2)
    assert [d.counts for d in many] == [ovk.load(p).counts for p in paths]
    assert [d.to_dict()["id"] for d in many] == [ovk.load(p).to_dict()["id"] for p in paths]
    with pytest.raises(ovk.LoadError):
        ovk.load_many([BORAS, REPO / "saknas.json"])
    assert ovk.load_many([]) == []
