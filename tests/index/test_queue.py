"""The embedding queue's worker reads a batch of jobs at a time however many it has taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.factories import make_candidate
from worldhire.embed.hashing import HashEmbedder
from worldhire.index.queue import drain
from worldhire.store.sql.repository import SqlRepository


class ReadsCounted(SqlRepository):
    """The store, recording how many jobs each read of the queue asked for."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.asked: list[int] = []

    def embedding_jobs(self, limit: int, **kwargs: Any) -> Any:
        self.asked.append(limit)
        return super().embedding_jobs(limit, **kwargs)


def test_a_drain_reads_each_batch_of_jobs_after_the_last_one_taken(tmp_path: Path) -> None:
    repo = ReadsCounted(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        people = [make_candidate(name=f"Person {i}") for i in range(7)]
        repo.save_candidates(people)
        report = drain(repo, HashEmbedder(dim=16), tmp_path / "home", batch=2)
        assert (report.jobs, report.embedded, repo.embedding_backlog()) == (7, 7, 0)
        assert set(repo.asked) == {2}  # four batches and the read that found none left
        assert len(repo.asked) == 5
    finally:
        repo.close()
