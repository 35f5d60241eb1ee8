"""Pydantic bodies and envelopes at the HTTP edge."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
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


# How deep a list is paged by offset: as far as it is counted. An offset page walks every row
# before it (a word-filtered page 25,000 deep read for 46 ms of CPU on SQLite at 30,000 profiles,
# more the longer the list); past this, pages are read by cursor, as fast at any depth.
MAX_OFFSET = COUNT_CAP
OFFSET_HELP = (f"rows skipped, at most {MAX_OFFSET:,} (after the cursor's position when a "
               "cursor is given); read deeper by `cursor`")
CURSOR_HELP = ("the `next_cursor` of the page before: this page starts after its last item "
               "(walk a long list this way; offsets slow down deep in it)")
RECOUNT_HELP = ("count the matches again on a page read by `cursor` (otherwise its `total` is "
                "the one the list's first page counted, carried by the cursor)")


@dataclass(frozen=True)
class ListCursor:
    """Where a page read by cursor starts (the sort key and id of the item before it), and the
    count the list's first page made (None in a cursor that carries none)."""

    after: tuple[str, str]
    total: int | None = None
    total_exact: bool = True

    def needs_count(self, recount: bool) -> bool:
        return recount or self.total is None


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def reachable_offset(offset: int) -> int:
    """`offset`, refused past MAX_OFFSET with what to do instead."""
    if offset > MAX_OFFSET:
        raise Problem(422, f"offset {offset:,} is past {MAX_OFFSET:,}, as deep as a list is "
                      "paged by offset: read deeper pages by `cursor` (give each page's "
                      "`next_cursor`), as fast at any depth")
    return offset


def store_page(found: ListPage[Any], items: list[Item], limit: int, offset: int,
               *, cursor: ListCursor | None) -> Page[Item]:
    """The API's page of a list the store paged (`items` are `found`'s, as the API shows them).
    A page the store did not count shows the count its cursor carries; the next cursor carries
    the count on."""
    follows = found.next_after is not None
    total, exact = found.total, found.total_exact
    if total is None:
        total = cursor.total if cursor is not None and cursor.total is not None else 0
        exact = cursor.total_exact if cursor is not None else False
    return Page(items=items, total=total, total_exact=exact, limit=limit,
                offset=offset,
                next_offset=offset + limit
                if follows and cursor is None and offset + limit <= MAX_OFFSET else None,
                next_cursor=cursor_of(found.next_after, total, exact) if found.next_after
                else None)


def cursor_of(key: tuple[str, str], total: int | None = None, exact: bool = True) -> str:
    """The position after a list's item as an opaque token (its sort key and id, and the
    list's count where given)."""
    state: list[Any] = list(key) if total is None else [*key, total, exact]
    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")


def read_cursor(cursor: str | None, *, timed: bool = False) -> ListCursor | None:
    """The position a `cursor` of `cursor_of` stands for; a token it did not make is refused.
    With `timed`, the list is ordered by a time, which the position's sort key must be."""
    if cursor is None:
        return None
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        state = None
    if not (isinstance(state, list) and len(state) in (2, 4)
            and all(isinstance(k, str) for k in state[:2])
            and (not timed or _is_time(state[0]))
            and (len(state) == 2 or (type(state[2]) is int and state[2] >= 0
                                     and isinstance(state[3], bool)))):
        raise Problem(422, "this cursor is not one a page of this list gave: give the "
                      "`next_cursor` of the page before, or start again without a cursor")
    after = (state[0], state[1])
    return ListCursor(after) if len(state) == 2 else ListCursor(after, state[2], state[3])
