"""An erasure is one unit of work (issue 17): when a late step fails, nothing of the person is
removed and no index is touched; the purges outside the database follow the commit, and one that
fails stays pending until a later run succeeds. On SQLite and PostgreSQL, and across the region
files of data residency."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.factories import PYTORCH, make_candidate
from worldhire.core.models import EvidenceKind
from worldhire.governance import erasure
from worldhire.governance.erasure import PURGE_ATTEMPTS, erase_candidate, purge_pending
from worldhire.governance.purges.repository import PendingPurges, compact_databases, ids_where
from worldhire.governance.repository import connection
from worldhire.governance.retention import run_retention
from worldhire.governance.store import Governance
from worldhire.governance.subject_keys.repository import SubjectKeys
from worldhire.store.protocol import Repository
from worldhire.store.sql.regional import RegionalRepository
from worldhire.store.sql.repository import SqlRepository
from worldhire.store.sql.unit_of_work import SqlUnitOfWork


class FlakyIndex:
    """An index outside the store holding one entry per person, whose first `failures` purges
    fail."""

    name = "flaky-index"

    def __init__(self, held: set[str], failures: int = 0) -> None:
        self.held = held
        self.failures = failures
        self.calls: list[str] = []

    def purge(self, candidate_id: str) -> int:
        self.calls.append(candidate_id)
        if len(self.calls) <= self.failures:
            raise OSError("index file locked")
        if candidate_id not in self.held:
            return 0
        self.held.remove(candidate_id)
        return 1


def _stored_person(repo: Repository) -> str:
    tenant = repo.ensure_tenant("Acme")
    person = make_candidate({PYTORCH: EvidenceKind.JOB}, tenant_id=tenant.id)
    repo.save_candidate(person)
    SubjectKeys(Governance(repo)).keys([person.id], create=True)
    return person.id


def _fail_late(monkeypatch: pytest.MonkeyPatch) -> None:
    """The last step of the database part (the person's vectors in the store) fails."""
    def broken(repo: Repository, candidate_id: str) -> int:
        raise RuntimeError("the database went away")
    monkeypatch.setattr(erasure, "forget_vector_rows", broken)


def test_a_late_failure_removes_nothing(repo: SqlRepository,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    person_id = _stored_person(repo)
    index = FlakyIndex({person_id})
    gov = Governance(repo, purgers=[index])
    _fail_late(monkeypatch)
    with pytest.raises(RuntimeError, match="went away"):
        erase_candidate(gov, person_id, compact=False)
    kept = repo.get_candidate(person_id)
    assert kept is not None and kept.evidence and kept.consents
    assert SubjectKeys(gov).key(person_id) is not None
    assert index.calls == []  # nothing outside the store was touched either
    # The request stays pending, with its error's class (never its text), until a retry
    # finishes it.
    [pending] = PendingPurges(gov).listing()
    assert (pending.candidate_id, pending.last_error) == (person_id, "databases: RuntimeError")
    monkeypatch.undo()
    assert purge_pending(gov).swept[person_id]["candidates"] == 1
    assert repo.get_candidate(person_id) is None and index.held == set()


def test_a_failure_is_recorded_by_its_class_and_code_never_its_text(
        repo: SqlRepository, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database error's text holds the statement and its parameters (here the person's name
    and e-mail): the pending purge, kept until the purge is done, records the error's class and
    the driver's code only."""
    person_id = _stored_person(repo)
    gov = Governance(repo)
    name, email = "Zofia Qzwertyuiop", "zofia.qzwertyuiop@poczta.example"

    def leaky(repo: Repository, candidate_id: str) -> int:
        with connection(gov) as conn:
            conn.execute(text("INSERT INTO no_such_table (name, email) VALUES (:n, :e)"),
                         {"n": name, "e": email})
        return 0

    monkeypatch.setattr(erasure, "forget_vector_rows", leaky)
    with pytest.raises(DBAPIError, match=name):  # the error itself names them
        erase_candidate(gov, person_id, compact=False)
    [pending] = PendingPurges(gov).listing()
    assert pending.last_error in {"databases: OperationalError (SQLITE_ERROR)",
                                  "databases: ProgrammingError UndefinedTable (42P01)"}
    monkeypatch.undo()
    retried = purge_pending(gov)
    assert retried.failed == {} and PendingPurges(gov).waiting() == []


def test_a_failed_purge_stays_pending_and_is_retried(repo: SqlRepository) -> None:
    person_id = _stored_person(repo)
    index = FlakyIndex({person_id}, failures=PURGE_ATTEMPTS)
    gov = Governance(repo, purgers=[index])
    report = erase_candidate(gov, person_id, compact=False)
    assert report.profile_deleted and repo.get_candidate(person_id) is None
    assert report.purge_failed == ["flaky-index"] and report.hooks == {}
    assert index.calls == [person_id] * PURGE_ATTEMPTS
    assert PendingPurges(gov).waiting() == [person_id]
    retried = purge_pending(gov)
    assert retried.counts == {person_id: {"flaky-index": 1}} and retried.failed == {}
    assert PendingPurges(gov).waiting() == [] and index.held == set()
    assert purge_pending(gov).counts == {}  # nothing left to do
    assert index.purge(person_id) == 0  # and purging again is harmless


def test_a_retention_run_retries_pending_purges(repo: SqlRepository) -> None:
    person_id = _stored_person(repo)
    index = FlakyIndex({person_id}, failures=PURGE_ATTEMPTS)
    gov = Governance(repo, purgers=[index])
    erase_candidate(gov, person_id, compact=False)
    assert PendingPurges(gov).waiting() == [person_id]
    assert run_retention(gov) == []  # nobody due: the pending purge is retried all the same
    assert PendingPurges(gov).waiting() == [] and index.held == set()


def test_the_purges_run_after_the_commit(repo: SqlRepository) -> None:
    person_id = _stored_person(repo)
    seen: list[bool] = []

    class Index:
        name = "index"

        def purge(self, candidate_id: str) -> int:
            # Another connection sees the erasure: the purge runs after the commit.
            other = SqlRepository(repo.engine.url.render_as_string(hide_password=False))
            try:
                seen.append(other.get_candidate(candidate_id) is None)
            finally:
                other.close()
            return 1

    report = erase_candidate(Governance(repo, purgers=[Index()]), person_id, compact=False)
    assert seen == [True] and report.hooks == {"index": 1}


def test_a_late_failure_removes_nothing_from_any_region(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = RegionalRepository(f"sqlite:///{tmp_path / 'main.db'}", tmp_path / "regions")
    try:
        person_id = _stored_person(repo)
        assert repo.region_of(person_id) == "EU"
        gov = Governance(repo)
        monkeypatch.setattr(erasure, "forget_vector_rows", _raise)
        with pytest.raises(RuntimeError):
            erase_candidate(gov, person_id, compact=False)
        kept = repo.get_candidate(person_id)
        assert kept is not None and kept.evidence and repo.region_of(person_id) == "EU"
        monkeypatch.undo()
        assert erase_candidate(gov, person_id, compact=False).profile_deleted
        assert repo.get_candidate(person_id) is None and repo.region_of(person_id) is None
    finally:
        repo.close()


def _raise(repo: Repository, candidate_id: str) -> int:
    raise RuntimeError("the vector table is locked")


def test_a_region_whose_commit_fails_is_swept_by_the_retry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The main database commits first, with the pending purge; a region's commit then fails
    (as a crash between the two would leave it). The person stays pending, and the retry
    deletes what the region still holds before the purgers run: no byte of them is left."""
    repo = RegionalRepository(f"sqlite:///{tmp_path / 'main.db'}", tmp_path / "regions")
    try:
        person_id = _stored_person(repo)
        stored = repo.get_candidate(person_id)
        assert stored is not None
        name = stored.name
        region_engine = repo.region_repo("EU").engine
        index = FlakyIndex({person_id})
        gov = Governance(repo, purgers=[index])
        commit = SqlUnitOfWork.commit

        def region_fails(self: SqlUnitOfWork) -> None:
            if self.engine is region_engine:
                raise OSError("disk I/O error")
            commit(self)

        monkeypatch.setattr(SqlUnitOfWork, "commit", region_fails)
        with pytest.raises(OSError, match="disk"):
            erase_candidate(gov, person_id, compact=False)
        monkeypatch.undo()
        assert PendingPurges(gov).waiting() == [person_id] and index.calls == []
        assert ids_where(gov, "candidates", "id", "id", [person_id]) == [person_id]
        retried = purge_pending(gov)
        assert retried.swept[person_id]["candidates"] == 1 and retried.failed == {}
        assert retried.counts == {person_id: {"flaky-index": 1}}
        assert PendingPurges(gov).waiting() == [] and index.held == set()
        compact_databases(gov)
        assert not [p for p in tmp_path.rglob("*.db")
                    if name.encode() in p.read_bytes() or person_id.encode() in p.read_bytes()]
    finally:
        repo.close()


def test_a_sweep_that_fails_again_keeps_the_person_pending(repo: SqlRepository,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    person_id = _stored_person(repo)
    index = FlakyIndex({person_id})
    gov = Governance(repo, purgers=[index])
    PendingPurges(gov).add(person_id)  # an erasure whose database part is still to be done
    monkeypatch.setattr(erasure, "forget_vector_rows", _raise)
    retried = purge_pending(gov)
    assert list(retried.failed) == [person_id] and index.calls == []
    assert retried.failed[person_id] == {"databases": "RuntimeError"}
    [left] = PendingPurges(gov).listing()
    assert (left.attempts, left.last_error) == (1, "databases: RuntimeError")
    monkeypatch.undo()
    assert purge_pending(gov).swept[person_id]["candidates"] == 1
    assert repo.get_candidate(person_id) is None and PendingPurges(gov).waiting() == []
