"""The ingest ledger: every file received, what became of it, and the hashes already read."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, insert, select

from worldhire.core.models import utcnow
from worldhire.store.protocol import IngestRecord
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import SqlDatabase
from worldhire.store.sql.mapping import in_utc
from worldhire.store.sql.tenants import tenant_is


class SqlIngestLedger(SqlDatabase):
    def record_ingest(self, record: IngestRecord) -> None:
        self.record_ingests([record])

    def record_ingests(self, records: Sequence[IngestRecord]) -> None:
        if not records:
            return
        now = utcnow()
        with self._tx() as conn:
            conn.execute(insert(t.ingest_log), [
                {"path": r.path, "content_hash": r.content_hash, "status": r.status,
                 "tenant_id": r.tenant_id, "candidate_id": r.candidate_id,
                 "role_id": r.role_id, "error": r.error, "at": r.at or now}
                for r in records
            ])

    def ingested_hashes(self, tenant_id: str | None) -> set[str]:
        with self._tx() as conn:
            rows = conn.execute(
                select(t.ingest_log.c.content_hash).where(
                    and_(t.ingest_log.c.status == "ok",
                         tenant_is(t.ingest_log.c.tenant_id, tenant_id))
                )
            ).all()
        return {r.content_hash for r in rows}

    def ingest_log(self, limit: int = 100) -> Sequence[IngestRecord]:
        with self._tx() as conn:
            rows = conn.execute(
                select(t.ingest_log).order_by(t.ingest_log.c.id.desc()).limit(limit)
            ).all()
        return [
            IngestRecord(
                path=r.path, content_hash=r.content_hash, status=r.status, tenant_id=r.tenant_id,
                candidate_id=r.candidate_id, role_id=r.role_id, error=r.error, at=in_utc(r.at),
            )
            for r in rows
        ]
