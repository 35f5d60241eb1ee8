"""A saved candidate search, as the service and the store pass it around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from worldhire.core.models import new_id, utcnow


@dataclass(frozen=True)
class SearchQuery:
    """The candidate list's words and filters (the same as `ScopedServices.candidate_page`)."""

    words: str = ""
    country: str | None = None  # ISO alpha-2
    skill: str | None = None  # a skill's id or label

    @property
    def empty(self) -> bool:
        return not (self.words.strip() or self.country or self.skill)


@dataclass
class SavedSearch:
    tenant_id: str
    name: str
    query: SearchQuery
    created_by: str
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=lambda: new_id("search"))
