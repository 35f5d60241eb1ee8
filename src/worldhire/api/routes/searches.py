"""/api/v1/saved-searches: a company's candidate searches kept by name, run again, deleted."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict

from worldhire.api.deps import Caller, Ctx
from worldhire.api.schemas import (
    CURSOR_HELP,
    OFFSET_HELP,
    RECOUNT_HELP,
    Page,
    reachable_offset,
    read_cursor,
    store_page,
)
from worldhire.api.scope import lookup
from worldhire.governance.candidate_schemas import CandidateSummaryOut
from worldhire.ingest.shared.country_input import optional_country
from worldhire.searches.models import SearchQuery
from worldhire.searches.schemas import SavedSearchIn, SavedSearchOut
from worldhire.searches.service import SavedSearches

router = APIRouter(prefix="/saved-searches", tags=["saved searches"])


class SavedSearchRunOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    search: SavedSearchOut
    candidates: Page[CandidateSummaryOut]


def _searches(ctx: Ctx, caller: Caller) -> SavedSearches:
    return ctx.services.saved_searches(caller)


@router.post("", status_code=201, summary="Save a candidate search by name")
def save_search(ctx: Ctx, caller: Caller, body: SavedSearchIn) -> SavedSearchOut:
    query = SearchQuery(words=body.q.strip(), country=optional_country(body.country),
                        skill=(body.skill or "").strip() or None)
    searches = _searches(ctx, caller)
    return SavedSearchOut.of(searches.save(body.name, query), searches.scoped.actor_names())


@router.get("", summary="Your company's saved searches, by name")
def list_searches(ctx: Ctx, caller: Caller) -> list[SavedSearchOut]:
    searches = _searches(ctx, caller)
    names = searches.scoped.actor_names()
    return [SavedSearchOut.of(s, names) for s in searches.all()]


@router.get("/{search_id}/candidates", summary="Run a saved search on today's candidates")
def run_search(
    ctx: Ctx, caller: Caller, search_id: str,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description=OFFSET_HELP)] = 0,
    cursor: Annotated[str | None, Query(max_length=2000, description=CURSOR_HELP)] = None,
    recount: Annotated[bool, Query(description=RECOUNT_HELP)] = False,
) -> SavedSearchRunOut:
    offset = reachable_offset(offset)
    position = read_cursor(cursor)
    searches = _searches(ctx, caller)
    with lookup():
        search, found = searches.run(
            search_id, limit=limit, offset=offset, after=position.after if position else None,
            count=position is None or position.needs_count(recount))
    return SavedSearchRunOut(
        search=SavedSearchOut.of(search, searches.scoped.actor_names()),
        candidates=store_page(found, [CandidateSummaryOut.of(c)
                                      for c in found.items], limit, offset, cursor=position))


@router.delete("/{search_id}", status_code=204, summary="Delete a saved search")
def delete_search(ctx: Ctx, caller: Caller, search_id: str) -> None:
    with lookup():
        _searches(ctx, caller).delete(search_id)
