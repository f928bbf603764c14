"""The tables as pandas DataFrames and Arrow tables on the Borås follow-up: shapes, types and
the values the report derives."""

from __future__ import annotations

import datetime

import pandas as pd
import pyarrow as pa

import overenskommelse as ovk

from conftest import BORAS_FOLLOW_UP

DOCUMENT = ovk.load(BORAS_FOLLOW_UP)
DATA = DOCUMENT.to_dict()


def activity_count() -> int:
    return sum(len(plan.get("activities", [])) for plan in DATA.get("action_plans", [])) + sum(
        len(plan.get("activities", [])) for plan in DATA.get("plans", [])
    )


def test_one_row_per_activity_with_its_status() -> None:
    frame = DOCUMENT.frame("activities", as_of="2018-12-31")
    assert len(frame) == activity_count() > 0
    assert str(frame["window_start"].dtype).startswith("datetime64")
    assert str(frame["days_since_follow_up"].dtype) == "Int64"
    assert frame["overdue"].dtype == bool
    assert set(frame["status"].dropna()) <= {"planned", "in_progress", "done", "postponed", "cancelled"}
    report = DOCUMENT.report_data(as_of="2018-12-31")
    assert len(frame) == len(report["activities"])
    first = report["activities"][0]
    assert (frame["code"][0], frame["status"][0]) == (first["code"], first["status"])
    assert frame["status_label"][0] in {"pågående", "genomförd", "planerad", "uppskjuten", "inställd", "ej rapporterad"}


def test_the_reference_date_changes_the_status() -> None:
    early = DOCUMENT.frame("activities", as_of="2018-01-02")
    late = DOCUMENT.frame("activities", as_of="2018-12-31")
    assert list(early["code"]) == list(late["code"])
    assert (early["status"] != late["status"]).any()


def test_one_row_per_follow_up() -> None:
    frame = DOCUMENT.frame("follow_ups")
    expected = sum(
        len(activity.get("follow_ups", []))
        for plan in DATA.get("action_plans", [])
        for activity in plan.get("activities", [])
    )
    assert len(frame) == expected > 0
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame["date"].min() >= pd.Timestamp("2018-01-01")


def test_budget_and_findings() -> None:
    budget = DOCUMENT.frame("budget")
    assert list(budget.columns)[:4] == ["holder", "code", "year", "amount"]
    findings = DOCUMENT.frame("findings", lang="en")
    assert len(findings) == len(DOCUMENT.findings)
    assert list(findings["message"]) == [f.message("en") for f in DOCUMENT.findings]


def test_arrow_tables_have_typed_columns() -> None:
    table = DOCUMENT.arrow("activities", as_of=datetime.date(2018, 12, 31))
    assert table.num_rows == activity_count()
    assert table.schema.field("window_start").type == pa.date32()
    assert table.schema.field("responsible").type == pa.list_(pa.string())
    assert table.schema.field("days_since_follow_up").type == pa.int64()
    empty = ovk.load(
        b'{"schema_version": "2.0", "id": "x", "title": "X", '
        b'"jurisdiction": {"kind": "kommun", "name": "Lund", "code": "1281"}}'
    )
    assert empty.arrow("activities").num_rows == 0
    assert len(empty.frame("budget").columns) == len(budget_columns())


def budget_columns() -> list[str]:
    return list(DOCUMENT.table("budget")["columns"])
