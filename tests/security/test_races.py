"""Issue 18, finding 6: shortlists running at once both create audit keys for the same new
people. Key creation is idempotent: every caller gets the one key that was stored, none fails on
the UNIQUE constraint."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from worldhire.governance import repository as governance_repository
from worldhire.governance.audit import AuditLog
from worldhire.governance.repository import SubjectKeys
from worldhire.governance.store import Governance
from worldhire.store.sql.repository import SqlRepository

THREADS = 8
ROUNDS = 15


def test_concurrent_key_creation_for_the_same_people_agrees(repo: SqlRepository) -> None:
    keys = SubjectKeys(Governance(repo))
    for round_no in range(ROUNDS):
        people = [f"person-{round_no}-{i}" for i in range(5)]
        start = threading.Barrier(THREADS)

        def create(people: list[str] = people, start: threading.Barrier = start
                   ) -> dict[str, bytes]:
            start.wait()
            return keys.keys(people, create=True)

        with ThreadPoolExecutor(THREADS) as pool:
            answers = [f.result() for f in [pool.submit(create) for _ in range(THREADS)]]
        stored = keys.keys(people)
        assert set(stored) == set(people)
        assert all(answer == stored for answer in answers)


def test_concurrent_audit_appends_all_land_on_one_chain(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shortlists from many clients append to one hash chain: none may fail for having read the
    head another append was about to move. In one process appends take turns, so none needs
    the retry meant for other processes (with retries alone, this test passed or failed by
    how the threads happened to interleave)."""
    monkeypatch.setattr(governance_repository, "_APPEND_TRIES", 1)
    log = AuditLog(Governance(repo))
    start = threading.Barrier(THREADS)

    def append_many() -> int:
        start.wait()
        for i in range(ROUNDS):
            log.append("rank-candidates", actor="test", tenant_id=None, details={"i": i})
        return ROUNDS

    with ThreadPoolExecutor(THREADS) as pool:
        done = sum(f.result() for f in [pool.submit(append_many) for _ in range(THREADS)])
    report = log.verify()
    assert report.ok and report.entries == done == THREADS * ROUNDS
