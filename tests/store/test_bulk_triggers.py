"""SQLite's insert triggers in a bulk load: the work of every AFTER INSERT trigger a load fires
(each pool's count of profiles, each working window's, the full-text indexes, the pool rows) is
done by one statement a batch (rows._BATCHED), and leaves exactly what the triggers leave when
the same profiles are saved one by one."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate
from tests.statements import statements_sent
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.store.sql import schema as t
from worldhire.store.sql.repository import SqlRepository

POOL = ", ".join(f"p.{name}" for name in t.POOL_COLUMNS)


Stores = tuple[SqlRepository, SqlRepository, list[str]]


@pytest.fixture
def stores(tmp_path: Path) -> Stores:
    """Two empty SQLite stores with the same two tenants (and their ids)."""
    saved, loaded = (SqlRepository(f"sqlite:///{tmp_path / name}") for name in ("a.db", "b.db"))
    tenants = []
    for name in ("acme", "globex"):
        tenant = saved.ensure_tenant(name).id
        with loaded.engine.begin() as conn:
            conn.execute(t.tenants.update().where(
                t.tenants.c.id == loaded.ensure_tenant(name).id).values(id=tenant))
        tenants.append(tenant)
    return saved, loaded, tenants


def people(tenants: list[str]) -> list[Candidate]:
    """Profiles of the platform and of two tenants, with and without consent to matching, in a
    few working windows (one shared by many, one stated by nobody else, none at all)."""
    zones = ["Europe/Warsaw", "America/Sao_Paulo", "", "Asia/Kolkata", None]
    skills = [{PYTORCH: EvidenceKind.JOB}, {PYTHON: EvidenceKind.SKILLS},
              {KUBERNETES: EvidenceKind.PROJECT, PYTHON: EvidenceKind.JOB}]
    return [make_candidate(
        skills[i % 3], consent=i % 4 != 1, name=f"Person {i}", email=f"p{i}@example.com",
        tenant_id=[None, *tenants][i % 3], timezone=zones[i % 5],
        work_start_hour=8.0 + i % 2, work_end_hour=17.0 + (i % 7 == 0),
        country=["PL", "BR", "IN"][i % 3], summary=f"kafka {'spark ' * (i % 3)}")
        for i in range(23)]


def kept(repo: SqlRepository) -> dict[str, list[Any]]:
    """What the insert triggers keep: the pool counts, the working windows, each profile's pool
    row and its full-text and listing index entries (by profile, not by row number)."""
    with repo.engine.connect() as conn:
        out = {
            "counts": list(conn.exec_driver_sql(
                "SELECT * FROM candidate_pool_counts ORDER BY 1")),
            "windows": list(conn.exec_driver_sql(
                "SELECT * FROM candidate_work_windows ORDER BY 1, 2, 3")),
            "pool": list(conn.exec_driver_sql(
                f"SELECT ct.candidate_id, {POOL} FROM {t.POOL_TABLE} AS p "
                "JOIN candidate_text AS ct ON ct.row = p.row ORDER BY 1")),
        }
        for index in (t.SEARCH_TABLE, t.LISTING_TABLE):
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_terms "
                                 f"USING fts5vocab(main, {index}, 'instance')")
            out[index] = list(conn.exec_driver_sql(
                f"SELECT v.term, ct.candidate_id, v.col, v.offset FROM temp.{index}_terms AS v "
                "JOIN candidate_text AS ct ON ct.row = v.doc ORDER BY 1, 2, 3, 4"))
    assert all(out.values()), out
    return out


def test_a_bulk_load_keeps_what_saving_one_by_one_keeps(stores: Stores) -> None:
    saved, loaded, tenants = stores
    everyone = people(tenants)
    for store in (saved, loaded):  # stored before: the load adds to their counts
        store.save_candidates(copy.deepcopy(everyone[:3]))
    for candidate in everyone[3:]:
        saved.save_candidate(copy.deepcopy(candidate))
    assert loaded.load_candidates(copy.deepcopy(everyone[3:]), chunk=4) == 20
    assert kept(loaded) == kept(saved)


def test_a_bulk_load_lifts_every_insert_trigger_it_fires(stores: Stores) -> None:
    """Each transaction of the load begins before its first insert (into candidates), so even
    the first table's triggers are lifted for the batch; afterwards they are all back."""
    _, repo, tenants = stores
    with repo.engine.connect() as conn:
        triggers = sorted(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%'"
        ).scalars())
    with statements_sent(repo.engine) as sent:
        assert repo.load_candidates(people(tenants), chunk=10) == 23
    lifted = [s.split()[-1] for s in sent if s.startswith("DROP TRIGGER")]
    assert sorted(set(lifted)) == triggers
    assert len(lifted) == 3 * len(triggers)  # in each of the three transactions
    with repo.engine.connect() as conn:
        assert sorted(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%'"
        ).scalars()) == triggers
