"""The suppression list: a person erased at their request does not come back with the next import
of the same folder (serial or parallel), a newer file of theirs, or a row of a bulk file; the
list holds salted hashes only, per pool; a retention purge does not suppress."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from worldhire.batch.ingest import ingest_parallel
from worldhire.governance import erasure
from worldhire.governance.access import ScopedServices
from worldhire.governance.erasure import erase_candidate, purge_pending
from worldhire.governance.errors import ErasureFailed
from worldhire.governance.principal import Principal
from worldhire.governance.purges.repository import PendingPurges
from worldhire.governance.repository import connection
from worldhire.governance.store import Governance
from worldhire.identity.suppression import REASON, SuppressionList
from worldhire.ingest.bulk import load
from worldhire.ingest.service import FileOutcome, IngestService, Status
from worldhire.store.sql import schema_identity as ident
from worldhire.store.sql.regional import RegionalRepository
from worldhire.store.sql.repository import SqlRepository
from worldhire.store.sql.unit_of_work import SqlUnitOfWork

ANA = """Ana Beatriz Silva
ana.b.silva@correio.example | +351 912 345 678 | Lisbon, Portugal
linkedin.com/in/ana-b-silva

Experience
Data Analyst, Banco Atlântico (2016 - 2019)
- Built SQL reports and Tableau dashboards for the retail credit team.
"""

ANA_LATER = """ANA SILVA — ML engineer
ana.b.silva@correio.example · 912 345 678

Experience
ML Engineer, Feedzai (2021 - present)
- Trains PyTorch fraud models on Kubernetes.
"""

BRUNO = """Bruno Costa
bruno.costa@mail.example | Porto, Portugal

Experience
Backend Developer, Farfetch (2018 - present)
- Go services and PostgreSQL.
"""

BULK = """name,email,phone,country,headline
Ana Silva,ana.b.silva@correio.example,,PT,Analyst
Carla Mendes,carla.mendes@mail.example,,PT,Data scientist
"""


@pytest.fixture(params=["one-database", "by-region"])
def gov(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Governance]:
    url = f"sqlite:///{tmp_path / 'main.db'}"
    repo = (RegionalRepository(url, tmp_path / "regions") if request.param == "by-region"
            else SqlRepository(url))
    yield Governance(repo, tmp_path)
    repo.close()


def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / "ana.txt").write_text(ANA)
    (inbox / "bruno.txt").write_text(BRUNO)
    return inbox


def by_name(outcomes: list[FileOutcome]) -> dict[str, FileOutcome]:
    return {Path(o.path).name: o for o in outcomes}


def erase(gov: Governance, candidate_id: str) -> int:
    return ScopedServices(gov, Principal.operator()).erase(candidate_id).suppressed


def test_a_folder_imported_again_after_an_erasure_skips_the_erased_person(
    gov: Governance, tmp_path: Path
) -> None:
    inbox = folder(tmp_path)
    service = IngestService(gov.repo)
    first = by_name(ingest_parallel(service, sorted(inbox.iterdir()), workers=1).outcomes)
    ana_id = first["ana.txt"].candidate_ids[0]
    assert erase(gov, ana_id) >= 4  # e-mail, phone (two forms), LinkedIn, the file

    again = by_name(ingest_parallel(service, sorted(inbox.iterdir()), workers=1).outcomes)
    ana = again["ana.txt"]
    assert ana.status is Status.SUPPRESSED and ana.error == REASON
    assert ana.candidate_ids == []
    assert again["bruno.txt"].status is Status.UNCHANGED
    # The serial path, and a newer résumé of hers found by its e-mail address alone.
    (inbox / "ana-2024.txt").write_text(ANA_LATER)
    serial = by_name(service.ingest_paths(sorted(inbox.iterdir())).outcomes)
    assert serial["ana.txt"].status is Status.SUPPRESSED
    assert serial["ana-2024.txt"].status is Status.SUPPRESSED
    names = [c.name for c in gov.repo.list_candidates()]
    assert names == ["Bruno Costa"]
    assert not [r for r in gov.repo.ingest_log() if "ana" in r.path]  # the ledger names no one


def test_a_bulk_file_skips_the_erased_row_and_keeps_the_rest(
    gov: Governance, tmp_path: Path
) -> None:
    service = IngestService(gov.repo)
    made = service.ingest_bytes(ANA.encode(), "ana.txt")
    erase(gov, made.candidate_ids[0])
    bulk = service.ingest_bytes(BULK.encode(), "people.csv")
    assert bulk.status is Status.ADDED and len(bulk.candidate_ids) == 1
    assert bulk.row_errors == [f"skipped: {REASON}"]
    assert [c.name for c in gov.repo.list_candidates()] == ["Carla Mendes"]


@pytest.mark.parametrize("workers", [1, 2])  # in this process, and in worker processes
def test_the_fast_bulk_load_skips_an_erased_person_too(
    gov: Governance, tmp_path: Path, workers: int
) -> None:
    made = IngestService(gov.repo).ingest_bytes(ANA.encode(), "ana.txt")
    erase(gov, made.candidate_ids[0])
    path = tmp_path / "people.csv"
    path.write_text(BULK, encoding="utf-8")
    report = load(gov.repo, path, resolve=lambda name: None, workers=workers)
    assert (report.loaded, report.skipped) == (1, 1)
    assert report.errors == [(2, REASON)]  # Ana's row, by its number
    assert [c.name for c in gov.repo.list_candidates()] == ["Carla Mendes"]


def test_the_list_keeps_salted_hashes_only(gov: Governance, tmp_path: Path) -> None:
    made = IngestService(gov.repo).ingest_bytes(ANA.encode(), "ana.txt")
    erase(gov, made.candidate_ids[0])
    with connection(gov) as conn:
        rows = conn.execute(select(ident.suppressed_identifiers)).all()
    assert rows and all(len(r.key_hash) == 64 for r in rows)
    text = " ".join(str(tuple(r)) for r in rows).lower()
    assert "silva" not in text and "correio" not in text and "912345678" not in text
    # Salted: the bare SHA-256 of a key is not on the list.
    bare = hashlib.sha256(b"email:ana.b.silva@correio.example").hexdigest()
    assert bare not in {r.key_hash for r in rows}
    assert SuppressionList(gov.repo, None).matching(["email:ana.b.silva@correio.example",
                                                    "email:someone@else.example"]) == {
        "email:ana.b.silva@correio.example"}


def test_the_list_is_kept_per_pool(gov: Governance) -> None:
    acme = gov.repo.ensure_tenant("acme").id
    made = IngestService(gov.repo, tenant_id=acme).ingest_bytes(ANA.encode(), "ana.txt")
    erase(gov, made.candidate_ids[0])
    assert IngestService(gov.repo, tenant_id=acme).ingest_bytes(
        ANA.encode(), "ana.txt").status is Status.SUPPRESSED
    # Another pool never learns of it.
    assert IngestService(gov.repo).ingest_bytes(ANA.encode(), "ana.txt").status is Status.ADDED


def test_a_retention_purge_does_not_suppress(gov: Governance) -> None:
    service = IngestService(gov.repo)
    made = service.ingest_bytes(ANA.encode(), "ana.txt")
    report = erase_candidate(gov, made.candidate_ids[0], compact=False)
    assert report.profile_deleted and report.suppressed == 0
    assert service.ingest_bytes(ANA.encode(), "ana.txt").status is Status.ADDED


def test_the_person_themself_lifts_it_by_returning(gov: Governance) -> None:
    service = IngestService(gov.repo)
    made = service.ingest_bytes(ANA.encode(), "ana.txt")
    erase(gov, made.candidate_ids[0])
    refused = service.ingest_bytes(ANA_LATER.encode(), "me.txt", join=False)
    assert refused.status is Status.SUPPRESSED
    back = service.ingest_bytes(ANA_LATER.encode(), "me.txt", join=False, returning=True)
    assert back.status is Status.ADDED
    # Lifted for every key she returned with: the old file, found by its e-mail, joins her.
    again = service.ingest_bytes(ANA.encode(), "ana.txt")
    assert again.status is Status.MERGED and again.candidate_ids == back.candidate_ids



@pytest.mark.parametrize("failing", ["region-commit", "whole-unit"])
def test_an_erasure_the_retry_finishes_still_suppresses(
        failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The erasure asked for fails in its database part: a region's commit after the main
    one's, or a step before any commit (all of it rolls back). `privacy purges --retry` finishes
    it, and the same résumé imported again is skipped: the person stays erased."""
    repo = RegionalRepository(f"sqlite:///{tmp_path / 'main.db'}", tmp_path / "regions")
    try:
        gov = Governance(repo, tmp_path)
        service = IngestService(repo)
        ana_id = service.ingest_bytes(ANA.encode(), "ana.txt").candidate_ids[0]
        region = repo.region_repo(repo.region_of(ana_id) or "").engine
        if failing == "region-commit":
            commit = SqlUnitOfWork.commit

            def region_fails(self: SqlUnitOfWork) -> None:
                if self.engine is region:
                    raise OSError("disk I/O error")
                commit(self)

            monkeypatch.setattr(SqlUnitOfWork, "commit", region_fails)
        else:
            def locked(repo: object, candidate_id: str) -> int:
                raise OSError("the vector table is locked")

            monkeypatch.setattr(erasure, "forget_vector_rows", locked)
        with pytest.raises(ErasureFailed, match="kept pending"):
            erase(gov, ana_id)
        monkeypatch.undo()
        [pending] = PendingPurges(gov).listing()
        assert pending.candidate_id == ana_id and "OSError" in (pending.last_error or "")

        retried = purge_pending(gov)
        assert retried.failed == {} and PendingPurges(gov).waiting() == []
        assert repo.get_candidate(ana_id) is None
        again = service.ingest_bytes(ANA.encode(), "ana.txt")
        assert again.status is Status.SUPPRESSED and again.error == REASON
        assert repo.list_candidates() == []
    finally:
        repo.close()
