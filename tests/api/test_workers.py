"""Several server processes over one home (api/workers.py, `worldhire serve --workers N`): the
background work runs in one of them, a write in any empties every one's cached shortlists,
rate limits are per worker, and the audit chain stays whole when two processes append at once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.api.conftest import context_of, make_settings, staff_tokens
from tests.factories import PYTORCH, make_candidate, make_role
from worldhire.api.app import create_app
from worldhire.api.workers import BackgroundLease
from worldhire.cli.main import app as cli
from worldhire.core.models import EvidenceKind
from worldhire.governance.audit import AuditLog
from worldhire.governance.store import Governance
from worldhire.store.sql.repository import SqlRepository

APPENDS = 25


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[FastAPI, FastAPI]]:
    """Two apps as two workers of one home build them, each with its own store connection."""
    apps = [create_app(make_settings(tmp_path, workers=2, rate_burst=3, rate_per_second=0.01))
            for _ in range(2)]
    yield apps[0], apps[1]
    for made in apps:
        context_of(made).close()


def test_one_process_of_a_home_holds_the_background_lease_until_it_lets_go(
        tmp_path: Path) -> None:
    first, second = BackgroundLease(tmp_path), BackgroundLease(tmp_path)
    assert first.held() and first.held()
    assert not second.held()
    first.release()  # as when its process ends
    assert second.held()
    second.release()


def test_only_the_lease_holder_runs_the_background_work(
        two_workers: tuple[FastAPI, FastAPI]) -> None:
    runs, waits = (context_of(a) for a in two_workers)
    runs.start_background()
    waits.start_background()
    waits.wrote()  # queues nothing here: the one that runs the work polls for it
    assert runs.embedding._thread is not None and runs.delivery_worker._thread is not None
    assert waits.embedding._thread is None and waits.delivery_worker._thread is None


def test_a_write_in_one_worker_empties_every_workers_cached_shortlists(
        two_workers: tuple[FastAPI, FastAPI]) -> None:
    writer, reader = two_workers
    ctx = context_of(writer)
    tenant = ctx.repo.ensure_tenant("Acme").id
    role = make_role(tenant_id=tenant)
    ctx.repo.save_role(role)
    ctx.repo.save_candidates([make_candidate({PYTORCH: EvidenceKind.JOB}, tenant_id=tenant)])
    headers = {"Authorization": f"Bearer {staff_tokens(ctx, tenant, 'w')['w-recruiter']}"}

    def served() -> str:
        answer = TestClient(reader).get(f"/api/v1/roles/{role.id}/shortlist", headers=headers)
        assert answer.status_code == 200, answer.text
        entry: str = answer.json()["audit_entry"]
        return entry

    first = served()
    assert served() == first  # the cached ranking, served again
    ctx.wrote()  # a profile edited, a consent withdrawn, a person erased: in the other worker
    assert served() != first  # ranked anew, and recorded anew


def test_each_worker_limits_a_caller_at_the_configured_rate(
        two_workers: tuple[FastAPI, FastAPI]) -> None:
    ctx = context_of(two_workers[0])
    tenant = ctx.repo.ensure_tenant("Acme").id
    headers = {"Authorization": f"Bearer {staff_tokens(ctx, tenant, 'r')['r-viewer']}"}
    for worker in two_workers:  # a burst of 3 from each: up to N times the rate in all
        codes = [TestClient(worker).get("/api/v1/roles", headers=headers).status_code
                 for _ in range(4)]
        assert codes == [200, 200, 200, 429]


def _append(database: str, home: str, name: str) -> None:
    repo = SqlRepository(database)
    log = AuditLog(Governance(repo, Path(home)))
    for n in range(APPENDS):
        log.append("test", actor=name, tenant_id=None, details={"n": n})
    repo.close()


def test_two_processes_appending_at_once_keep_one_whole_audit_chain(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'worldhire.db'}"
    SqlRepository(database).close()  # migrated once, as `serve` does before its workers start
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=_append, args=(database, str(tmp_path), f"worker-{n}"))
               for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
        assert worker.exitcode == 0
    repo = SqlRepository(database)
    log = AuditLog(Governance(repo, tmp_path))
    report = log.verify()
    assert report.ok, report.problems
    actors = [str(e.actor) for e in log.entries(everything=True)]
    assert sorted(actors) == sorted([f"worker-{n}" for n in range(2)] * APPENDS)
    repo.close()


def test_serve_starts_the_asked_number_of_workers_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def run(api: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=api, home=os.environ.get("WORLDHIRE_HOME"),
                    workers_env=os.environ.get("WORLDHIRE_API_WORKERS"))

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.setenv("WORLDHIRE_SECRET_KEY", "test")
    monkeypatch.delenv("WORLDHIRE_HOME", raising=False)
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "serve", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert seen["app"] == "worldhire.api.app:app_from_environment" and seen["factory"]
    assert seen["workers"] == 2 and seen["workers_env"] == "2"
    assert seen["home"] == str(tmp_path)
    assert (tmp_path / "worldhire.db").exists()  # migrated before the workers start
    assert "WORLDHIRE_API_WORKERS" not in os.environ


def test_serve_starts_one_worker_per_cpu_by_default_and_at_most_four(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from worldhire.api.workers import default_workers

    for cpus, expected in ((1, 1), (2, 2), (16, 4)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda _, n=cpus: set(range(n)))
        assert default_workers() == expected
