"""A PostgreSQL server from the pgserver wheel (shared with the store suite's fixture code)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.store.conftest import postgres, postgres_url
from worldhire.store.sql.engine import make_engine

__all__ = ["postgres"]


@pytest.fixture
def pg_url(postgres: object) -> str:
    return postgres_url(postgres)


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()
