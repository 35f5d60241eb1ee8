from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app


@pytest.fixture
def small_data(salary_csv: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI at the small synthetic salary file and an empty home."""
    monkeypatch.setattr("worldhire.comp.data.bundled_salary_path", lambda: salary_csv)
    return home


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_estimate_prints_the_estimate_with_support(small_data: Path) -> None:
    code, out = _run(
        "comp",
        "estimate",
        "--title",
        "Machine Learning Engineer",
        "--level",
        "SE",
        "--country",
        "IN",
        "--remote",
        "100",
    )
    assert code == 0, out
    assert "p50" in out and "support:" in out and "residence country" in out


def test_estimate_warns_when_few_rows_stand_behind_it(small_data: Path) -> None:
    code, out = _run("comp", "estimate", "--title", "Data Scientist", "--level", "SE",
                     "--country", "PL", "--json")  # fmt: skip
    assert code == 0, out
    assert "warning: low data: only" in out
    payload = json.loads(out[out.index("{") :])
    assert payload["low_data"] is True and 0 < payload["support"] < 10
    assert payload["warnings"][0].startswith("low data: only")


def test_estimate_json(small_data: Path) -> None:
    code, out = _run(
        "comp",
        "estimate",
        "--title",
        "Data Scientist",
        "--level",
        "MI",
        "--country",
        "DE",
        "--json",
    )
    assert code == 0, out
    payload = json.loads(out[out.index("{") :])
    assert payload["p10"] <= payload["p50"] <= payload["p90"]
    assert payload["country"] == "DE" and payload["support"] >= 0


def test_estimate_unknown_country_warns(small_data: Path) -> None:
    code, out = _run("comp", "estimate", "--title", "Data Scientist", "--country", "XX")
    assert code == 0, out
    assert "warning" in out


def test_estimate_batch_keeps_rows_and_order(small_data: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    rows = [
        {
            "work_year": "2024",
            "experience_level": "SE",
            "job_title": "Data Scientist",
            "employee_residence": "US",
            "remote_ratio": "0",
            "note": "a",
        },
        {
            "work_year": "2025",
            "experience_level": "EN",
            "job_title": "Zookeeper",
            "employee_residence": "XX",
            "remote_ratio": "",
            "note": "b",
        },
        {
            "work_year": "",
            "experience_level": "??",
            "job_title": "Data Analyst",
            "employee_residence": "IN",
            "remote_ratio": "100",
            "note": "c",
        },
    ]
    with source.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    target = tmp_path / "out.csv"
    code, out = _run("comp", "estimate-batch", str(source), str(target))
    assert code == 0, out
    with target.open(newline="") as handle:
        got = list(csv.DictReader(handle))
    assert [r["note"] for r in got] == ["a", "b", "c"]
    for row in got:
        assert 0 < float(row["p10"]) <= float(row["p50"]) <= float(row["p90"])
    assert float(got[0]["p50"]) > float(got[2]["p50"])
    # Rows behind each estimate: plenty for US data scientists, none for an unknown country.
    assert int(got[0]["support_rows"]) >= 10 and got[0]["low_data"] == "no"
    assert got[1]["support_rows"] == "0" and got[1]["low_data"] == "yes"
    assert "low data: no salary rows" in out


def test_estimate_batch_rejects_missing_required_column(small_data: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("work_year,job_title\n2024,Data Scientist\n")
    target = tmp_path / "out.csv"
    code, out = _run("comp", "estimate-batch", str(source), str(target))
    assert code == 2
    assert "employee_residence" in out
    assert not target.exists()


def test_compare_prints_total_cost_table_and_assumptions(small_data: Path) -> None:
    code, out = _run(
        "comp",
        "compare",
        "--title",
        "Data Scientist",
        "--level",
        "SE",
        "--countries",
        "IN,PL,BR,US",
    )
    assert code == 0, out
    for code_ in ("IN", "PL", "BR", "US"):
        assert code_ in out
    assert "assumptions" in out and "employer contributions" in out
