"""The main job end to end through the CLI: demo world in, explained shortlist out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app

runner = CliRunner()


def invoke(home: Path, *args: str) -> str:
    result = runner.invoke(app, ["--home", str(home), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo")
    output = invoke(home, "demo", "--top", "5")
    assert "0 refused" in output
    assert "shortlist for role_" in output
    return home


@pytest.mark.slow
def test_demo_loads_a_global_pool(demo_home: Path) -> None:
    people = json.loads(invoke(demo_home, "candidates", "list", "--json"))
    assert len(people) >= 60
    assert all({"id", "name"} <= set(p) for p in people)
    countries = {p["country"] for p in people}
    expected = {"IN", "PL", "RO", "RS", "UA", "VN", "PH", "BR", "MX", "NG", "KE", "EG", "US"}
    assert expected <= countries
    roles = json.loads(invoke(demo_home, "roles", "list", "--json"))
    assert len(roles) >= 5 and all({"id", "title"} <= set(r) for r in roles)


@pytest.mark.slow
def test_shortlist_json_explains_every_result(demo_home: Path) -> None:
    roles = json.loads(invoke(demo_home, "roles", "list", "--json"))
    view = json.loads(invoke(demo_home, "shortlist", roles[0]["id"], "--top", "5", "--json"))
    assert 1 <= len(view["results"]) <= 5
    scores = [r["score"] for r in view["results"]]
    assert scores == sorted(scores, reverse=True)
    for result in view["results"]:
        assert {"candidate_id", "score", "criteria", "explanation", "evidence"} <= set(result)
        assert set(result["criteria"]) >= {"skills", "seniority", "overlap", "pay"}
        ex = result["explanation"]
        assert ex["met"], "a shortlisted candidate meets at least one requirement"
        for check in ex["met"]:
            assert check["evidence"] and check["evidence"][0]["snippet"]
    assert view["rejected"], "the demo role's overlap rule removes some of the pool"


@pytest.mark.slow
def test_ingest_is_idempotent_through_the_cli(demo_home: Path) -> None:
    from worldhire.demo.service import world_dir

    before = json.loads(invoke(demo_home, "candidates", "list", "--json"))
    output = invoke(demo_home, "ingest", str(world_dir() / "candidates"))
    assert "0 added" in output
    assert len(json.loads(invoke(demo_home, "candidates", "list", "--json"))) == len(before)


def test_unknown_role_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--home", str(tmp_path), "shortlist", "role_nope"])
    assert result.exit_code == 3  # not found (docs/errors.md)
    assert "no role 'role_nope'" in result.output


def test_a_country_filter_that_names_no_place_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--home", str(tmp_path), "shortlist", "role_nope",
                                 "--country", "latam", "--country", "Germany, ZZZ"])
    assert result.exit_code == 2  # the input was wrong (docs/errors.md), before any lookup
    assert "“ZZZ”: not a country or region we know" in result.output


@pytest.mark.slow
def test_the_demo_team_spec_plans_a_follow_the_sun_team(demo_home: Path) -> None:
    from worldhire.demo.service import world_dir

    spec = world_dir() / "teams" / "follow-the-sun.yaml"
    plan = json.loads(invoke(demo_home, "teams", "plan", str(spec), "--json"))
    assert plan["status"] == "optimal"
    assert 5 <= len(plan["team"]) <= 6


def test_an_unknown_country_to_be_authorised_in_is_refused_naming_the_option(
        tmp_path: Path) -> None:
    result = runner.invoke(app, ["--home", str(tmp_path), "shortlist", "role_nope",
                                 "--authorized-in", "Atlantis"])
    assert result.exit_code == 2  # the input is wrong (docs/errors.md), before any lookup
    assert "--authorized-in: “Atlantis”: not a country we know" in " ".join(result.output.split())
