"""A tenant's saved candidate searches. Each is the tenant's (its users share them), found only
within the caller's tenant, and run through `ScopedServices.candidate_page`, so a saved search
sees exactly what the candidate list would show the caller today."""

from __future__ import annotations

from worldhire.core.errors import InvalidInput
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import NotInScope
from worldhire.governance.principal import Action
from worldhire.searches.models import SavedSearch, SearchQuery
from worldhire.searches.repository import SqlSavedSearches
from worldhire.store.protocol import CandidateSummary, ListPage

NAME_LIMIT = 120


class SavedSearches:
    def __init__(self, store: SqlSavedSearches, scoped: ScopedServices) -> None:
        self.store = store
        self.scoped = scoped

    def _tenant(self, action: Action) -> str:
        principal = self.scoped.principal
        principal.require(action)
        return principal.require_tenant()

    def save(self, name: str, query: SearchQuery) -> SavedSearch:
        tenant_id = self._tenant(Action.WRITE)
        name = " ".join(name.split())
        if not name or len(name) > NAME_LIMIT:
            raise InvalidInput(f"give the search a name of 1 to {NAME_LIMIT} characters")
        if query.empty:
            raise InvalidInput("an empty search is the whole candidate list: add words, a "
                               "country or a skill before saving it")
        if self.store.named(tenant_id, name) is not None:
            raise InvalidInput(f"your company already has a saved search named “{name}”: "
                               "choose another name, or delete that one first")
        search = SavedSearch(tenant_id, name, query, created_by=self.scoped.principal.actor)
        self.store.add(search)
        return search

    def all(self) -> list[SavedSearch]:
        return self.store.of_tenant(self._tenant(Action.READ))

    def get(self, search_id: str) -> SavedSearch:
        found = self.store.get(self._tenant(Action.READ), search_id)
        if found is None:
            raise NotInScope(f"no saved search {search_id!r} in your scope")
        return found

    def run(self, search_id: str, *, limit: int = 50, offset: int = 0,
            after: tuple[str, str] | None = None, count: bool = True,
            ) -> tuple[SavedSearch, ListPage[CandidateSummary]]:
        """The search and the page of candidates it finds today (see candidate_page)."""
        search = self.get(search_id)
        q = search.query
        return search, self.scoped.candidate_page(
            country=q.country, skill=q.skill, words=q.words.split(), limit=limit, offset=offset,
            after=after, count=count)

    def delete(self, search_id: str) -> None:
        if not self.store.remove(self._tenant(Action.WRITE), search_id):
            raise NotInScope(f"no saved search {search_id!r} in your scope")
