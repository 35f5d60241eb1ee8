"""Everything a request needs, built once per app: the store, governance, the parser workers, the
pay estimator, and the cache of audited shortlists."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from worldhire.api.limits import TokenBuckets
from worldhire.api.problems import Problem
from worldhire.api.settings import ApiSettings
from worldhire.api.workers import BackgroundLease, SharedGeneration
from worldhire.bootstrap import build
from worldhire.core.models import Role
from worldhire.governance.audit import AuditLog
from worldhire.governance.principal import Principal
from worldhire.index.queue import EmbeddingWorker
from worldhire.ingest.budget import WorkerPool
from worldhire.ingest.parser_pool import parser_pool
from worldhire.ingest.service import IngestService
from worldhire.match.schemas import SampledShortlistOut, ShortlistOut
from worldhire.match.service import MatchFilters
from worldhire.pipeline.delivery_worker import DeliveryWorker
from worldhire.pipeline.webhooks import Webhooks
from worldhire.store.protocol import Repository

if TYPE_CHECKING:
    from worldhire.comp.estimate import PayEstimator
    from worldhire.governance.decisions import RankingRecord
    from worldhire.pipeline.applying import CandidateApplications
    from worldhire.pipeline.scoped import ScopedPipeline

_SHORTLIST_SLOTS = 256
# How often the worker that runs a home's background work looks for what other workers queued.
BACKGROUND_POLL_S = 2.0


@dataclass(frozen=True)
class ServedShortlist:
    """A shortlist and its JSON, serialised once: repeats are served as bytes."""

    view: ShortlistOut
    body: bytes


@dataclass
class _Cached:
    view: SampledShortlistOut
    ranking: RankingRecord
    candidate_ids: frozenset[str]
    generation: int
    at: float
    # Each principal served this ranking has an audit entry of their own, and these bytes.
    served: dict[str, ServedShortlist] = field(default_factory=dict)


@dataclass
class ShortlistCache:
    """Audited shortlists kept in memory: the same request on unchanged data is the same
    ranking, so it is served again instead of ranking the whole pool anew; the first time each
    principal is served it, the decision is recorded in the audit log under their name (a
    second user's identical shortlist is their own entry). Any write through this app bumps
    the generation, and so does a write through another worker of the same home (`shared`,
    api/workers.py); a TTL bounds staleness from writes made by other processes (the CLI, a
    batch). A request for a
    ranking another request is making waits for that one instead of ranking the pool too (after
    a write, every client asking for the same list at once did). It holds personal data, so
    erasure purges it.
    """

    ttl_s: float
    shared: SharedGeneration | None = None
    name: str = "api-shortlist-cache"
    _entries: OrderedDict[tuple[Any, ...], _Cached] = field(default_factory=OrderedDict)
    _generation: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # The rankings being made: their generation, and the event set when they are done.
    _making: dict[tuple[Any, ...], tuple[int, threading.Event]] = field(default_factory=dict)
    # The other workers' token as last seen (SharedGeneration).
    _seen: bytes = b""

    def bump(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()
            if self.shared is not None:
                self._seen = self.shared.bump()

    def _follow_other_workers(self) -> None:
        """Empty the cache when another worker has written since it was last looked at."""
        if self.shared is None:
            return
        token = self.shared.read()
        with self._lock:
            if token != self._seen:
                self._seen = token
                self._generation += 1
                self._entries.clear()

    def get_or_compute(
        self, key: tuple[Any, ...], actor: str,
        compute: Callable[[], tuple[SampledShortlistOut, RankingRecord]],
        record: Callable[[RankingRecord, str], str],
    ) -> ServedShortlist:
        """The shortlist for `key` as served to `actor`; `record` appends the ranking to the
        audit log for an actor and returns the entry's id."""
        self._follow_other_workers()
        while True:
            now = time.monotonic()
            with self._lock:
                cached = self._entries.get(key)
                if cached is not None and (cached.generation != self._generation
                                           or now - cached.at >= self.ttl_s):
                    cached = None
                if cached is not None:
                    self._entries.move_to_end(key)
                    if actor in cached.served:
                        return cached.served[actor]
                    break
                generation = self._generation
                making = self._making.get(key)
                if making is None or making[0] != generation:
                    done = threading.Event()
                    self._making[key] = (generation, done)
                    break
            # Made by another request: look again once it is done (stored, failed or stale).
            making[1].wait()
        if cached is None:
            try:
                view, ranking = compute()
                ids = frozenset(r.candidate_id for r in view.results)
                cached = _Cached(view, ranking, ids, generation, now)
                with self._lock:
                    if generation == self._generation:
                        self._entries[key] = cached
                        while len(self._entries) > _SHORTLIST_SLOTS:
                            self._entries.popitem(last=False)
            finally:
                with self._lock:
                    if self._making.get(key) == (generation, done):
                        del self._making[key]
                done.set()
        view = ShortlistOut.served(cached.view, record(cached.ranking, actor))
        served = ServedShortlist(view, view.model_dump_json().encode())
        with self._lock:
            cached.served[actor] = served
        return served

    def purge(self, candidate_id: str) -> int:
        with self._lock:
            stale = [k for k, v in self._entries.items() if candidate_id in v.candidate_ids]
            for key in stale:
                del self._entries[key]
            # Rejections also name people: a full reset is the only purge that misses nobody.
            self._generation += 1
            self._entries.clear()
            if self.shared is not None:  # and every other worker's cache with this one
                self._seen = self.shared.bump()
        return len(stale)


class QueuedEvents:
    """The pipeline's events for one request: queued in the store (webhooks.emit) and the app's
    delivery worker woken (`notify`); nothing is sent while the request runs."""

    def __init__(self, hooks: Webhooks, notify: Callable[[], None]) -> None:
        self.hooks = hooks
        self.notify = notify

    def emit(self, tenant_id: str, event: str, data: Mapping[str, Any]) -> None:
        self.hooks.emit(tenant_id, event, data)
        self.notify()


class AppContext:
    """The services of one app, from the composition root, plus what only the server keeps: the
    cache of audited shortlists (which every erasure purges) and the pay model."""

    def __init__(self, settings: ApiSettings, repo: Repository | None = None) -> None:
        self.settings = settings
        several = settings.workers > 1
        home = settings.core.home
        # With several workers on this home (api/workers.py) only the lease's holder runs the
        # background work, polling for what the others queued, and every write empties every
        # worker's cached shortlists.
        self.lease = BackgroundLease(home) if several else None
        self.shortlists = ShortlistCache(settings.shortlist_ttl_s,
                                         SharedGeneration(home) if several else None)
        self.services = build(settings.core, repo, extra_purgers=[self.shortlists])
        self.repo = self.services.repo
        self.gov = self.services.gov
        self.accounts = self.services.accounts()
        self.audit = AuditLog(self.gov)
        # Webhooks are sent by this worker, never inside a request (it starts on first use).
        self.delivery_worker = DeliveryWorker(self.services.webhooks)
        # Profiles written through the app are embedded on this worker's thread, never in the
        # request; a shortlist embeds only the role's text.
        self.embedding = EmbeddingWorker(self.repo, lambda: self.services.embedder,
                                         settings.core.home,
                                         poll_s=BACKGROUND_POLL_S if several else None)
        self.signups = TokenBuckets(settings.signup_per_minute / 60, settings.signup_burst)
        self._pool: WorkerPool | None = None
        self._pool_lock = threading.Lock()

    def warm_ranking(self) -> None:
        """Load what every shortlist needs and the first one would otherwise wait for: the
        embedding model (its first pass too), the pool's vector index and the taxonomy's
        neighbours; then the embedding queue is looked at, for the profiles and roles written
        while the server was down (a role's shortlists search with its stored vector)."""
        from worldhire.match.service import pool_vectors, taxonomy_related

        taxonomy_related()
        embedder = self.services.embedder
        if embedder is not None:
            embedder.embed(["a first pass sets the runtime up"])
            pool_vectors(self.repo, embedder, self.settings.core.home)
            if self.lease is None or self.lease.held():
                self.embedding.wake()

    def start_background(self) -> None:
        """With several workers, the lease's holder starts its background work now (polling
        for the queues the other workers fill); the others never run it while it lives."""
        if self.lease is not None:
            self._wake_background()

    def _wake_background(self) -> None:
        """Deliveries or embeddings may have been queued: the worker that runs them looks now."""
        if self.lease is None or self.lease.held():
            self.delivery_worker.notify()
            self.embedding.wake()

    def close(self) -> None:
        self.delivery_worker.stop()
        self.embedding.stop()
        if self.lease is not None:
            self.lease.release()
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
            self._pool = None  # an app served again (a test client reopened) starts a new one
        self.services.close()

    @property
    def parsers(self) -> WorkerPool:
        """Uploads are parsed in these worker processes, never in the server's: a request waits
        on a pipe while its file is read, other requests go on, and a file that spends its
        budget is stopped. They are forked from a forkserver that loaded only the parsers and
        the linker (this process holds the embedding model), and started on the first upload."""
        with self._pool_lock:
            if self._pool is None:
                self._pool = parser_pool(self.settings.parser_workers,
                                         skills_cache=self.settings.core.skills_cache_dir,
                                         max_waiting=self.settings.parser_queue)
            return self._pool

    def limit_signup(self, client: str) -> None:
        """Sign-up is open to anyone and parses a file: a few per client IP, then one a minute."""
        wait = self.signups.take(f"signup:{client}")
        if wait > 0:
            retry = str(max(1, round(wait + 0.5)))
            raise Problem(429, f"too many sign-ups from this address; retry in {retry} s",
                          headers={"Retry-After": retry})

    def ingest(self, tenant_id: str | None) -> IngestService:
        """Files are read and linked in the parser workers, and so are profiles a new résumé
        version merged into: this process never loads the skill linker (about 200 MB, and
        seconds of CPU that a request would wait for)."""
        return IngestService(self.repo, tenant_id=tenant_id,
                             max_bytes=self.settings.max_file_bytes, pool=self.parsers)

    @cached_property
    def estimator(self) -> PayEstimator:
        from worldhire.comp.estimate import load_estimator

        return load_estimator(self.settings.core.home / "cache" / "comp",
                              self.settings.salary_data)

    def pipeline(self, principal: Principal) -> ScopedPipeline:
        """The pipeline as `principal` may see it; its events are queued for the worker."""
        return self.services.scoped_pipeline(
            principal, QueuedEvents(self.services.webhooks(), self._notify_deliveries))

    def applications(self, principal: Principal) -> CandidateApplications:
        """A candidate's own applications; withdrawals are events like any stage change."""
        return self.services.candidate_applications(
            principal, QueuedEvents(self.services.webhooks(), self._notify_deliveries))

    def wrote(self) -> None:
        """Data changed: cached rankings no longer describe it, and a write may have queued
        webhook deliveries (a consent withdrawal, a stage change) and profiles to embed."""
        self.shortlists.bump()
        self._wake_background()

    def _notify_deliveries(self) -> None:
        if self.lease is None or self.lease.held():
            self.delivery_worker.notify()

    def pipeline_wrote(self) -> None:
        """The pipeline changed (an application, a move, a note, a scorecard, stages, webhooks):
        a ranking reads people and roles, never the pipeline, so the cached ones still hold
        (emptying them on every move made each shortlist under load rank the pool anew);
        deliveries may have been queued."""
        self._notify_deliveries()

    def shortlist(self, principal: Principal, role_id: str, top: int, filters: MatchFilters,
                  *, in_scope: Callable[[], Role] | None = None) -> ServedShortlist:
        """The audited shortlist (rejections counted by reason), from the cache when fresh.
        `in_scope` (it raises when the principal may not see the role) runs before a ranking and
        gives the role it ranks (read once); a cached one was checked for the same tenant when
        it was made, and any write since (a role closed, a user changed) has emptied the cache."""
        from worldhire.governance.decisions import recorded_shortlist

        def compute() -> tuple[SampledShortlistOut, RankingRecord]:
            role = role_id if in_scope is None else in_scope()
            result, ranking = recorded_shortlist(
                self.gov, role, top=top, filters=filters, embedder=self.services.embedder,
                index_home=self.settings.core.home)
            return SampledShortlistOut.of(result), ranking

        def record(ranking: RankingRecord, actor: str) -> str:
            return ranking.append(self.audit, actor).entry_id

        key = (principal.tenant_id, role_id, top, filters)
        return self.shortlists.get_or_compute(key, principal.actor, compute, record)
