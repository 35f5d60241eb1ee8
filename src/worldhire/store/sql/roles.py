"""Roles with their requirements, and their vectors."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import (
    LargeBinary,
    String,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    true,
    tuple_,
)

from worldhire.core.models import Role, RoleStatus
from worldhire.store.protocol import COUNT_CAP, ListPage, RoleVector
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import SqlDatabase
from worldhire.store.sql.mapping import grouped, occupation_columns, role_of, role_sort_title


class SqlRoles(SqlDatabase):
    def save_role(self, role: Role) -> None:
        with self._tx() as conn:
            conn.execute(delete(t.roles).where(t.roles.c.id == role.id))
            conn.execute(
                insert(t.roles).values(
                    id=role.id, tenant_id=role.tenant_id, title=role.title, company=role.company,
                    description=role.description, seniority=role.seniority.value,
                    timezone=role.timezone, work_start_hour=role.work_start_hour,
                    work_end_hour=role.work_end_hour, min_overlap_hours=role.min_overlap_hours,
                    overlap_timezone=role.overlap_timezone,
                    zone_band=asdict(role.zone_band) if role.zone_band else None,
                    min_years=role.min_years, budget_usd_year=role.budget_usd_year,
                    budget=asdict(role.budget) if role.budget else None,
                    remote_policy=role.remote_policy.value,
                    visa_sponsorship=role.visa_sponsorship,
                    allowed_countries=role.allowed_countries,
                    location_country=role.location_country, status=role.status,
                    sort_title=role_sort_title(role),
                    source_hash=role.source_hash, created_at=role.created_at,
                    updated_at=role.updated_at, updated_by=role.updated_by,
                    **occupation_columns(role.occupation),
                )
            )
            if role.requirements:
                conn.execute(
                    insert(t.role_requirements),
                    [
                        dict(
                            role_id=role.id, position=i, skill_id=r.skill.id, label=r.skill.label,
                            must=r.must, min_years=r.min_years, weight=r.weight,
                            quote=r.quote, confidence=r.confidence, needs_review=r.needs_review,
                            alternatives=[asdict(a) for a in r.alternatives],
                        )
                        for i, r in enumerate(role.requirements)
                    ],
                )

    def get_role(self, role_id: str) -> Role | None:
        found = self._load_roles(t.roles.c.id == role_id)
        return found[0] if found else None

    def role_vector(self, role_id: str, model: str) -> RoleVector | None:
        v = t.role_vectors.c
        with self._tx() as conn:
            row = conn.execute(select(v.fingerprint, v.vector)
                               .where(v.role_id == role_id, v.model == model)).first()
        return None if row is None else RoleVector(role_id, model, row.fingerprint,
                                                   bytes(row.vector))

    def save_role_vectors(self, vectors: Sequence[RoleVector]) -> None:
        """Each vector replaces the role's for its model; one of a role deleted meanwhile is
        dropped (written only while the role's row is there)."""
        v, r = t.role_vectors.c, t.roles.c
        with self._tx() as conn:
            for found in vectors:
                conn.execute(delete(t.role_vectors).where(v.role_id == found.role_id,
                                                          v.model == found.model))
                conn.execute(insert(t.role_vectors).from_select(
                    ["role_id", "model", "fingerprint", "vector"],
                    select(r.id, bindparam("model", found.model, String),
                           bindparam("fingerprint", found.fingerprint, String),
                           bindparam("vector", found.vector, LargeBinary))
                    .where(r.id == found.role_id)))

    def roles_to_embed(self, model: str, limit: int) -> list[Role]:
        """Open roles without a vector by `model`: written since they were last embedded."""
        v, r = t.role_vectors.c, t.roles.c
        embedded = select(v.role_id).where(v.model == model)
        with self._tx() as conn:
            ids = conn.execute(select(r.id).where(r.status == RoleStatus.OPEN.value,
                                                  r.id.not_in(embedded))
                               .order_by(r.created_at, r.id).limit(limit)).scalars().all()
        return self._load_roles(r.id.in_(ids)) if ids else []

    def find_role_by_hash(self, tenant_id: str, content_hash: str) -> Role | None:
        found = self._load_roles(
            and_(t.roles.c.tenant_id == tenant_id, t.roles.c.source_hash == content_hash)
        )
        return found[0] if found else None

    def list_roles(self, tenant_id: str | None = None) -> list[Role]:
        where = t.roles.c.tenant_id == tenant_id if tenant_id is not None else true()
        return self._load_roles(where)

    def role_page(
        self, tenant_id: str | None = None, *, statuses: Collection[str] | None = None,
        limit: int = 50, offset: int = 0, after: tuple[str, str] | None = None,
    ) -> ListPage[Role]:
        """One page of a tenant's roles (every tenant's with None) whose status is one of
        `statuses` (any, with None), counted (up to COUNT_CAP) and ordered by title (then id)
        in SQL; `after` and `offset` as in candidate_page."""
        r = t.roles.c
        conds = [true() if tenant_id is None else r.tenant_id == tenant_id]
        if statuses is not None:
            conds.append(r.status.in_(sorted(statuses)))
        after_key = [] if after is None else [tuple_(r.sort_title, r.id) > tuple_(*after)]
        with self._tx() as conn:
            counted = select(r.id).where(*conds).limit(COUNT_CAP + 1).subquery()
            total = int(conn.execute(select(func.count()).select_from(counted)).scalar_one())
            rows = conn.execute(
                select(r.id, r.sort_title).where(*conds, *after_key)
                .order_by(r.sort_title, r.id).limit(limit + 1).offset(offset)
            ).all()
        shown = rows[:limit]
        found = {role.id: role for role in self._load_roles(r.id.in_([x.id for x in shown]))}
        last = shown[-1] if len(rows) > limit else None
        return ListPage(
            items=[found[x.id] for x in shown if x.id in found],
            total=min(total, COUNT_CAP), total_exact=total <= COUNT_CAP,
            next_after=None if last is None else (last.sort_title, last.id),
        )

    def _load_roles(self, where: Any) -> list[Role]:
        with self._tx() as conn:
            rows = conn.execute(
                select(t.roles).where(where).order_by(t.roles.c.created_at, t.roles.c.id)
            ).all()
            reqs = grouped(
                conn.execute(
                    select(t.role_requirements)
                    .where(t.role_requirements.c.role_id.in_([r.id for r in rows]))
                    .order_by(t.role_requirements.c.position)
                ).all(),
                key="role_id",
            )
        return [role_of(r, reqs.get(r.id, [])) for r in rows]
