"""A budget per document: parsers run in worker processes that are stopped when one document
spends its CPU time, memory or wall time.

The caps in `worldhire.ingest.limits` stop most hostile files before the costly work starts;
this is the backstop for whatever a crafted file finds beyond them (the work inside one PDFium
call cannot be interrupted any other way). The caller's thread waits on the worker's pipe, which
holds no lock, so a server keeps answering other requests while a file is read, and watches the
worker's CPU time and resident memory in /proc (Linux; elsewhere only wall time is watched).
A worker over budget is killed and replaced, the file gets a `BudgetExceededError`, and the
next file goes on. A pool whose workers cannot start at all (a forkserver whose preloaded
module failed to import, an initializer that raised) refuses each call with `ReadersUnavailable`:
no file is to blame, and a caller waiting for a worker that never comes would wait for ever.

    with WorkerPool(workers, initializer=setup) as pool:
        candidates = pool.run(parse_resume_bytes, data, "cv.pdf")   # from any thread

Workers are forked where the platform allows (cheap, and they inherit what the parent loaded,
such as the skill linker); a worker that outlives its parent is told to exit. A server, whose
process holds the embedding model, starts its workers from a forkserver that imported only
`preload` instead: a worker that reads untrusted bytes then holds the parsers and the linker,
never torch, and is also held to an absolute ceiling on its resident memory.

The caps of `worldhire.ingest.limits` go with every call, so a worker reads a file under the
caps its caller has now (a forkserver's workers never saw the caller's module).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from worldhire.config import passed_to_a_new_interpreter
from worldhire.ingest import limits
from worldhire.ingest.errors import (
    BudgetExceededError,
    IngestError,
    ReadersBusy,
    ReadersUnavailable,
)

T = TypeVar("T")

_POLL_S = 0.02
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Budget:
    cpu_s: float
    wall_s: float
    memory_bytes: int  # growth of the worker while it reads one file
    rss_ceiling_bytes: int | None = None  # the worker's whole resident memory, where it is lean

    @classmethod
    def default(cls) -> Budget:
        return cls(limits.MAX_DOCUMENT_CPU_SECONDS, limits.MAX_DOCUMENT_WALL_SECONDS,
                   limits.MAX_DOCUMENT_MEMORY_BYTES)

    @classmethod
    def lean(cls) -> Budget:
        """The default budget, plus the ceiling a worker started from a lean forkserver keeps."""
        return replace(cls.default(), rss_ceiling_bytes=limits.MAX_PARSER_RSS_BYTES)


def _start_forkserver(settings: Mapping[str, str]) -> None:
    """Start this process's forkserver (where none runs yet), told `settings`: it is a new
    interpreter that imports the preloaded modules before any worker exists, and a setting its
    starter was given otherwise (`worldhire --home H`) would not reach them."""
    with passed_to_a_new_interpreter(**settings):
        forkserver.ensure_running()


def cpu_seconds(pid: int | None) -> float | None:
    """User and system CPU seconds of process `pid` so far (None where /proc is missing)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rpartition(b")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn

    def cpu_s(self) -> float | None:
        return cpu_seconds(self.process.pid)

    def rss_bytes(self) -> int | None:
        try:
            with open(f"/proc/{self.process.pid}/statm", "rb") as handle:
                return int(handle.read().split()[1]) * _PAGE_BYTES
        except OSError:
            return None

    def kill(self) -> None:
        if self.process.pid is not None and self.process.is_alive():
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """`size` worker processes; `run` sends one call to an idle worker and waits for it."""

    def __init__(
        self,
        size: int = 1,
        *,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        budget: Budget | None = None,
        start_method: str | None = None,
        preload: Sequence[str] = (),
        preload_settings: Mapping[str, str] | None = None,
        max_waiting: int | None = None,
    ) -> None:
        if preload:
            start_method = "forkserver"
        method = start_method or ("fork" if sys.platform.startswith("linux") else "spawn")
        self._context: Any = multiprocessing.get_context(method)
        if preload:
            # One forkserver per process: the first pool to start it decides what it imports,
            # and with which settings.
            self._context.set_forkserver_preload(list(preload))
            _start_forkserver(preload_settings or {})
        self._lean = bool(preload)
        self._initializer = initializer
        self._initargs = initargs
        self._budget = budget
        # None wakes a caller waiting for a worker after a start failed (`_unavailable` says why).
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._unavailable: str | None = None
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # A caller waits on a thread of its own: a server's threads are few (a request is one),
        # so past `size + max_waiting` callers at once, a call is refused instead of waiting.
        self._max_callers = None if max_waiting is None else max(1, size) + max_waiting
        self._callers = 0
        # Workers are forked by one thread that lives as long as the pool: Linux tells a worker
        # its parent died when the *thread* that forked it ends, and request threads come and go.
        self._to_start: queue.Queue[int] = queue.Queue()
        self._spawner = threading.Thread(target=self._spawn, name="worldhire-parser-spawner",
                                         daemon=True)
        self._spawner.start()
        self._to_start.put(max(1, size))

    @property
    def budget(self) -> Budget:
        return self._budget or (Budget.lean() if self._lean else Budget.default())

    def _spawn(self) -> None:
        while (count := self._to_start.get()) > 0:
            for _ in range(count):
                if self._closed:
                    continue
                try:
                    self._idle.put(self._start())
                except Exception as exc:  # a dead forkserver, no processes left: say so to all
                    self._unavailable = f"{type(exc).__name__}: {exc}"
                    self._idle.put(None)

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self._initializer, self._initargs), daemon=True,
            name="worldhire-parser",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._workers.add(worker)
        return worker

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """fn(*args) in a worker; an IngestError raised there is raised here. Over budget, or
        if the worker dies, the worker is replaced and `BudgetExceededError` (or IngestError)
        is raised. `ReadersBusy` where `max_waiting` callers already wait for a worker."""
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        if self._unavailable is not None:
            raise self._unavailable_error()
        with self._lock:
            if self._max_callers is not None and self._callers >= self._max_callers:
                raise ReadersBusy("the server is reading too many files at once; "
                                  "send this one again in a few seconds")
            self._callers += 1
        try:
            return self._run(fn, *args)
        finally:
            with self._lock:
                self._callers -= 1

    def _run(self, fn: Callable[..., T], *args: Any) -> T:
        worker = self._next_idle()
        while not worker.process.is_alive():  # killed from outside while idle
            self._replace(worker)
            worker = self._next_idle()
        healthy = False
        try:
            worker.conn.send((fn, args, current_caps()))
            status, value = self._wait(worker, self.budget)
            healthy = True
        finally:
            if healthy:
                self._idle.put(worker)
            else:
                self._replace(worker)
        if status == "error":
            raise value
        if status == "unavailable":
            self._unavailable = value
            raise self._unavailable_error()
        result: T = value
        return result

    def _next_idle(self) -> _Worker:
        worker = self._idle.get()
        if worker is None:
            self._idle.put(None)  # the next waiting caller is told too
            raise self._unavailable_error()
        return worker

    def _unavailable_error(self) -> ReadersUnavailable:
        return ReadersUnavailable(
            f"the file readers could not start ({self._unavailable}); nothing was read")

    def _wait(self, worker: _Worker, budget: Budget) -> tuple[str, Any]:
        started = time.monotonic()
        cpu_at_start = worker.cpu_s()
        rss_at_start = worker.rss_bytes()
        while True:
            try:
                if worker.conn.poll(_POLL_S):
                    reply: tuple[str, Any] = worker.conn.recv()
                    return reply
            except (EOFError, OSError) as exc:
                raise IngestError(
                    "the reader stopped on this file (a damaged or crafted file?)"
                ) from exc
            if not worker.process.is_alive():
                raise IngestError("the reader stopped on this file (a damaged or crafted file?)")
            cpu = worker.cpu_s()
            if cpu is not None and cpu_at_start is not None and cpu - cpu_at_start > budget.cpu_s:
                raise BudgetExceededError(
                    f"took too long to read (over {budget.cpu_s:g} s of CPU): "
                    "a crafted or damaged file?"
                )
            if time.monotonic() - started > budget.wall_s:
                raise BudgetExceededError(
                    f"took too long to read (over {budget.wall_s:g} s): a crafted or damaged file?"
                )
            rss = worker.rss_bytes()
            if rss is None or rss_at_start is None:
                continue
            over = rss - rss_at_start > budget.memory_bytes
            ceiling = budget.rss_ceiling_bytes
            if over or (ceiling is not None and rss > ceiling):
                limit = budget.memory_bytes if over or ceiling is None else ceiling
                raise BudgetExceededError(
                    f"needed too much memory to read (over {limit >> 20} MB): "
                    "a crafted or damaged file?"
                )

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
        if not self._closed:
            self._to_start.put(1)

    def close(self) -> None:
        self._closed = True
        self._to_start.put(0)
        self._spawner.join(10)
        with self._lock:
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in workers:
            worker.process.join(2)
            worker.kill()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(
    conn: Connection, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> None:
    """The worker's loop: one call at a time until told to stop or the pipe closes."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if initializer is not None:
        try:
            initializer(*initargs)
        except Exception as exc:  # no file could be read here: the caller says so, not per file
            conn.send(("unavailable", f"{type(exc).__name__}: {exc}"))
            return
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        fn, args, caps = message
        for name, value in caps.items():
            setattr(limits, name, value)
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except IngestError as exc:
            reply = ("error", exc)
        except Exception as exc:  # a parser bug must not take the worker down with the file
            reply = ("error", IngestError(f"could not read the file: {type(exc).__name__}"))
        conn.send(reply)


def current_caps() -> dict[str, int | float]:
    """The caps of `worldhire.ingest.limits` as they are now in this process."""
    return {name: value for name, value in vars(limits).items()
            if name.isupper() and isinstance(value, int | float)}


def die_with_parent() -> None:
    """A worker whose parent is killed (Ctrl-C twice, SIGKILL, OOM) would otherwise wait on its
    pipe for ever: ask Linux to send it SIGTERM when the parent goes."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
