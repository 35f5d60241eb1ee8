"""One small local Ray for the whole batch suite: starting Ray takes seconds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.store.conftest import postgres

__all__ = ["postgres"]


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Any]:
    ray = pytest.importorskip("ray", reason="the ray extra is not installed")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()
