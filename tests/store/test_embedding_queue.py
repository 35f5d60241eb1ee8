"""The embedding queue in the store: jobs taken oldest first and dropped together once done."""

from __future__ import annotations

import copy

from tests.factories import make_candidate
from tests.statements import statements_sent
from worldhire.store.sql.repository import SqlRepository


def test_finished_jobs_are_dropped_in_one_statement_and_a_job_queued_since_stays(
    repo: SqlRepository,
) -> None:
    people = [make_candidate(name=name) for name in ("Ana Lima", "Bo Chen", "Cy Dube")]
    repo.save_candidates(people)
    taken = repo.embedding_jobs(10)
    assert sorted(cid for cid, _ in taken) == sorted(p.id for p in people)
    edited = copy.deepcopy(people[1])
    edited.headline = "Data engineer"
    repo.save_candidates([edited])  # queued again while the worker embedded the old text
    with statements_sent(repo.engine) as statements:
        repo.finish_embedding_jobs(taken)
    deletes = [s for s in statements if s.lstrip().upper().startswith("DELETE")]
    assert len(deletes) == 1
    assert [cid for cid, _ in repo.embedding_jobs(10)] == [people[1].id]
    assert repo.embedding_backlog() == 1


def test_the_jobs_after_one_are_read_from_it_in_queue_order(repo: SqlRepository) -> None:
    first = [make_candidate(name=name) for name in ("Dee Okafor", "Eli Marsh")]
    repo.save_candidates(first)
    repo.save_candidates([make_candidate(name="Fay Nguyen")])  # queued later
    queued = repo.embedding_jobs(10)
    assert len(queued) == 3
    assert repo.embedding_jobs(10, after=queued[0]) == queued[1:]
    assert repo.embedding_jobs(1, after=queued[0]) == queued[1:2]
    assert repo.embedding_jobs(10, after=queued[2]) == []
