"""The spec file and `worldhire teams plan` end to end on an inline pool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app
from worldhire.teams.models import TeamSpecError
from worldhire.teams.spec import load_spec_file, read_spec

SPEC = """
size: {min: 3, max: 5}
timezone: UTC
year: 2025
skills: {pytorch: 2}
coverage:
  - {hours: "00:00-24:00", min_people: 1}
overlap: {hours: 1, min_members: 2}
budget_usd: 700000
max_share: {country: 0.5}
pool:
  - {id: a, name: Asha, timezone: Asia/Kolkata, country: IN, skills: [pytorch], fit: 0.9,
     pay_usd: 60000}
  - {id: b, name: Ben, timezone: Europe/Berlin, country: DE, skills: [PyTorch], fit: 0.8,
     pay_usd: 120000, work_hours: "10:00-18:00"}
  - {id: c, name: Cleo, timezone: America/New_York, country: US, fit: 0.7, pay_usd: 180000}
  - {id: d, name: Dan, timezone: America/Los_Angeles, country: US, fit: 0.6, pay_usd: 190000,
     work_hours: "12:00-20:00"}
  - {id: e, name: Emi, timezone: Australia/Sydney, country: AU, skills: [pytorch], fit: 0.75,
     pay_usd: 150000, work_hours: "08:00-16:00", hired: true}
"""


@pytest.fixture
def spec_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(SPEC)
    return path


def test_spec_file_parses_ranges_and_hired_flags(spec_path: Path) -> None:
    spec_file = load_spec_file(spec_path)
    spec = spec_file.to_spec()
    assert (spec.min_size, spec.max_size, spec.hired) == (3, 5, ["e"])
    pool = spec_file.inline_pool()
    assert pool is not None and pool[1].work_start_hour == 10 and pool[0].region == "Southern Asia"


@pytest.mark.parametrize("bad, reason", [
    ("size: 3\ncoverage: [{hours: '25:00-26:00'}]\n", "time out of range"),
    ("size: 3\ntimezone: Mars/Base\n", "unknown time zone"),
    ("size: 3\nbudget: 5\n", "Extra inputs"),
    ("- just a list\n", "mapping"),
])
def test_bad_spec_files_say_why(tmp_path: Path, bad: str, reason: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(bad)
    with pytest.raises(TeamSpecError, match=reason):
        load_spec_file(path).to_spec()


def test_a_spec_from_a_file_or_a_form_says_where_each_problem_is(tmp_path: Path) -> None:
    raw = {"size": 3, "overlap": {"hours": "two"}, "max_share": {"country": 2}}
    with pytest.raises(TeamSpecError) as from_form:
        read_spec(raw)
    said = str(from_form.value)
    assert said.startswith("overlap.hours: ") and "; max_share.country: " in said
    path = tmp_path / "team.yaml"
    path.write_text("size: 3\noverlap: {hours: two}\nmax_share: {country: 2}\n")
    with pytest.raises(TeamSpecError) as from_file:
        load_spec_file(path)
    assert str(from_file.value) == f"{path}: {said}"


def test_plan_json_and_chart(spec_path: Path, tmp_path: Path) -> None:
    chart = tmp_path / "coverage.svg"
    result = CliRunner().invoke(app, ["teams", "plan", str(spec_path), "--json",
                                      "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["status"] == "optimal"
    ids = {m["id"] for m in data["team"]}
    assert "e" in ids and data["cost"]["total_usd"] <= 700_000
    assert all(row["worst"] >= 1 for row in data["coverage_by_hour"])
    assert data["overlap_windows"][0]["members"]
    drawn = chart.read_text()
    assert drawn.startswith("<?xml") and "<title id=\"cov-title\">Team coverage by hour" in drawn
    png = CliRunner().invoke(app, ["teams", "plan", str(spec_path), "--chart",
                                   str(tmp_path / "coverage.png")])
    assert png.exit_code == 2 and "must end in .svg" in png.output


def test_plan_terminal_explains_an_infeasible_spec(spec_path: Path) -> None:
    spec_path.write_text(SPEC.replace("budget_usd: 700000", "budget_usd: 200000"))
    result = CliRunner().invoke(app, ["teams", "plan", str(spec_path)])
    assert result.exit_code == 1
    assert "conflict" in result.output and "raise budget by USD" in result.output


def test_missing_spec_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["teams", "plan", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "cannot read" in result.output


def test_a_skill_nobody_holds_and_no_taxonomy_names_is_unknown(spec_path: Path) -> None:
    spec_path.write_text(SPEC.replace("skills: {pytorch: 2}", "skills: {pytorch: 2, kubernets: 1}"))
    result = CliRunner().invoke(app, ["teams", "plan", str(spec_path)])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "unknown skill: kubernets (did you mean Kubernetes?)" in said
    assert "conflict" not in said and "infeasible" not in said


def test_a_known_skill_nobody_holds_is_a_shortage_the_solver_explains(spec_path: Path) -> None:
    spec_path.write_text(SPEC.replace("skills: {pytorch: 2}",
                                      "skills: {pytorch: 2, kubernetes: 1}"))
    result = CliRunner().invoke(app, ["teams", "plan", str(spec_path)])
    assert result.exit_code == 1 and "unknown skill" not in result.output
    assert "conflict" in result.output
