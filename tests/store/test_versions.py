"""Résumé versions and identifier keys in the store. Every backend runs this same suite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import PYTORCH, make_candidate
from tests.statements import statements_sent
from worldhire.core.models import EvidenceKind, ResumeDocument, ResumeVersion
from worldhire.store.protocol import CandidateWrite
from worldhire.store.sql.regional import RegionalRepository
from worldhire.store.sql.repository import SqlRepository


def test_a_version_keeps_the_profile_as_it_was_read(repo: SqlRepository) -> None:
    person = make_candidate({PYTORCH: EvidenceKind.JOB}, available_from=date(2027, 1, 4),
                            links=["https://github.com/ada"])
    read = make_candidate({PYTORCH: EvidenceKind.PROJECT}, id=person.id, name="Ada E.",
                          email="ada@old.example")
    version = ResumeVersion(person.id, "h1", "ada-2019.pdf", "import by the platform", read)
    repo.save_ingested([CandidateWrite(person, [version], ["email:ada@example.com", "file:h1"])])
    [loaded] = repo.versions_of(person.id)
    assert (loaded.id, loaded.file_name, loaded.content_hash) == (version.id, "ada-2019.pdf", "h1")
    assert loaded.parsed_at == version.parsed_at
    assert (loaded.profile.name, loaded.profile.email) == ("Ada E.", "ada@old.example")
    assert loaded.profile.evidence[0].kind is EvidenceKind.PROJECT
    assert loaded.profile.evidence[0].start == date(2020, 1, 1)
    assert loaded.profile.skills[0].span == read.skills[0].span
    assert repo.identifier_keys(person.id) == ["email:ada@example.com", "file:h1"]


def test_saving_a_candidate_keeps_its_versions_and_keys(repo: SqlRepository) -> None:
    person = make_candidate()
    version = ResumeVersion(person.id, "h1", "a.txt", "import", make_candidate(id=person.id))
    repo.save_ingested([CandidateWrite(person, [version], ["email:ada@example.com"])])
    person.headline = "edited by hand"
    repo.save_candidate(person)  # an edit, not an import: versions and keys stay
    again = ResumeVersion(person.id, "h1", "a.txt", "import", make_candidate(id=person.id))
    repo.save_ingested([CandidateWrite(person, [again])])  # the same file read again
    assert [v.id for v in repo.versions_of(person.id)] == [again.id]
    assert repo.identifier_keys(person.id) == ["email:ada@example.com"]
    loaded = repo.get_candidate(person.id)
    assert loaded is not None and loaded.headline == "edited by hand"
    assert len(loaded.consents) == 1 and len(loaded.evidence) == 0


def test_keys_find_candidates_of_one_pool_only(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    mine = make_candidate(tenant_id=tenant.id)
    public = make_candidate()
    repo.save_ingested([CandidateWrite(mine, keys=["email:ada@example.com", "name:ada"]),
                        CandidateWrite(public, keys=["email:ada@example.com"])])
    found = repo.candidates_by_keys(tenant.id, ["email:ada@example.com", "phone:601234567"])
    assert found == {mine.id: ["email:ada@example.com", "name:ada"]}
    assert list(repo.candidates_by_keys(None, ["email:ada@example.com"])) == [public.id]
    assert repo.candidates_by_keys(None, []) == {}


def test_versions_and_keys_of_a_batch_cost_the_same_statements_for_two_or_six_people(
    repo: SqlRepository,
) -> None:
    def batch(size: int) -> list[CandidateWrite]:
        writes = []
        for n in range(size):
            person = make_candidate(name=f"Zofia Kowal{n}")
            read = ResumeVersion(person.id, f"h{n}", f"zofia-{n}.txt", "import",
                                 make_candidate(id=person.id, name=f"Zofia Kowal{n}"),
                                 document=ResumeDocument("text/plain", f"Zofia Kowal{n}\nRust"))
            writes.append(CandidateWrite(person, [read], [f"email:z{n}@example.com", f"file:h{n}"]))
        return writes

    counts = []
    for size in (2, 6):
        writes = batch(size)
        with statements_sent(repo.engine) as statements:
            repo.save_ingested(writes)
        counts.append(len(statements))
        for write in writes:
            [version] = repo.versions_of(write.candidate.id, documents=True)
            assert version.document is not None
            assert version.document.text == f"{write.candidate.name}\nRust"
            assert repo.identifier_keys(write.candidate.id) == write.keys
        again = writes[0]  # the same file read again replaces its version, keeps one
        repo.save_ingested([again, CandidateWrite(again.candidate, again.versions, ["name:z"])])
        assert [v.id for v in repo.versions_of(again.candidate.id)] == [again.versions[0].id]
        assert repo.identifier_keys(again.candidate.id) == ["name:z"]
    assert counts[0] == counts[1]


def test_a_document_read_earlier_in_a_batch_stays_when_a_later_copy_has_none(
    repo: SqlRepository,
) -> None:
    person = make_candidate(name="Tomasz Lis")
    with_text = ResumeVersion(person.id, "h1", "tomasz.txt", "import", make_candidate(id=person.id),
                              document=ResumeDocument("text/plain", "Tomasz Lis\nGo"))
    without = ResumeVersion(person.id, "h1", "tomasz.txt", "import", make_candidate(id=person.id))
    repo.save_ingested([CandidateWrite(person, [with_text]), CandidateWrite(person, [without])])
    [version] = repo.versions_of(person.id, documents=True)
    assert version.id == without.id
    assert version.document is not None and version.document.text == "Tomasz Lis\nGo"


def test_erasing_a_candidate_takes_its_versions_and_keys(repo: SqlRepository) -> None:
    person = make_candidate()
    version = ResumeVersion(person.id, "h1", "a.txt", "import", make_candidate(id=person.id))
    repo.save_ingested([CandidateWrite(person, [version], ["email:ada@example.com"])])
    assert repo.delete_candidate(person.id)
    assert repo.versions_of(person.id) == [] and repo.identifier_keys(person.id) == []
    with repo.engine.begin() as conn:
        for table in ("candidate_versions", "candidate_identifiers"):
            assert conn.execute(text(f"select count(*) from {table}")).scalar() == 0


@pytest.mark.parametrize("stores", ["one-database", "by-region"])
def test_a_tenants_own_choice_of_originals_beats_the_deployments(stores: str,
                                                                tmp_path: Path) -> None:
    """With residency the documents are written in a region's database, the choice is read from
    the main one."""
    url = f"sqlite:///{tmp_path / 'main.db'}"
    repo = (RegionalRepository(url, tmp_path / "regions") if stores == "by-region"
            else SqlRepository(url))
    try:
        repo.keep_documents("text")
        chose, follows = repo.ensure_tenant("Chose").id, repo.ensure_tenant("Follows").id
        repo.set_tenant_resume_originals(chose, "file")
        assert (repo.documents_kept(chose), repo.documents_kept(follows)) == ("file", "text")
        assert repo.documents_kept(None) == "text"
        people = [make_candidate(tenant_id=pool, country="DE")
                  for pool in (chose, follows, None)]
        repo.save_ingested([CandidateWrite(p, [ResumeVersion(
            p.id, "h1", "cv.txt", "import", make_candidate(id=p.id),
            document=ResumeDocument("text/plain", "Data engineer", b"Data engineer"))])
            for p in people])
        kept = [repo.versions_of(p.id, documents=True)[0].document for p in people]
        assert [d.original if d else None for d in kept] == [b"Data engineer", None, None]
        repo.set_tenant_resume_originals(chose, None)
        assert repo.tenant_resume_originals(chose) is None
        with pytest.raises(ValueError, match="file"):
            repo.set_tenant_resume_originals(chose, "everything")
    finally:
        repo.close()
