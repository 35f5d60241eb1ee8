"""Several server processes over one home (`worldhire serve --workers N`): what they share, and
what only one of them runs.

Each worker is a whole app: its own connections to the store, its own model, caches and rate
buckets. SQLite is shared safely (WAL, a 30 s busy timeout, the audit log's head retried when
another process appended first). Three things must not be per process:

- The background work (the embedding queue's drain, the webhook sender) runs in one worker only:
  the one holding an exclusive lock on HOME/run/background.lock. It polls the store for what
  the other workers queued. The kernel frees the lock when that process dies; the next worker
  that writes (or the one started in its place) takes the work over.
- The cached shortlists' freshness: a write in any worker (a profile edited, a consent
  withdrawn, a person erased) empties every worker's cache, not only its own: each write
  replaces HOME/run/generation with a new token, and every worker compares it with the one it
  last saw before serving a cached ranking.
- Start-up: the database's migrations and the session secret are made once, by the parent,
  before the workers start.

Rate limits stay per worker: each worker keeps its own buckets at the configured rate. A client
on one connection (kept alive, as HTTP clients do) is served by one worker and limited at that
rate; a caller spreading requests over many connections at once can reach up to N times it.
Sharing buckets would cost a database write per request, more than the limit protects.
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path
from typing import IO

from worldhire.core.cores import usable_cores
from worldhire.store.private import private_folder

RUN_FOLDER = "run"
# Workers `worldhire serve` starts by default: a ranking holds a core for its whole CPU time
# (Python), so one per core; past four, each worker's model and caches cost more memory than
# the extra concurrency is worth on the machines this targets.
MAX_DEFAULT_WORKERS = 4


def default_workers() -> int:
    """One worker per CPU this process may run on, at most MAX_DEFAULT_WORKERS."""
    return max(1, min(MAX_DEFAULT_WORKERS, usable_cores()))


class BackgroundLease:
    """Whether this process is the one that runs the home's background work: an exclusive,
    non-blocking lock on a file under HOME/run, kept once taken until `release`."""

    def __init__(self, home: Path) -> None:
        self.path = home / RUN_FOLDER / "background.lock"
        self._handle: IO[str] | None = None
        self._lock = threading.Lock()

    def held(self) -> bool:
        """True when this process holds the lease, taking it if nobody does."""
        with self._lock:
            if self._handle is not None:
                return True
            private_folder(self.path.parent)
            handle = open(self.path, "a")  # noqa: SIM115 - held open for the process's life
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                return False
            self._handle = handle
            return True

    def release(self) -> None:
        with self._lock:
            if self._handle is not None:
                self._handle.close()  # closing the file frees the lock
                self._handle = None


class SharedGeneration:
    """A token every worker of a home reads and any may replace: a new token means data changed
    somewhere. Replaced whole (written beside, then renamed over), so a reader sees the old token
    or the new one, never half of one."""

    def __init__(self, home: Path) -> None:
        self.path = home / RUN_FOLDER / "generation"

    def read(self) -> bytes:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return b""

    def bump(self) -> bytes:
        """Replace the token; the new one is returned."""
        private_folder(self.path.parent)
        token = os.urandom(16).hex().encode()
        staging = self.path.with_name(f"generation.{os.getpid()}.{threading.get_ident()}")
        staging.write_bytes(token)
        os.replace(staging, self.path)
        return token
