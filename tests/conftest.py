"""Shared fixtures: a fresh store per test and factories for the domain objects."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from worldhire.pipeline.destinations import ALLOW_PRIVATE_ENV
from worldhire.store.sql.repository import SqlRepository

# Speed is measured by the benchmarks under bench/, not by tests: a loaded CI machine must not
# fail a property test because one example took longer than hypothesis's default 200 ms.
settings.register_profile("worldhire", deadline=None)
settings.load_profile("worldhire")

# pytest-xdist starts its workers with COLUMNS=80: a rich Console made when the CLI is imported
# keeps that width for good, so a test invoking the CLI with a wider COLUMNS reads wrapped output.
for _size in ("COLUMNS", "LINES"):
    os.environ.pop(_size, None)


@pytest.fixture(autouse=True)
def webhooks_may_reach_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' webhook receivers listen on 127.0.0.1, which a deployment refuses by default.
    Commands read it through Settings.load(); code built in a test passes allow_private."""
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty WORLDHIRE_HOME for the test."""
    root = tmp_path / "home"
    monkeypatch.setenv("WORLDHIRE_HOME", str(root))
    monkeypatch.delenv("WORLDHIRE_DATABASE_URL", raising=False)
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[SqlRepository]:
    store = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    yield store
    store.close()
