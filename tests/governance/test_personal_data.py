"""The personal-data registry covers the schema: every table the models declare and every table a
migrated database holds (FTS5 shadow tables included) is either listed with how a person's rows
are found and erased, or marked as holding none with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tests.factories import make_candidate
from tests.store.conftest import postgres, postgres_url
from worldhire.governance.export import subject_access
from worldhire.governance.personal_data import (
    NO_PERSONAL_DATA,
    PERSONAL_DATA,
    POSTGRES_SEARCH_INDEX_TABLES,
    RECORDS,
    SEARCH_INDEX_TABLES,
    VECTOR_TABLE_PREFIX,
    registered_tables,
    unregistered,
)
from worldhire.governance.store import Governance
from worldhire.store.sql import schema as t
from worldhire.store.sql.repository import SqlRepository

__all__ = ["postgres"]  # the session's PostgreSQL server (pgserver), as the store suite's


def test_every_declared_table_is_registered() -> None:
    assert unregistered(set(t.metadata.tables)) == []
    # The check is not vacuous: a table nobody registered is reported.
    assert unregistered({*t.metadata.tables, "candidate_photos"}) == ["candidate_photos"]


def test_every_table_of_a_migrated_database_is_registered(tmp_path: Path) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'w.db'}")
    with repo.engine.begin() as conn:
        names = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
    repo.close()
    assert set(SEARCH_INDEX_TABLES) - set(POSTGRES_SEARCH_INDEX_TABLES) <= names
    assert unregistered(names) == []
    # No entry outlives its table (PostgreSQL's postings table is on PostgreSQL alone).
    assert registered_tables() - set(POSTGRES_SEARCH_INDEX_TABLES) - names == set()


def test_every_table_of_a_migrated_postgresql_is_registered(postgres: object) -> None:
    """The same on PostgreSQL, with the pgvector table of profile vectors made at run time; every
    schema the store's user can write to is looked at, not only `public`."""
    repo = SqlRepository(postgres_url(postgres))
    repo.profile_vectors("all-MiniLM-L6-v2", 384)
    with repo.engine.begin() as conn:
        rows = conn.execute(text(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")).all()
        conn.execute(text("CREATE TABLE candidate_photos (candidate_id varchar(36))"))
        with_photos = set(inspect(conn).get_table_names())
    repo.close()
    assert {schema for schema, _ in rows} == {"public"}
    names = {name for _, name in rows}
    assert unregistered(names) == []
    assert set(POSTGRES_SEARCH_INDEX_TABLES) <= names
    # SQLite's full-text index is a column of candidate_text here.
    sqlite_only = {e.table for e in NO_PERSONAL_DATA if e.sqlite_only}
    assert registered_tables() - set(SEARCH_INDEX_TABLES) - sqlite_only - names == set()
    # A table added on PostgreSQL alone is found too.
    assert unregistered(with_photos) == ["candidate_photos"]
    assert any(name.startswith(VECTOR_TABLE_PREFIX) for name in names)


def test_the_vector_tables_the_registry_names_are_the_ones_erasure_purges() -> None:
    from worldhire.store.held.pgvector import TABLE_PREFIX

    assert VECTOR_TABLE_PREFIX == TABLE_PREFIX


def test_entries_name_real_columns_once(tmp_path: Path) -> None:
    tables = [e.table for e in PERSONAL_DATA] + [e.table for e in NO_PERSONAL_DATA]
    assert len(tables) == len(set(tables))
    assert all(e.reason for e in NO_PERSONAL_DATA)
    for held in PERSONAL_DATA:
        columns = set(t.metadata.tables[held.table].columns.keys())
        assert held.key in columns, held
        assert set(held.withheld) <= columns, held


def test_erasure_order_deletes_children_before_parents() -> None:
    """A row that points at another registered row is deleted first (the registry's order is
    erasure's), so no foreign key stops it and nothing is found through a row already gone."""
    place = {e.table: i for i, e in enumerate(PERSONAL_DATA)}
    for held in PERSONAL_DATA:
        for key in t.metadata.tables[held.table].foreign_keys:
            parent = key.column.table.name
            if parent in place:
                assert place[held.table] < place[parent], (held.table, parent)


@pytest.fixture
def gov(tmp_path: Path) -> Governance:
    return Governance(SqlRepository(f"sqlite:///{tmp_path / 'main.db'}"), tmp_path)


def test_the_export_has_every_section_the_registry_names(gov: Governance) -> None:
    person = make_candidate(name="Ana Lima", email="ana@lima.example")
    gov.repo.save_candidate(person)
    exported = subject_access(gov, person.id).model_dump(mode="json")
    sections = {e.export for e in PERSONAL_DATA if not e.export.startswith("none")}
    assert sections - set(exported) == set()
    direct_records = {e.table for e in PERSONAL_DATA if e.export == RECORDS}
    assert set(exported[RECORDS]) == direct_records
    assert exported[RECORDS]["candidate_text"][0]["candidate_id"] == person.id


def test_the_declared_schema_matches_the_inspected_one(tmp_path: Path) -> None:
    """The metadata the registry is checked against is the schema the migrations build."""
    repo = SqlRepository(f"sqlite:///{tmp_path / 'w.db'}")
    built = set(inspect(repo.engine).get_table_names())
    repo.close()
    assert set(t.metadata.tables) <= built


def test_the_planners_statistics_keep_no_value_of_an_erased_person(postgres: object) -> None:
    """PostgreSQL's ANALYZE (a bulk load runs it, autovacuum too) copies sample values of every
    column into pg_stats: erasure analyses again, and vacuums the deleted rows away."""
    from worldhire.governance.erasure import erase_candidate

    repo = SqlRepository(postgres_url(postgres))
    people = [make_candidate(name=f"Person {i}") for i in range(30)]
    for i, person in enumerate(people):
        person.email = f"person{i}.zqv@example.com"
    repo.save_candidates(people)

    def in_statistics(value: str) -> bool:
        with repo.engine.begin() as conn:
            return bool(conn.execute(text(
                "SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND "
                "(histogram_bounds::text LIKE :v OR most_common_vals::text LIKE :v)"),
                {"v": f"%{value}%"}).first())

    with repo.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE candidates")
    erased = people[7].email
    assert erased is not None and in_statistics(erased)
    erase_candidate(Governance(repo, None), people[7].id)
    assert not in_statistics(erased)
    assert in_statistics(str(people[8].email))
    repo.close()
