"""Stored profiles read (one, a pool's, a page of the candidates list, the matching pool) and
deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, tuple_

from worldhire.core.models import Candidate
from worldhire.core.texts import terms
from worldhire.store.profile_cache import ProfileCache
from worldhire.store.protocol import COUNT_CAP, CandidateSummary, ListPage, PageScope
from worldhire.store.sql import schema as t
from worldhire.store.sql.candidate_pages import (
    SUMMARY_COLUMNS,
    WordPlan,
    candidate_summary,
    page_conds,
    scope_words,
    skills_of_row,
)
from worldhire.store.sql.database import SqlDatabase
from worldhire.store.sql.mapping import candidate_of, grouped, in_utc, plain_rows
from worldhire.store.sql.pool import among, consents_to_matching
from worldhire.store.sql.tenants import tenant_is


class SqlProfiles(SqlDatabase):
    _profiles: ProfileCache

    def get_candidate(self, candidate_id: str) -> Candidate | None:
        found = self._load_candidates(t.candidates.c.id == candidate_id)
        return found[0] if found else None

    def find_candidate_by_hash(self, tenant_id: str | None, content_hash: str) -> Candidate | None:
        found = self._load_candidates(
            and_(tenant_is(t.candidates.c.tenant_id, tenant_id),
                 t.candidates.c.source_hash == content_hash)
        )
        return found[0] if found else None

    def list_candidates(
        self, tenant_id: str | None = None, *, include_platform: bool = True
    ) -> list[Candidate]:
        """A tenant's own candidates, plus self-registered platform profiles if asked."""
        col = t.candidates.c.tenant_id
        if tenant_id is None:
            return self._load_candidates(col.is_(None))
        where = or_(col == tenant_id, col.is_(None)) if include_platform else col == tenant_id
        return self._load_candidates(where)

    def get_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]:
        """The stored ones of these candidates (missing ids are skipped), oldest first."""
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            return []
        return self._load_candidates(among(t.candidates.c.id, ids, self.engine.dialect.name))

    def read_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]:
        """`get_candidates` (the same profiles, in the same order) for a reader that changes
        nothing it gets, the ranking: profiles unchanged since this repository last read them
        are served from memory (store.profile_cache), only the others are loaded. The objects
        are shared between calls: never change one."""
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            return []
        c = t.candidates.c
        with self._tx() as conn:
            stamps = [(r.id, in_utc(r.updated_at)) for r in conn.execute(
                select(c.id, c.updated_at).where(among(c.id, ids, conn.dialect.name))
                .order_by(c.created_at, c.id))]
        if len(stamps) < len(ids):  # erased by another process: not kept any longer either
            self._profiles.forget(list(set(ids) - {cid for cid, _ in stamps}))
        return self._profiles.read(stamps, self.get_candidates)

    def forget_read(self, candidate_id: str) -> int:
        """Drop a person from the profiles `read_candidates` keeps (erasure)."""
        return self._profiles.forget([candidate_id])

    def candidate_page(
        self, scope: PageScope, *, country: str | None = None, skill: str | None = None,
        words: Sequence[str] = (), limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None, count: bool = True,
    ) -> ListPage[CandidateSummary]:
        """One page of the candidates in `scope`, filtered, counted (up to COUNT_CAP; not at
        all without `count`) and ordered by name (then id) in SQL, read in order from the
        listing index; each row is the list's summary, read with the page in one statement
        (no profile is loaded). `after` is the (sort_name, id) of the last one of the page
        before (keyset pagination: no row before it is read), `offset` skips rows after that.
        Every word must begin a term of the name, the headline or a skill's label, case and
        accents aside (core.texts.terms), found by the full-text index of those terms."""
        c = t.candidates
        wanted = list(dict.fromkeys(terms(" ".join(words))))
        total: int | None = None
        with self._tx() as conn:
            plan = WordPlan.of(conn, wanted, scope_words(scope, country))
            if plan.empty:
                return ListPage(items=[], total=0 if count else None)
            sort_key, key = plan.order
            conds = page_conds(scope, country, skill, key, scoped=plan.scoped)
            after_key = [] if after is None else [tuple_(sort_key, key) > tuple_(*after)]
            if count and plan.matches is not None and scope.candidate_id is None and not skill:
                total = plan.matches  # the index's matches are the page's rows: nothing to join
            elif count:
                # Counted up to one past the cap: reading every match is what the cap saves.
                rows_from, filtered = plan.rows(COUNT_CAP + 1, joined=COUNT_CAP + 1)
                counted = (select(key).select_from(rows_from).where(*conds, *filtered)
                           .limit(COUNT_CAP + 1).subquery())
                total = int(conn.execute(select(func.count()).select_from(counted))
                            .scalar_one())
            if total is not None and after is None and offset >= total <= COUNT_CAP:
                return ListPage(items=[], total=total)  # past the last row: nothing to walk
            rows_from, filtered = plan.rows(offset + limit + 1)
            page = (select(key.label("page_id"), sort_key.label("page_key"))
                    .select_from(rows_from)
                    .where(*conds, *filtered, *after_key).order_by(sort_key, key)
                    .limit(limit + 1).offset(offset).subquery())
            # Ordered by the page's own columns: ordered by the profiles', SQLite's planner (who
            # cannot know the page's limit) walked every profile in the listing index's order
            # and looked each up in the page (40 ms of a 'kubernetes' page's 70 at 100,000).
            rows = conn.execute(
                select(*[c.c[name] for name in SUMMARY_COLUMNS],
                       skills_of_row(conn.dialect.name).label("skill_pairs"))
                .join(page, page.c.page_id == c.c.id)
                .order_by(page.c.page_key, page.c.page_id)
            ).all()
        shown = [candidate_summary(r) for r in rows[:limit]]
        last = shown[-1] if len(rows) > limit else None
        return ListPage(
            items=shown, total=None if total is None else min(total, COUNT_CAP),
            total_exact=total is None or total <= COUNT_CAP,
            next_after=None if last is None else (last.sort_name, last.id),
        )

    def matching_pool(self, tenant_id: str | None) -> list[Candidate]:
        """The people a tenant's role may be matched against: its own candidates and the
        platform's, whose latest word on matching is a yes. Nobody else is read at all."""
        col = t.candidates.c.tenant_id
        where = col.is_(None) if tenant_id is None else or_(col == tenant_id, col.is_(None))
        return self._load_candidates(and_(where, consents_to_matching()))

    def delete_candidate(self, candidate_id: str) -> bool:
        with self._tx() as conn:
            result = conn.execute(delete(t.candidates).where(t.candidates.c.id == candidate_id))
        self.forget_read(candidate_id)
        return bool(result.rowcount)

    def _load_candidates(self, where: Any) -> list[Candidate]:
        with self._tx() as conn:
            rows = plain_rows(conn.execute(
                select(t.candidates).where(where).order_by(t.candidates.c.created_at,
                                                           t.candidates.c.id)
            ))
            ids = [r.id for r in rows]
            if not ids:
                return []
            dialect = conn.dialect.name
            evidence = grouped(plain_rows(
                conn.execute(
                    select(t.evidence).where(among(t.evidence.c.candidate_id, ids, dialect))
                    .order_by(t.evidence.c.position)
                )
            ))
            skills = grouped(plain_rows(
                conn.execute(
                    select(t.candidate_skills)
                    .where(among(t.candidate_skills.c.candidate_id, ids, dialect))
                    .order_by(t.candidate_skills.c.id)
                )
            ))
            consents = grouped(plain_rows(
                conn.execute(
                    select(t.consents).where(among(t.consents.c.candidate_id, ids, dialect))
                    .order_by(t.consents.c.id)
                )
            ))
        return [
            candidate_of(r, evidence.get(r.id, []), skills.get(r.id, []), consents.get(r.id, []))
            for r in rows
        ]
