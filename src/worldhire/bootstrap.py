"""The composition root: every service of a deployment, built from one `Settings`.

The shells (the CLI, the API, the web app) get their store, governance, webhooks, pipeline and
embedder from here and nowhere else, so what a deployment runs with is decided in one place:
which store (one database, or one per region), which vector backend, what an erasure must reach
outside the database, whether webhooks may reach the deployment's own network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from worldhire.assess import rubric, stored
from worldhire.batch.purge import BatchOutputPurge
from worldhire.config import Settings
from worldhire.governance.store import ErasurePurger, Governance
from worldhire.index.pool import VectorIndexPurge
from worldhire.store.protocol import Repository, UnitOfWork
from worldhire.store.sql.regional import open_store, sql_store
from worldhire.store.vector_backend import choose_vector_backend

if TYPE_CHECKING:
    from worldhire.comp.estimate import PayEstimator
    from worldhire.embed.protocol import Embedder
    from worldhire.governance.access import ScopedServices
    from worldhire.governance.accounts import Accounts
    from worldhire.governance.principal import Principal
    from worldhire.pipeline.applying import CandidateApplications
    from worldhire.pipeline.events import EventSink
    from worldhire.pipeline.scoped import ScopedPipeline
    from worldhire.pipeline.service import PipelineService
    from worldhire.pipeline.webhooks import Webhooks
    from worldhire.searches.service import SavedSearches


class AssessmentCachePurge:
    """The in-memory assessments (computed, and read from the store), which hold sentences of
    a person's résumé."""

    name = "assessment-cache"

    def purge(self, candidate_id: str) -> int:
        return rubric.forget(candidate_id) + stored.forget(candidate_id)


class ReadProfilesPurge:
    """The profiles the store keeps in memory for the ranking (Repository.read_candidates)."""

    name = "read-profiles"

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def purge(self, candidate_id: str) -> int:
        return self.repo.forget_read(candidate_id)


def erasure_purgers(settings: Settings, *extra: ErasurePurger) -> tuple[ErasurePurger, ...]:
    """Everything outside the database that can hold a person's data. A new index or cache that
    keeps personal data adds its purger here (and a shell's own cache passes it as `extra`)."""
    return (VectorIndexPurge(settings.home), BatchOutputPurge(settings.home),
            AssessmentCachePurge(), *extra)


@dataclass
class Services:
    settings: Settings
    repo: Repository
    purgers: Sequence[ErasurePurger] = field(default_factory=tuple)

    def unit_of_work(self) -> UnitOfWork:
        """One transaction over the main database for a shell's request or command: the shell
        commits it; the services it calls inside it never do."""
        return self.repo.unit_of_work()

    @cached_property
    def gov(self) -> Governance:
        return Governance.open(self.repo, self.settings, self.purgers)

    def accounts(self) -> Accounts:
        from worldhire.governance.accounts import Accounts

        return Accounts(self.gov)

    def scoped(self, principal: Principal) -> ScopedServices:
        from worldhire.governance.access import ScopedServices

        return ScopedServices(self.gov, principal)

    def saved_searches(self, principal: Principal) -> SavedSearches:
        from worldhire.searches.repository import SqlSavedSearches
        from worldhire.searches.service import SavedSearches

        return SavedSearches(SqlSavedSearches.on(self.repo), self.scoped(principal))

    def webhooks(self, **options: Any) -> Webhooks:
        from worldhire.pipeline.webhooks import Webhooks

        return Webhooks.on(self.repo, allow_private=self.settings.webhook_allow_private,
                           max_per_tenant=self.settings.webhooks_per_tenant, **options)

    def pipeline(self, events: EventSink | None = None) -> PipelineService:
        from worldhire.pipeline.repository import SqlPipelineStore
        from worldhire.pipeline.service import PipelineService

        return PipelineService(self.repo, SqlPipelineStore.on(self.repo), events=events)

    def scoped_pipeline(self, principal: Principal, events: EventSink | None = None
                        ) -> ScopedPipeline:
        from worldhire.pipeline.scoped import ScopedPipeline

        return ScopedPipeline(self.scoped(principal), self.pipeline(events), self.webhooks())

    def candidate_applications(self, principal: Principal, events: EventSink | None = None
                               ) -> CandidateApplications:
        from worldhire.pipeline.applying import CandidateApplications

        return CandidateApplications(self.scoped(principal), self.pipeline(events))

    @cached_property
    def pay_estimator(self) -> PayEstimator:
        """The pay model on the bundled salary data, fitted once and cached under the home."""
        from worldhire.comp.estimate import load_estimator

        return load_estimator(self.settings.home / "cache" / "comp")

    @cached_property
    def embedder(self) -> Embedder | None:
        """The offline MiniLM model, loaded on first use; None without the ml extra (ranking then
        runs without its dense stage). One per process, embedding with the configured threads and
        precision."""
        from worldhire.embed import minilm

        try:
            return minilm(self.settings.embed_threads, self.settings.embed_precision)
        except ImportError:
            return None

    def close(self) -> None:
        self.repo.close()


def build(settings: Settings, repo: Repository | None = None,
          extra_purgers: Sequence[ErasurePurger] = ()) -> Services:
    """The services over `repo`, or over the store `settings` names (one database, or one per
    region with residency on)."""
    from worldhire.embed.minilm import keep_models_in
    from worldhire.skills.taxonomy_cache import keep_taxonomy_in

    keep_taxonomy_in(settings.skills_cache_dir)
    keep_models_in(settings.models_cache_dir, settings.embed_runtime)
    store = repo if repo is not None else open_store(settings)
    # Every profile written through the services is stored with its assessment.
    store.assess_on_write(stored.assessor)
    store.keep_documents(settings.resume_originals)
    dialect = sql_store(store).engine.dialect.name
    store.keep_vectors(choose_vector_backend(settings.vector_backend, dialect))
    return Services(settings, store,
                    erasure_purgers(settings, ReadProfilesPurge(store), *extra_purgers))
