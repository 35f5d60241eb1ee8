"""Starting Ray the same way on a laptop and on a cluster."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from worldhire.core.errors import WorldhireError


class BatchError(WorldhireError, RuntimeError):
    """A batch job that cannot run: Ray missing, a cluster out of reach, nothing to do."""

    status = 503
    code = "batch-unavailable"


@contextmanager
def ray_session(address: str | None = None, num_cpus: int | None = None) -> Iterator[Any]:
    """Connect to the cluster at `address` ("auto", "ray://host:10001", a GCS address), or start
    a local Ray on this machine with `num_cpus` workers (all cores when None). A session that
    is already open in this process (a test's, a notebook's) is reused and left open."""
    try:
        import ray
    except ImportError as exc:
        raise BatchError("Ray is not installed: pip install 'worldhire[ray]'") from exc
    if ray.is_initialized():
        yield ray
        return
    # Ray's own dashboard and usage ping are of no use to a batch job, and slow its start.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    kwargs: dict[str, Any] = dict(
        include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False,
        configure_logging=True,
    )
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise BatchError(f"cannot start or reach Ray ({address or 'local'}): {exc}") from exc
    try:
        yield ray
    finally:
        ray.shutdown()


def cluster_gpus() -> float:
    """GPUs Ray can schedule on (0 on a CPU-only laptop)."""
    import ray

    return float(ray.cluster_resources().get("GPU", 0.0))  # type: ignore[no-untyped-call]


def cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1.0)))  # type: ignore[no-untyped-call]
