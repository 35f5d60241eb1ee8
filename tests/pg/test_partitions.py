"""Residency partitions as PostgreSQL schemas: a region's people never land in another schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from tests.factories import make_candidate
from worldhire.store.pg import ensure_region_schema, region_schemas
from worldhire.store.sql.engine import make_engine
from worldhire.store.sql.repository import SqlRepository


def test_each_region_is_a_schema_with_its_own_store(pg_url: str) -> None:
    eu = SqlRepository(ensure_region_schema(pg_url, "EU"))
    india = SqlRepository(ensure_region_schema(pg_url, "IN"))
    main = SqlRepository(pg_url)
    person = make_candidate(name="Ola Nowak", country="PL")
    eu.save_candidate(person)
    assert eu.get_candidate(person.id) is not None
    assert india.get_candidate(person.id) is None and main.get_candidate(person.id) is None
    assert region_schemas(pg_url) == ["EU", "IN"]
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        where = conn.execute(text(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'candidates' "
            "ORDER BY 1")).scalars().all()
        rows = conn.execute(text("SELECT count(*) FROM region_eu.candidates")).scalar_one()
    assert where == ["public", "region_eu", "region_in"] and rows == 1
    for repo in (eu, india, main):
        repo.close()
    engine.dispose()


def test_the_regional_store_routes_people_to_their_schema(pg_url: str, tmp_path: Path) -> None:
    from worldhire.store.sql.regional import RegionalRepository

    store = RegionalRepository(pg_url, tmp_path / "unused")
    person = make_candidate(name="Ola Nowak", country="PL", email="ola@example.com")
    store.save_candidate(person)
    loaded = store.get_candidate(person.id)
    assert loaded is not None and loaded.email == "ola@example.com"
    assert store.regions() == ["EU"]
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        in_eu = conn.execute(text("SELECT count(*) FROM region_eu.candidates")).scalar_one()
        in_main = conn.execute(text("SELECT count(*) FROM public.candidates")).scalar_one()
    assert (in_eu, in_main) == (1, 0)
    assert not (tmp_path / "unused").exists()
    store.close()
    engine.dispose()
