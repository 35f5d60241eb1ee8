"""Issue 18, item 7: the files that hold personal data are created readable by their owner only
(the database was 0644 under the default umask), in a home only its owner may enter (the vector
index and its candidate ids were 0644 in a 0755 home), and a subject-access export is too. A home,
database, write-ahead log or session secret left open by an earlier version or a wider umask is
tightened when worldhire opens it (it kept its 0755 / 0644), or refused with a clear error when
it is not worldhire's user's to change."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import make_candidate
from worldhire.api.settings import ApiSettings
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.store.private import NotPrivate
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


# A process that writes to the database and dies (kill -9) before closing it: SQLite leaves its
# -wal and -shm behind, with the database's mode.
_CRASH = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode=wal")
db.execute("CREATE TABLE IF NOT EXISTS left_behind (x)")
db.execute("INSERT INTO left_behind VALUES (1)")
db.commit()
os._exit(0)
"""


def _open_home(tmp_path: Path) -> tuple[Path, Path]:
    """A home an earlier version left open: the folder 0755, the database, its -wal and -shm
    and the session secret 0644."""
    home = tmp_path / "home"
    SqlRepository(Settings.load(home).database_url).close()
    database = home / "worldhire.db"
    (home / "secret_key").write_text("an earlier secret")
    previous = os.umask(0o022)
    try:
        database.chmod(0o644)
        subprocess.run([sys.executable, "-c", _CRASH, str(database)], check=True)
    finally:
        os.umask(previous)
    (home / "secret_key").chmod(0o644)
    home.chmod(0o755)
    return home, database


def test_an_open_home_and_database_are_tightened(tmp_path: Path) -> None:
    home, database = _open_home(tmp_path)
    files = [database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]
    assert [mode(p) for p in [home, *files]] == [0o755, 0o644, 0o644, 0o644]
    done = CliRunner().invoke(app, ["--home", str(home), "tenants", "list"])
    assert done.exit_code == 0, done.output
    assert mode(home) == 0o700
    assert [mode(p) for p in files if p.exists()] == [0o600] * sum(p.exists() for p in files)
    settings = ApiSettings.load(Settings.load(home))  # the server reads the kept secret
    assert settings.secret_key == "an earlier secret" and mode(home / "secret_key") == 0o600


def test_a_home_that_cannot_be_tightened_is_refused(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Another user's folder (as root nothing is, so its chmod is made to fail as theirs)."""
    home, _ = _open_home(tmp_path)

    def not_yours(path: object, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", not_yours)
    done = CliRunner().invoke(app, ["--home", str(home), "tenants", "list"])
    assert done.exit_code == NotPrivate().exit_code == 6
    assert "open to other users (mode 0755)" in done.output and "chmod go-rwx" in done.output
    assert "Traceback" not in done.output
