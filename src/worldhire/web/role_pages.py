"""A company's roles: the list, a new role from the form or from a job post pasted or uploaded,
and a role's edit page (its fields, its requirements with the post's words, link confidence and
review flag, and closing, archiving or reopening it). The same services as the API's role
routes: roles.editing for changes, roles.service for posts, ScopedServices to save and audit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, TypedDict, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from fastapi.responses import Response
from pydantic import ValidationError

from worldhire.api.scope import lookup, tenant_of
from worldhire.api.uploads import read_uploads
from worldhire.core.errors import InvalidInput, NotFound, WorldhireError
from worldhire.core.models import NO_TITLE_WARNING, Role, RoleStatus, Seniority
from worldhire.governance.principal import Action
from worldhire.ingest.posts.bands import parse_zone_band
from worldhire.ingest.posts.role import BudgetSpec, RoleSpec, ZoneBandSpec
from worldhire.ingest.shared.country_input import country_entries
from worldhire.roles.budget import EXAMPLES, budget_from_text, budget_text
from worldhire.roles.editing import parse_requirement_line, spec_problems, suggest, values_of
from worldhire.roles.schemas import RoleOut
from worldhire.roles.service import RoleEditor, role_from_post
from worldhire.web.app import Visit, recruiter

router = APIRouter()
Page = Annotated[Visit, Depends(recruiter)]
Text = Annotated[str, Form(max_length=200)]
PASTED_POST = "pasted-post.txt"
MAX_PASTED_CHARS = 200_000
_VISA = {"": None, "yes": True, "no": False}
_Edited = TypeVar("_Edited")


class _TypedHours(TypedDict):
    start: str
    end: str


class _TypedRequirement(TypedDict):
    skill: str
    skill_id: str | None
    must: bool
    min_years: float | None
    alternatives: list[str]


class RoleFields(TypedDict, total=False):
    """A role's fields from the form, as RoleSpec names them; RoleSpec reads the numbers in
    the words typed and says, field by field, what it cannot read. An edit leaves out the
    fields that stay as they are."""

    title: str
    company: str
    company_country: str | None
    seniority: str
    timezone: str
    work_hours: _TypedHours
    min_overlap_hours: str
    overlap_timezone: str | None
    zone_band: ZoneBandSpec | None
    remote_policy: str
    visa_sponsorship: bool | None
    allowed_countries: list[str]
    min_years: str | None
    description: str
    budget: BudgetSpec | None
    requirements: list[_TypedRequirement]


ROLES_PAGE = 50


def _roles_link(archived: bool, offset: int) -> str:
    query = {k: v for k, v in (("archived", "true" if archived else ""),
                               ("offset", str(offset) if offset else "")) if v}
    return "/roles" + (f"?{urlencode(query)}" if query else "")


@router.get("/roles")
def roles(page: Page, archived: Annotated[bool, Query()] = False,
          offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> Response:
    """The open roles first, then the others (the archived ones when asked), each by title:
    two lists the store pages and counts, read one after the other."""
    scoped = page.services
    others = {s.value for s in RoleStatus} - {RoleStatus.OPEN.value}
    if not archived:
        others.discard(RoleStatus.ARCHIVED.value)
    opened = scoped.role_page({RoleStatus.OPEN.value}, limit=ROLES_PAGE, offset=offset)
    open_count = opened.total or 0
    room = ROLES_PAGE - len(opened.items)
    rest = scoped.role_page(others, limit=max(1, room), offset=max(0, offset - open_count))
    shown = opened.items + (rest.items if room else [])
    total = open_count + (rest.total or 0)
    hidden = 0 if archived else scoped.role_page({RoleStatus.ARCHIVED.value}, limit=1).total
    previous = _roles_link(archived, max(0, offset - ROLES_PAGE)) if offset else None
    following = (_roles_link(archived, offset + ROLES_PAGE)
                 if offset + ROLES_PAGE < total else None)
    names = scoped.actor_names()
    return page.render("roles.html", roles=[RoleOut.of(r, names) for r in shown],
                       archived=archived, archived_count=hidden, total=total, previous=previous,
                       following=following)


# new roles ----------------------------------------------------------------------------------------


def _new_form(page: Visit, *, status_code: int = 200, errors: list[str] | None = None,
              form: Mapping[str, str] | None = None, post_error: str | None = None,
              post_text: str = "") -> Response:
    return page.render("role_new.html", status_code=status_code, errors=errors or [],
                       form=form or {}, levels=list(Seniority), examples=EXAMPLES,
                       post_error=post_error, post_text=post_text)


@router.get("/roles/new")
def new_role_form(page: Page) -> Response:
    return _new_form(page)


class RoleForm:
    """The fields of the role form, as typed, and the role they describe."""

    def __init__(
        self, title: Text, company: Text = "", company_country: Annotated[str, Form(
            max_length=60)] = "",
        seniority: Annotated[str, Form(max_length=2)] = "MI",
        timezone: Annotated[str, Form(max_length=64)] = "UTC",
        work_start: Annotated[str, Form(max_length=5)] = "9",
        work_end: Annotated[str, Form(max_length=5)] = "17",
        min_overlap_hours: Annotated[str, Form(max_length=10)] = "0",
        overlap_timezone: Annotated[str, Form(max_length=64)] = "",
        zone_band: Annotated[str, Form(max_length=60)] = "",
        budget: Text = "", remote_policy: Annotated[str, Form(max_length=10)] = "remote",
        visa_sponsorship: Annotated[str, Form(max_length=3)] = "",
        allowed_countries: Annotated[str, Form(max_length=4_000)] = "",
        min_years: Annotated[str, Form(max_length=5)] = "",
        description: Annotated[str, Form(max_length=50_000)] = "",
    ) -> None:
        self.typed = {
            "title": title, "company": company, "company_country": company_country,
            "seniority": seniority, "timezone": timezone, "work_start": work_start,
            "work_end": work_end, "min_overlap_hours": min_overlap_hours,
            "overlap_timezone": overlap_timezone, "zone_band": zone_band, "budget": budget,
            "remote_policy": remote_policy, "visa_sponsorship": visa_sponsorship,
            "allowed_countries": allowed_countries, "min_years": min_years,
            "description": description,
        }

    def fields(self) -> tuple[RoleFields, list[str]]:
        """The role's fields as RoleSpec names them, the budget and the band of time zones read
        from their words; and what could not be read (the budget, the band: the other fields
        are checked by RoleSpec)."""
        t = self.typed
        fields: RoleFields = {
            "title": t["title"], "company": t["company"],
            "company_country": t["company_country"].strip() or None,
            "seniority": t["seniority"], "timezone": t["timezone"].strip(),
            "work_hours": {"start": t["work_start"], "end": t["work_end"]},
            "min_overlap_hours": t["min_overlap_hours"].strip() or "0",
            "overlap_timezone": t["overlap_timezone"].strip() or None,
            "remote_policy": t["remote_policy"],
            "visa_sponsorship": _VISA.get(t["visa_sponsorship"]),
            "allowed_countries": country_entries(t["allowed_countries"]),
            "min_years": t["min_years"].strip() or None, "description": t["description"],
        }
        band = parse_zone_band(t["zone_band"]) if t["zone_band"].strip() else None
        fields["zone_band"] = (None if band is None
                               else ZoneBandSpec(low=band.low, high=band.high))
        errors = ([] if band is not None or not t["zone_band"].strip() else
                  [f"time zones: cannot read “{t['zone_band'].strip()}”; write it as "
                   "“UTC+1 to UTC+4” (or leave it empty for any zone)"])
        try:
            budget = budget_from_text(t["budget"])
        except InvalidInput as exc:
            return fields, [*errors, str(exc)]
        fields["budget"] = budget
        return fields, errors


def _requirement_specs(text: str) -> list[_TypedRequirement]:
    specs: list[_TypedRequirement] = []
    for line in text.splitlines():
        given = parse_requirement_line(line)
        if given is not None:
            specs.append({"skill": given.skill or given.skill_id or "",
                          "skill_id": given.skill_id, "must": given.must,
                          "min_years": given.min_years,
                          "alternatives": list(given.alternatives)})
    return specs


@router.post("/roles/new")
def create_role(
    page: Page, csrf: Text, form: Annotated[RoleForm, Depends()],
    requirements: Annotated[str, Form(max_length=20_000)] = "",
) -> Response:
    page.require_csrf(csrf)
    page.services.principal.require(Action.WRITE)
    fields, errors = form.fields()
    fields["requirements"] = _requirement_specs(requirements)
    if errors:
        fields["budget"] = None  # the other fields are still checked, so all is said at once
    try:
        spec = RoleSpec.model_validate(fields)
    except ValidationError as exc:
        errors += spec_problems(exc)
    if errors:
        return _new_form(page, status_code=422, errors=errors,
                         form={**form.typed, "requirements": requirements})
    tenant = tenant_of(page.services.principal)
    role = page.ctx.ingest(tenant).role_from_spec(spec, tenant)
    page.services.save_role(role)
    page.ctx.wrote()
    page.session.flash(f"Role “{role.title}” created.")
    return page.redirect(f"/roles/{role.id}/shortlist")


@router.post("/roles/from-post")
def create_role_from_post(
    page: Page, csrf: Text,
    post: Annotated[str, Form(max_length=MAX_PASTED_CHARS)] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    page.require_csrf(csrf)
    principal = page.services.principal
    principal.require(Action.WRITE)
    tenant = tenant_of(principal)
    try:
        if file is not None and file.filename:
            [upload] = read_uploads([file], page.ctx.settings.max_file_bytes, allow_csv=False)
            data, filename = upload.data, upload.filename
        elif post.strip():
            data, filename = post.encode("utf-8"), PASTED_POST
        else:
            raise InvalidInput("paste the text of a job post, or choose its file")
        role_id = role_from_post(page.ctx.ingest(tenant), data, filename)
    except WorldhireError as exc:
        return _new_form(page, status_code=exc.status, post_error=str(exc), post_text=post)
    page.ctx.wrote()
    with lookup():
        role = page.services.get_role(role_id)
    review = sum(q.needs_review for q in role.requirements)
    named = f"Role “{role.title}”" if not role.title_missing else "A role"
    page.session.flash(
        f"{named} read from the post with {len(role.requirements)} requirements"
        + (f"; {review} {'needs' if review == 1 else 'need'} your review" if review else "")
        + ". Check it below." + (f" {NO_TITLE_WARNING}" if role.title_missing else ""))
    return page.redirect(f"/roles/{role.id}/edit")


# editing ------------------------------------------------------------------------------------------


def _form_of(role: Role) -> dict[str, str]:
    values = values_of(role)
    return {
        **{k: v for k, v in values.items() if isinstance(v, str)},
        "company_country": role.location_country or "",
        "work_start": f"{role.work_start_hour:g}", "work_end": f"{role.work_end_hour:g}",
        "min_overlap_hours": f"{role.min_overlap_hours:g}",
        "zone_band": role.zone_band.describe() if role.zone_band else "",
        "budget": budget_text(role.budget, role.budget_usd_year),
        "visa_sponsorship": "" if role.visa_sponsorship is None
        else ("yes" if role.visa_sponsorship else "no"),
        "allowed_countries": ", ".join(role.allowed_countries),
        "min_years": f"{role.min_years:g}" if role.min_years is not None else "",
    }


def _edit_page(page: Visit, role: Role, *, status_code: int = 200,
               errors: list[str] | None = None, form: Mapping[str, str] | None = None,
               requirement_errors: list[str] | None = None, lines: str = "") -> Response:
    return page.render(
        "role_edit.html", status_code=status_code,
        role=RoleOut.of(role, page.services.actor_names()),
        form=form if form is not None else _form_of(role), errors=errors or [],
        requirement_errors=requirement_errors or [], lines=lines, levels=list(Seniority),
        examples=EXAMPLES, may_write=page.services.principal.may(Action.WRITE),
    )


def _role(page: Visit, role_id: str) -> Role:
    with lookup():
        return page.services.get_role(role_id)


def _edit(page: Visit, change: Callable[[RoleEditor], _Edited]) -> _Edited:
    page.services.principal.require(Action.WRITE)  # a viewer is refused, not "not found"
    with lookup():
        role = change(RoleEditor(page.services))
    page.ctx.wrote()
    return role


@router.get("/roles/{role_id}/edit")
def edit_form(page: Page, role_id: str) -> Response:
    return _edit_page(page, _role(page, role_id))


@router.post("/roles/{role_id}/edit")
def edit_role(page: Page, role_id: str, csrf: Text,
              form: Annotated[RoleForm, Depends()]) -> Response:
    page.require_csrf(csrf)
    role = _role(page, role_id)
    fields, errors = form.fields()
    if budget_text(role.budget, role.budget_usd_year) == " ".join(form.typed["budget"].split()):
        del fields["budget"]  # unchanged: keeps what the post stated (its words, gross or net)
    if role.zone_band and role.zone_band.describe() == form.typed["zone_band"].strip():
        del fields["zone_band"]  # unchanged: keeps the words of the post it was read from
    if not errors:
        try:
            role = _edit(page, lambda edit: edit.edit_fields(role_id, fields))
        except InvalidInput as exc:
            errors = str(exc).split("; ")
    if errors:
        return _edit_page(page, role, status_code=422, errors=errors, form=form.typed)
    page.session.flash("Role saved.")
    return page.redirect(f"/roles/{role_id}/edit")


@router.post("/roles/{role_id}/requirements")
def add_requirements(page: Page, role_id: str, csrf: Text,
                     lines: Annotated[str, Form(max_length=20_000)] = "") -> Response:
    """Adds the requirements typed one a line (as on the new role form), or confirms one
    already there; a name the taxonomy does not hold stays words, and close names are shown."""
    page.require_csrf(csrf)
    given = [g for g in map(parse_requirement_line, lines.splitlines()) if g is not None]
    if not given:
        return _edit_page(page, _role(page, role_id), status_code=422, lines=lines,
                          requirement_errors=["type a skill, one a line"])

    try:
        _, added = _edit(page, lambda edit: edit.add_requirements(role_id, given))
    except InvalidInput as exc:
        return _edit_page(page, _role(page, role_id), status_code=422, lines=lines,
                          requirement_errors=[str(exc)])
    notes = [f"“{g.skill}” is kept as words (close names: {', '.join(close)})"
             for g, r in zip(given, added, strict=True)
             if r.skill.id.startswith("text:") and (close := suggest(g.skill))]
    page.session.flash("Requirements saved." + (" " + "; ".join(notes) + "." if notes else ""))
    return page.redirect(f"/roles/{role_id}/edit#requirements")


@router.post("/roles/{role_id}/requirements/remove")
def remove(page: Page, role_id: str, csrf: Text, key: Text) -> Response:
    page.require_csrf(csrf)
    try:
        _edit(page, lambda edit: edit.remove_requirement(role_id, key))
    except NotFound as exc:
        return _edit_page(page, _role(page, role_id), status_code=404,
                          requirement_errors=[str(exc)])
    page.session.flash("Requirement removed.")
    return page.redirect(f"/roles/{role_id}/edit#requirements")


_STATUS_SAID = {RoleStatus.CLOSED: "closed: it is not ranked and takes no new applications",
                RoleStatus.ARCHIVED: "archived: closed and left out of the roles list",
                RoleStatus.OPEN: "open again"}


@router.post("/roles/{role_id}/status")
def change_status(page: Page, role_id: str, csrf: Text,
                  status: Annotated[str, Form(max_length=20)]) -> Response:
    page.require_csrf(csrf)
    try:
        wanted = RoleStatus(status)
    except ValueError:
        return _edit_page(page, _role(page, role_id), status_code=422,
                          errors=[f"unknown role status {status!r}"])
    role = _edit(page, lambda edit: edit.set_status(role_id, wanted))
    page.session.flash(f"“{role.title}” is {_STATUS_SAID[wanted]}.")
    return page.redirect(f"/roles/{role_id}/edit")
