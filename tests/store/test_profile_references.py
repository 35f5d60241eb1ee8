"""The rows written beside each profile (its embedding job, searched text, evidence, skills and
consents) name a stored profile and go with it, however they are written: one at a time, a
statement's worth at once, or a bulk load's COPY (on PostgreSQL, one check per statement since
migration 0037 instead of the foreign keys' check per row)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from tests.factories import KUBERNETES, PYTHON, make_candidate
from worldhire.core.models import EvidenceKind
from worldhire.store.sql import schema as t
from worldhire.store.sql.repository import SqlRepository

CHILDREN = tuple(t.metadata.tables[name] for name in t.PROFILE_ROW_TABLES)
NOBODY = "cand_nobody"


def counts(repo: SqlRepository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (t.candidates, *CHILDREN)}


def a_row(repo: SqlRepository, table: Any) -> dict[str, Any]:
    """A stored row of `table`, less its generated columns, as an insert takes it."""
    with repo.engine.connect() as conn:
        row = dict(conn.execute(select(table).limit(1)).mappings().one())
    for generated in ("row", "id", "candidate_search_vector"):
        if generated in row and (generated != "id" or table is not t.evidence):
            del row[generated]
    if table is t.evidence:
        row["id"] = "ev_copy"
    return row


@pytest.mark.parametrize("table", CHILDREN, ids=lambda table: table.name)
def test_a_row_naming_no_stored_profile_is_refused(repo: SqlRepository, table: Any) -> None:
    ada = make_candidate({PYTHON: EvidenceKind.JOB}, name="Ada Lima")
    repo.save_candidates([ada])
    row = a_row(repo, table)
    before = counts(repo)
    if table is t.embedding_jobs or table is t.candidate_text:  # one row a profile
        with repo.engine.begin() as conn:
            conn.execute(table.delete())
        before = counts(repo)
    with pytest.raises(IntegrityError), repo.engine.begin() as conn:
        # One statement: the stored profile's row and one naming nobody.
        conn.execute(insert(table), [row, {**row, "candidate_id": NOBODY,
                                           **({"id": "ev_stray"} if table is t.evidence else {})}])
    assert counts(repo) == before
    with repo.engine.begin() as conn:
        conn.execute(insert(table), [row])  # the stored profile's alone is taken
    assert counts(repo)[table.name] == before[table.name] + 1


def test_a_bulk_load_whose_rows_name_no_stored_profile_is_refused(repo: SqlRepository) -> None:
    if repo.engine.dialect.name == "sqlite":
        pytest.skip("SQLite's bulk load checks no foreign key: its rows are made with their "
                    "profiles (store.sql.bulk_load._load_transactions)")
    repo.save_candidates([make_candidate(name="Ada Lima")])
    before = counts(repo)
    writer = repo.bulk_writer()
    prepared = writer.prepare([make_candidate({KUBERNETES: EvidenceKind.JOB}, name=f"P {i}")
                               for i in range(3)])
    tables = []
    for name, columns, values in prepared.tables:
        if name == t.candidate_skills.name:  # the last profile's skill names nobody
            at = columns.index("candidate_id")
            values = [*values[:-1], tuple(NOBODY if i == at else v
                                          for i, v in enumerate(values[-1]))]
        tables.append((name, columns, values))
    broken = dataclasses.replace(prepared, tables=tuple(tables))
    with pytest.raises(IntegrityError, match=f"(?s)candidate_skills.*{NOBODY}"):
        repo.write_prepared([broken])
    assert counts(repo) == before
    assert repo.write_prepared([prepared]) == 3
    assert counts(repo)["candidate_skills"] == before["candidate_skills"] + 3


def test_deleting_profiles_deletes_their_rows_in_every_table(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme").id
    kept, gone, loaded = (make_candidate({PYTHON: EvidenceKind.JOB, KUBERNETES: EvidenceKind.JOB},
                                         name=name, tenant_id=tenant)
                          for name in ("Kept One", "Gone One", "Loaded One"))
    kept.tenant_id = None
    repo.save_candidates([kept, gone])
    repo.load_candidates([loaded])
    alone = counts(repo)
    repo.delete_candidate(gone.id)
    after_one = counts(repo)
    assert after_one["candidates"] == alone["candidates"] - 1
    assert all(after_one[table.name] < alone[table.name] for table in CHILDREN)
    with repo.engine.begin() as conn:  # the tenant's profiles go with it
        conn.execute(t.tenants.delete().where(t.tenants.c.id == tenant))
    with repo.engine.connect() as conn:
        for table in CHILDREN:
            assert set(conn.execute(select(table.c.candidate_id)).scalars()) == {kept.id}


def test_a_row_cannot_be_moved_to_no_profile_nor_a_named_profile_renamed(
    repo: SqlRepository
) -> None:
    ada, bea = (make_candidate({PYTHON: EvidenceKind.JOB}, name=name) for name in ("Ada", "Bea"))
    repo.save_candidates([ada, bea])
    skills = t.candidate_skills
    with pytest.raises(IntegrityError), repo.engine.begin() as conn:
        conn.execute(update(skills).where(skills.c.candidate_id == ada.id)
                     .values(candidate_id=NOBODY))
    with repo.engine.begin() as conn:  # to another stored profile: taken
        conn.execute(update(skills).where(skills.c.candidate_id == ada.id)
                     .values(candidate_id=bea.id))
    with pytest.raises(IntegrityError), repo.engine.begin() as conn:
        conn.execute(update(t.candidates).where(t.candidates.c.id == bea.id)
                     .values(id="cand_renamed"))
    with repo.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(skills)
                            .where(skills.c.candidate_id == bea.id)).scalar_one() == 2


def test_a_profile_named_by_rows_being_written_waits_for_them_to_be_deleted(
    repo: SqlRepository
) -> None:
    """The check locks a profile another transaction stored, as the foreign key did: it cannot
    be deleted between the check and the commit (which would leave rows naming nobody)."""
    if repo.engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time")
    ada = make_candidate({PYTHON: EvidenceKind.JOB}, name="Ada Lima")
    repo.save_candidates([ada])
    row = a_row(repo, t.candidate_skills)
    with repo.engine.connect() as writing, repo.engine.connect() as deleting:
        writing.execute(insert(t.candidate_skills), [row])  # not committed yet
        deleting.exec_driver_sql("SET lock_timeout = '300ms'")
        with pytest.raises(OperationalError, match="lock timeout"):
            deleting.execute(t.candidates.delete().where(t.candidates.c.id == ada.id))
        deleting.rollback()
        writing.commit()
    assert repo.delete_candidate(ada.id)
    assert counts(repo)["candidate_skills"] == 0


def _sequential_scans(conn: Any, tables: tuple[str, ...]) -> dict[str, int]:
    """Sequential scans of each of `tables` this connection has counted and not yet reported
    to the server's totals: its transaction's, and those of its earlier transactions when it
    last reported less than a second before (PostgreSQL 15 and later report at most once a
    second, when the connection is idle). Only a difference within one transaction is the
    transaction's own."""
    rows = conn.exec_driver_sql(
        "SELECT relname, seq_scan FROM pg_stat_xact_user_tables WHERE relname = ANY(%(tables)s)",
        {"tables": list(tables)}).all()
    return {table: dict(rows).get(table, 0) for table in tables}


def test_the_checks_look_profiles_up_by_key_whatever_the_statistics(
    repo: SqlRepository
) -> None:
    """A bulk load's statements are checked by plans made when the store was small (its
    statistics say so until the load ends): each check still looks its profiles up by key, and
    a deletion its rows, instead of reading whole tables (every profile hashed for each
    statement of a load, a tenth of the server's work at 20,000 profiles and growing with
    the store)."""
    if repo.engine.dialect.name == "sqlite":
        pytest.skip("SQLite keeps foreign keys")
    with repo.engine.begin() as conn:  # statistics of an empty store, as a first load sees
        conn.exec_driver_sql(f"ANALYZE candidates, {', '.join(t.PROFILE_ROW_TABLES)}")
    many = [make_candidate({PYTHON: EvidenceKind.JOB}, name=f"Person {i}") for i in range(300)]
    writer = repo.bulk_writer()
    repo.write_prepared([writer.prepare(many[:150])])
    prepared = writer.prepare(many[150:])
    # An earlier transaction's scans on the same connection may not be reported yet when the
    # next begins (the store's migrations read the empty `candidates` 15 times and
    # `candidate_text` 16 times, counted in the load's transaction below when everything ran
    # within a second): one is made here, just after a report, so that the counts below are
    # always taken from the transaction's start.
    with repo.engine.begin() as conn:
        conn.exec_driver_sql("SELECT pg_stat_force_next_flush()")
    with repo.engine.begin() as conn:
        conn.exec_driver_sql("SELECT (SELECT count(xmin) FROM candidates), "
                             "(SELECT count(xmin) FROM candidate_text)")
    checked = ("candidates", "candidate_text", *t.PROFILE_ROW_TABLES)
    with repo.engine.begin() as conn:
        from worldhire.store.sql.rows import insert_prepared

        before = _sequential_scans(conn, checked)
        insert_prepared(conn, prepared)
        inserted = _sequential_scans(conn, checked)
        assert inserted["candidates"] == before["candidates"]
        # the listing rows' check (0039)
        assert inserted["candidate_text"] == before["candidate_text"]
        conn.execute(t.candidates.delete().where(t.candidates.c.id == many[0].id))
        assert _sequential_scans(conn, checked) == inserted
    assert counts(repo)["candidates"] == 299


LISTING = t.LISTING_TABLE


def _listing_rows(conn: Any) -> dict[int, str]:
    return dict(conn.exec_driver_sql(f"SELECT row, candidate_id FROM {LISTING}").all())


def test_a_listing_row_naming_no_text_row_is_refused_and_goes_with_its_text(
    repo: SqlRepository
) -> None:
    """PostgreSQL's listing table (migration 0025) keeps its reference to the text rows by
    statement triggers (migration 0039) as its foreign key kept it: a row naming no text row is
    refused with the statement, a named text row's key cannot change, and a text row's
    deletion (a profile's rewrite or erasure) deletes its listing row."""
    if repo.engine.dialect.name == "sqlite":
        pytest.skip("SQLite's listing index is an FTS5 table")
    ada, bea = (make_candidate({PYTHON: EvidenceKind.JOB}, name=name) for name in ("Ada", "Bea"))
    repo.save_candidates([ada])
    repo.load_candidates([bea])
    with repo.engine.connect() as conn:
        listed = _listing_rows(conn)
    assert sorted(listed.values()) == sorted([ada.id, bea.id])
    stray = max(listed) + 100
    with pytest.raises(IntegrityError, match=f"(?s){LISTING}.*{stray}"), \
            repo.engine.begin() as conn:
        # One statement: a stored text row's listing row and one naming no text row.
        conn.exec_driver_sql(f"DELETE FROM {LISTING} WHERE row = %(of)s", {"of": min(listed)})
        conn.exec_driver_sql(
            f"INSERT INTO {LISTING} (row, candidate_id, terms) SELECT r, 'cand_x', "
            "CAST('' AS tsvector) FROM unnest(CAST(%(rows)s AS integer[])) AS r",
            {"rows": [min(listed), stray]})
    with pytest.raises(IntegrityError), repo.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {LISTING} SET row = %(row)s WHERE row = %(of)s",
                             {"row": stray, "of": min(listed)})
    with pytest.raises(IntegrityError), repo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE candidate_text SET row = %(row)s WHERE row = %(of)s",
                             {"row": stray, "of": min(listed)})
    with repo.engine.connect() as conn:
        assert _listing_rows(conn) == listed
    repo.save_candidates([dataclasses.replace(ada, headline="Data engineer")])  # rewritten
    with repo.engine.connect() as conn:
        rewritten = _listing_rows(conn)
    assert sorted(rewritten.values()) == sorted([ada.id, bea.id])
    assert set(rewritten) != set(listed)  # its old text row went, its listing row with it
    assert repo.delete_candidate(bea.id)
    with repo.engine.connect() as conn:
        assert list(_listing_rows(conn).values()) == [ada.id]
