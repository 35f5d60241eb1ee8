"""/api/v1/roles: create, list, read, and the explained shortlist with its filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from worldhire.api.deps import Caller, Ctx
from worldhire.api.schemas import Page, page
from worldhire.api.scope import lookup, services, tenant_of
from worldhire.api.views import role_view
from worldhire.governance.principal import Action
from worldhire.ingest.role import RoleSpec
from worldhire.match.service import MatchFilters

router = APIRouter(prefix="/roles", tags=["roles"])


@router.post("", status_code=201, summary="Create a role from its JSON spec")
def create_role(ctx: Ctx, caller: Caller, body: RoleSpec) -> dict[str, Any]:
    caller.require(Action.WRITE)
    role = ctx.ingest(tenant_of(caller)).role_from_spec(body, tenant_of(caller))
    services(ctx, caller).save_role(role)
    ctx.wrote()
    return role_view(role)


@router.get("", summary="List roles in scope")
def list_roles(
    ctx: Ctx, caller: Caller,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    status: Annotated[str | None, Query(max_length=20, description="open, closed ...")] = None,
) -> Page:
    found = services(ctx, caller).list_roles()
    if status:
        found = [r for r in found if r.status == status]
    found.sort(key=lambda r: (r.title.casefold(), r.id))
    return page([role_view(r) for r in found], limit, offset)


@router.get("/{role_id}", summary="One role")
def get_role(ctx: Ctx, caller: Caller, role_id: str) -> dict[str, Any]:
    caller.require(Action.READ)
    with lookup():
        return role_view(services(ctx, caller).get_role(role_id))


@router.get("/{role_id}/shortlist", summary="The ranked, explained shortlist for a role",
            response_class=Response,
            responses={200: {"content": {"application/json": {"schema": {"type": "object"}}},
                             "description": "ranked results with explanations and evidence"}})
def shortlist(
    ctx: Ctx, caller: Caller, role_id: str,
    top: Annotated[int, Query(ge=1, le=200)] = 10,
    min_overlap_hours: Annotated[float | None, Query(ge=0, le=24)] = None,
    max_pay_usd: Annotated[float | None, Query(gt=0, le=10_000_000)] = None,
    country: Annotated[list[str] | None, Query(max_length=60,
                                               description="alpha-2; repeat for several")] = None,
) -> Response:
    caller.require(Action.RANK)
    filters = MatchFilters(
        min_overlap_hours=min_overlap_hours, max_pay_usd=max_pay_usd,
        countries=tuple(sorted({c.strip().upper() for c in country or [] if c.strip()})),
    )
    # Served as the cached bytes: repeats skip re-encoding a large nested view, and the scope
    # check's queries, which the cached ranking passed for this tenant.
    with lookup():
        body = ctx.shortlist(caller, role_id, top, filters,
                             in_scope=lambda: services(ctx, caller).get_role(role_id)).body
    return Response(body, media_type="application/json")
