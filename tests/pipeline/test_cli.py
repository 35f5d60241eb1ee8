"""`worldhire pipeline ...` and `worldhire market ...` end to end on a small store."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.faults import break_audit_log
from tests.market.conftest import write_salaries
from tests.pipeline.conftest import World, build_world
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.governance.audit import AuditLog
from worldhire.governance.store import Governance
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.store.sql.repository import SqlRepository

runner = CliRunner()


def run(home: Path, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--home", str(home), *args])
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture
def store_home(tmp_path: Path) -> tuple[Path, World]:
    home = tmp_path / "home"
    repo = SqlRepository(Settings.load(home).database_url)
    world = build_world(repo)
    repo.close()
    return home, world


def test_pipeline_commands(store_home: tuple[Path, World], tmp_path: Path) -> None:
    home, world = store_home
    ada, role = world.people[0].id, world.role.id
    assert "contacted, screened, rejected" in run(home, "pipeline", "stages")
    app_id = run(home, "pipeline", "add", ada, role).split()[0]
    assert app_id.startswith("app_")
    run(home, "pipeline", "move", app_id, "offer", code=5)  # illegal move: a conflict
    assert "sourced → contacted" in run(home, "pipeline", "move", app_id, "contacted")
    run(home, "pipeline", "note", app_id, "Asked about visa timing")
    run(home, "pipeline", "score", app_id, "--rate", "PyTorch=4:custom op",
        "--rate", "Python=3:typed code", code=2)  # Kubernetes missing
    assert "mean 3.00" in run(
        home, "pipeline", "score", app_id, "--rate", "PyTorch=4:custom op",
        "--rate", "Python=3:typed code", "--rate", "Kubernetes=2:used it")
    shown = json.loads(run(home, "pipeline", "show", app_id, "--json"))
    assert shown["stage"] == "contacted"
    assert shown["allowed_moves"] == ["screened", "rejected"]
    assert shown["notes"][0]["text"] == "Asked about visa timing"
    moves = json.loads(run(home, "pipeline", "history", app_id, "--json"))
    assert [(m["from_stage"], m["to_stage"]) for m in moves] == [
        (None, "sourced"), ("sourced", "contacted")]
    assert all(m["actor"] == "operator:local operator" for m in moves)
    # Read by a person: the command line's own moves are the system's, not an id.
    assert all(m["actor_name"] == "system" for m in moves)
    assert "operator:" not in run(home, "pipeline", "history", app_id)
    out = tmp_path / "ats.json"
    run(home, "pipeline", "export", "--out", str(out))
    assert json.loads(out.read_text())["applications"][0]["id"] == app_id
    assert "0 new applications" in run(home, "pipeline", "import", str(out))
    csv_text = run(home, "pipeline", "export-candidates")
    assert "Ada Nowak" in csv_text
    resumes = json.loads(run(home, "pipeline", "export-candidates", "--format", "jsonresume"))
    assert {r["basics"]["name"] for r in resumes} == {"Ada Nowak", "Bola Eze"}
    # A company exports its own candidates; a platform profile it may only match is not its own
    # (Ada's address was exported to every company that asked).
    company = run(home, "pipeline", "export-candidates", "--tenant", "acme")
    assert "Bola Eze" in company and "Ada Nowak" not in company and "ada@" not in company


def test_stage_configuration_from_a_file(store_home: tuple[Path, World], tmp_path: Path) -> None:
    home, _ = store_home
    config = tmp_path / "stages.yaml"
    config.write_text(
        "initial: applied\n"
        "stages: [{name: applied}, {name: onsite}, {name: hired, terminal: true},"
        " {name: declined, terminal: true, needs_reason: true}]\n"
        "moves: {applied: [onsite, declined], onsite: [hired, declined]}\n"
    )
    assert "applied (start)" in run(home, "pipeline", "stages", "--set", str(config))
    config.write_text("initial: nowhere\nstages: [{name: a}]\n")
    assert "initial stage" in run(home, "pipeline", "stages", "--set", str(config), code=2)


def test_market_commands(store_home: tuple[Path, World], tmp_path: Path) -> None:
    home, world = store_home
    scarce = json.loads(run(home, "market", "skills", "--json"))
    assert {s["label"] for s in scarce} == {"PyTorch", "Python", "Kubernetes"}
    salaries = write_salaries(tmp_path / "salaries.csv")
    out = tmp_path / "report.html"
    assert "wrote" in run(home, "market", "report", "--out", str(out), "--salaries",
                          str(salaries), "--no-pay")
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and 'id="trends"' in page
    gaps = json.loads(run(home, "market", "gaps", world.people[1].id, "--json"))
    assert {g["label"] for g in gaps} == {"PyTorch", "Python"}
    run(home, "market", "gaps", "cand_nobody", code=3)


def test_webhooks_add_refuses_one_over_the_tenants_cap(
    store_home: tuple[Path, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, _ = store_home
    monkeypatch.setenv("WORLDHIRE_WEBHOOKS_PER_TENANT", "1")
    add = ("pipeline", "webhooks", "add", "--event", "application.stage_changed")
    run(home, *add, "https://hooks.example/first")
    refused = " ".join(run(home, *add, "https://hooks.example/second", code=5).split())
    assert "WORLDHIRE_WEBHOOKS_PER_TENANT=1" in refused and "remove one first" in refused
    assert "hooks.example/second" not in run(home, "pipeline", "webhooks", "list")


def test_removing_a_webhook_asks_first(store_home: tuple[Path, World]) -> None:
    home, _ = store_home
    added = run(home, "pipeline", "webhooks", "add", "--event", "consent.withdrawn",
                "https://hooks.example/hr")
    hook_id = added.split()[0]
    assert "nothing changed" in run(home, "pipeline", "webhooks", "remove", hook_id, code=1)
    assert "│ yes " in run(home, "pipeline", "webhooks", "list")  # still active
    assert "deactivated" in run(home, "pipeline", "webhooks", "remove", hook_id, "--yes")
    assert "│ yes " not in run(home, "pipeline", "webhooks", "list")


def test_funnel_prints_a_table_csv_and_json(store_home: tuple[Path, World]) -> None:
    home, world = store_home
    role = world.role.id
    first = run(home, "pipeline", "add", world.people[0].id, role).split()[0]
    run(home, "pipeline", "add", world.people[1].id, role)
    run(home, "pipeline", "move", first, "contacted")
    shown = run(home, "pipeline", "funnel")
    assert "by role" in shown and "by region" in shown
    assert "│ sourced   │ 2       │ 1         │ 100% of 1" in shown
    rows = run(home, "pipeline", "funnel", "--csv").splitlines()
    assert rows[0].startswith("grouping,group,stage,reached")
    assert "stage,All roles,sourced,2,1,1,1.000," in rows[1]
    data = json.loads(run(home, "pipeline", "funnel", "--json"))
    assert data["groups"][0]["stages"][1] == {
        "stage": "contacted", "reached": 1, "in_stage_now": 1, "decided": 0,
        "conversion_to_next": None,
        "median_days": None, "finished_stays": 0}
    assert {g["grouping"] for g in data["groups"]} == {"stage", "role", "region"}


def test_a_move_whose_audit_entry_cannot_be_written_is_not_made(
    store_home: tuple[Path, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, world = store_home
    app_id = run(home, "pipeline", "add", world.people[0].id, world.role.id).split()[0]

    break_audit_log(monkeypatch)
    refused = runner.invoke(app, ["--home", str(home), "pipeline", "move", app_id, "contacted"])
    assert refused.exit_code != 0 and isinstance(refused.exception, OSError)
    monkeypatch.undo()
    moves = json.loads(run(home, "pipeline", "history", app_id, "--json"))
    assert [m["to_stage"] for m in moves] == ["sourced"]
    assert json.loads(run(home, "pipeline", "show", app_id, "--json"))["stage"] == "sourced"


def test_an_add_whose_audit_entry_cannot_be_written_is_not_made(
    store_home: tuple[Path, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, world = store_home
    person, role = world.people[0].id, world.role.id

    break_audit_log(monkeypatch)
    refused = runner.invoke(app, ["--home", str(home), "pipeline", "add", person, role])
    assert refused.exit_code != 0 and isinstance(refused.exception, OSError)
    monkeypatch.undo()
    settings = Settings.load(home)
    repo = SqlRepository(settings.database_url)
    try:
        assert SqlPipelineStore.on(repo).find_application(person, role) is None
        app_id = run(home, "pipeline", "add", person, role).split()[0]
        entries = [e for e in AuditLog(Governance.open(repo, settings)).entries(everything=True)
                   if e.action == "add-to-pipeline"]
    finally:
        repo.close()
    assert [e.record["details"]["application_id"] for e in entries] == [app_id]
    assert entries[0].actor == "operator:local operator"


def test_an_import_restores_each_application_with_its_audit_entry_or_nothing(
    store_home: tuple[Path, World], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A company's exported pipeline imported into another store: each application it restores
    is in the audit log as an add is, in the same unit of work; an import whose audit entries
    cannot be written leaves no role and no application."""
    home, world = store_home
    ada, bola = (p.id for p in world.people)
    moved = run(home, "pipeline", "add", ada, world.role.id).split()[0]
    run(home, "pipeline", "move", moved, "contacted")
    run(home, "pipeline", "add", bola, world.role.id)
    exported = tmp_path / "acme.json"
    run(home, "pipeline", "export", "--tenant", "acme", "--out", str(exported))

    other_home = tmp_path / "other"
    settings = Settings.load(other_home)
    repo = SqlRepository(settings.database_url)
    try:
        # Candidates travel as résumés: the receiving store already holds them (as platform
        # profiles: tenant ids differ between stores).
        repo.save_candidates([replace(p, tenant_id=None) for p in world.people])

        break_audit_log(monkeypatch)
        refused = runner.invoke(app, ["--home", str(other_home), "pipeline", "import",
                                      str(exported)])
        assert refused.exit_code != 0 and isinstance(refused.exception, OSError)
        monkeypatch.undo()
        assert repo.list_roles() == [] and SqlPipelineStore.on(repo).list_applications() == []

        assert "1 roles, 2 new applications" in run(other_home, "pipeline", "import",
                                                    str(exported))
        audit = AuditLog(Governance.open(repo, settings))
        entries = [e for e in audit.entries(everything=True) if e.action == "add-to-pipeline"]
        assert {e.record["details"]["application_id"]: e.record["details"]["stage"]
                for e in entries} == {
            a.id: a.stage for a in SqlPipelineStore.on(repo).list_applications()}
        assert {e.record["details"]["stage"] for e in entries} == {"contacted", "sourced"}
        assert all(e.actor == "operator:local operator" for e in entries)
        assert [r.about["outcome"] for r in audit.about(ada)
                if r.entry.action == "add-to-pipeline"] == ["imported"]
        # Imported again: nothing new, and no second entry.
        assert "0 new applications" in run(other_home, "pipeline", "import", str(exported))
        assert len([e for e in audit.entries(everything=True)
                    if e.action == "add-to-pipeline"]) == 2
    finally:
        repo.close()
