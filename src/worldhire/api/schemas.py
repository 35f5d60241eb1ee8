"""Pydantic bodies and envelopes at the HTTP edge."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Item = TypeVar("Item", bound=BaseModel)


class Page(BaseModel, Generic[Item]):
    """One page of a list answer; `items` are the list's typed items."""

    items: list[Item]
    total: int
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


def page(items: list[Item], limit: int, offset: int) -> Page[Item]:
    chunk = items[offset: offset + limit]
    following = offset + limit if offset + limit < len(items) else None
    return Page(items=chunk, total=len(items), limit=limit, offset=offset,
                next_offset=following)


class ConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: Literal["matching", "outreach", "sharing", "retention"]
    granted: bool
    source: str = Field(min_length=1, max_length=300,
                        description="where the consent came from: a form, an e-mail ...")
    company: str | None = Field(default=None, max_length=200,
                                description="the company, for consent to sharing")


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=320)
    role: Literal["admin", "recruiter", "viewer"]


class ProfileEdit(BaseModel):
    """Corrections to what the parser read; a field left out stays as it is, an empty text
    clears it (the name cannot be cleared)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=200)
    headline: str | None = Field(default=None, max_length=300)
    summary: str | None = Field(default=None, max_length=5000)
    location: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=60,
                                description="a name in any language the parser knows, or ISO "
                                            "alpha-2")
    timezone: str | None = Field(default=None, max_length=64, description="IANA name")
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    years_experience: float | None = Field(default=None, ge=0, le=70)
    links: list[str] | None = Field(default=None, max_length=20,
                                    description="GitHub, portfolio and other web links")


class CorrectionOut(BaseModel):
    candidate_id: str
    changed: list[str] = Field(description="the fields whose value changed (also in the audit "
                                           "log, without the values)")
