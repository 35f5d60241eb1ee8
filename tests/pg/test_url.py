from __future__ import annotations

import pytest

from worldhire.store.pg import (
    DatabaseUrlError,
    PartitionError,
    normalise_url,
    region_schema,
    region_url,
)


@pytest.mark.parametrize("url", ["postgresql://u@h/db", "postgres://u@h/db",
                                 "postgresql+psycopg2://u@h/db"])
def test_postgres_urls_select_psycopg3(url: str) -> None:
    assert normalise_url(url) == "postgresql+psycopg://u@h/db"


def test_other_urls_pass_through() -> None:
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    with pytest.raises(DatabaseUrlError):
        normalise_url("not a url")


def test_region_maps_to_a_lower_case_schema_on_the_search_path() -> None:
    assert region_schema("eu") == "region_eu"
    url = region_url("postgresql://u@h/db?options=-cstatement_timeout%3D5000", "IN")
    assert url.startswith("postgresql+psycopg://u@h/db?")
    assert "search_path%3Dregion_in" in url and "statement_timeout" in url
    with pytest.raises(PartitionError):
        region_schema("eu; drop table candidates")
