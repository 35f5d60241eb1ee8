"""Profiles' stored assessments: written with each profile (but by the bulk path), read by the
ranking, and the backlog the backfill assesses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, exists, func, insert, select

from worldhire.core.models import Candidate
from worldhire.store.protocol import Assessor, StoredAssessment
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import WRITE_CHUNK, SqlDatabase
from worldhire.store.sql.mapping import assessment_row
from worldhire.store.sql.pool import among


class SqlStoredAssessments(SqlDatabase):
    _assessor: Assessor | None

    def assess_on_write(self, assessor: Assessor | None) -> None:
        """Every profile write (but the bulk path's) stores `assessor`'s assessment with it."""
        self._assessor = assessor

    def _assess(self, batch: Sequence[Candidate]) -> dict[str, StoredAssessment]:
        if self._assessor is None:
            return {}
        latest = {c.id: c for c in batch}
        return {cid: self._assessor(c) for cid, c in latest.items()}

    def stored_assessments(self, candidate_ids: Sequence[str]) -> dict[str, StoredAssessment]:
        a = t.candidate_assessments
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            return {}
        with self._tx() as conn:
            rows = conn.execute(select(a).where(among(a.c.candidate_id, ids, conn.dialect.name)))
            return {r.candidate_id: StoredAssessment(r.candidate_id, r.version, r.fingerprint,
                                                     r.body) for r in rows}

    def save_assessments(self, rows: Sequence[StoredAssessment]) -> None:
        """Store these assessments, replacing the profiles' earlier ones; a profile deleted
        meanwhile is skipped."""
        a = t.candidate_assessments
        with self._tx() as conn:
            for start in range(0, len(rows), WRITE_CHUNK):
                part = {r.candidate_id: r for r in rows[start : start + WRITE_CHUNK]}
                conn.execute(delete(a).where(a.c.candidate_id.in_(sorted(part))))
                present = set(conn.execute(
                    select(t.candidates.c.id).where(t.candidates.c.id.in_(sorted(part)))
                ).scalars())
                values = [assessment_row(r) for cid, r in part.items() if cid in present]
                if values:
                    conn.execute(insert(a), values)

    def _unassessed_where(self, version: str) -> Any:
        a = t.candidate_assessments
        return ~exists().where(a.c.candidate_id == t.candidates.c.id, a.c.version == version)

    def unassessed(self, version: str, limit: int, after: str = "") -> list[str]:
        """Profiles after the id `after` with no stored assessment of this extractor version
        (never assessed, bulk loaded, or assessed by another version), in id order."""
        c = t.candidates.c
        with self._tx() as conn:
            return list(conn.execute(
                select(c.id).where(c.id > after, self._unassessed_where(version))
                .order_by(c.id).limit(limit)
            ).scalars())

    def assessment_backlog(self, version: str) -> int:
        with self._tx() as conn:
            return int(conn.execute(
                select(func.count()).select_from(t.candidates)
                .where(self._unassessed_where(version))
            ).scalar_one())
