"""Issue 18, item 7: a read-only home and a full disk are reported plainly. Every command
crashed with a traceback on a read-only home, and a full disk made the API answer 500."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from typer.testing import CliRunner

from tests.api.conftest import make_settings
from worldhire.api.app import create_app
from worldhire.cli.main import app
from worldhire.governance.principal import AccessRole
from worldhire.store.errors import StorageFull, StorageReadOnly, storage_error

runner = CliRunner()


@contextmanager
def read_only(paths: list[Path]) -> Iterator[None]:
    """Really read-only: without write permission for a user; immutable for root, whom
    permissions do not stop (where the file system allows it)."""
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: nothing can make a folder read-only")
    names = [str(p) for p in paths]
    if subprocess.run(["chattr", "+i", *names], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *names], check=True)


def cli(home: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--home", str(home), *args])
    return result.exit_code, result.output


def test_a_read_only_home_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cli(home, "tenants", "create", "acme")[0] == 0
    database = home / "worldhire.db"
    # As a cleanly closed store is left: the write-ahead log folded in, no -wal or -shm file.
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    with read_only([home, database]):
        for args in [("tenants", "list"), ("tenants", "create", "globex")]:
            code, output = cli(home, *args)
            assert code == StorageReadOnly().exit_code == 6
            assert "error:" in output and "writable folder" in output
            assert "Traceback" not in output
        code, output = cli(home / "new", "tenants", "list")  # a home it cannot even create
        assert code == 6 and "cannot be written" in output


def test_a_full_database_answers_507(tmp_path: Path) -> None:
    api = create_app(make_settings(tmp_path))
    ctx = api.state.ctx
    tenant = ctx.repo.ensure_tenant("Acme AI").id
    admin = ctx.accounts.add_user(tenant, "admin@a.example", AccessRole.ADMIN)
    headers = {"Authorization": f"Bearer {ctx.accounts.issue_user_token(admin)}"}
    engine = ctx.repo.engine

    # SQLite's own "database or disk is full" (SQLITE_FULL): no page may be added.
    def no_more_pages(connection: Any, _: Any) -> None:
        cursor = connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    engine.dispose()
    event.listen(engine, "connect", no_more_pages)
    with TestClient(api) as client:
        answers = [client.post("/api/v1/users", headers=headers,
                               json={"email": f"user{i}-{'x' * 200}@a.example",
                                     "role": "viewer"}) for i in range(40)]
        full = [a for a in answers if a.status_code != 201]
        assert full and {a.status_code for a in full} == {507}
        body = full[0].json()
        assert body["code"] == "storage-full" and "storage is full" in body["detail"]
        assert client.get("/api/v1/me", headers=headers).status_code == 200  # reads still work


def test_os_errors_are_judged_by_their_errno() -> None:
    with pytest.raises(OSError) as full, open("/dev/full", "w") as device:
        device.write("x")
        device.flush()
    assert isinstance(storage_error(full.value), StorageFull)
    assert isinstance(storage_error(OSError(errno.EROFS, "read-only", "/x")), StorageReadOnly)
    assert storage_error(OSError(errno.ECONNREFUSED, "refused")) is None
    assert storage_error(ValueError("database or disk is full")) is None
