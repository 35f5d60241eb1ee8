"""One person, one candidate: files of one person join as résumé versions, other people stay
apart, on the serial path, the parallel path and the API's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worldhire.batch.ingest import ingest_parallel
from worldhire.governance.export import subject_access
from worldhire.governance.store import Governance
from worldhire.ingest.service import IngestService, Status
from worldhire.store.sql.repository import SqlRepository

OLD = """Ana Beatriz Silva
{email} | {phone} | Lisbon, Portugal

Experience
Data Analyst, Banco Atlântico (2016 - 2019)
- Built SQL reports and Tableau dashboards for the retail credit team.

Skills
SQL, Tableau, SAS
"""

NEW = """ANA SILVA
Machine learning engineer · {contact}

Experience
ML Engineer, Feedzai (2021 - present)
- Trains PyTorch fraud models scoring 40M card payments a day on Kubernetes.

Data Analyst, Banco Atlântico (2016 - 2019)
- Built SQL reports and Tableau dashboards for the retail credit team.

Skills
Python, PyTorch, Kubernetes, SQL
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


@pytest.fixture
def service(repo: SqlRepository) -> IngestService:
    return IngestService(repo)


def ingest(service: IngestService, *paths: Path) -> list[Status]:
    return [o.status for o in service.ingest_paths(list(paths)).outcomes]


def test_two_files_with_one_email_are_one_candidate_with_two_versions(
    service: IngestService, tmp_path: Path
) -> None:
    old = write(tmp_path, "ana-2019.txt", OLD.format(email="ana.silva@example.pt",
                                                     phone="+351 912 345 678"))
    new = write(tmp_path, "ana-2024.txt", NEW.format(contact="Ana.Silva@Example.pt"))
    first = service.ingest_file(old)
    second = service.ingest_file(new)
    assert first.status is Status.ADDED and second.status is Status.MERGED
    [person] = service.repo.list_candidates()
    assert second.candidate_ids == [person.id]
    assert second.joined == {person.id: "same e-mail address"}
    assert person.name == "Ana Silva" and person.phone == "+351 912 345 678"
    titles = [e.title for e in person.evidence if e.kind.value == "job"]
    assert sorted(titles) == ["Data Analyst", "ML Engineer"]  # the repeated job once
    skills = {m.skill.label for m in person.skills}
    assert {"PyTorch", "SAS"} <= skills  # linked over the evidence of both files
    evidence_ids = {e.id for e in person.evidence}
    assert all(m.evidence_id in evidence_ids for m in person.skills if m.evidence_id)
    versions = service.repo.versions_of(person.id)
    assert [v.file_name for v in versions] == [str(old), str(new)]
    assert versions[0].profile.email == "ana.silva@example.pt"
    assert len(person.consents) == 1


def test_a_phone_written_two_ways_joins(service: IngestService, tmp_path: Path) -> None:
    old = write(tmp_path, "a.txt", OLD.format(email="", phone="912 345 678"))
    new = write(tmp_path, "b.txt", NEW.format(contact="Lisbon, Portugal | +351 912-345-678"))
    assert ingest(service, old, new) == [Status.ADDED, Status.MERGED]
    assert len(service.repo.list_candidates()) == 1


def test_a_profile_link_joins(service: IngestService, tmp_path: Path) -> None:
    old = write(tmp_path, "a.txt", OLD.format(email="ana@old.example",
                                              phone="linkedin.com/in/ana-b-silva"))
    new = write(tmp_path, "b.txt", NEW.format(
        contact="ana@new.example | https://www.linkedin.com/in/Ana-B-Silva/"))
    assert ingest(service, old, new) == [Status.ADDED, Status.MERGED]


def test_the_same_name_alone_is_two_people(service: IngestService, tmp_path: Path) -> None:
    old = write(tmp_path, "a.txt", OLD.format(email="ana@one.example", phone="+351 912 000 001"))
    new = write(tmp_path, "b.txt", NEW.format(contact="ana@two.example | +351 913 000 002"))
    assert ingest(service, old, new) == [Status.ADDED, Status.ADDED]
    assert len(service.repo.list_candidates()) == 2


def test_a_family_phone_is_two_people(service: IngestService, tmp_path: Path) -> None:
    mother = write(tmp_path, "m.txt", OLD.replace("Ana Beatriz Silva", "Maria Silva").format(
        email="maria@example.pt", phone="+351 212 345 678"))
    daughter = write(tmp_path, "d.txt", NEW.format(contact="ana@example.pt | 212 345 678"))
    report = service.ingest_paths([mother, daughter])
    assert [o.status for o in report.outcomes] == [Status.ADDED, Status.ADDED]
    assert "shared phone" in report.outcomes[1].warnings[0]


def test_conflicting_keys_join_by_the_email_and_say_so(
    service: IngestService, tmp_path: Path
) -> None:
    by_mail = write(tmp_path, "a.txt", OLD.format(email="ana@example.pt", phone=""))
    by_phone = write(tmp_path, "b.txt", OLD.replace("2019", "2018").format(
        email="", phone="+351 912 345 678"))
    both = write(tmp_path, "c.txt", NEW.format(contact="ana@example.pt | 912 345 678"))
    first, second, third = service.ingest_paths([by_mail, by_phone, both]).outcomes
    assert third.status is Status.MERGED
    assert third.candidate_ids == first.candidate_ids != second.candidate_ids
    assert second.candidate_ids[0] in third.warnings[0]


def test_the_same_file_twice_is_one_version(service: IngestService, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", OLD.format(email="ana@example.pt", phone=""))
    copy = write(tmp_path / "copy", "a.txt", path.read_text())
    service.ingest_file(path)
    service.ingest_file(copy)  # not in the ledger's skip set: read and placed again
    [person] = service.repo.list_candidates()
    assert len(service.repo.versions_of(person.id)) == 1


def test_pools_do_not_join_across_tenants(repo: SqlRepository, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", OLD.format(email="ana@example.pt", phone=""))
    for name in ("acme", "globex"):
        IngestService(repo, tenant_id=repo.ensure_tenant(name).id).ingest_file(path)
    assert len({c.tenant_id for c in repo.list_candidates(None)}) == 0
    assert sum(len(repo.list_candidates(t.id, include_platform=False))
               for t in repo.list_tenants()) == 2


def test_the_parallel_path_joins_within_one_chunk(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "1.txt", OLD.format(email="ana@example.pt", phone=""))
    write(folder, "2.txt", NEW.format(contact="ana@example.pt"))
    write(folder, "3.txt", OLD.replace("Ana Beatriz Silva", "Rui Costa").format(
        email="rui@example.pt", phone=""))
    repo = SqlRepository(f"sqlite:///{tmp_path / 'p.db'}")
    report = ingest_parallel(IngestService(repo), sorted(folder.iterdir()), workers=2)
    assert [o.status for o in report.outcomes] == [Status.ADDED, Status.MERGED, Status.ADDED]
    assert len(repo.list_candidates()) == 2
    repo.close()


def test_the_export_holds_every_version(tmp_path: Path) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'g.db'}")
    service = IngestService(repo)
    service.ingest_file(write(tmp_path, "a.txt", OLD.format(email="ana@example.pt", phone="")))
    outcome = service.ingest_file(write(tmp_path, "b.txt", NEW.format(contact="ana@example.pt")))
    document = subject_access(Governance(repo, tmp_path), outcome.candidate_ids[0]).model_dump()
    files = [v["file_name"] for v in document["versions"]]
    assert [Path(f).name for f in files] == ["a.txt", "b.txt"]
    assert "Tableau dashboards" in json.dumps(document["versions"][0]["evidence"])
    repo.close()


def test_versions_move_with_the_person_between_regions(tmp_path: Path) -> None:
    from worldhire.store.sql.regional import RegionalRepository

    repo = RegionalRepository(f"sqlite:///{tmp_path / 'main.db'}", tmp_path / "regions")
    service = IngestService(repo)
    service.ingest_file(write(tmp_path, "a.txt", OLD.format(email="ana@example.pt", phone="")))
    moved = NEW.format(contact="ana@example.pt | Nairobi, Kenya")  # a newer file, a new home
    outcome = service.ingest_file(write(tmp_path, "b.txt", moved))
    [candidate_id] = outcome.candidate_ids
    assert outcome.status is Status.MERGED and repo.region_of(candidate_id) == "KE"
    assert [Path(v.file_name).name for v in repo.versions_of(candidate_id)] == ["a.txt", "b.txt"]
    assert repo.region_repo("EU").versions_of(candidate_id) == []
    repo.set_region(candidate_id, "EU")
    assert len(repo.versions_of(candidate_id)) == 2
    assert "email:ana@example.pt" in repo.identifier_keys(candidate_id)
    assert repo.region_repo("KE").get_candidate(candidate_id) is None
    repo.close()
