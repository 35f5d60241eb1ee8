"""The README's own sequence through the CLI (issue 19): résumés ingested for a company are
listed, shown, planned with, counted by the market report and named on the board; outreach is
signed by someone; erasure asks first."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import TypeAdapter
from typer.testing import CliRunner, Result
from typing_extensions import TypedDict

from worldhire.cli.main import app
from worldhire.demo.service import world_dir
from worldhire.governance.candidate_schemas import CandidateSummaryOut

RESUMES = ["pl-katarzyna-nowak.pdf", "ro-mihai-stan.md", "ke-faith-achieng.txt",
           "in-arjun-mehta.json"]
ROLE = "03-ml-engineer-demand-forecasting.json"
runner = CliRunner()


def run(home: Path, *args: str, input: str | None = None) -> Result:
    return runner.invoke(app, ["--home", str(home), *args], input=input)


def ok(home: Path, *args: str, input: str | None = None) -> str:
    result = run(home, *args, input=input)
    assert result.exit_code == 0, result.output
    return result.stdout


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home where a company ingested résumés and a role, as the README says to."""
    home = tmp_path_factory.mktemp("acme")
    root = world_dir()
    ok(home, "ingest", *(str(root / "candidates" / n) for n in RESUMES),
       str(root / "roles" / ROLE), "--tenant", "acme", "--no-embed")
    ok(home, "tenants", "create", "globex")
    return home


class Listed(TypedDict):
    """The fields of `candidates list --json` these tests read."""

    id: str
    name: str
    country: str | None


LISTING = TypeAdapter(list[Listed])


def people(home: Path, *args: str) -> list[Listed]:
    return LISTING.validate_json(ok(home, "candidates", "list", "--json", *args))


def test_candidates_list_shows_what_was_just_ingested(acme: Path) -> None:
    listed = people(acme)
    assert len(listed) == len(RESUMES)
    assert f"{len(RESUMES)} candidates" in ok(acme, "candidates", "list")
    assert len(people(acme, "--tenant", "acme")) == len(RESUMES)
    assert people(acme, "--tenant", "globex") == []  # another company sees none of them
    assert run(acme, "candidates", "list", "--tenant", "nobody").exit_code == 3
    polish = people(acme, "--country", "PL")
    assert [p["country"] for p in polish] == ["PL"]
    assert len(people(acme, "--limit", "2")) == 2
    # The rows are the API's list rows (CandidateSummaryOut), pay as written included.
    rows = TypeAdapter(list[CandidateSummaryOut]).validate_json(
        ok(acme, "candidates", "list", "--json"))
    assert any(r.pay_stated is not None and r.pay_stated.quote for r in rows)
    assert all(r.skills for r in rows)
    # The table (80 columns here, as in a pipe) keeps every id whole: the next command takes it.
    table = ok(acme, "candidates", "list")
    assert all(p["id"] in table for p in listed)
    roles = json.loads(ok(acme, "roles", "list", "--json"))
    assert roles and all(r["id"] in ok(acme, "roles", "list") for r in roles)


def test_candidates_show_prints_fields_and_the_words_behind_skills(acme: Path) -> None:
    person = next(p for p in people(acme) if p["country"] == "PL")
    shown = words(ok(acme, "candidates", "show", person["id"]))
    assert person["name"] in shown and "read from" in shown
    assert re.search(r"pool acme \(ten_\w+\)", shown)  # the company by name
    detail = json.loads(ok(acme, "candidates", "show", person["id"], "--json"))
    assert detail["id"] == person["id"] and detail["evidence"]
    assert any(s in shown for s in detail["skills"])
    ok(acme, "candidates", "show", person["id"], "--tenant", "acme")
    hidden = run(acme, "candidates", "show", person["id"], "--tenant", "globex")
    assert hidden.exit_code == 3 and "no candidate" in hidden.output


def test_candidates_show_heads_each_item_without_empty_or_repeated_words(tmp_path: Path) -> None:
    """A job told without its title was headed " · mPharma job", and the summary "Summary
    summary"; the skills' "in" column was empty for the untitled job."""
    resume = tmp_path / "kofi.txt"
    resume.write_text(
        "Kofi Boateng\nkofi.boateng@example.com\n\nI'm a data engineer who likes clean pipelines."
        "\n\nFor the last two years I've been at mPharma, where I run our Airflow DAGs.\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    ok(home, "ingest", str(resume), "--tenant", "acme", "--no-embed")
    [person] = people(home)
    lines = ok(home, "candidates", "show", person["id"]).splitlines()
    assert not any(line.startswith(" · ") for line in lines)
    assert not any(re.match(r"(\w+) \1\b", line, re.IGNORECASE) for line in lines)
    airflow = next(line for line in lines if "Apache Airflow" in line)
    assert "mPharma" in airflow


def test_candidates_show_for_a_tenant_hides_contact_without_outreach_consent(
    tmp_path: Path,
) -> None:
    resume = tmp_path / "amara.txt"
    resume.write_text("Amara Okafor\namara.okafor@mail.example\nAbuja, Nigeria\n\n"
                      "Machine learning engineer: Python and PyTorch.", encoding="utf-8")
    ok(tmp_path, "ingest", str(resume), "--no-embed")  # the platform pool, agreeing to matching
    ok(tmp_path, "tenants", "create", "acme")
    [person] = people(tmp_path)
    cid = person["id"]
    assert "amara.okafor@mail.example" in ok(tmp_path, "candidates", "show", cid)  # operator
    shown = words(ok(tmp_path, "candidates", "show", cid, "--tenant", "acme"))
    assert "amara.okafor" not in shown and "not agreed to be contacted" in shown
    detail = json.loads(ok(tmp_path, "candidates", "show", cid, "--tenant", "acme", "--json"))
    assert detail["email"] is None and detail["name"] == "Amara Okafor"
    ok(tmp_path, "privacy", "consent", cid, "outreach", "--source", "form")
    assert "amara.okafor@mail.example" in ok(tmp_path, "candidates", "show", cid, "--tenant",
                                             "acme")


def spec(tmp_path: Path, skills: str) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(f"size: {{min: 1, max: 2}}\ntimezone: UTC\nskills: {skills}\npool: all\n",
                    encoding="utf-8")
    return path


@pytest.mark.slow
def test_teams_plan_takes_a_tenant_and_names_unknown_skills(acme: Path, tmp_path: Path) -> None:
    planned = run(acme, "teams", "plan", str(spec(tmp_path, "{python: 1}")), "--tenant", "acme",
                  "--json", "--time-limit", "5")
    assert planned.exit_code == 0, planned.output
    assert json.loads(planned.stdout)["team"]
    empty = run(acme, "teams", "plan", str(spec(tmp_path, "{python: 1}")), "--tenant", "globex")
    assert empty.exit_code == 2 and "the pool is empty" in words(empty.output)
    typo = run(acme, "teams", "plan", str(spec(tmp_path, "{pythn: 1, python: 1}")),
               "--tenant", "acme")
    assert typo.exit_code == 2
    assert "unknown skill: pythn (did you mean Python?)" in words(typo.output)
    assert "infeasible" not in typo.output


def test_market_report_counts_the_tenants_candidates(acme: Path, tmp_path: Path) -> None:
    out = tmp_path / "market.html"
    for scope in ((), ("--tenant", "acme")):
        said = words(ok(acme, "market", "report", "--no-pay", "--out", str(out), *scope))
        assert f"1 open roles, {len(RESUMES)} candidates" in said
    said = words(ok(acme, "market", "report", "--no-pay", "--out", str(out), "--tenant",
                    "globex"))
    assert "0 open roles, 0 candidates" in said


def test_the_market_commands_count_what_the_api_counts(tmp_path: Path) -> None:
    """A company's own résumés are its supply whatever their word on matching, as
    /api/v1/market and the web's market page count them: one service reads the market for all."""
    root = world_dir()
    ok(tmp_path, "ingest", str(root / "candidates" / RESUMES[0]), str(root / "roles" / ROLE),
       "--tenant", "solo", "--no-embed", "--no-consent")
    out = tmp_path / "market.html"
    said = words(ok(tmp_path, "market", "report", "--no-pay", "--out", str(out), "--tenant",
                    "solo"))
    assert "1 open roles, 1 candidates" in said
    scarce = json.loads(ok(tmp_path, "market", "skills", "--tenant", "solo", "--json"))
    assert scarce and all(s["supply"] <= 1 for s in scarce)
    assert any(s["supply"] == 1 for s in scarce)


def test_the_board_names_people_and_outreach_is_signed(acme: Path) -> None:
    role = json.loads(ok(acme, "roles", "list", "--json"))[0]["id"]
    person = next(p for p in people(acme) if p["country"] == "PL")  # within the team's hours
    added = ok(acme, "pipeline", "add", person["id"], role)
    application = added.split()[0]
    board = words(ok(acme, "pipeline", "board", role))
    assert f"{person['name']} ({application})" in board
    draft = ok(acme, "pipeline", "outreach", application)
    assert "I'm The hiring team" not in draft and "This is the " in draft
    assert re.search(r"Best regards,\s+The .+ hiring team", draft)
    signed = ok(acme, "pipeline", "outreach", application, "--sender-name", "Ana Kowalska")
    assert "I'm Ana Kowalska, hiring for" in signed and signed.rstrip().endswith("Ana Kowalska")


def test_pipeline_commands_act_for_the_company_named_with_tenant(acme: Path) -> None:
    role = json.loads(ok(acme, "roles", "list", "--json"))[0]["id"]
    person = next(p for p in people(acme) if p["country"] == "RO")
    application = ok(acme, "pipeline", "add", person["id"], role, "--tenant", "acme").split()[0]
    for args in (("board", role), ("show", application), ("history", application),
                 ("note", application, "Met at PyData"), ("move", application, "screened"),
                 ("outreach", application),
                 ("score", application, "--rate", "PyTorch=3:trained a forecaster")):
        refused = run(acme, "pipeline", *args, "--tenant", "globex")
        assert refused.exit_code == 3, (args, refused.output)  # another company's: not found
        assert "in your scope" in refused.output
    assert run(acme, "pipeline", "add", person["id"], role, "--tenant", "globex").exit_code == 3
    assert "Met at PyData" not in ok(acme, "pipeline", "show", application)  # nothing written
    ok(acme, "pipeline", "note", application, "Met at PyData", "--tenant", "acme")
    shown = ok(acme, "pipeline", "show", application, "--tenant", "acme")
    assert "Met at PyData" in shown and person["name"] in shown
    assert person["name"] in words(ok(acme, "pipeline", "board", role, "--tenant", "acme"))


def test_privacy_erase_asks_first(acme: Path) -> None:
    person = next(p for p in people(acme) if p["country"] == "KE")
    kept = run(acme, "privacy", "erase", person["id"], input="n\n")
    assert kept.exit_code == 1 and "nothing erased" in kept.output
    assert person["name"] in kept.output  # the question names who would be erased
    assert any(p["id"] == person["id"] for p in people(acme))
    missing = run(acme, "privacy", "erase", "cand_nobody", input="y\n")
    assert missing.exit_code == 3 and "Erase" not in missing.output
    ok(acme, "privacy", "erase", person["id"], input="y\n")
    assert all(p["id"] != person["id"] for p in people(acme))
    other = next(p for p in people(acme) if p["country"] == "IN")
    ok(acme, "privacy", "erase", str(other["id"]), "--yes")
    assert len(people(acme)) == len(RESUMES) - 2


def test_saved_searches_are_saved_run_and_deleted_per_company(acme: Path) -> None:
    country = next(str(p["country"]) for p in people(acme, "--tenant", "acme") if p["country"])
    expected = people(acme, "--tenant", "acme", "--country", country)
    saved = ok(acme, "searches", "save", "By country", "--tenant", "acme", "--country", country)
    assert "Saved “By country”" in saved
    assert "By country" in ok(acme, "searches", "list", "--tenant", "acme")
    assert "By country" not in ok(acme, "searches", "list", "--tenant", "globex")
    found = words(ok(acme, "searches", "run", "By country", "--tenant", "acme"))
    assert f"By country: {len(expected)} found" in found and expected
    assert all(str(p["id"]) in found for p in expected)
    refused = run(acme, "searches", "run", "By country", "--tenant", "globex")
    assert refused.exit_code != 0 and "no saved search named" in refused.output
    again = run(acme, "searches", "save", "By country", "--tenant", "acme", "--q", "python")
    assert again.exit_code != 0 and "already has a saved search" in words(again.output)
    kept = run(acme, "searches", "delete", "By country", "--tenant", "acme", input="n\n")
    assert kept.exit_code == 1 and "nothing deleted" in kept.output
    assert "Deleted “By country”" in ok(acme, "searches", "delete", "By country", "--tenant",
                                        "acme", "--yes")
    assert "By country" not in ok(acme, "searches", "list", "--tenant", "acme")


def test_duplicates_are_listed_and_merged_after_a_confirmation(acme: Path,
                                                               tmp_path: Path) -> None:
    (tmp_path / "home.txt").write_text(
        "Lina Haddad\nlina.haddad@mail.example | +961 3 555 014\nBeirut, Lebanon\n\n"
        "Experience\nData analyst, Anghami (2018 - 2021)\n- Churn models in Python.\n")
    (tmp_path / "work.txt").write_text(
        "Lina M. Haddad-Khoury\nlina.khoury@work.example | 03 555 014\nBeirut, Lebanon\n\n"
        "Experience\nML engineer, Murex (2021 - present)\n- Pricing models in PyTorch.\n")
    ok(acme, "ingest", str(tmp_path / "home.txt"), str(tmp_path / "work.txt"), "--tenant",
       "acme", "--no-embed")
    found = {p["name"]: p["id"] for p in people(acme, "--tenant", "acme", "--q", "Haddad")}
    keep, other = found["Lina Haddad"], found["Lina M. Haddad-Khoury"]
    assert other in ok(acme, "candidates", "duplicates", keep)
    assert other in ok(acme, "candidates", "duplicates", keep, "--tenant", "acme")
    # Another company holds neither: not found, and nothing is asked or merged.
    for args in (("duplicates", keep), ("versions", keep), ("merge", keep, other, "--yes")):
        refused = run(acme, "candidates", *args, "--tenant", "globex")
        assert refused.exit_code == 3 and "in your scope" in refused.output, args
    assert "home.txt" in ok(acme, "candidates", "versions", keep, "--tenant", "acme")
    asked = run(acme, "candidates", "merge", keep, other, "--tenant", "acme", input="n\n")
    assert asked.exit_code == 1 and len(people(acme, "--tenant", "acme", "--q", "Haddad")) == 2
    merged = words(ok(acme, "candidates", "merge", keep, other, "--take", "email", "--yes"))
    assert f"Merged {other} into {keep}: 1 version(s)" in merged
    [left] = people(acme, "--tenant", "acme", "--q", "Haddad")
    assert left["id"] == keep
    assert "lina.khoury@work.example" in ok(acme, "candidates", "show", keep)
