"""Opening a store already at the latest migration skips alembic; any other store is upgraded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from tests.factories import PYTHON, make_candidate
from tests.store.conftest import migrate
from worldhire.core.models import EvidenceKind
from worldhire.store.protocol import PageScope
from worldhire.store.sql.engine import _at_head
from worldhire.store.sql.repository import SqlRepository


def test_only_a_store_at_the_one_head_skips_the_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine = create_engine(url)
    assert not _at_head(engine)  # no version table yet
    SqlRepository(url).close()
    assert _at_head(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not _at_head(engine)
    engine.dispose()


def test_the_listing_index_is_filled_from_the_profiles_stored_before_it(
    repo: SqlRepository,
) -> None:
    """Migration 0025 (PostgreSQL's listing table) fills from the stored profiles, and the
    profiles written after it are listed alike; a downgrade and upgrade again lose nothing."""
    acme = repo.ensure_tenant("acme").id
    repo.save_candidates([
        make_candidate({PYTHON: EvidenceKind.JOB}, name="Zuri Python", tenant_id=acme),
        make_candidate(name="Ana Analyst", headline="Data analyst", country="DE"),
        make_candidate({PYTHON: EvidenceKind.JOB}, name="Bo Builder", consent=False),
    ])

    def listed() -> list[list[str]]:
        return [[c.name for c in repo.candidate_page(scope, words=words, country=country).items]
                for scope, words, country in [(PageScope(acme), ["python"], None),
                                              (PageScope(), ["python"], None),
                                              (PageScope(acme), ["data"], "de")]]

    before = listed()
    assert before == [["Zuri Python"], ["Bo Builder", "Zuri Python"], ["Ana Analyst"]]
    migrate(repo, "downgrade", "0024")
    migrate(repo, "upgrade", "head")
    assert listed() == before
    repo.save_candidate(make_candidate({PYTHON: EvidenceKind.JOB}, name="Cy Coder",
                                       tenant_id=acme))
    assert listed()[0] == ["Cy Coder", "Zuri Python"]


def test_an_analysed_store_has_statistics_for_the_list_walk_indexes(tmp_path: Path) -> None:
    """A bulk load analyses candidates; migration 0034 then adds an index SQLite would take, for
    want of statistics, for a very selective one (a three-country shortlist over a million
    profiles walked 230,000 rows per keyword batch): it analyses the tables it indexes, as
    0040 does."""
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    repo.save_candidates([make_candidate(name=f"P{i}", country=("IN", "PL")[i % 2])
                          for i in range(12)])
    migrate(repo, "downgrade", "0033")
    with repo.engine.begin() as conn:
        conn.execute(text("ANALYZE candidates"))
    migrate(repo, "upgrade", "head")
    with repo.engine.connect() as conn:
        analysed = set(conn.execute(text("SELECT idx FROM sqlite_stat1")).scalars())
    repo.close()
    assert {"ix_candidates_country_listing", "ix_candidate_text_terms",
            "ix_candidates_pool_check"} <= analysed
