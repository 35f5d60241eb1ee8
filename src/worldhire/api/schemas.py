"""Pydantic bodies and envelopes at the HTTP edge."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from worldhire.api.problems import Problem
from worldhire.store.protocol import COUNT_CAP, ListPage

Item = TypeVar("Item", bound=BaseModel)


class Page(BaseModel, Generic[Item]):
    """One page of a list answer; `items` are the list's typed items."""

    items: list[Item]
    total: int = Field(description=f"how many match the list's filters, counted up to "
                                   f"{COUNT_CAP:,}: past that, `total_exact` is false")
    total_exact: bool = Field(default=True, description=f"false when more than `total` match "
                              f"(the count stops at {COUNT_CAP:,}: read it as "
                              f"'{COUNT_CAP:,}+'); refine the filters to count them exactly")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last, "
                                                "and when this page was read by `cursor`")
    next_cursor: str | None = Field(
        default=None, description="give it as `cursor` to read the page after this one: read "
        "from where this page ends, as fast deep in a long list as at its start (an offset "
        "walks past every row before it); null on the last page and on lists without cursors")


CURSOR_HELP = ("the `next_cursor` of the page before: this page starts after its last item "
               "(walk a long list this way; offsets slow down deep in it)")


def page(items: list[Item], limit: int, offset: int) -> Page[Item]:
    chunk = items[offset: offset + limit]
    following = offset + limit if offset + limit < len(items) else None
    return Page(items=chunk, total=len(items), limit=limit, offset=offset,
                next_offset=following)


def store_page(found: ListPage[Any], items: list[Item], limit: int, offset: int,
               *, by_cursor: bool) -> Page[Item]:
    """The API's page of a list the store paged (`items` are `found`'s, as the API shows them)."""
    follows = found.next_after is not None
    return Page(items=items, total=found.total, total_exact=found.total_exact, limit=limit,
                offset=offset, next_offset=offset + limit if follows and not by_cursor else None,
                next_cursor=cursor_of(found.next_after) if found.next_after else None)


def cursor_of(key: tuple[str, str]) -> str:
    """The position after a list's item as an opaque token (its sort key and id)."""
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode()).decode().rstrip("=")


def cursor_key(cursor: str | None) -> tuple[str, str] | None:
    """The position a `cursor` of `cursor_of` stands for; a token it did not make is refused."""
    if cursor is None:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        key = None
    if not (isinstance(key, list) and len(key) == 2 and all(isinstance(k, str) for k in key)):
        raise Problem(422, "this cursor is not one a page of this list gave: give the "
                      "`next_cursor` of the page before, or start again without a cursor")
    return key[0], key[1]
