"""Shared fixtures: a fresh store per test and factories for the domain objects."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from worldhire.store.sql.repository import SqlRepository


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
