"""`batch rematch`: stored shortlists equal the live ranker's, and a killed run resumes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, TENSORFLOW, make_candidate, make_role
from worldhire.batch.rematch import RankingSetup, rematch
from worldhire.batch.repository import stored_shortlist
from worldhire.core.models import EvidenceKind, Requirement
from worldhire.match.service import shortlist
from worldhire.store.sql.repository import SqlRepository

SKILL_SETS = [
    {PYTORCH: EvidenceKind.JOB}, {PYTORCH: EvidenceKind.PROJECT, PYTHON: EvidenceKind.JOB},
    {KUBERNETES: EvidenceKind.JOB}, {TENSORFLOW: EvidenceKind.REPOSITORY},
    {PYTHON: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT}, {},
]


def fill(repo: SqlRepository, people: int, roles: int) -> tuple[list[str], list[str]]:
    tenant = repo.ensure_tenant("acme")
    candidates = [
        make_candidate(SKILL_SETS[i % len(SKILL_SETS)], name=f"Person {i}",
                       years_experience=float(1 + i % 12), pay_expectation_usd=40000.0 + 997 * i)
        for i in range(people)
    ]
    repo.save_candidates(candidates)
    made = []
    for j in range(roles):
        wanted = [Requirement(PYTORCH, must=j % 2 == 0), Requirement(KUBERNETES, must=False)]
        if j % 3 == 0:
            wanted.append(Requirement(PYTHON, must=False))
        role = make_role(wanted, tenant_id=tenant.id, title=f"Role {j}",
                         budget_usd_year=60000.0 + 3000 * j)
        repo.save_role(role)
        made.append(role.id)
    return [c.id for c in candidates], made


def test_stored_shortlists_equal_the_live_ranking(tmp_path: Path, ray_cluster: Any) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    _, role_ids = fill(repo, 45, 3)
    setup = RankingSetup(f"sqlite:///{tmp_path / 'store.db'}")
    report = rematch(repo, setup, top=10, roles_per_task=2)
    assert report.roles == 3 and report.pairs == 3 * 45 and not report.resumed
    for role_id in role_ids:
        live = shortlist(repo, role_id, top=10)
        stored = stored_shortlist(repo, role_id)
        assert [c for c, _, _ in stored] == [r.candidate.id for r in live.results]
        assert [n for _, n, _ in stored] == list(range(1, len(live.results) + 1))
    # A second run replaces rows instead of adding to them, and drops closed roles.
    closed = repo.get_role(role_ids[0])
    assert closed is not None
    closed.status = "closed"
    repo.save_role(closed)
    again = rematch(repo, setup, top=10)
    assert again.roles == 2 and again.run_id != report.run_id
    assert stored_shortlist(repo, role_ids[0]) == []
    assert len(stored_shortlist(repo, role_ids[1])) == 10
    repo.close()


def test_killed_rematch_resumes_without_loss_or_duplicates(
    tmp_path: Path, ray_cluster: Any
) -> None:
    home = tmp_path / "home"
    db = home / "worldhire.db"
    repo = SqlRepository(f"sqlite:///{db}")
    _, role_ids = fill(repo, 240, 24)
    repo.close()
    address = ray_cluster.get_runtime_context().gcs_address
    cmd = [sys.executable, "-m", "worldhire", "--home", str(home), "batch", "rematch",
           "--address", address, "--top", "20", "--roles-per-task", "2", "--no-semantic",
           "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline, done = time.monotonic() + 180, 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                done = conn.execute("select count(*) from batch_run_items").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if done >= 2:
            os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers
            break
    proc.wait()
    assert 2 <= done < 24, "the run should have been killed part-way"
    resumed = subprocess.run(cmd, check=True, capture_output=True, text=True)
    assert '"resumed": true' in resumed.stdout
    repo = SqlRepository(f"sqlite:///{db}")
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "select role_id, count(*), count(distinct rank) from stored_shortlists "
            "group by role_id").fetchall()
        items = conn.execute("select count(*) from batch_run_items").fetchone()[0]
        runs = conn.execute("select count(*), max(status) from batch_runs").fetchone()
    assert sorted(r[0] for r in rows) == sorted(role_ids)
    assert all(count == 20 and ranks == 20 for _, count, ranks in rows)
    assert items == 24 and runs == (1, "done")
    assert [c for c, _, _ in stored_shortlist(repo, role_ids[-1])] == [
        r.candidate.id for r in shortlist(repo, role_ids[-1], top=20).results
    ]
    repo.close()


def test_bad_options_are_refused(tmp_path: Path, ray_cluster: Any) -> None:
    from worldhire.batch.runtime import BatchError

    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    with pytest.raises(BatchError):
        rematch(repo, RankingSetup(f"sqlite:///{tmp_path / 'store.db'}"), top=0)
    repo.close()
