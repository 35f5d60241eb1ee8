"""A page of the candidates list, as SQL: how its word filter is read from the listing index
(WordPlan), its predicates over the rows it is read from, and each row's summary read with the
page in one statement."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)

from worldhire.store.protocol import COUNT_CAP, CandidateSummary, PageScope, summary_skills
from worldhire.store.sql import schema as t
from worldhire.store.sql.listing import (
    PLATFORM_POOL,
    country_word,
    listing_checks,
    listing_match,
    listing_tsquery,
    tenant_word,
)
from worldhire.store.sql.mapping import in_utc, pay_from_json
from worldhire.store.sql.pool import consents_to_matching

# The profile's columns a list row shows (CandidateSummary).
SUMMARY_COLUMNS = ("id", "tenant_id", "name", "headline", "location", "country", "timezone",
                   "years_experience", "pay_expectation_usd", "pay_stated", "source_name",
                   "created_at", "sort_name")


def skills_of_row(dialect: str) -> Any:
    """The (skill id, label, score) mentions of the candidate of the row, as one JSON array: a
    list row reads its skills in the same statement as its columns."""
    s = t.candidate_skills
    if dialect == "sqlite":
        pairs: Any = func.json_group_array(func.json_array(s.c.skill_id, s.c.label, s.c.score))
    else:
        pairs = func.json_agg(func.json_build_array(s.c.skill_id, s.c.label, s.c.score))
    return (select(func.coalesce(pairs, literal_column("'[]'")))
            .where(s.c.candidate_id == t.candidates.c.id).scalar_subquery())


def candidate_summary(r: Any) -> CandidateSummary:
    pairs = r.skill_pairs
    if isinstance(pairs, str):  # SQLite hands JSON back as text
        pairs = json.loads(pairs)
    return CandidateSummary(
        id=r.id, tenant_id=r.tenant_id, name=r.name, headline=r.headline, location=r.location,
        country=r.country, timezone=r.timezone, years_experience=r.years_experience,
        pay_expectation_usd=r.pay_expectation_usd, pay_stated=pay_from_json(r.pay_stated),
        source_name=r.source_name, created_at=in_utc(r.created_at), sort_name=r.sort_name,
        skills=summary_skills((i, label, float(score)) for i, label, score in pairs),
    )


def page_conds(scope: PageScope, country: str | None, skill: str | None, key: Any, *,
                scoped: bool) -> list[Any]:
    """A list page's predicates over the rows it is read from (`key`: their profile id);
    `scoped` rows are already the scope's and the country's (a word filter's matches)."""
    c = t.candidates
    conds: list[Any] = []
    if scope.candidate_id is not None:
        conds.append(key == scope.candidate_id)
    elif scope.tenant_id is not None and not scoped:
        conds.append(or_(c.c.tenant_id == scope.tenant_id,
                         and_(c.c.tenant_id.is_(None), consents_to_matching())))
    if country and not scoped:
        conds.append(c.c.country == country.upper())
    if skill:
        s, want = t.candidate_skills, skill.lower()
        conds.append(exists().where(
            s.c.candidate_id == key,
            or_(func.lower(s.c.skill_id) == want, func.lower(s.c.label) == want)))
    return conds


def scope_words(scope: PageScope, country: str | None) -> list[list[str]]:
    """The listing index's words for a page's scope and country: a company's own profiles or
    the platform's that consent to matching; one person's page is read by id."""
    groups = []
    if scope.candidate_id is None and scope.tenant_id is not None:
        groups.append([tenant_word(scope.tenant_id), PLATFORM_POOL])
    if country:
        groups.append([country_word(country)])
    return groups


# PostgreSQL's listing index (migration 0025): a narrow table of each profile's sort key and its
# list terms and scope words as one tsvector, written by the database itself (as the FTS5 table
# of the same name on SQLite is), so not in the SQLAlchemy schema.
_PG_LISTING = table(t.LISTING_TABLE, column("candidate_id", String), column("sort_name", String),
                    column("terms"))


def _listing_rows(wanted: Sequence[str], scope: Sequence[Sequence[str]], *,
                  whole: bool = False) -> Any:
    """SQLite: the candidate_text rows (`rowid`) whose list terms begin with each of `wanted`
    (are each of them, `whole`) and whose scope words hold one of each group of `scope`, as the
    listing index finds them."""
    match = listing_match(wanted, scope, whole=whole)
    return (select(literal_column("rowid")).select_from(table(t.LISTING_TABLE))
            .where(text(f"{t.LISTING_TABLE} MATCH :listed").bindparams(listed=match)))


# Reading a list through a word filter on SQLite: looking one of the index's matches up by its
# row (to sort the matches) costs about ten times as much as walking one entry of
# schema.TEXT_TERMS_INDEX and checking its terms and scope there (measured at 1,000,000
# profiles, 'terraform' held by 50,000, a page 9,950 deep: 3.4 µs a match looked up against
# 0.33 µs an entry walked). The walk is dearest for a word held by about 3% of the pool, a page
# 10,000 deep: about 100 ms of CPU either way at a million profiles.
JOIN_COST = 10.0


@dataclass(frozen=True)
class WordPlan:
    """How a list's word filter is read: from the rows its words match, which are the page's
    scope's and country's already (the scope words are matched with them: `scoped`). On SQLite,
    by the number of the index's matches: a word most profiles hold is read by walking the
    text rows' index of sort key, terms and scope in order, checking each entry's words where
    they lie (the first page of 'python', held by 770,000 of 1,000,000, reads 65 entries), a
    rare one by looking its matches up and sorting them (walking would read most of the list
    to find them). On PostgreSQL from the listing table, whose planner chooses between the two
    itself."""

    wanted: Sequence[str]
    dialect: str
    scope: Sequence[Sequence[str]] = ()  # the page's scope words (scope_words)
    # SQLite: how many profiles in scope the words match (past COUNT_CAP, an estimate)
    matches: int | None = None
    held: int = 0  # SQLite: an upper bound of the profiles indexed

    @classmethod
    def of(cls, conn: Connection, wanted: Sequence[str],
           scope: Sequence[Sequence[str]]) -> WordPlan:
        dialect = conn.dialect.name
        if not wanted or dialect != "sqlite":
            return cls(wanted, dialect, scope)
        # The largest row number is the count of profiles written, an upper bound of those held.
        held = conn.execute(select(func.max(t.candidate_text.c.row))).scalar_one() or 0
        # Read up to one past the count's cap (what a page's count shows), in row order: a word
        # most profiles hold is not read to its end (77,000 matches of 'python' at 100,000
        # profiles, 9 ms). Past the cap, its matches are estimated from the row the last one
        # read lies in (rows are numbered as written): only the plan uses more than the cap.
        # A prefix's matches are read by FTS5 only once it has merged the postings of every
        # term it begins (34 ms of CPU for 'python', held by 770,000 of 1,000,000; 3 ms for
        # its first 10,001 matches as a whole term): the words as whole terms are read first,
        # and where they alone pass the cap, so do the prefixes, whose matches they estimate
        # from below (only the plan reads the estimate; in the bench store 'python' and
        # 'python*' match the same 769,985).
        rowid: Any = literal_column("rowid")
        for whole in (True, False):
            read = (_listing_rows(wanted, scope, whole=whole).order_by(rowid)
                    .limit(COUNT_CAP + 1).subquery())
            counted, last = conn.execute(select(func.count(), func.max(read.c.rowid))).one()
            if counted > COUNT_CAP:
                return cls(wanted, dialect, scope, max(counted, counted * held // last), held)
        return cls(wanted, dialect, scope, counted, held)

    @property
    def empty(self) -> bool:
        return self.matches == 0

    @property
    def scoped(self) -> bool:
        return bool(self.wanted)

    @property
    def order(self) -> tuple[Any, Any]:
        """The sort key and the profile id of the rows read."""
        if not self.wanted:
            return t.candidates.c.sort_name, t.candidates.c.id
        source = t.candidate_text.c if self.dialect == "sqlite" else _PG_LISTING.c
        return source.sort_name, source.candidate_id

    def rows(self, reach: int, *, joined: int | None = None) -> tuple[Any, list[Any]]:
        """What to read the first `reach` rows of the list from, and the predicates that filter
        it; `joined` is how many matches the other way looks up (all of them to sort a page)."""
        if not self.wanted:
            return t.candidates, []
        if self.dialect != "sqlite":
            match = text(f"{t.LISTING_TABLE}.terms @@ CAST(:listed AS tsquery)").bindparams(
                listed=listing_tsquery(self.wanted, self.scope))
            return _PG_LISTING, [match]
        assert self.matches is not None  # SQLite counts its matches first
        ct = t.candidate_text
        walked = min(self.held, reach * self.held / self.matches)
        if walked >= JOIN_COST * min(self.matches, joined or self.matches):
            matched = _listing_rows(self.wanted, self.scope).subquery()
            return ct.join(matched, ct.c.row == matched.c.rowid), []
        return ct, listing_checks(ct.c.list_terms, ct.c.list_scope, self.wanted, self.scope)
