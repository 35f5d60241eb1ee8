"""Every CLI command that touches a company's data takes `--tenant` the same way (one option, one
help, one lookup) and, with it, sees what that company's users see: another company's role,
candidate, webhook or audit entry is not found. Every command that destroys data asks first
unless given `--yes` (issue 19)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer import _click
from typer.core import TyperGroup, TyperOption
from typer.main import get_command
from typer.testing import CliRunner, Result

from tests.api.conftest import context_of, make_settings, staff_tokens
from worldhire.api.app import create_app
from worldhire.cli.main import SUB_APPS, app
from worldhire.cli.scoped import TENANT_HELP
from worldhire.demo.service import world_dir
from worldhire.governance.accounts import find_tenant

runner = CliRunner()

# Commands that act on no single company's data, each with why. A new command missing here and
# without --tenant fails the walk below.
NO_COMPANY = {
    "embed": "the whole pool's embedding queue",
    "demo": "builds its own demo store",
    "comp estimate": "pay model only", "comp estimate-batch": "pay model only",
    "comp compare": "pay model only",
    "skills rank": "files in, files out", "skills extract": "a file",
    "skills build-index": "the taxonomy", "skills evaluate": "a gold file",
    "titles esco": "files in, files out", "titles normalize": "a title",
    "batch embed": "the whole pool", "batch assess": "the whole pool",
    "batch rematch": "every open role of every company",
    "privacy purges": "the deployment's pending erasures",
    "privacy originals": "every pool, each by its own setting",
    "privacy retention": "every pool, each by its own period",
    "privacy residency": "where a person's rows are stored: the operator's storage",
    "audit bias": "a CSV of decisions",
    "audit model-card": "the ranker",
    "pipeline import": "the file names its companies",
    "pipeline webhooks drain": "the deployment's delivery queue",
    # The company is what these administer: it is their argument.
    "tenants create": "", "tenants list": "", "tenants add-user": "", "tenants users": "",
    "tenants settings": "", "tenants token create": "", "tenants token list": "",
    "tenants token revoke": "",
}
# The two commands that create the company when they name a new one.
CREATES_THE_COMPANY = {"ingest", "load"}
# Commands that destroy what cannot be restored; each must ask first unless given --yes.
DESTROYING_WORDS = ("erase", "delete", "remove", "revoke", "merge", "retention", "originals")
# Taken back by the matching command and recorded in the audit log: a correction, not a loss.
UNDONE_ANOTHER_WAY = {"roles requirements remove": "roles requirements add"}


def commands() -> Iterator[tuple[str, _click.Command]]:
    root = get_command(app)
    assert isinstance(root, TyperGroup)

    def walk(group: TyperGroup, path: list[str]) -> Iterator[tuple[str, _click.Command]]:
        ctx = _click.Context(group)
        for name in group.list_commands(ctx):
            if not path and name in SUB_APPS:
                found = root.resolve_command(ctx, [name])[1]
            else:
                found = group.get_command(ctx, name)
            assert found is not None
            if isinstance(found, TyperGroup):
                yield from walk(found, [*path, name])
            else:
                yield " ".join([*path, name]), found

    yield from walk(root, [])


def option(command: _click.Command, flag: str) -> TyperOption | None:
    return next((p for p in command.params
                 if isinstance(p, TyperOption) and flag in p.opts), None)


def test_every_command_on_a_companys_data_takes_the_same_tenant_option() -> None:
    seen = dict(commands())
    assert len(seen) > 80
    assert set(NO_COMPANY) <= set(seen), "a listed command is gone: take it off the list"
    missing, odd = [], []
    for name, command in seen.items():
        tenant = option(command, "--tenant")
        if name in NO_COMPANY:
            assert tenant is None, f"{name} takes --tenant: take it off NO_COMPANY"
        elif tenant is None:
            missing.append(name)
        elif name in CREATES_THE_COMPANY:
            assert "created" in (tenant.help or ""), name
        elif tenant.help != TENANT_HELP:
            odd.append(name)
    assert not missing, f"no --tenant on {missing}"
    assert not odd, f"--tenant with another help on {odd}"


def test_every_command_that_destroys_data_asks_unless_given_yes() -> None:
    destroying = [name for name, _ in commands()
                  if any(w in name.split()[-1] for w in DESTROYING_WORDS)
                  and name not in UNDONE_ANOTHER_WAY]
    assert {"privacy erase", "candidates merge", "searches delete", "pipeline webhooks remove",
            "tenants token revoke"} <= set(destroying)
    seen = dict(commands())
    assert not [n for n in destroying if option(seen[n], "--yes") is None]


# The scope itself -------------------------------------------------------------------------------

ACME = ["in-arjun-mehta.json", "ke-faith-achieng.txt"]
GLOBEX = ["in-vikram-nair.json"]


def run(home: Path, *args: str) -> Result:
    return runner.invoke(app, ["--home", str(home), *args], env={"COLUMNS": "300"})


def ok(home: Path, *args: str) -> str:
    result = run(home, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(home: Path, *args: str) -> object:
    return json.loads(ok(home, *args, "--json"))


def refused(home: Path, *args: str) -> None:
    """Not found, as a missing id is: the same words and exit code whether it exists or not."""
    result = run(home, *args)
    assert result.exit_code == 3, result.output
    assert "in your scope" in " ".join(result.output.split()), result.output


class World:
    def __init__(self, home: Path) -> None:
        self.home = home
        roles = {t: as_json(home, "roles", "list", "--tenant", t) for t in ("acme", "globex")}
        people = {t: as_json(home, "candidates", "list", "--tenant", t)
                  for t in ("acme", "globex")}
        assert isinstance(roles["acme"], list) and isinstance(roles["globex"], list)
        assert isinstance(people["acme"], list) and isinstance(people["globex"], list)
        [self.acme_role] = [r["id"] for r in roles["acme"]]
        [self.globex_role] = [r["id"] for r in roles["globex"]]
        self.acme_people = {p["name"]: p["id"] for p in people["acme"]}
        self.globex_people = {p["name"]: p["id"] for p in people["globex"]}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    home = tmp_path_factory.mktemp("companies")
    root = world_dir()
    ok(home, "ingest", *(str(root / "candidates" / n) for n in ACME),
       str(root / "roles" / "03-ml-engineer-demand-forecasting.json"), "--tenant", "acme",
       "--no-embed")
    ok(home, "ingest", *(str(root / "candidates" / n) for n in GLOBEX),
       str(root / "roles" / "05-mlops-platform-engineer.json"), "--tenant", "globex",
       "--no-embed")
    return World(home)


def test_the_companies_pools_are_apart(world: World) -> None:
    assert len(world.acme_people) == len(ACME) and len(world.globex_people) == len(GLOBEX)
    assert not set(world.acme_people.values()) & set(world.globex_people.values())


def test_shortlist_for_a_company_ranks_its_pool_and_never_another_companys(world: World
                                                                          ) -> None:
    home = world.home
    found = as_json(home, "shortlist", world.acme_role, "--tenant", "acme", "--no-semantic")
    assert isinstance(found, dict)
    ranked = {r["candidate_id"] for r in found["results"]}
    rejected = {r["candidate_id"] for r in found["rejected"]}
    assert ranked | rejected == set(world.acme_people.values())
    refused(home, "shortlist", world.acme_role, "--tenant", "globex", "--no-semantic")
    theirs = as_json(home, "shortlist", world.globex_role, "--tenant", "globex", "--no-semantic")
    assert isinstance(theirs, dict)
    assert not {r["candidate_id"] for r in theirs["results"]} & set(world.acme_people.values())
    log = as_json(home, "audit", "log", "--tenant", "acme", "-n", "200")
    assert isinstance(log, list)
    ranking = [e for e in log if e["action"] == "rank-candidates"]
    assert [e["details"]["role_id"] for e in ranking] == [world.acme_role]
    assert ranking[0]["actor"].endswith(f"@{ranking[0]['tenant_id']}")
    globex_log = as_json(home, "audit", "log", "--tenant", "globex", "-n", "200")
    assert isinstance(globex_log, list)
    assert world.acme_role not in json.dumps(globex_log)


def test_roles_for_and_gaps_within_a_company(world: World) -> None:
    home = world.home
    person = next(iter(world.acme_people.values()))
    roles = as_json(home, "roles-for", person, "--tenant", "acme", "--no-semantic")
    assert isinstance(roles, list)
    assert {r["role_id"] for r in roles} <= {world.acme_role}
    refused(home, "roles-for", person, "--tenant", "globex", "--no-semantic")
    gaps = as_json(home, "market", "gaps", person, "--tenant", "acme")
    assert isinstance(gaps, list)
    assert {r["role_id"] for g in gaps for r in g["roles"]} <= {world.acme_role}
    refused(home, "market", "gaps", person, "--tenant", "globex")


def test_evidence_is_added_within_the_company_only(world: World, tmp_path: Path) -> None:
    home = world.home
    export = tmp_path / "repos.json"
    export.write_text(json.dumps([{
        "name": "forecastkit", "full_name": "someone/forecastkit", "fork": False,
        "language": "Python", "stargazers_count": 12, "description": "Demand forecasting",
        "html_url": "https://github.com/someone/forecastkit", "pushed_at": "2026-05-01T00:00:00Z",
    }]))
    person = next(iter(world.globex_people.values()))
    refused(home, "evidence", "add-host-export", person, str(export), "--tenant", "acme")
    shown = as_json(home, "candidates", "show", person, "--tenant", "globex")
    assert isinstance(shown, dict) and "forecastkit" not in json.dumps(shown)
    assert "added 1 repositories" in ok(home, "evidence", "add-host-export", person,
                                        str(export), "--tenant", "globex")


def test_a_companys_webhooks_are_its_own(world: World) -> None:
    home = world.home
    ok(home, "pipeline", "webhooks", "add", "http://127.0.0.1:9/acme", "--event",
       "application.stage_changed", "--tenant", "acme")
    ok(home, "pipeline", "webhooks", "add", "http://127.0.0.1:9/globex", "--event",
       "application.stage_changed", "--tenant", "globex")
    listed = ok(home, "pipeline", "webhooks", "list", "--tenant", "acme")
    assert "/acme" in listed and "/globex" not in listed
    everyone = ok(home, "pipeline", "webhooks", "list")
    [globex_hook] = [line.split()[1] for line in everyone.splitlines() if "/globex" in line]
    refused(home, "pipeline", "webhooks", "remove", globex_hook, "--tenant", "acme", "--yes")
    assert "/globex" in ok(home, "pipeline", "webhooks", "list", "--tenant", "globex")
    assert as_json(home, "pipeline", "webhooks", "deliveries", "--tenant", "acme") == []


def test_a_token_acts_for_its_own_company_only(world: World) -> None:
    result = run(world.home, "audit", "log", "--tenant", "acme", "--token", "whk_anything")
    assert result.exit_code == 2 and "--tenant" in result.output


def test_a_companys_saved_search_runs_on_its_pool_only(world: World) -> None:
    # Both companies hold someone in India; acme's search found globex's too before the
    # operator acting within a company was scoped to it.
    ok(world.home, "searches", "save", "in india", "--tenant", "acme", "--country", "IN")
    found = ok(world.home, "searches", "run", "in india", "--tenant", "acme")
    assert "Arjun Mehta" in found and "Vikram Nair" not in found


# The pipeline: the per-id commands with --tenant go through the company's scoped pipeline, the
# service the API uses, so they refuse and record as the API does ----------------------------

def export_of(home: Path, tenant: str) -> object:
    """The company's pipeline as stored: roles, applications with their moves, notes and
    scorecards (less the time of the export)."""
    found = json.loads(ok(home, "pipeline", "export", "--tenant", tenant))
    assert isinstance(found, dict) and found.pop("exported_at")
    return found



@dataclass
class PipelinePaths:
    """One acme application driven by the CLI with --tenant, one by the API as acme's admin."""

    by_cli: str
    by_api: str
    tenant_id: str
    api: TestClient
    headers: dict[str, str]
    rate: list[str]
    audit_added: dict[str, list[str]]


def audit_actions(home: Path) -> list[str]:
    log = as_json(home, "audit", "log", "-n", "1000")
    assert isinstance(log, list)
    return sorted(e["action"] for e in log)


def added(before: list[str], after: list[str]) -> list[str]:
    left = list(after)
    for action in before:
        left.remove(action)
    return left


@pytest.fixture(scope="module")
def paths(world: World) -> Iterator[PipelinePaths]:
    home = world.home
    app = create_app(make_settings(home))
    ctx = context_of(app)
    tenant_id = find_tenant(ctx.repo, "acme").id
    headers = {"Authorization": f"Bearer {staff_tokens(ctx, tenant_id, 'acme')['acme-admin']}"}
    api = TestClient(app)
    role = ctx.repo.get_role(world.acme_role)
    assert role is not None and role.requirements
    scores = [(q.skill.label, 1 + i % 4, f"saw {q.skill.label} in the take-home")
              for i, q in enumerate(role.requirements)]
    rate = [f"{label}={value}:{evidence}" for label, value, evidence in scores]
    # The CLI's person lives in the role's allowed countries, so it can be drafted to as well.
    cli_person = next(i for name, i in world.acme_people.items() if name.startswith("Faith"))
    api_person = world.acme_people["Arjun Mehta"]

    start = audit_actions(home)
    by_cli = ok(home, "pipeline", "add", cli_person, world.acme_role, "--tenant", "acme").split()[0]
    ok(home, "pipeline", "move", by_cli, "contacted", "--tenant", "acme")
    ok(home, "pipeline", "note", by_cli, "Met at PyData", "--tenant", "acme")
    ok(home, "pipeline", "score", by_cli, *(f"--rate={r}" for r in rate), "--summary",
       "solid", "--tenant", "acme")
    ok(home, "pipeline", "move", by_cli, "rejected", "--reason", "visa timeline", "--tenant",
       "acme")
    after_cli = audit_actions(home)

    def post(path: str, body: dict[str, object]) -> dict[str, object]:
        response = api.post(f"/api/v1/{path}", headers=headers, json=body)
        assert response.status_code == 201, response.text
        found: dict[str, object] = response.json()
        return found

    by_api = str(post("applications", {"candidate_id": api_person,
                                       "role_id": world.acme_role})["id"])
    post(f"applications/{by_api}/moves", {"to_stage": "contacted"})
    post(f"applications/{by_api}/notes", {"text": "Met at PyData"})
    post(f"applications/{by_api}/scorecards", {"summary": "solid", "ratings": [
        {"requirement": label, "rating": value, "evidence": evidence}
        for label, value, evidence in scores]})
    post(f"applications/{by_api}/moves", {"to_stage": "rejected", "reason": "visa timeline"})
    after_api = audit_actions(home)
    yield PipelinePaths(by_cli, by_api, tenant_id, api, headers, rate,
                        {"cli": added(start, after_cli), "api": added(after_cli, after_api)})
    ctx.close()


def as_recorded(detail: object, tenant_id: str) -> dict[str, object]:
    """An application as stored, less what differs by nature between two applications (ids,
    times, the person), with who acted checked to be someone of the company and then left out:
    the CLI acts as the operator within it, the API as its admin."""
    assert isinstance(detail, dict)
    who = re.compile(rf"^(operator|admin):[^@]+@{tenant_id}$")

    def actor(value: str) -> str:
        assert who.match(value), value
        return "someone of the company"

    def named(value: str) -> str:
        # As a person reads it: the CLI's moves are the system's, the admin's by address.
        assert value == "system" or value.endswith("@acme.example"), value
        return "someone of the company"

    return {
        "stage": detail["stage"], "source": detail["source"],
        "rejection_reason": detail["rejection_reason"], "role": detail["role"],
        "allowed_moves": detail["allowed_moves"],
        "history": [{**m, "at": None, "actor": actor(m["actor"]),
                     "actor_name": named(m["actor_name"])} for m in detail["history"]],
        "notes": [{"text": n["text"], "author": actor(n["author"])} for n in detail["notes"]],
        "scorecards": [{**s, "id": None, "at": None, "interviewer": actor(s["interviewer"]),
                        "interviewer_name": named(s["interviewer_name"])}
                       for s in detail["scorecards"]],
    }


def test_the_cli_with_tenant_and_the_api_record_the_same_pipeline_actions(
    world: World, paths: PipelinePaths
) -> None:
    by_cli = as_json(world.home, "pipeline", "show", paths.by_cli, "--tenant", "acme")
    response = paths.api.get(f"/api/v1/applications/{paths.by_api}", headers=paths.headers)
    assert response.status_code == 200, response.text
    # The API reads the CLI's application as its own, and the two were recorded alike.
    same = paths.api.get(f"/api/v1/applications/{paths.by_cli}", headers=paths.headers)
    assert same.json() == by_cli
    cli_record = as_recorded(by_cli, paths.tenant_id)
    assert cli_record == as_recorded(response.json(), paths.tenant_id)
    assert isinstance(by_cli, dict)
    assert [m["to_stage"] for m in by_cli["history"]] == ["sourced", "contacted", "rejected"]
    assert by_cli["history"][0]["actor"] == f"operator:local operator@{paths.tenant_id}"
    # Neither writes to the audit log: the moves, notes and scorecards are the record.
    assert paths.audit_added["cli"] == paths.audit_added["api"]
    # The drafts are the same for the same application.
    draft = paths.api.post(f"/api/v1/applications/{paths.by_cli}/outreach",
                           headers=paths.headers, json={"sender_name": "Ana Kowalska"})
    assert draft.status_code == 200, draft.text
    printed = words(ok(world.home, "pipeline", "outreach", paths.by_cli, "--sender-name",
                       "Ana Kowalska", "--tenant", "acme"))
    assert words(draft.json()["subject"]) in printed and words(draft.json()["body"]) in printed


def test_a_scorecard_entered_for_a_colleague_names_the_colleague(
    world: World, paths: PipelinePaths
) -> None:
    ok(world.home, "pipeline", "score", paths.by_cli, *(f"--rate={r}" for r in paths.rate),
       "--interviewer", "Ana Kowalska", "--tenant", "acme")
    shown = as_json(world.home, "pipeline", "show", paths.by_cli, "--tenant", "acme")
    assert isinstance(shown, dict)
    assert [s["interviewer"] for s in shown["scorecards"]][-1] == "Ana Kowalska"


def words(text: str) -> str:
    return " ".join(text.split())


# Each per-id command, with another company's --tenant, on acme's application, role or person.
REFUSED: dict[str, Callable[[World, PipelinePaths], list[str]]] = {
    "add": lambda w, p: ["add", w.acme_people["Arjun Mehta"], w.acme_role],
    "add onto its own role": lambda w, p: ["add", w.acme_people["Arjun Mehta"], w.globex_role],
    "add its own person": lambda w, p: ["add", next(iter(w.globex_people.values())),
                                        w.acme_role],
    "move": lambda w, p: ["move", p.by_cli, "interview"],
    "note": lambda w, p: ["note", p.by_cli, "Met at PyData"],
    "score": lambda w, p: ["score", p.by_cli, *(f"--rate={r}" for r in p.rate)],
    "show": lambda w, p: ["show", p.by_cli],
    "history": lambda w, p: ["history", p.by_cli],
    "board": lambda w, p: ["board", w.acme_role],
    "outreach": lambda w, p: ["outreach", p.by_cli, "--send", "--smtp-port", "9"],
}


@pytest.mark.parametrize("command", REFUSED)
def test_a_company_neither_sees_nor_changes_another_companys_pipeline(
    world: World, paths: PipelinePaths, command: str
) -> None:
    stored = {t: export_of(world.home, t) for t in ("acme", "globex")}
    result = run(world.home, "pipeline", *REFUSED[command](world, paths), "--tenant", "globex")
    assert result.exit_code == 3, result.output
    said = words(result.output)
    assert "in your scope" in said
    assert "Arjun" not in said and "Faith" not in said and "Demand Forecasting" not in said
    assert {t: export_of(world.home, t) for t in ("acme", "globex")} == stored


def test_gaps_say_which_filters_leave_the_person_out(tmp_path: Path) -> None:
    """A résumé without a location: the company's one role takes only some countries, so there
    is no gap to read, and the command says why rather than printing an empty table alone."""
    thin = tmp_path / "jan.txt"
    thin.write_text("Jan Kowalczyk\njan.kowalczyk@poczta.example\n\nI like computers.\n",
                    encoding="utf-8")
    role = world_dir() / "roles" / "03-ml-engineer-demand-forecasting.json"
    ok(tmp_path, "ingest", str(thin), str(role), "--tenant", "solo", "--no-embed")
    people = as_json(tmp_path, "candidates", "list", "--tenant", "solo")
    assert isinstance(people, list)
    [person] = people
    said = " ".join(ok(tmp_path, "market", "gaps", person["id"], "--tenant", "solo").split())
    assert "1 open role leaves this profile out (not counted above): 1 × lives outside the " \
           "allowed countries (NL, DE" in said, said


def test_a_company_corrects_its_own_candidates_fields(world: World) -> None:
    home = world.home
    person = world.acme_people["Faith Achieng Odhiambo"]
    said = ok(home, "candidates", "edit", person, "--tenant", "acme", "--headline",
              "Forecasting engineer", "--country", "Kenya", "--link", "https://github.com/fa")
    assert said.split() == ["corrected", "headline,", "links"]  # Kenya: as the parser read
    shown = as_json(home, "candidates", "show", person, "--tenant", "acme")
    assert isinstance(shown, dict)
    assert shown["headline"] == "Forecasting engineer" and shown["country"] == "KE"
    assert shown["links"] == ["https://github.com/fa"]
    log = as_json(home, "audit", "log", "--tenant", "acme", "-n", "200")
    assert isinstance(log, list)
    [entry] = [e for e in log if e["action"] == "correct-profile"]
    assert entry["details"]["fields"] == ["headline", "links"]
    refused(home, "candidates", "edit", person, "--tenant", "globex", "--headline", "x")
    narnia = run(home, "candidates", "edit", person, "--tenant", "acme", "--country", "Narnia")
    assert narnia.exit_code == 2
    assert "error: --country: “Narnia”: not a country we know" in " ".join(narnia.output.split())
    assert "nothing changed" in ok(home, "candidates", "edit", person, "--tenant", "acme",
                                   "--country", "KEN")  # Kenya already, by its alpha-3 code


# Without --tenant the same commands go through the same scoped pipeline, as the local operator
# over every company: an id that is nowhere is refused as with --tenant and as the API refuses
# it (not found, exit 3), and any company's application is shown as within that company.
MISSING: dict[str, list[str]] = {
    "add": ["add", "no-such-person", "no-such-role"],
    "move": ["move", "no-such-application", "interview"],
    "note": ["note", "no-such-application", "Met at PyData"],
    "score": ["score", "no-such-application", "--rate=Python=3:saw it"],
    "show": ["show", "no-such-application"],
    "history": ["history", "no-such-application"],
    "board": ["board", "no-such-role"],
    "outreach": ["outreach", "no-such-application"],
}


@pytest.mark.parametrize("command", MISSING)
def test_without_tenant_a_missing_id_is_refused_as_with_it(world: World, command: str
                                                           ) -> None:
    refused(world.home, "pipeline", *MISSING[command])
    refused(world.home, "pipeline", *MISSING[command], "--tenant", "acme")


def test_without_tenant_the_operator_reads_any_companys_application(
    world: World, paths: PipelinePaths
) -> None:
    for command in ("show", "history"):
        everyone = as_json(world.home, "pipeline", command, paths.by_cli)
        assert everyone == as_json(world.home, "pipeline", command, paths.by_cli, "--tenant",
                                   "acme")
