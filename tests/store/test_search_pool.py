"""SQLite's pool table (migration 0041): each searched text's row with its profile's pool columns,
kept exact by triggers through every write, edit and erasure, and the keyword stage's check of
its rows against a pool read from it alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text

from tests.factories import PYTORCH, make_candidate
from tests.statements import statements_sent
from tests.store.conftest import migrate
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.governance.erasure import erase_candidate
from worldhire.governance.store import Governance
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql import impacts, pool_search
from worldhire.store.sql import schema as t
from worldhire.store.sql.keyword_search import full_text
from worldhire.store.sql.pool import pool_rows, pool_where
from worldhire.store.sql.repository import SqlRepository

COPIED = ", ".join(f"c.{name}" for name in t.POOL_COLUMNS)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SqlRepository:
    monkeypatch.setattr(impacts, "ACTIVE", 0)  # every store here is large enough to index
    return SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")


def people(tenant: str | None = None) -> list[Candidate]:
    """Profiles that differ in every column a pool reads."""
    out = []
    for i in range(12):
        out.append(make_candidate(
            {PYTORCH: EvidenceKind.JOB}, consent=i % 5 != 0, name=f"P{i}", tenant_id=tenant,
            country=["PL", "BR", "DE", "IN"][i % 4], needs_sponsorship=i % 3 == 0,
            work_authorization=["US"] if i % 4 == 3 else [],
            pay_expectation_usd=None if i % 6 == 0 else 40_000.0 + 10_000 * i,
            timezone=["Europe/Warsaw", "America/Sao_Paulo", ""][i % 3],
            work_start_hour=8.0 + i % 3, summary=f"pytorch kafka {'spark ' * (i % 4)}"))
    return out


def copied(repo: SqlRepository) -> list[Any]:
    """The pool table's rows."""
    with repo.engine.connect() as conn:
        return list(conn.execute(text(
            f"SELECT row, {', '.join(t.POOL_COLUMNS)} FROM {t.POOL_TABLE} ORDER BY row")))


def stored(repo: SqlRepository) -> list[Any]:
    """Each searched text's row with its profile's pool columns, as candidates holds them."""
    with repo.engine.connect() as conn:
        return list(conn.execute(text(
            f"SELECT ct.row, {COPIED} FROM candidate_text AS ct "
            "JOIN candidates AS c ON c.id = ct.candidate_id ORDER BY ct.row")))


def test_the_pool_table_follows_writes_edits_and_erasure(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("Acme").id
    everyone = people()
    theirs = people(tenant)
    repo.save_candidates(everyone[:6])
    assert repo.load_candidates(everyone[6:] + theirs) == 18  # the bulk path, batched
    assert len(copied(repo)) == 24 and copied(repo) == stored(repo)
    edited = everyone[0]
    edited.country, edited.pay_expectation_usd, edited.timezone = "FR", 99_000.0, "Asia/Tokyo"
    repo.save_candidate(edited)  # the text is written again, the profile's row updated
    with repo.engine.begin() as conn:  # a column changed in place: the trigger copies it
        conn.execute(text("UPDATE candidates SET matching_consent = NOT matching_consent, "
                          "work_authorization = '[\"EU\"]', tenant_id = :tenant "
                          "WHERE id = :id"), {"tenant": tenant, "id": everyone[1].id})
    assert copied(repo) == stored(repo)
    assert "FR" in {row.country for row in copied(repo)}
    with repo.engine.connect() as conn:
        gone = set(conn.execute(select(t.candidate_text.c.row).where(
            t.candidate_text.c.candidate_id.in_([everyone[2].id, everyone[3].id]))).scalars())
    repo.delete_candidate(everyone[2].id)
    erase_candidate(Governance(repo), everyone[3].id, compact=False)
    assert len(gone) == 2 and gone.isdisjoint(row.row for row in copied(repo))
    with repo.engine.begin() as conn:  # a tenant's profiles go with it (the cascade)
        conn.execute(text("DELETE FROM tenants WHERE id = :id"), {"id": tenant})
    assert len(copied(repo)) == 24 - 2 - 13  # the tenant's 12 and everyone[1], moved to it
    assert copied(repo) == stored(repo)


def test_the_migration_copies_the_profiles_stored_before_it(repo: SqlRepository) -> None:
    repo.save_candidates(people())
    migrate(repo, "downgrade", "0040")
    migrate(repo, "upgrade", "head")
    assert len(copied(repo)) == 12 and copied(repo) == stored(repo)


POOLS = [
    PoolFilter(None),
    PoolFilter("tenant"),
    PoolFilter(None, countries=frozenset({"PL", "IN"})),
    PoolFilter(None, authorised=(("US", frozenset({"US"})),)),
    PoolFilter(None, no_sponsorship=True, max_pay_usd=90_000.0),
    PoolFilter(None, windows=frozenset({("Europe/Warsaw", 8.0, 17.0)})),
]


@pytest.mark.parametrize("pool", POOLS)
def test_the_keyword_stage_checks_rows_against_the_pool_table_alone(
    repo: SqlRepository, pool: PoolFilter,
) -> None:
    """The rows `pool_rows` admits are those whose profiles the pool's predicates over
    candidates admit, and it reads neither candidate_text's rows nor the profiles'."""
    pool = PoolFilter(repo.ensure_tenant("Acme").id) if pool.tenant_id else pool
    repo.save_candidates(people() + people(pool.tenant_id))
    with repo.engine.connect() as conn:
        every = [row for row, in conn.execute(text("SELECT row FROM candidate_text"))]
        admitted = set(conn.execute(
            select(t.candidate_text.c.row)
            .join(t.candidates, t.candidates.c.id == t.candidate_text.c.candidate_id)
            .where(pool_where(pool))).scalars())
        read: set[str] = set()

        def reads(action: int, table: str | None, *_: Any) -> int:
            if action == sqlite3.SQLITE_READ and table:
                read.add(table)
            return sqlite3.SQLITE_OK

        driver = conn.connection.driver_connection
        assert driver is not None
        driver.set_authorizer(reads)
        try:
            found = pool_rows(conn, pool, every)
        finally:
            driver.set_authorizer(None)
    assert 0 < len(admitted) < len(every)
    assert found == admitted
    assert read & {"candidate_text", "candidates"} == set()


def test_the_pool_is_checked_in_parts_as_large_as_its_share_says(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The impact-ordered stage checks a first part of its rows against the pool, then as many
    more as the share of the pool among them says hold the members it still wants: two
    statements where parts of a fixed size took four, with the same result (FTS5's ranking of
    the pool, where every posting is read)."""
    repo.save_candidates(people() + [make_candidate(name=f"Q{i}", summary="pytorch kafka "
                                                    + "notes " * i) for i in range(24)])
    monkeypatch.setattr(pool_search, "RANKED_POSTINGS", 0)
    monkeypatch.setattr(impacts, "CHECKED", 3)
    parts: list[int] = []
    checks = pool_rows

    def counted(conn: Connection, pool: PoolFilter, rows: list[int]) -> set[int]:
        parts.append(len(rows))
        members: set[int] = checks(conn, pool, rows)
        return members

    monkeypatch.setattr(pool_search, "pool_rows", counted)
    pool = PoolFilter(None, countries=frozenset({"PL"}))  # 26 of the 36 profiles
    words = ["pytorch", "kafka", "spark"]
    found = repo.search_profiles(pool, words, 1)  # the best of the pool's 8 best by impacts
    with repo.engine.connect() as conn:
        every = full_text(conn, words, 1, pool_where(pool), None)
    assert [cid for cid, _ in found] == [cid for cid, _ in every]
    assert [score for _, score in found] == pytest.approx([score for _, score in every])
    assert len(parts) == 2 and parts[0] == 3


def test_the_bulk_path_writes_a_batchs_pool_rows_with_one_statement(
    repo: SqlRepository,
) -> None:
    """A bulk load lifts candidate_text's insert triggers (the pool table's among them) for the
    batch and does their work with one statement each; a trigger the load does not know would
    have kept them all, row by row (rows._BATCHED)."""
    with statements_sent(repo.engine) as sent:
        assert repo.load_candidates(people()) == 12
    lifted = [s.split()[-1] for s in sent if s.startswith("DROP TRIGGER")]
    assert "candidate_text_pool_added" in lifted
    assert copied(repo) == stored(repo)
