"""Profiles written one transaction at a time, with their versions, identifier keys and stored
assessments (the bulk path is bulk_load.py's)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from worldhire.core.models import Candidate, utcnow
from worldhire.store.protocol import CandidateWrite, StoredAssessment
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import WRITE_CHUNK
from worldhire.store.sql.identity_records import SqlIdentityRecords
from worldhire.store.sql.mapping import assessment_row, profile_rows
from worldhire.store.sql.rows import with_impacts
from worldhire.store.sql.stored_assessments import SqlStoredAssessments
from worldhire.store.sql.tenants import SqlTenants


class SqlProfileWrites(SqlTenants, SqlIdentityRecords, SqlStoredAssessments):
    def save_candidate(self, candidate: Candidate) -> None:
        self.save_candidates([candidate])

    def save_candidates(self, candidates: Iterable[Candidate]) -> None:
        """Write profiles (updating stored ones with the same id) in one transaction."""
        self.save_ingested([CandidateWrite(c) for c in candidates])

    def save_ingested(self, writes: Sequence[CandidateWrite]) -> None:
        # Assessed before the transaction opens: the work is pure and needs no lock held.
        assessed = self._assess([w.candidate for w in writes])
        kept = {pool: self.documents_kept(pool)
                for pool in {w.candidate.tenant_id for w in writes if w.versions}}
        with self._tx() as conn:
            for start in range(0, len(writes), WRITE_CHUNK):
                chunk = writes[start : start + WRITE_CHUNK]
                self._write_candidates(conn, [w.candidate for w in chunk], assessed)
                self._write_versions(conn, [(version, kept[w.candidate.tenant_id])
                                            for w in chunk for version in w.versions])
                self._write_keys(conn, [(w.candidate, w.keys) for w in chunk
                                        if w.keys is not None])
                for write in chunk:
                    if write.lift:
                        self._unsuppress(conn, write.lift)

    def _write_candidates(
        self, conn: Connection, batch: list[Candidate], assessed: dict[str, StoredAssessment],
        insert_many: Callable[[Connection, Table, list[dict[str, Any]]], None] | None = None,
    ) -> None:
        """One statement per table for the whole batch (the row-at-a-time round trips were most
        of a write's cost). A stored row is updated in place (its versions and identifiers hang
        on it); evidence, skills, consents, the searched text and the stored assessment are
        written afresh (a profile `assessed` lacks is left to the backfill), and the profile is
        queued for embedding again (the job's time tells the embedder the text changed).
        `insert_many` writes the new rows of a table (the bulk path's rows.bulk_insert_rows);
        SQLAlchemy's insert otherwise."""
        latest = {c.id: c for c in batch}  # the same profile twice: the last one wins
        ids = list(latest)
        c_ = t.candidates.c
        stored = set(conn.execute(select(c_.id).where(c_.id.in_(ids))).scalars())
        for child in (t.evidence, t.candidate_skills, t.consents, t.candidate_text,
                      t.embedding_jobs, t.candidate_assessments):
            if stored:
                conn.execute(delete(child).where(child.c.candidate_id.in_(sorted(stored))))
        tables = profile_rows(latest.values(), utcnow())
        fresh, changed = [], []
        for row in tables[0][1]:
            if row["id"] in stored:
                row["row_id"] = row.pop("id")
                changed.append(row)
            else:
                fresh.append(row)
        if changed:
            conn.execute(update(t.candidates).where(c_.id == bindparam("row_id")), changed)
        assessments = [assessment_row(assessed[cid]) for cid in ids if cid in assessed]
        for table_, values in [(t.candidates, fresh), *tables[1:],
                               (t.candidate_assessments, assessments)]:
            if not values:
                continue
            if insert_many is None:
                with_impacts(conn, table_, partial(conn.execute, insert(table_), values))
            else:
                insert_many(conn, table_, values)
