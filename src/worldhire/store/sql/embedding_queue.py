"""The profiles waiting to be embedded, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, or_, select, tuple_

from worldhire.store.sql import schema as t
from worldhire.store.sql.database import WRITE_CHUNK, SqlDatabase


class SqlEmbeddingQueue(SqlDatabase):
    def embedding_jobs(
        self, limit: int, *, after: tuple[str, datetime] | None = None
    ) -> list[tuple[str, datetime]]:
        """(candidate id, queued at) of the oldest profiles waiting to be embedded; with
        `after` (a job read before), those queued after it."""
        q = t.embedding_jobs
        query = select(q.c.candidate_id, q.c.queued_at)
        if after is not None:
            candidate_id, queued_at = after
            # The first condition alone bounds the scan of the queue's time index.
            query = query.where(q.c.queued_at >= queued_at, or_(
                q.c.queued_at > queued_at, q.c.candidate_id > candidate_id))
        with self._tx() as conn:
            rows = conn.execute(query.order_by(q.c.queued_at, q.c.candidate_id).limit(limit)
                                ).all()
        return [(r.candidate_id, r.queued_at) for r in rows]

    def finish_embedding_jobs(self, jobs: Sequence[tuple[str, datetime]]) -> None:
        """Drop these jobs, unless the profile was queued again since (its newer text waits):
        WRITE_CHUNK jobs a statement, where a statement per job cost a round trip each (a
        drain of a bulk load's backlog finishes thousands at a time)."""
        q = t.embedding_jobs
        key = tuple_(q.c.candidate_id, q.c.queued_at)
        with self._tx() as conn:
            for start in range(0, len(jobs), WRITE_CHUNK):
                conn.execute(delete(q).where(key.in_(list(jobs[start : start + WRITE_CHUNK]))))

    def embedding_backlog(self) -> int:
        with self._tx() as conn:
            return int(conn.execute(select(func.count()).select_from(t.embedding_jobs))
                       .scalar_one())
