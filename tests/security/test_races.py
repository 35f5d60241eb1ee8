"""Issue 18, finding 6: shortlists running at once both create audit keys for the same new
people. Key creation is idempotent: every caller gets the one key that was stored, none fails on
the UNIQUE constraint. Audit appends from many threads take turns on the database's lock of the
chain's head, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.store.conftest import postgres
from tests.store.conftest import repo as both_stores
from worldhire.governance.audit import AuditLog
from worldhire.governance.audit_log import repository as audit_log_repository
from worldhire.governance.store import Governance
from worldhire.governance.subject_keys.repository import SubjectKeys
from worldhire.store.sql.repository import SqlRepository

__all__ = ["both_stores", "postgres"]  # the store suite's fixtures: SQLite and PostgreSQL

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
    both_stores: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shortlists from many clients append to one hash chain: none may fail for having read the
    head another append was about to move. In one process appends take turns, so none needs
    the retry meant for other processes (with retries alone, this test passed or failed by
    how the threads happened to interleave)."""
    monkeypatch.setattr(audit_log_repository, "_APPEND_TRIES", 1)
    log = AuditLog(Governance(both_stores))
    log.append("genesis", actor="test", tenant_id=None, details={})  # the head row exists
    start = threading.Barrier(THREADS)

    def append_many() -> int:
        start.wait()
        for i in range(ROUNDS):
            log.append("rank-candidates", actor="test", tenant_id=None, details={"i": i})
        return ROUNDS

    with ThreadPoolExecutor(THREADS) as pool:
        done = sum(f.result() for f in [pool.submit(append_many) for _ in range(THREADS)])
    report = log.verify()
    assert report.ok and report.entries == done + 1 == THREADS * ROUNDS + 1


def test_an_append_outside_a_unit_of_work_waits_without_holding_the_one_inside(
    both_stores: SqlRepository,
) -> None:
    """A unit of work that has written holds SQLite's write lock until it commits. An append
    outside it took the process's append lock and then waited for the database, while the
    unit's next append waited for that lock: both stood still for the 30 s busy timeout, then
    the one outside failed ("database is locked": 500s on POST /applications, moves and
    uploads under issue 18's mixed load, bench/security_load.py). Each now waits only for the
    database, so the unit finishes and the other append follows it on the chain (PostgreSQL,
    which has no busy timeout, stood still for good)."""
    repo = both_stores
    log = AuditLog(Governance(repo))
    outside_may_start = threading.Event()
    finished: list[str] = []

    def inside() -> None:
        with repo.unit_of_work() as work:
            log.append("inside-first", actor="test", tenant_id=None, details={})
            outside_may_start.set()
            time.sleep(0.5)  # the append outside is waiting for the database by now
            log.append("inside-second", actor="test", tenant_id=None, details={})
            work.commit()
        finished.append("inside")

    def outside() -> None:
        outside_may_start.wait()
        log.append("outside", actor="test", tenant_id=None, details={})
        finished.append("outside")

    threads = [threading.Thread(target=run, daemon=True) for run in (inside, outside)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(finished) == ["inside", "outside"]
    report = log.verify()
    assert report.ok and report.entries == 3
    assert [e.action for e in log.entries(everything=True)] == [
        "inside-first", "inside-second", "outside"]
