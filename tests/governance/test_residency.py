"""Data residency: each region's personal data lands in its own SQLite file and nowhere else."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import PYTORCH, make_candidate, make_role
from worldhire.core.errors import InvalidInput
from worldhire.core.geo.residency import region_for_country
from worldhire.core.models import EvidenceKind
from worldhire.governance.decisions import audited_shortlist
from worldhire.governance.errors import GovernanceError
from worldhire.governance.residency import Residency, residency
from worldhire.governance.store import Governance
from worldhire.store.protocol import IngestRecord
from worldhire.store.sql.regional import RegionalRepository
from worldhire.store.sql.repository import SqlRepository


@pytest.fixture
def regional(tmp_path: Path) -> Iterator[RegionalRepository]:
    repo = RegionalRepository(f"sqlite:///{tmp_path / 'main.db'}", tmp_path / "regions")
    yield repo
    repo.close()


def _files_holding(root: Path, needle: str) -> set[str]:
    return {p.name for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()}


@pytest.mark.parametrize(("country", "region"), [
    ("PL", "EU"), ("ro", "EU"), ("NO", "EU"), ("IN", "IN"), ("US", "US"), ("RS", "RS"),
    (None, "GLOBAL"), ("", "GLOBAL"), ("Poland", "GLOBAL"),
])
def test_region_is_derived_from_country(country: str | None, region: str) -> None:
    assert region_for_country(country) == region


def test_each_person_lands_only_in_their_region_file(
    regional: RegionalRepository, tmp_path: Path
) -> None:
    tenant = regional.ensure_tenant("acme")
    people = {
        "EU": make_candidate({PYTORCH: EvidenceKind.JOB}, name="Agnieszka Eumarker",
                             email="eu-person@mail.example", country="PL", tenant_id=tenant.id),
        "IN": make_candidate({PYTORCH: EvidenceKind.JOB}, name="Priya Inmarker",
                             email="in-person@mail.example", country="IN", tenant_id=tenant.id),
        "US": make_candidate({PYTORCH: EvidenceKind.JOB}, name="Kyle Usmarker",
                             email="us-person@mail.example", country="US"),
    }
    regional.save_candidates(people.values())
    regional.record_ingest(IngestRecord("inbox/Priya-Inmarker.pdf", "h" * 64, "ok", tenant.id,
                                        candidate_id=people["IN"].id))
    regional.close()  # checkpoint the write-ahead logs so the scan reads settled files
    for region, person in people.items():
        assert _files_holding(tmp_path, person.name) == {f"{region}.db"}
        assert _files_holding(tmp_path, person.email or "") == {f"{region}.db"}
        assert regional.region_of(person.id) == region
    assert _files_holding(tmp_path, "Priya-Inmarker.pdf") == {"IN.db"}
    with sqlite3.connect(tmp_path / "main.db") as db:
        assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_the_routed_store_reads_and_ranks_like_one_database(
    regional: RegionalRepository,
) -> None:
    tenant = regional.ensure_tenant("acme")
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", country=c,
                             tenant_id=tenant.id)
              for i, c in enumerate(["PL", "IN", "US", "BR", None])]
    regional.save_candidates(people)
    assert {c.id for c in regional.list_candidates(tenant.id)} == {p.id for p in people}
    assert regional.find_candidate_by_hash(tenant.id, "nope") is None
    role = make_role(tenant_id=tenant.id)
    regional.save_role(role)
    result, _ = audited_shortlist(Governance(regional), role.id, actor="test", top=10)
    assert len(result.results) == 5
    assert regional.delete_candidate(people[0].id)
    assert regional.get_candidate(people[0].id) is None and regional.region_of(people[0].id) is None


def test_a_move_or_an_override_leaves_the_old_file(regional: RegionalRepository,
                                                   tmp_path: Path) -> None:
    person = make_candidate(name="Marta Movemarker", country="PL")
    regional.save_candidate(person)
    person.country = "IN"
    regional.save_candidate(person)
    assert regional.region_of(person.id) == "IN"
    regional.set_region(person.id, "US")
    person.headline = "updated"
    regional.save_candidate(person)  # the override holds across saves
    regional.close()
    assert regional.region_of(person.id) == "US"
    assert _files_holding(tmp_path, "Marta Movemarker") == {"US.db"}


def test_bad_region_codes_are_refused(regional: RegionalRepository) -> None:
    person = make_candidate()
    regional.save_candidate(person)
    for bad in ("../etc", "eu-west", ""):
        with pytest.raises(InvalidInput, match="not a region code"):
            regional.set_region(person.id, bad)


def test_a_persons_residency_is_read_and_moved_through_one_use_case(
    regional: RegionalRepository, tmp_path: Path
) -> None:
    person = make_candidate(country="IN")
    regional.save_candidate(person)
    assert residency(regional, person.id) == Residency("IN", True, str(tmp_path / "regions" /
                                                                      "IN.db"))
    moved = residency(regional, person.id, move_to="eu")
    assert moved == Residency("EU", True, str(tmp_path / "regions" / "EU.db"))
    assert regional.region_of(person.id) == "EU"


def test_one_database_for_everyone_reads_the_country_and_refuses_a_move(tmp_path: Path) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'one.db'}")
    person = make_candidate(country="PL")
    repo.save_candidate(person)
    assert residency(repo, person.id) == Residency("EU", False, None)
    with pytest.raises(InvalidInput, match="WORLDHIRE_RESIDENCY=regions"):
        residency(repo, person.id, move_to="US")
    with pytest.raises(GovernanceError, match="no candidate"):
        residency(repo, "cand_nobody")
    repo.close()
