"""The embedding queue's worker: profiles are embedded after they are written, never while
someone waits for a shortlist.

Every profile write queues the candidate's id in the store (the `embedding_jobs` table, in the
same transaction). `drain` takes the oldest jobs in batches, embeds the profiles whose text
changed (PoolVectors keeps a fingerprint per id; on PostgreSQL the pgvector rows do, and the
vectors go there instead of a file), saves the pool's index and only then drops the jobs, so a
worker killed half-way leaves them queued. A profile saved again while it was being embedded
keeps its newer job. Open roles written since they were embedded are embedded after the profiles
(index/role_vectors.py). `EmbeddingWorker` runs `drain` on a thread of a long-lived process
(the API), woken after writes; the CLI drains after `worldhire ingest`; `worldhire batch embed`
does large backlogs on Ray.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from worldhire.embed.protocol import Embedder
from worldhire.index.pool import PoolVectors, StoredVectors, index_folder, index_lock
from worldhire.index.role_vectors import embed_roles
from worldhire.store.protocol import Repository

BATCH = 256
# The index is saved (and the jobs dropped) at least this often during a long drain, so work
# survives a kill without rewriting a large index after every batch.
CHECKPOINT_S = 60.0


@dataclass
class DrainReport:
    jobs: int  # jobs taken off the queue
    embedded: int  # profiles whose text had changed and were embedded
    seconds: float
    roles: int = 0  # roles embedded (their shortlists' query)

    @property
    def per_second(self) -> float:
        return self.embedded / self.seconds if self.seconds else 0.0


def drain(
    repo: Repository,
    embedder: Embedder,
    home: Path,
    *,
    batch: int = BATCH,
    limit: int | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> DrainReport:
    """Embed queued profiles until the queue is empty (or `limit` jobs are done).
    `on_batch(jobs done, jobs left)` reports progress: the queue is counted at the start and
    again only once more jobs were taken than counted (others queued meanwhile), where a count
    after every batch read the whole queue each time."""
    started = time.perf_counter()
    done = embedded = 0
    with index_lock(index_folder(home, embedder)):
        left = repo.embedding_backlog() if on_batch is not None else 0  # as this drain starts
        in_store = repo.profile_vectors(embedder.name, embedder.dim)
        vectors: PoolVectors | StoredVectors = (
            StoredVectors(in_store, embedder) if in_store is not None
            else PoolVectors(home, embedder, repo.vector_backend().grows_into))
        taken: list[tuple[str, datetime]] = []
        last: tuple[str, datetime] | None = None
        last_save = time.monotonic()

        def checkpoint() -> None:
            nonlocal last_save
            vectors.save()
            repo.finish_embedding_jobs(taken)
            taken.clear()
            last_save = time.monotonic()

        while limit is None or done < limit:
            want = batch if limit is None else min(batch, limit - done)
            # Jobs taken but not yet finished are still in the table: read on from the last
            # one (reading past them all again made a long drain's reads grow with its work).
            # A profile saved again meanwhile is queued anew, after it; a job another writer
            # commits meanwhile with an earlier time waits for the next drain.
            jobs = repo.embedding_jobs(want, after=last)
            if not jobs:
                break
            candidates = repo.get_candidates([cid for cid, _ in jobs])
            embedded += vectors.update(candidates)
            taken += jobs
            last = jobs[-1]
            done += len(jobs)
            if time.monotonic() - last_save >= CHECKPOINT_S:
                checkpoint()
            if on_batch is not None:
                left -= len(jobs)
                if left < 0:
                    left = repo.embedding_backlog() - len(taken)
                on_batch(done, left)
        if taken:
            checkpoint()
    roles = embed_roles(repo, embedder)
    return DrainReport(done, embedded, time.perf_counter() - started, roles)


class EmbeddingWorker:
    """Drains the queue on a background thread whenever `wake` is called (after a write), and
    with `poll_s`, also that often once started, for jobs other processes queued (the one
    worker of several that runs a home's background work: api/workers.py).

    The embedder is asked for only when there is work, so a process that never writes never
    loads the model for this."""

    def __init__(
        self, repo: Repository, embedder: Callable[[], Embedder | None], home: Path,
        *, poll_s: float | None = None,
    ) -> None:
        self.repo, self.embedder, self.home = repo, embedder, home
        self.poll_s = poll_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.failures = 0

    def wake(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="embedding-queue",
                                                daemon=True)
                self._thread.start()
        self._idle.clear()
        self._wake.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Until the queue has been drained after the last wake (tests, shutdown)."""
        return self._idle.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def _queued(self) -> bool:
        """Profiles queued, or roles written since they were embedded (by any process)."""
        if self.repo.embedding_jobs(1):
            return True
        embedder = self.embedder()
        return embedder is not None and bool(self.repo.roles_to_embed(embedder.name, 1))

    def _run(self) -> None:
        while not self._stop.is_set():
            woken = self._wake.wait(self.poll_s)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                if not woken and not self._queued():
                    continue  # a poll that found nothing queued
                embedder = self.embedder()
                if embedder is not None:
                    drain(self.repo, embedder, self.home)
            except Exception:  # the jobs stay queued for the next wake
                self.failures += 1
            if not self._wake.is_set():
                self._idle.set()
