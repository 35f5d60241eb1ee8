"""Issue 18, item 7: the files that hold personal data are created readable by their owner only
(the database was 0644 under the default umask)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from worldhire.config import Settings
from worldhire.store.sql.repository import SqlRepository


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_journal_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        settings = Settings.load(tmp_path / "home")
        repo = SqlRepository(settings.database_url)
        repo.ensure_tenant("acme")
        database = Path(settings.database_url.split("///", 1)[1])
        assert mode(database) == 0o600
        wal = database.with_name(database.name + "-wal")
        assert not wal.exists() or mode(wal) == 0o600
        repo.close()
    finally:
        os.umask(previous)
