"""Profiles the ranking reads (Repository.read_candidates) are the stored ones in the stored
order, served from memory only while unchanged, and forgotten on erasure."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.factories import PYTORCH, make_candidate
from worldhire.bootstrap import ReadProfilesPurge
from worldhire.core.models import EvidenceKind
from worldhire.store.sql.repository import SqlRepository


def test_read_profiles_are_the_stored_ones_in_the_stored_order(repo: SqlRepository) -> None:
    same_time = datetime(2025, 5, 1, tzinfo=UTC)  # a bulk load's: ties ordered by id
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"Person {n}",
                             created_at=same_time if n % 2 else datetime(2025, 1, n + 1,
                                                                          tzinfo=UTC))
              for n in range(6)]
    repo.save_candidates(people)
    ids = [p.id for p in reversed(people)] + ["cand_not_stored"]
    repo.read_candidates(ids[:3])  # some kept from before, some read now
    read = repo.read_candidates(ids)
    assert read == repo.get_candidates(ids)
    again = repo.read_candidates(ids)
    assert all(a is b for a, b in zip(again, read, strict=True))  # unchanged: from memory


def test_a_profile_written_again_or_deleted_is_read_as_stored_now(repo: SqlRepository) -> None:
    person = make_candidate(headline="Before")
    repo.save_candidate(person)
    assert repo.read_candidates([person.id])[0].headline == "Before"
    changed = repo.get_candidate(person.id)
    assert changed is not None
    changed.headline = "After"
    repo.save_candidate(changed)
    assert repo.read_candidates([person.id])[0].headline == "After"
    repo.delete_candidate(person.id)
    assert repo.read_candidates([person.id]) == []


def test_erasure_forgets_the_profiles_read(repo: SqlRepository) -> None:
    person = make_candidate()
    repo.save_candidate(person)
    repo.read_candidates([person.id])
    purge = ReadProfilesPurge(repo)
    assert purge.purge(person.id) == 1
    assert purge.purge(person.id) == 0
