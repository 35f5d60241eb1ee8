"""The assessment stored with each profile: written with it, replaced when it changes, left to
the backfill by the bulk path, found by extractor version, and gone with the profile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from tests.assess.test_rubric import strong
from tests.factories import make_candidate
from worldhire.assess import stored
from worldhire.core.models import EvidenceItem, EvidenceKind
from worldhire.store.protocol import StoredAssessment
from worldhire.store.sql.repository import SqlRepository


def test_a_write_stores_the_assessment_and_a_rewrite_replaces_it(repo: SqlRepository) -> None:
    repo.assess_on_write(stored.assessor)
    person = strong()
    repo.save_candidate(person)
    first = repo.stored_assessments([person.id])[person.id]
    assert first.version == stored.extractor_version()
    assert stored.general_assessments(repo, [person]).keys() == {person.id}

    person.evidence.append(EvidenceItem(
        EvidenceKind.PROJECT, "a blog", "Wrote a blog series on quantization, 40k readers."))
    repo.save_candidate(person)
    second = repo.stored_assessments([person.id])[person.id]
    assert second.fingerprint != first.fingerprint
    assert second.body != first.body

    assert repo.delete_candidate(person.id)
    assert repo.stored_assessments([person.id]) == {}


@pytest.mark.parametrize("workers", [1, 2])  # in this process, and in worker processes
def test_bulk_loaded_profiles_wait_for_the_backfill(repo: SqlRepository, workers: int) -> None:
    repo.assess_on_write(stored.assessor)
    people = [make_candidate(name=f"P{i}") for i in range(4)] + [strong()]
    repo.load_candidates(people)
    version = stored.extractor_version()
    assert repo.stored_assessments([p.id for p in people]) == {}
    assert repo.assessment_backlog(version) == 5
    assert repo.unassessed(version, 2) == sorted(p.id for p in people)[:2]

    report = stored.backfill(repo, batch=2, workers=workers)
    assert report.assessed == 5
    assert repo.assessment_backlog(version) == 0
    assert repo.stored_assessments([p.id for p in people]) == {
        p.id: stored.assessor(p) for p in people}


def test_another_extractor_version_or_changed_content_is_not_used(repo: SqlRepository) -> None:
    person = strong()
    repo.save_candidate(person)
    row = stored.assessor(person)
    repo.save_assessments([replace(row, version="0:older")])
    assert stored.general_assessments(repo, [person]) == {}
    assert repo.unassessed(stored.extractor_version(), 10) == [person.id]
    stored.backfill(repo)
    assert stored.general_assessments(repo, [person]).keys() == {person.id}

    edited = replace(person, summary=person.summary + " Now I lead a team of 4.")
    assert stored.general_assessments(repo, [edited]) == {}


def test_saving_an_assessment_of_a_deleted_profile_stores_nothing(repo: SqlRepository) -> None:
    repo.save_assessments([StoredAssessment("nobody", "v", "f", {})])
    assert repo.stored_assessments(["nobody"]) == {}


def test_assessments_read_once_are_kept_until_the_content_changes_or_erasure(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo.assess_on_write(stored.assessor)
    person = strong()
    repo.save_candidate(person)
    asked: list[list[str]] = []
    reads = repo.stored_assessments

    def counted(candidate_ids: Sequence[str]) -> dict[str, StoredAssessment]:
        asked.append(list(candidate_ids))
        return reads(candidate_ids)

    monkeypatch.setattr(repo, "stored_assessments", counted)
    first = stored.general_assessments(repo, [person])
    again = stored.general_assessments(repo, [person])
    assert again == first and again.keys() == {person.id}
    assert asked == [[person.id]]  # the second ranking read nothing

    edited = replace(person, summary=person.summary + " Now I lead a team of 4.")
    assert stored.general_assessments(repo, [edited]) == {}  # its stored row is the old text's
    assert asked[-1] == [person.id]

    assert stored.forget(person.id) == 1
    assert stored.forget(person.id) == 0
    assert stored.general_assessments(repo, [person]) == first
    assert len(asked) == 3
    stored.forget(person.id)
