"""The bulk path (load_candidates: the driver's executemany, COPY on PostgreSQL) stores what the
normal save path stores: the same rows in every table, the same list terms and scope, the same
full-text hits and the same embedding jobs."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate
from tests.store.conftest import postgres_url
from worldhire.core.models import (
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceKind,
    OccupationRef,
    StatedPay,
)
from worldhire.store.protocol import PageScope, PoolFilter
from worldhire.store.sql import schema as t
from worldhire.store.sql.repository import SqlRepository

# Written at write time, so different between two writes: compared by kind, not by value.
WRITE_TIMES = frozenset({"updated_at", "queued_at"})
# And when a profile read from a file was made (and its consent given): two loads of a file.
READ_TIMES = WRITE_TIMES | {"created_at", "at"}
TABLES = (t.candidates, t.evidence, t.candidate_skills, t.consents, t.candidate_text,
          t.embedding_jobs)


@pytest.fixture
def twin(repo: SqlRepository, request: pytest.FixtureRequest,
         tmp_path: Path) -> Iterator[SqlRepository]:
    """A second empty store on the same backend as `repo`."""
    if repo.engine.dialect.name == "sqlite":
        url = f"sqlite:///{tmp_path / 'twin.db'}"
    else:
        url = postgres_url(request.getfixturevalue("postgres"))
    store = SqlRepository(url)
    yield store
    store.close()


def people(tenant_id: str) -> list[Candidate]:
    ada = make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT},
                         name="Ada Łukasiewicz", links=["https://github.com/ada"],
                         languages=["en", "pl"], work_authorization=["PL", "DE"],
                         available_from=date(2027, 1, 4), summary="Kubernetes at scale.",
                         headline="ML Engineer", location="Kraków, Poland",
                         pay_stated=StatedPay("PLN", 30_000, 32_000, "month", "net",
                                              "PLN 30-32k/month net", 98_000.0,
                                              date(2026, 11, 2)))
    ada.evidence[0].occupation = OccupationRef("http://data.europa.eu/esco/occupation/x",
                                               "machine learning engineer", "2512", 0.8)
    ada.skills[1].span = None
    bola = make_candidate({PYTHON: EvidenceKind.SKILLS}, consent=False, name="Bola Adé",
                          email=None, phone="+234 803 000 0000", country="NG",
                          timezone="Africa/Lagos", tenant_id=tenant_id, needs_sponsorship=True,
                          pay_expectation_usd=None, years_experience=None)
    bola.consents.append(Consent(ConsentPurpose.MATCHING, False, "withdrawn",
                                 at=datetime(2026, 5, 1, 12, 30, tzinfo=UTC)))
    chen = make_candidate(name="陈 Wei", country="SG", timezone="Asia/Singapore",
                          headline="C++ / CUDA developer")
    return [ada, bola, chen]


def stored_rows(repo: SqlRepository, times: frozenset[str] = WRITE_TIMES
                ) -> dict[str, list[Any]]:
    """Every row of the profile tables as the database holds it (the `times` by their type)."""
    out: dict[str, list[Any]] = {}
    with repo.engine.connect() as conn:
        for table in TABLES:
            order = "row" if table is t.candidate_text else table.c.keys()[0]
            result = conn.exec_driver_sql(f'SELECT * FROM {table.name} ORDER BY "{order}"')
            names = list(result.keys())
            out[table.name] = [
                tuple(type(v).__name__ if name in times else str(v)
                      for name, v in zip(names, row, strict=True))
                for row in result
            ]
        if conn.dialect.name == "sqlite":  # each full-text index, term by term
            for index in (t.SEARCH_TABLE, t.LISTING_TABLE):
                conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_terms USING "
                                     f"fts5vocab(main, {index}, 'instance')")
                out[index] = list(conn.exec_driver_sql(
                    f"SELECT * FROM temp.{index}_terms ORDER BY 1, 2, 3, 4"))
                assert out[index]
        else:  # the listing table the database fills from each text row (migration 0025)
            out[t.LISTING_TABLE] = list(conn.exec_driver_sql(
                f"SELECT row, candidate_id, sort_name, terms::text FROM {t.LISTING_TABLE} "
                "ORDER BY row"))
            assert out[t.LISTING_TABLE]
    return out


def found(repo: SqlRepository, tenant_id: str) -> list[Any]:
    """What the list, its word filter and scope, and the full-text search find."""
    pages = [repo.candidate_page(PageScope(tenant_id), words=words, country=country)
             for words, country in [((), None), (["kubern"], None), (["c++"], "SG"),
                                    (["ada"], "PL"), (["bola"], None)]]
    searches = [repo.search_profiles(PoolFilter(pool), words, 10)
                for pool in (None, tenant_id) for words in (["kubernetes"], ["python"],
                                                            ["production", "system"])]
    return [[(s.id, s.name) for s in page.items] for page in pages] + [
        [(cid, round(score, 6)) for cid, score in hits] for hits in searches]


def test_bulk_loaded_profiles_are_stored_as_saved_ones(
    repo: SqlRepository, twin: SqlRepository
) -> None:
    tenants = [store.ensure_tenant("acme").id for store in (repo, twin)]
    tenant = tenants[0]
    saved = people(tenant)
    loaded = copy.deepcopy(saved)
    with twin.engine.begin() as conn:  # the same tenant id in both stores
        conn.execute(t.tenants.update().values(id=tenant))
    # One stored before in both (the load rewrites it), then the rest.
    for store in (repo, twin):
        store.save_candidates(copy.deepcopy(saved[:1]))
    loaded[0].headline = saved[0].headline = "Staff ML Engineer"
    repo.save_candidates(saved)
    assert twin.load_candidates(iter(loaded), chunk=2) == 3
    later = make_candidate(name="Dara Ó Briain", headline="Kubernetes operator")
    for store in (repo, twin):  # the indexes' triggers are back after the load
        store.save_candidates([copy.deepcopy(later)])
    assert stored_rows(twin) == stored_rows(repo)
    for store in (repo, twin):
        if store.engine.dialect.name == "postgresql":
            # Words are weighed by the planner's statistics (as autovacuum keeps them).
            with store.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE candidate_text")
    assert found(twin, tenant) == found(repo, tenant)
    assert twin.embedding_backlog() == repo.embedding_backlog() == 4
    assert [c.id for c in twin.list_candidates(tenant)] == [c.id for c in
                                                            repo.list_candidates(tenant)]


def test_a_load_that_fails_mid_chunk_leaves_the_store_and_its_indexes_as_they_were(
    repo: SqlRepository
) -> None:
    first = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Eve Kowalska")
    repo.load_candidates([first])
    before = stored_rows(repo)
    broken = make_candidate({PYTHON: EvidenceKind.JOB}, name="Femi Ade")
    broken.evidence[0].id = first.evidence[0].id  # the evidence insert fails, after the texts'
    broken.skills[0].evidence_id = first.evidence[0].id
    with pytest.raises(IntegrityError):
        repo.load_candidates([make_candidate(name="Gao Yan"), broken])
    assert stored_rows(repo) == before
    repo.save_candidates([make_candidate(name="Hana Novak", headline="PyTorch engineer")])
    assert [s.name for s in repo.candidate_page(PageScope(), words=["pytorch"]).items] == [
        "Eve Kowalska", "Hana Novak"]
    assert len(repo.search_profiles(PoolFilter(None), ["pytorch"], 10)) == 2


def test_a_load_naming_an_unknown_tenant_is_refused_and_the_checks_stay_on(
    repo: SqlRepository
) -> None:
    stray = make_candidate(name="Ines Ruiz", tenant_id="ten_nobody")
    with pytest.raises(IntegrityError, match="ten_nobody"):
        repo.load_candidates([make_candidate(name="Jon Berg"), stray])
    with repo.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM candidates").scalar() == 0
    repo.load_candidates([make_candidate(name="Kim Lee")])
    if repo.engine.dialect.name == "sqlite":  # the load's connection is back with its checks
        pool = repo.engine.pool                # and its usual page cache
        assert isinstance(pool, QueuePool)
        pooled = [repo.engine.connect() for _ in range(pool.checkedin() or 1)]
        assert [(c.exec_driver_sql("PRAGMA foreign_keys").scalar(),
                 c.exec_driver_sql("PRAGMA cache_size").scalar()) for c in pooled] == [
            (1, -2000)] * len(pooled)
        for conn in pooled:
            conn.close()


def bulk_file(path: Path, count: int) -> Path:
    """`count` JSON Lines profiles (every 97th line broken), varied in every column."""
    skills = ["Python", "PyTorch", "Kubernetes", "SQL", "Rust", "Apache Spark", "dbt", "Zig-lang"]
    countries = ["BR", "IN", "DE", "PL", "NG", "VN"]
    lines = []
    for i in range(count):
        if i % 97 == 96:
            lines.append("{not json")
            continue
        mine = [skills[(i + k) % len(skills)] for k in range(1 + i % 4)]
        lines.append(json.dumps({
            "name": f"Person {i:05d}", "email": f"p{i}@example.com",
            "country": countries[i % len(countries)], "headline": f"Engineer {i % 7}",
            "experience": f"Built pipelines with {mine[0]} for {i % 13} years.",
            "skills": mine, "years_experience": i % 20, "pay_expectation": 30_000 + 97 * i,
            "needs_sponsorship": i % 3 == 0, "work_authorization": countries[: i % 3],
            "languages": "English (C1); Portuguese (native)" if i % 2 else None}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def by_content(repo: SqlRepository, rows: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """`rows` with each profile's id and its evidence ids named by the profile's name (and the
    item's position), each table's rows sorted: two loads of a file, which draw new ids."""
    with repo.engine.connect() as conn:
        names: dict[str, str] = dict(conn.exec_driver_sql("SELECT id, name FROM candidates").all())
        names |= {ev: f"{names[cid]}#{pos}" for ev, cid, pos in conn.exec_driver_sql(
            "SELECT id, candidate_id, position FROM evidence")}
    return {table: sorted(tuple(names.get(v, v) if isinstance(v, str) else v for v in row)
                          for row in values)
            for table, values in rows.items()}


def test_a_file_loaded_by_worker_processes_is_stored_as_one_process_stores_it(
    repo: SqlRepository, twin: SqlRepository, tmp_path: Path
) -> None:
    from worldhire.ingest.bulk import load, taxonomy_resolver

    path = bulk_file(tmp_path / "people.jsonl", 1_300)  # three tasks of TASK_ROWS rows
    tenants = [store.ensure_tenant("acme").id for store in (repo, twin)]
    resolve = taxonomy_resolver()
    alone = load(repo, path, consent_source="test", resolve=resolve, workers=1)
    shared = load(twin, path, consent_source="test", resolve=resolve, workers=2, chunk=700)
    assert (shared.loaded, shared.skipped, shared.errors) == (
        alone.loaded, alone.skipped, alone.errors) == (1_287, 13, alone.errors)
    assert by_content(twin, stored_rows(twin, READ_TIMES)) == by_content(
        repo, stored_rows(repo, READ_TIMES))
    assert found_by_name(twin, tenants[1]) == found_by_name(repo, tenants[0])
    assert twin.embedding_backlog() == repo.embedding_backlog() == 1_287
    assert twin.pool_size(tenants[1]) == repo.pool_size(tenants[0]) == 1_287


def found_by_name(repo: SqlRepository, tenant_id: str) -> list[Any]:
    """What the list pages and every hit of the full-text search find, by name (the hits of
    equal scores sorted: their order is their ids')."""
    pages = [[s.name for s in repo.candidate_page(PageScope(tenant_id), words=words,
                                                  country=country, offset=offset).items]
             for words, country, offset in [((), None, 0), ((), None, 1_000), (["pyt"], "IN", 0),
                                            (["zig"], None, 50), (["person", "0123"], None, 0)]]
    names = {c.id: c.name for c in repo.list_candidates()}
    searches = [sorted((round(score, 6), names[cid]) for cid, score in repo.search_profiles(
        PoolFilter(pool), words, 2_000)) for pool in (None, tenant_id)
        for words in (["kubernetes"], ["spark", "years"], ["zig"])]
    assert all(pages) and all(searches)
    return pages + searches


def test_prepared_batches_are_written_as_they_come(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch is written before the next is asked for (a bulk load's workers prepare the next
    while the store writes), and a transaction holds at least `chunk` profiles, batches whole."""
    from worldhire.store.sql import bulk_load

    writer = repo.bulk_writer()
    batches = [writer.prepare([make_candidate(name=f"P {i}-{k}") for k in range(2)])
               for i in range(5)]
    written: list[tuple[str, ...]] = []
    commits: list[int] = []
    monkeypatch.setattr(bulk_load, "insert_prepared",
                        lambda conn, batch: written.append(batch.ids))
    transactions = repo._load_transactions

    @contextmanager
    def counted() -> Iterator[Any]:
        with transactions() as transaction:
            @contextmanager
            def one() -> Iterator[Any]:
                with transaction() as conn:
                    yield conn
                commits.append(len(written))
            yield one

    monkeypatch.setattr(repo, "_load_transactions", counted)

    def handed_out() -> Iterator[Any]:
        for i, batch in enumerate(batches):
            assert len(written) == i  # every batch before this one is written
            yield batch

    assert repo.write_prepared(handed_out(), chunk=3) == 10
    assert written == [b.ids for b in batches]
    assert commits == [2, 4, 5]


def test_prepared_rows_hold_json_as_its_text(repo: SqlRepository) -> None:
    """A bulk load's workers serialise the JSON columns: the loading process only writes."""
    prepared = repo.bulk_writer().prepare(people(repo.ensure_tenant("acme").id))
    candidates = dict((name, (columns, rows)) for name, columns, rows in prepared.tables)
    columns, rows = candidates[t.candidates.name]
    for name in ("languages", "work_authorization", "links", "other_phones", "pay_stated"):
        values = [row[columns.index(name)] for row in rows]
        assert all(isinstance(v, str) for v in values), (name, values)
    assert json.loads(rows[0][columns.index("languages")]) == ["en", "pl"]
