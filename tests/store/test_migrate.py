"""Opening a store already at the latest migration skips alembic; any other store is upgraded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import create_engine, text

from tests.factories import PYTHON, make_candidate
from tests.store.conftest import migrate, postgres_url
from worldhire.core.models import EvidenceKind
from worldhire.store.held import pgvector
from worldhire.store.held.pgvector import PgVectorIndex
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


def test_a_projection_made_before_0051_is_given_its_profiles_countries_in_their_order(
    postgres: object, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Migration 0051 fills the country of each row of a pgvector table's projection from its
    owner's profile and rewrites the rows in order of it (a region's rows on a run of pages)."""
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 20)
    monkeypatch.setattr(pgvector, "PROJECTED_DIM", 4)
    repo = SqlRepository(postgres_url(postgres))
    people = [make_candidate(name=f"P{i}", country=("PL", "BR", "DE")[i % 3]) for i in range(30)]
    repo.save_candidates(people)
    vectors = repo.profile_vectors("bench-free-model", 16)
    assert isinstance(vectors, PgVectorIndex)
    rows = np.random.default_rng(4).normal(size=(30, 16)).astype(np.float32)
    vectors.upsert([p.id for p in people], rows / np.linalg.norm(rows, axis=1, keepdims=True))
    assert vectors.project()
    migrate(repo, "downgrade", "0050")
    with repo.engine.begin() as conn:  # as a projection made before 0051 lay: by key
        conn.execute(text(f"CREATE TEMP TABLE kept AS SELECT * FROM {vectors.short_table}"))
        conn.execute(text(f"TRUNCATE {vectors.short_table}"))
        conn.execute(text(f"INSERT INTO {vectors.short_table} SELECT * FROM kept ORDER BY key"))
    migrate(repo, "upgrade", "head")
    with repo.engine.begin() as conn:
        kept = conn.execute(text(
            f"SELECT key, country FROM {vectors.short_table} ORDER BY ctid")).all()
    repo.close()
    assert dict(kept) == {p.id: p.country for p in people}
    assert [country for _, country in kept] == sorted(str(p.country) for p in people)
