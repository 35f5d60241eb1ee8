"""The worker that sends queued webhook deliveries in `worldhire serve` (pipeline/webhooks.py
queues them)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from worldhire.core.errors import WorldhireError
from worldhire.pipeline.webhooks import UnknownDelivery, Webhooks

log = logging.getLogger(__name__)


class _Stopping(WorldhireError):
    """The worker is shutting down: a delivery between two tries stays queued for next time."""

    status = 503
    code = "worker-stopping"


class DeliveryWorker:
    """Drains the delivery queue in background threads: woken by `notify()` after a write, and
    every `poll_s` seconds for what other processes queued. A receiver that never answers holds
    one of `concurrency` threads through its retries, never a request. `make_hooks(sleep=...)`
    builds the Webhooks it sends with (the worker's sleep ends early when it stops)."""

    def __init__(self, make_hooks: Callable[..., Webhooks], *, poll_s: float = 2.0,
                 concurrency: int = 4) -> None:
        self.hooks = make_hooks(sleep=self._sleep)
        self.poll_s = poll_s
        self._pool = ThreadPoolExecutor(max_workers=concurrency,
                                        thread_name_prefix="webhook-delivery")
        self._in_flight: set[str] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def notify(self) -> None:
        """Something may have been queued: look now (the worker starts on first use)."""
        with self._lock:
            if self._thread is None and not self._stop.is_set():
                self._thread = threading.Thread(target=self._run, name="webhook-worker",
                                                daemon=True)
                self._thread.start()
        self._wake.set()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _sleep(self, seconds: float) -> None:
        if self._stop.wait(seconds):
            raise _Stopping

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self._dispatch()
            except Exception:  # the store was unreachable a moment: try again at the next poll
                log.exception("webhook worker could not read the queue")
            self._wake.wait(self.poll_s)

    def _dispatch(self) -> None:
        for delivery_id in self.hooks.pending():
            with self._lock:
                if delivery_id in self._in_flight:
                    continue
                self._in_flight.add(delivery_id)
            self._pool.submit(self._send, delivery_id)

    def _send(self, delivery_id: str) -> None:
        try:
            if not self._stop.is_set():
                self.hooks.deliver(delivery_id)
        except (_Stopping, UnknownDelivery):  # stopping, or erased since it was listed
            pass
        except Exception:
            if not self._stop.is_set():
                log.exception("webhook delivery %s failed", delivery_id)
        finally:
            with self._lock:
                self._in_flight.discard(delivery_id)
