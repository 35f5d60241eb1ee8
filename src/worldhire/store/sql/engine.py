"""The store's database engine: opened (SQLite's pragmas, its file private, a pooled connection
whose planner statistics are stale replaced) and migrated to the latest revision."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError

from worldhire.store.private import private_file

MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Erased personal data must not linger in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


# Every statistic ANALYZE left, as one value: a connection reads sqlite_stat1 once, when it
# opens, and plans with those figures until it closes, whatever another connection analyses.
_STATISTICS = ("SELECT group_concat(tbl || ' ' || ifnull(idx, '') || ' ' || stat, ';') "
               "FROM sqlite_stat1")


def _sqlite_statistics_current(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A pooled connection whose planner statistics are older than the store's is replaced
    by a new one, which reads them. A server opened on a small store kept planning with its
    figures after a bulk load of a million profiles: the pool check of a shortlist's retrieved
    ids scanned every profile's text (candidate_text) for each part of 1,000 ids, 12 to 25
    minutes a shortlist instead of 2 s. Reloading them in place (ANALYZE sqlite_schema) takes
    the write lock; a new connection needs none."""
    try:
        current = dbapi_connection.execute(_STATISTICS).fetchone()[0]
    except sqlite3.OperationalError:  # nothing analysed yet: no sqlite_stat1
        current = None
    if record.info.setdefault("statistics", current) != current:
        raise DisconnectionError("the store's planner statistics changed")


def make_engine(url: str) -> Engine:
    from worldhire.store.pg.url import normalise_url

    url = normalise_url(url)  # postgresql:// selects psycopg 3
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1].split("?", 1)[0] if "///" in url else ""
        on_disk = bool(path) and path != ":memory:" and not path.startswith("file:")
        if on_disk:
            _create_private(Path(path))
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        if on_disk:  # a database in memory lives and dies with its one connection
            event.listen(engine, "checkout", _sqlite_statistics_current)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _create_private(path: Path) -> None:
    """The database file and its -wal, -shm and -journal, readable by their owner only (made
    so, or an existing one tightened: store.private), in a folder only its owner may enter when
    it is made here (the vector index and caches live beside it). An existing folder is the
    home's to tighten (open_store): a database placed elsewhere may share a folder that is not
    only worldhire's."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_file(path, companions=("-wal", "-shm", "-journal"))


def migrate(engine: Engine) -> None:
    """The store upgraded to the latest migration. A store already there is left without
    importing alembic (about 0.3 s of CPU every cold command paid, issue 16)."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


_REVISION = re.compile(r'^(down_)?revision\s*=\s*(?:"([^"]*)"|None)\s*$', re.MULTILINE)


def _at_head(engine: Engine) -> bool:
    """Whether the store's recorded revision is the one head of the migration files (each file's
    `revision` that no file names as its `down_revision`). Anything else (no version table yet,
    another revision, branches, a file this cannot read) is left to alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    files = list((MIGRATIONS / "versions").glob("*.py"))
    for path in files:
        for down, name in _REVISION.findall(path.read_text(encoding="utf-8")):
            if name:
                (parents if down else revisions).add(name)
    heads = revisions - parents
    if len(revisions) != len(files) or len(heads) != 1:
        return False
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:
        return False  # a new store: no version table yet
    return stored == list(heads)
