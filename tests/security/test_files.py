"""Issue 18, item 7: the files that hold personal data are created readable by their owner only
(the database was 0644 under the default umask), in a home only its owner may enter (the vector
index and its candidate ids were 0644 in a 0755 home), and a subject-access export is too."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import make_candidate
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.store.sql.regional import open_store
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


def test_a_new_home_is_entered_by_its_owner_only(tmp_path: Path) -> None:
    """The vector index, caches and secret key live in the home beside the database."""
    previous = os.umask(0o022)
    try:
        settings = Settings.load(tmp_path / "home")
        open_store(settings).close()
        assert mode(settings.home) == 0o700
        elsewhere = tmp_path / "db" / "people.db"
        SqlRepository(f"sqlite:///{elsewhere}").close()
        assert mode(elsewhere.parent) == 0o700
    finally:
        os.umask(previous)


def test_a_subject_access_export_is_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        home = tmp_path / "home"
        repo = SqlRepository(Settings.load(home).database_url)
        person = make_candidate()
        repo.save_candidate(person)
        repo.close()
        out = tmp_path / "export.json"
        out.write_text("an older file anyone could read")
        done = CliRunner().invoke(app, ["--home", str(home), "privacy", "export", person.id,
                                        str(out)])
        assert done.exit_code == 0, done.output
        assert mode(out) == 0o600 and person.email is not None
        assert person.email in out.read_text()
    finally:
        os.umask(previous)
