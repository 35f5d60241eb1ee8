"""/api/v1/roles: create, list, read, edit (fields, requirements, status), and the explained
shortlist with its filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Body, File, Query, UploadFile
from fastapi.responses import Response

from worldhire.api.context import AppContext
from worldhire.api.deps import Caller, Ctx
from worldhire.api.schemas import (
    CURSOR_HELP,
    OFFSET_HELP,
    Page,
    reachable_offset,
    read_cursor,
    store_page,
)
from worldhire.api.scope import lookup, services, tenant_of
from worldhire.api.uploads import read_uploads
from worldhire.core.errors import InvalidInput
from worldhire.core.models import Role, RoleStatus
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Action, Principal
from worldhire.ingest.formats import format_names
from worldhire.ingest.posts.role import RoleSpec
from worldhire.ingest.shared.country_input import typed_areas
from worldhire.match.schemas import ShortlistOut
from worldhire.match.service import MatchFilters
from worldhire.roles.editing import RequirementInput
from worldhire.roles.schemas import RequirementIn, RoleEdit, RoleOut
from worldhire.roles.service import RoleEditor, role_from_post

router = APIRouter(prefix="/roles", tags=["roles"])


@router.post("", status_code=201, summary="Create a role from its JSON spec")
def create_role(ctx: Ctx, caller: Caller, body: RoleSpec) -> RoleOut:
    caller.require(Action.WRITE)
    if body.title_missing:  # a role written field by field says what it is (posts may not)
        raise InvalidInput("a role needs a title", field="title")
    role = ctx.ingest(tenant_of(caller)).role_from_spec(body, tenant_of(caller))
    scoped = services(ctx, caller)
    scoped.save_role(role)
    ctx.wrote()
    return _out(scoped, role)


@router.post("/from-post", status_code=201,
             summary=f"Create a role from a job post as written ({format_names(posts=True)})")
def create_role_from_post(
    ctx: Ctx, caller: Caller,
    file: Annotated[UploadFile, File(description="the job post, in any layout and language")],
) -> RoleOut:
    caller.require(Action.WRITE)
    tenant = tenant_of(caller)
    [upload] = read_uploads([file], ctx.settings.max_file_bytes, allow_csv=False)
    role_id = role_from_post(ctx.ingest(tenant), upload.data, upload.filename)
    ctx.wrote()
    scoped = services(ctx, caller)
    with lookup():
        return _out(scoped, scoped.get_role(role_id))


@router.get("", summary="List roles in scope")
def list_roles(
    ctx: Ctx, caller: Caller,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description=OFFSET_HELP)] = 0,
    cursor: Annotated[str | None, Query(max_length=2000, description=CURSOR_HELP)] = None,
    status: Annotated[str | None, Query(
        max_length=20, description="open, closed, archived or all; default: all but archived",
    )] = None,
) -> Page[RoleOut]:
    statuses: set[str] | None = None
    if status is None:
        statuses = {s.value for s in RoleStatus} - {RoleStatus.ARCHIVED.value}
    elif status != "all":
        statuses = {status}
    offset = reachable_offset(offset)
    position = read_cursor(cursor)
    scoped = services(ctx, caller)
    found = scoped.role_page(statuses, limit=limit, offset=offset,
                             after=position.after if position else None)
    employers, names = scoped.employers(found.items), scoped.actor_names()
    return store_page(found, [RoleOut.of(r, names, employers[r.id]) for r in found.items],
                      limit, offset, cursor=position)


@router.get("/{role_id}", summary="One role")
def get_role(ctx: Ctx, caller: Caller, role_id: str) -> RoleOut:
    caller.require(Action.READ)
    scoped = services(ctx, caller)
    with lookup():
        return _out(scoped, scoped.get_role(role_id))


def _out(scoped: ScopedServices, role: Role) -> RoleOut:
    return RoleOut.of(role, scoped.actor_names(), scoped.employers([role])[role.id])


def _edit(ctx: AppContext, caller: Principal, role_id: str,
          change: Callable[[RoleEditor], Role]) -> RoleOut:
    caller.require(Action.WRITE)
    tenant_of(caller)  # a candidate account edits no role (403, not "not found")
    scoped = services(ctx, caller)
    with lookup():
        role = change(RoleEditor(scoped))
    ctx.wrote()
    return _out(scoped, role)


def _input(body: RequirementIn) -> RequirementInput:
    return RequirementInput(body.skill, body.skill_id, body.must, body.min_years,
                            tuple(body.alternatives))


@router.patch("/{role_id}", summary="Change a role's fields (those left out stay as they are)")
def update_role(ctx: Ctx, caller: Caller, role_id: str, body: RoleEdit) -> RoleOut:
    return _edit(ctx, caller, role_id, lambda edit: edit.update(role_id, body))


@router.put("/{role_id}/requirements", summary="Replace a role's requirements")
def replace_requirements(
    ctx: Ctx, caller: Caller, role_id: str,
    body: Annotated[list[RequirementIn], Body(max_length=200)],
) -> RoleOut:
    given = [_input(b) for b in body]
    return _edit(ctx, caller, role_id, lambda edit: edit.replace_requirements(role_id, given))


@router.post("/{role_id}/requirements", status_code=201,
             summary="Add a requirement (or change the one on the same skill)")
def add_role_requirement(ctx: Ctx, caller: Caller, role_id: str, body: RequirementIn) -> RoleOut:
    return _edit(ctx, caller, role_id,
                 lambda edit: edit.add_requirements(role_id, [_input(body)])[0])


@router.delete("/{role_id}/requirements/{key}",
               summary="Remove a requirement: by skill id, label, the post's words or number")
def remove_role_requirement(ctx: Ctx, caller: Caller, role_id: str, key: str) -> RoleOut:
    return _edit(ctx, caller, role_id, lambda edit: edit.remove_requirement(role_id, key))


def _status_route(status: RoleStatus) -> Callable[[AppContext, Principal, str], RoleOut]:
    def route(ctx: Ctx, caller: Caller, role_id: str) -> RoleOut:
        return _edit(ctx, caller, role_id, lambda edit: edit.set_status(role_id, status))

    return route


router.post("/{role_id}/close", summary="Close a role: not ranked, no new applications",
            response_model=RoleOut, operation_id="close_role")(_status_route(RoleStatus.CLOSED))
router.post("/{role_id}/archive", summary="Archive a role: closed and put away",
            response_model=RoleOut,
            operation_id="archive_role")(_status_route(RoleStatus.ARCHIVED))
router.post("/{role_id}/reopen", summary="Reopen a closed or archived role",
            response_model=RoleOut, operation_id="reopen_role")(_status_route(RoleStatus.OPEN))


# Served as cached bytes (below); the model is the answer's contract in /openapi.json.
@router.get("/{role_id}/shortlist", summary="The ranked, explained shortlist for a role",
            response_model=ShortlistOut,
            response_description="ranked results with explanations and evidence")
def shortlist(
    ctx: Ctx, caller: Caller, role_id: str,
    top: Annotated[int, Query(ge=1, le=200)] = 10,
    min_overlap_hours: Annotated[float | None, Query(ge=0, le=24)] = None,
    max_pay_usd: Annotated[float | None, Query(gt=0, le=10_000_000)] = None,
    country: Annotated[list[str] | None, Query(
        max_length=60, description="Only candidates living here: a country by name or code, or "
        "a region (EU, LATAM, Africa, Sub-Saharan Africa); repeat for several")] = None,
) -> Response:
    caller.require(Action.RANK)
    # Sorted: the cached shortlist is keyed by the filters, in whatever order they were typed.
    filters = MatchFilters(
        min_overlap_hours=min_overlap_hours, max_pay_usd=max_pay_usd,
        countries=tuple(sorted(typed_areas(country or [], field="country"))),
    )
    # Served as the cached bytes: repeats skip re-encoding a large nested view, and the scope
    # check's queries, which the cached ranking passed for this tenant.
    with lookup():
        body = ctx.shortlist(caller, role_id, top, filters,
                             in_scope=lambda: services(ctx, caller).get_role(role_id)).body
    return Response(body, media_type="application/json")
