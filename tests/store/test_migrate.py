"""Opening a store already at the latest migration skips alembic; any other store is upgraded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from worldhire.store.sql.repository import SqlRepository, _at_head


def test_only_a_store_at_the_one_head_skips_the_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine = create_engine(url)
    assert not _at_head(engine)  # no version table yet
    SqlRepository(url).close()
    assert _at_head(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not _at_head(engine)
    engine.dispose()
