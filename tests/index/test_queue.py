"""The embedding queue's worker reads a batch of jobs at a time however many it has taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.factories import make_candidate
from worldhire.embed.hashing import HashEmbedder
from worldhire.index.queue import drain
from worldhire.store.sql.repository import SqlRepository


class ReadsCounted(SqlRepository):
    """The store, recording how many jobs each read of the queue asked for, and how often the
    queue was counted."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.asked: list[int] = []
        self.counted = 0

    def embedding_jobs(self, limit: int, **kwargs: Any) -> Any:
        self.asked.append(limit)
        return super().embedding_jobs(limit, **kwargs)

    def embedding_backlog(self) -> int:
        self.counted += 1
        return super().embedding_backlog()


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


def test_a_drains_progress_counts_the_queue_once_not_every_batch(tmp_path: Path) -> None:
    repo = ReadsCounted(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        repo.save_candidates([make_candidate(name=f"Person {i}") for i in range(7)])
        shown: list[tuple[int, int]] = []
        drain(repo, HashEmbedder(dim=16), tmp_path / "home", batch=2,
              on_batch=lambda done, left: shown.append((done, left)))
        assert shown == [(2, 5), (4, 3), (6, 1), (7, 0)]
        assert repo.counted == 1
    finally:
        repo.close()


def test_a_drains_progress_shows_the_jobs_queued_while_it_runs(tmp_path: Path) -> None:
    """Counted again only once the jobs counted are done and a batch still came full."""
    repo = ReadsCounted(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        repo.save_candidates([make_candidate(name=f"Person {i}") for i in range(5)])
        shown: list[tuple[int, int]] = []

        def progress(done: int, left: int) -> None:
            shown.append((done, left))
            if len(shown) == 1:
                repo.save_candidates([make_candidate(name=f"Later {i}") for i in range(3)])

        report = drain(repo, HashEmbedder(dim=16), tmp_path / "home", batch=2,
                       on_batch=progress)
        assert report.jobs == 8 and shown[-1] == (8, 0)
        assert (6, 2) in shown and repo.counted == 2
    finally:
        repo.close()
