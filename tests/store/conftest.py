"""The store suite runs on every backend: SQLite, and PostgreSQL from the pgserver wheel."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest

from worldhire.store.sql.engine import MIGRATIONS
from worldhire.store.sql.repository import SqlRepository


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    pgserver = pytest.importorskip("pgserver", reason="the pg extra is not installed")
    # Run as root, pgserver drops to its own user, which cannot enter pytest's private tmp dirs.
    data_dir = Path(tempfile.mkdtemp(prefix="worldhire-pg-"))
    data_dir.chmod(0o755)
    server = pgserver.get_server(str(data_dir), cleanup_mode="stop")
    yield server
    server.cleanup()
    shutil.rmtree(data_dir, ignore_errors=True)


def postgres_url(server: Any) -> str:
    """A fresh database on the shared server, so tests stay independent."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    server.psql(f"CREATE DATABASE {name};")
    socket_dir = server.get_uri().split("host=", 1)[1]
    return f"postgresql+psycopg://postgres:@/{name}?host={socket_dir}"


def migrate(repo: SqlRepository, step: Literal["upgrade", "downgrade"], revision: str) -> None:
    """Move the store's schema to `revision` ("head" included) with alembic's own command."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with repo.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, step)(config, revision)


@pytest.fixture(params=["sqlite", "postgresql"])
def repo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlRepository]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = postgres_url(request.getfixturevalue("postgres"))
    store = SqlRepository(url)
    yield store
    store.close()
