"""Pydantic bodies and envelopes at the HTTP edge."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


def page(items: list[dict[str, Any]], limit: int, offset: int) -> Page:
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
