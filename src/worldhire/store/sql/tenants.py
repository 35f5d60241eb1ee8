"""Tenants, and what each keeps of the résumés its pool receives."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from worldhire.core.models import Tenant
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import SqlDatabase
from worldhire.store.sql.mapping import in_utc


def _documents_choice(kept: str) -> str:
    if kept not in ("file", "text", "none"):
        raise ValueError(f"documents kept: 'file', 'text' or 'none', not {kept!r}")
    return kept


class SqlTenants(SqlDatabase):
    # Where the tenants' own choices are read: this database, or with residency the main one.
    tenant_directory: SqlTenants
    _documents_kept: str

    def ensure_tenant(self, name: str) -> Tenant:
        with self._tx() as conn:
            row = conn.execute(select(t.tenants).where(t.tenants.c.name == name)).first()
            if row is not None:
                return Tenant(name=row.name, id=row.id, created_at=in_utc(row.created_at))
            tenant = Tenant(name=name)
            conn.execute(
                insert(t.tenants).values(id=tenant.id, name=name, created_at=tenant.created_at)
            )
            return tenant

    def get_tenant(self, tenant_id: str) -> Tenant | None:
        with self._tx() as conn:
            row = conn.execute(select(t.tenants).where(t.tenants.c.id == tenant_id)).first()
        return None if row is None else Tenant(row.name, row.id, in_utc(row.created_at))

    def list_tenants(self) -> list[Tenant]:
        with self._tx() as conn:
            rows = conn.execute(select(t.tenants).order_by(t.tenants.c.name)).all()
        return [Tenant(r.name, r.id, in_utc(r.created_at)) for r in rows]

    def keep_documents(self, kept: str) -> None:
        """What `save_ingested` keeps of a version's received document (Settings.
        resume_originals) for a pool whose tenant chose nothing: "file" (the file and its
        text), "text" (no file) or "none"."""
        self._documents_kept = _documents_choice(kept)

    def documents_kept(self, tenant_id: str | None) -> str:
        """What is kept of a résumé received into a pool: its tenant's choice, else the
        deployment's (the platform pool always follows the deployment)."""
        own = self.tenant_directory.tenant_resume_originals(tenant_id) if tenant_id else None
        return own or self._documents_kept

    def tenant_resume_originals(self, tenant_id: str) -> str | None:
        with self._tx() as conn:
            return conn.execute(select(t.tenants.c.resume_originals)
                                .where(t.tenants.c.id == tenant_id)).scalar()

    def set_tenant_resume_originals(self, tenant_id: str, kept: str | None) -> None:
        """A tenant's own choice of what is kept ("file", "text", "none"), or None to follow
        the deployment's."""
        value = None if kept is None else _documents_choice(kept)
        with self._tx() as conn:
            conn.execute(update(t.tenants).where(t.tenants.c.id == tenant_id)
                         .values(resume_originals=value))


def tenant_is(column: Any, tenant_id: str | None) -> Any:
    """`column` names this tenant, or no tenant (the platform's) with None."""
    return column.is_(None) if tenant_id is None else column == tenant_id
