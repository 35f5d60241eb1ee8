"""Saved searches at the edges: what the API takes and answers."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

from worldhire.searches.models import SavedSearch


class SavedSearchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=120, description="unique in your company")
    q: str = Field("", max_length=200, description="words in name, headline, skills")
    country: str | None = Field(None, max_length=60, description="a country's name or ISO code")
    skill: str | None = Field(None, max_length=100, description="skill id or label")


class SavedSearchOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    q: str
    country: str | None
    skill: str | None
    created_by: str = Field(description="who saved it, by id")
    created_by_name: str = Field(description=(
        "who saved it, as a person reads it (as the audit log's actor_name)"))
    created_at: str

    @classmethod
    def of(cls, search: SavedSearch, names: Callable[[str | None], str]) -> SavedSearchOut:
        """`names`: the reader's ActorNames."""
        q = search.query
        return cls(id=search.id, name=search.name, q=q.words, country=q.country, skill=q.skill,
                   created_by=search.created_by, created_by_name=names(search.created_by),
                   created_at=search.created_at.isoformat())
