"""On PostgreSQL the pool's vectors are the store's own: the embedding queue writes the
pgvector table and every shortlist, small pool or large, searches it; no index file is kept
under the home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from tests.statements import statements_sent
from worldhire.core.models import EvidenceKind
from worldhire.embed import HashEmbedder
from worldhire.index.pool import index_folder
from worldhire.index.queue import drain
from worldhire.index.role_vectors import role_vector as stored_role_vector
from worldhire.match import service
from worldhire.match.service import shortlist
from worldhire.match.store_search import dense_hits
from worldhire.store.held import pgvector
from worldhire.store.held.pgvector import TABLE_PREFIX, PgVectorIndex
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql.repository import SqlRepository

EMBEDDER = HashEmbedder(dim=64)


@pytest.fixture
def pg_repo(pg_url: str) -> Iterator[SqlRepository]:
    repo = SqlRepository(pg_url)
    yield repo
    repo.close()


@pytest.mark.parametrize("large", [False, True], ids=["whole-pool", "in-store"])
def test_the_queue_writes_pgvector_and_every_shortlist_searches_it(
    pg_repo: SqlRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: bool,
) -> None:
    if large:
        monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    tenant = pg_repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id)
    pg_repo.save_role(role)
    pool = [make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT},
                           name=f"P{i}", tenant_id=tenant.id) for i in range(6)]
    pg_repo.save_candidates(pool)

    assert drain(pg_repo, EMBEDDER, tmp_path).embedded == len(pool)
    table = pg_repo.profile_vectors(EMBEDDER.name, EMBEDDER.dim)
    assert table is not None and len(table) == len(pool)
    assert not index_folder(tmp_path, EMBEDDER).exists()

    ranked = shortlist(pg_repo, role.id, top=3, embedder=EMBEDDER, index_home=tmp_path)
    relevance = [c for r in ranked.results for c in r.explanation.criteria
                 if c.name == "relevance"]
    assert len(relevance) == len(ranked.results) == 3
    assert all("by meaning" in c.detail for c in relevance)

    pool[0].summary = "now builds compilers in Rust"
    pg_repo.save_candidate(pool[0])
    assert drain(pg_repo, EMBEDDER, tmp_path).embedded == 1  # only the changed text


def test_sqlite_keeps_the_pool_index_under_the_home(tmp_path: Path) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    repo.save_candidates([make_candidate({PYTORCH: EvidenceKind.JOB})])
    assert repo.profile_vectors(EMBEDDER.name, EMBEDDER.dim) is None
    assert drain(repo, EMBEDDER, tmp_path).embedded == 1
    assert index_folder(tmp_path, EMBEDDER).exists()
    repo.close()


def test_vectors_another_process_wrote_are_searched(pg_url: str, tmp_path: Path) -> None:
    """The API's process holds the table's row map; a CLI import embeds in a process of its own."""
    reader, writer = SqlRepository(pg_url), SqlRepository(pg_url)
    tenant = writer.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id)
    writer.save_role(role)
    writer.save_candidates([make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}",
                                           tenant_id=tenant.id) for i in range(3)])
    drain(writer, EMBEDDER, tmp_path)
    shortlist(reader, role.id, embedder=EMBEDDER, index_home=tmp_path)
    later = make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.JOB},
                           name="Later", tenant_id=tenant.id)
    writer.save_candidate(later)
    drain(writer, EMBEDDER, tmp_path)
    ranked = shortlist(reader, role.id, top=10, embedder=EMBEDDER, index_home=tmp_path)
    found = next(r for r in ranked.results if r.candidate.id == later.id)
    assert any(c.name == "relevance" and "by meaning" in c.detail
               for c in found.explanation.criteria)
    reader.close()
    writer.close()


def test_an_in_store_shortlist_asks_whether_vectors_are_held_never_how_many(
    pg_repo: SqlRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A count of the vector table cost 19 ms of the server's CPU a shortlist at 100,000
    profiles; whether it holds any decides alone if the role's vector is read."""
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    tenant = pg_repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id)
    pg_repo.save_role(role)
    pg_repo.save_candidates([make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}",
                                            tenant_id=tenant.id) for i in range(4)])
    asked: list[str] = []

    def role_vector(repo: Any, embedder: Any, asked_for: Any) -> Any:
        asked.append(asked_for.id)
        return stored_role_vector(repo, embedder, asked_for)

    monkeypatch.setattr(service, "role_vector", role_vector)
    empty = shortlist(pg_repo, role.id, top=3, embedder=EMBEDDER, index_home=tmp_path)
    assert asked == [] and len(empty.results) == 3  # by keywords alone
    drain(pg_repo, EMBEDDER, tmp_path)
    with statements_sent(pg_repo.engine) as sent:
        shortlist(pg_repo, role.id, top=3, embedder=EMBEDDER, index_home=tmp_path)
    statements = [s.lower() for s in sent]
    assert asked == [role.id]
    assert any(TABLE_PREFIX in s for s in statements)
    assert not any("count(" in s for s in statements if TABLE_PREFIX in s)


def test_a_filtered_pool_the_graph_misses_is_searched_without_reading_its_ids(
    pg_repo: SqlRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tenant = pg_repo.ensure_tenant("acme")
    crowd = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", tenant_id=tenant.id)
             for i in range(30)]
    few = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"D{i}", tenant_id=tenant.id,
                          country="DE") for i in range(3)]
    pg_repo.save_candidates([*crowd, *few])
    drain(pg_repo, EMBEDDER, tmp_path)
    vectors = pg_repo.profile_vectors(EMBEDDER.name, EMBEDDER.dim)
    assert vectors is not None
    pool = PoolFilter(tenant.id, countries=frozenset({"DE"}))
    query = EMBEDDER.embed(["pytorch in production"])[0]
    allowed = vectors.search(query, 5, vectors.row_mask(pg_repo.pool_ids(pool)))

    def read_whole(*_: Any) -> list[str]:
        raise AssertionError("the pool's ids were read")

    monkeypatch.setattr(SqlRepository, "pool_ids", read_whole)
    found = dense_hits(pg_repo, pool, query, 5, vectors)  # 20 asked of the graph: 3 of them
    assert found == allowed and {h.key for h in found} == {c.id for c in few}


def test_a_pool_of_some_countries_reads_their_projection_rows_which_follow_a_move(
    pg_repo: SqlRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each projection row keeps its profile's country (migration 0051's trigger changes it with
    the profile's), so a pool of some countries is ranked on their rows alone."""
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 20)  # a table large enough to project
    monkeypatch.setattr(pgvector, "PROJECTED_DIM", 8)
    monkeypatch.setattr(pgvector, "MAX_EF_SEARCH", 1)  # the graph cannot fill the pool
    tenant = pg_repo.ensure_tenant("acme")
    places = ["PL", "DE", "BR"]
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", tenant_id=tenant.id,
                             country=places[i % 3], summary=f"Tunes harbour crane model {i}")
              for i in range(60)]
    pg_repo.save_candidates(people)
    drain(pg_repo, EMBEDDER, tmp_path)
    vectors = pg_repo.profile_vectors(EMBEDDER.name, EMBEDDER.dim)
    assert isinstance(vectors, PgVectorIndex) and vectors.project()
    mover = people[2]
    mover.country = "DE"  # from Brazil; not embedded again: only the trigger moves its row
    pg_repo.save_candidate(mover)
    with pg_repo.engine.begin() as conn:
        kept = {key: country for key, country in conn.execute(text(
            f"SELECT key, country FROM {vectors.short_table}"))}
    assert kept == {p.id: p.country for p in people}

    pool = PoolFilter(tenant.id, countries=frozenset({"PL", "DE"}))
    exact = vectors.search(EMBEDDER.embed(["harbour crane model 2"])[0], 5,
                           vectors.row_mask(pg_repo.pool_ids(pool)))
    for query in EMBEDDER.embed(["harbour crane model 2", "pytorch tuning", "model 31"]):
        with statements_sent(pg_repo.engine) as sent:
            found = pg_repo.nearest_in_pool(pool, query, 5, vectors)
        want = vectors.search(query, 5, vectors.row_mask(pg_repo.pool_ids(pool)))
        assert found is not None and set(pg_repo.in_pool(pool, [h.key for h in found])) == {
            h.key for h in found}
        # The same scores (the hashed words tie some profiles, the order of ties is the scan's).
        assert [round(h.score, 5) for h in found] == [round(h.score, 5) for h in want]
        scans = [s for s in sent if f"FROM {vectors.short_table}" in s]
        assert len(scans) == 1 and f"{vectors.short_table}.country IN" in scans[0]
    assert mover.id in {h.key for h in exact}
