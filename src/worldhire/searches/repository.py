"""Saved searches in the main database (they name no candidate: no region holds them)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.engine import Row

from worldhire.searches.models import SavedSearch, SearchQuery
from worldhire.store.sql.schema import saved_searches as table
from worldhire.store.sql.table_store import SqlTableStore


def _search(row: Row[tuple[object, ...]]) -> SavedSearch:
    query = dict(row.query)
    at: datetime = row.created_at
    return SavedSearch(
        tenant_id=row.tenant_id, name=row.name, created_by=row.created_by,
        created_at=at if at.tzinfo else at.replace(tzinfo=UTC), id=row.id,
        query=SearchQuery(words=query.get("words", ""), country=query.get("country"),
                          skill=query.get("skill")),
    )


class SqlSavedSearches(SqlTableStore):
    def add(self, search: SavedSearch) -> None:
        q = search.query
        with self.database.connection() as conn:
            conn.execute(insert(table).values(
                id=search.id, tenant_id=search.tenant_id, name=search.name,
                query={"words": q.words, "country": q.country, "skill": q.skill},
                created_by=search.created_by, created_at=search.created_at,
            ))

    def of_tenant(self, tenant_id: str) -> list[SavedSearch]:
        with self.database.connection() as conn:
            rows = conn.execute(select(table).where(table.c.tenant_id == tenant_id)
                                .order_by(table.c.name)).all()
        return [_search(r) for r in rows]

    def get(self, tenant_id: str, search_id: str) -> SavedSearch | None:
        with self.database.connection() as conn:
            row = conn.execute(select(table).where(
                and_(table.c.tenant_id == tenant_id, table.c.id == search_id))).first()
        return None if row is None else _search(row)

    def named(self, tenant_id: str, name: str) -> SavedSearch | None:
        with self.database.connection() as conn:
            row = conn.execute(select(table).where(
                and_(table.c.tenant_id == tenant_id, table.c.name == name))).first()
        return None if row is None else _search(row)

    def remove(self, tenant_id: str, search_id: str) -> bool:
        with self.database.connection() as conn:
            gone = conn.execute(delete(table).where(
                and_(table.c.tenant_id == tenant_id, table.c.id == search_id))).rowcount
        return bool(gone)
