"""What tells one person from another across résumés: each profile's versions (and the documents
kept of them), its identifier keys, and the suppression list of erased people's keys."""

from __future__ import annotations

import os
import uuid
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import Connection, and_, bindparam, delete, insert, select
from sqlalchemy.exc import IntegrityError

from worldhire.core.models import Candidate, ResumeDocument, ResumeVersion, utcnow
from worldhire.store.sql import schema as t
from worldhire.store.sql import schema_identity as ident
from worldhire.store.sql.database import SqlDatabase
from worldhire.store.sql.mapping import in_utc, profile_from_json, profile_json
from worldhire.store.sql.pool import among
from worldhire.store.sql.tenants import tenant_is


class SqlIdentityRecords(SqlDatabase):
    def _write_versions(self, conn: Connection, versions: Sequence[tuple[ResumeVersion, str]],
                        ) -> None:
        """Each version with how much of its document its pool keeps: one statement per table
        for the batch. A file read again replaces its version of that profile (the last one of
        the batch wins, as writing them one by one would)."""
        latest = {(v.candidate_id, v.content_hash): (v, kept) for v, kept in versions}
        if not latest:
            return
        table, docs = ident.candidate_versions, ident.resume_documents
        # (over every version, not only the last of each: a document read earlier in the batch
        # stays when a later copy comes without one, as writing them one by one would leave it)
        kept_documents = list({
            (v.candidate_id, v.content_hash): {
                "candidate_id": v.candidate_id, "content_hash": v.content_hash,
                "media_type": v.document.media_type[:120], "text": v.document.text,
                "original": v.document.original if kept == "file" else None}
            for v, kept in versions if v.document is not None and kept != "none"
        }.values())
        # A version read without its document leaves the one kept before in place.
        for target, replaced in ((table, list(latest)),
                                 (docs, [(d["candidate_id"], d["content_hash"])
                                         for d in kept_documents])):
            if replaced:
                conn.execute(delete(target).where(and_(
                    target.c.candidate_id == bindparam("cid"),
                    target.c.content_hash == bindparam("hash"))),
                    [{"cid": cid, "hash": digest} for cid, digest in replaced])
        conn.execute(insert(table), [
            {"id": v.id, "candidate_id": v.candidate_id, "content_hash": v.content_hash,
             "file_name": v.file_name[:500], "source": v.source[:300],
             "parsed_at": v.parsed_at, "profile": profile_json(v.profile)}
            for v, _ in latest.values()
        ])
        if kept_documents:
            conn.execute(insert(docs), kept_documents)

    def _write_keys(self, conn: Connection, keyed: Sequence[tuple[Candidate, Iterable[str]]],
                    ) -> None:
        """Each profile's identifier keys replace the ones it had (the last of the batch wins)."""
        latest = {c.id: (c, keys) for c, keys in keyed}
        if not latest:
            return
        table = ident.candidate_identifiers
        conn.execute(delete(table).where(table.c.candidate_id.in_(list(latest))))
        rows = [{"candidate_id": c.id, "tenant_id": c.tenant_id, "key": k}
                for c, keys in latest.values() for k in dict.fromkeys(k[:400] for k in keys)]
        if rows:
            conn.execute(insert(table), rows)

    def versions_of(self, candidate_id: str, *, documents: bool = False) -> list[ResumeVersion]:
        """Oldest first; with `documents`, each with the file it was read from where kept."""
        table = ident.candidate_versions
        docs = ident.resume_documents
        with self._tx() as conn:
            rows = conn.execute(
                select(table).where(table.c.candidate_id == candidate_id)
                .order_by(table.c.parsed_at, table.c.id)
            ).all()
            kept = {} if not documents else {
                d.content_hash: ResumeDocument(d.media_type, d.text,
                                               None if d.original is None else bytes(d.original))
                for d in conn.execute(select(docs).where(docs.c.candidate_id == candidate_id))
            }
        return [
            ResumeVersion(
                candidate_id=r.candidate_id, content_hash=r.content_hash, file_name=r.file_name,
                source=r.source, profile=profile_from_json(r.profile),
                parsed_at=in_utc(r.parsed_at), id=r.id, document=kept.get(r.content_hash),
            )
            for r in rows
        ]

    def identifier_keys(self, candidate_id: str) -> list[str]:
        table = ident.candidate_identifiers
        with self._tx() as conn:
            return list(conn.execute(
                select(table.c.key).where(table.c.candidate_id == candidate_id)
                .order_by(table.c.id)
            ).scalars())

    def candidates_by_keys(
        self, tenant_id: str | None, keys: Collection[str]
    ) -> dict[str, list[str]]:
        """Every key of each candidate of the pool that has one of `keys`, oldest first."""
        table = ident.candidate_identifiers
        if not keys:
            return {}
        with self._tx() as conn:
            found = select(table.c.candidate_id).where(
                and_(tenant_is(table.c.tenant_id, tenant_id), table.c.key.in_(list(keys)))
            )
            rows = conn.execute(
                select(table.c.candidate_id, table.c.key)
                .join(t.candidates, t.candidates.c.id == table.c.candidate_id)
                .where(table.c.candidate_id.in_(found))
                .order_by(t.candidates.c.created_at, table.c.candidate_id, table.c.id)
            ).all()
        out: dict[str, list[str]] = {}
        for row in rows:
            out.setdefault(row.candidate_id, []).append(row.key)
        return out

    def suppression_salt(self) -> bytes:
        """The installation's salt for the suppression list, made on first use."""
        table = ident.suppression_salt
        with self._tx() as conn:
            found = conn.execute(select(table.c.salt).where(table.c.id == 1)).scalar()
        if found is not None:
            return bytes(found)
        try:
            with self._tx() as conn:
                conn.execute(insert(table).values(id=1, salt=os.urandom(32)))
        except IntegrityError:
            pass  # another process made it first: theirs is the one
        with self._tx() as conn:
            return bytes(conn.execute(select(table.c.salt).where(table.c.id == 1)).scalar_one())

    def suppress(self, hashes: Collection[str]) -> int:
        table = ident.suppressed_identifiers
        wanted = set(hashes)
        with self._tx() as conn:
            new = wanted - self._suppressed(conn, wanted)
            if new:
                now, erasure = utcnow(), uuid.uuid4().hex
                conn.execute(insert(table), [
                    {"key_hash": h, "erasure": erasure, "suppressed_at": now} for h in sorted(new)
                ])
        return len(new)

    def suppressed(self, hashes: Collection[str]) -> set[str]:
        with self._tx() as conn:
            return self._suppressed(conn, hashes)

    def _suppressed(self, conn: Connection, hashes: Collection[str]) -> set[str]:
        table = ident.suppressed_identifiers
        # A list no one is on yet (a store before its first erasure, where most bulk loads go)
        # holds none of them: one row looked for instead of every hash sent and looked up (a
        # 25th of a bulk load's writing, its batch's hashes checked each time).
        if not hashes or conn.execute(select(table.c.key_hash).limit(1)).first() is None:
            return set()
        return set(conn.execute(
            select(table.c.key_hash).where(among(table.c.key_hash, list(hashes),
                                                  conn.dialect.name))
        ).scalars())

    def unsuppress(self, hashes: Collection[str]) -> None:
        with self._tx() as conn:
            self._unsuppress(conn, hashes)

    def _unsuppress(self, conn: Connection, hashes: Collection[str]) -> None:
        """Every hash of the erasures any of `hashes` came from."""
        table = ident.suppressed_identifiers
        if not hashes:
            return
        erasures = select(table.c.erasure).where(table.c.key_hash.in_(list(hashes)))
        conn.execute(delete(table).where(table.c.erasure.in_(erasures)))
