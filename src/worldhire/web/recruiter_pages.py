"""A company's pages: résumé upload, the explained shortlist, compare, team planner, pay by
region, and the audits (the roles themselves: role_pages)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from fastapi.responses import Response

from worldhire.api.problems import Problem
from worldhire.api.scope import lookup, tenant_of
from worldhire.api.uploads import ingest_uploads, read_uploads
from worldhire.comp.defaults import LOCAL_COMPANY_NOTE
from worldhire.comp.schemas import PayCompareRow
from worldhire.comp.service import compare_pay
from worldhire.comp.support import LOW_DATA_ROWS
from worldhire.core.errors import InvalidInput, RoleNotOpen, WorldhireError
from worldhire.core.models import Role, Seniority
from worldhire.governance.principal import Action
from worldhire.governance.shortlist_audit import GroupBy, shortlist_bias
from worldhire.ingest.schemas import FileOutcomeOut
from worldhire.ingest.shared.country_input import (
    UnknownCountry,
    optional_country,
    typed_areas,
    typed_countries,
)
from worldhire.match.schemas import MatchResultOut, ShortlistOut
from worldhire.match.service import MatchFilters
from worldhire.match.views import COMPARE_POOL, compare_candidates, shortlist_page
from worldhire.roles.schemas import RoleOut
from worldhire.teams.service import plan_for
from worldhire.teams.spec import read_spec
from worldhire.web.app import Visit, recruiter
from worldhire.web.charts import coverage_chart, pay_chart

router = APIRouter()
Page = Annotated[Visit, Depends(recruiter)]
PAY_COUNTRIES = ["US", "PL", "RO", "RS", "UA", "IN", "VN", "PH", "BR", "MX", "NG", "KE", "EG"]


@router.get("/upload")
def upload_form(page: Page) -> Response:
    return page.render("upload.html", results=None, error=None)


@router.post("/upload")
def upload(page: Page, csrf: Annotated[str, Form(max_length=200)],
           files: Annotated[list[UploadFile], File()]) -> Response:
    page.require_csrf(csrf)
    principal = page.services.principal
    principal.require(Action.WRITE)
    try:
        uploads = read_uploads(files, page.ctx.settings.max_file_bytes, allow_csv=True)
    except WorldhireError as exc:
        return page.render("upload.html", status_code=exc.status, results=None, error=str(exc))
    outcomes = ingest_uploads(page.ctx.ingest(tenant_of(principal)), uploads)
    page.ctx.wrote()
    return page.render("upload.html", results=[FileOutcomeOut.of(o) for o in outcomes],
                       error=None)


def _role_out(page: Visit, role: Role) -> RoleOut:
    return RoleOut.of(role, page.services.actor_names())


def _filters(min_overlap: str, max_pay: str, countries: str) -> MatchFilters:
    def number(text: str, what: str) -> float | None:
        text = text.replace(",", "").strip()
        if not text:
            return None
        try:
            value = float(text)
        except ValueError as exc:
            raise Problem(422, f"{what} must be a number") from exc
        if value < 0:
            raise Problem(422, f"{what} cannot be negative")
        return value

    return MatchFilters(min_overlap_hours=number(min_overlap, "minimum overlap"),
                        max_pay_usd=number(max_pay, "maximum pay"),
                        countries=tuple(sorted(typed_areas([countries], field="countries"))))


@router.get("/roles/{role_id}/shortlist")
def shortlist(
    page: Page, role_id: str, top: Annotated[int, Query(ge=1, le=100)] = 10,
    min_overlap: Annotated[str, Query(max_length=10)] = "",
    max_pay: Annotated[str, Query(max_length=20)] = "",
    countries: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    def served() -> ShortlistOut:  # the filters are read once the role may be ranked
        filters = _filters(min_overlap, max_pay, countries)
        return page.ctx.shortlist(page.services.principal, role_id, top, filters).view

    try:
        found = shortlist_page(page.services, page.ctx.pipeline(page.services.principal),
                               role_id, served)
    except RoleNotOpen as exc:
        page.session.flash(str(exc))
        return page.redirect(f"/roles/{role_id}/edit")
    # htmx swaps in the results alone when the filters change.
    template = ("_shortlist_results.html" if page.request.headers.get("hx-request") == "true"
                else "shortlist.html")
    return page.render(template, role=_role_out(page, found.role), view=found.view,
                       people=found.people, top=top, on_pipeline=found.on_pipeline,
                       filters=ShortlistFilters(min_overlap, max_pay, countries))


@dataclass(frozen=True)
class ShortlistFilters:
    """The filters as typed, shown back in the form."""

    min_overlap: str
    max_pay: str
    countries: str


@router.get("/roles/{role_id}/compare")
def compare(page: Page, role_id: str,
            c: Annotated[list[str] | None, Query(max_length=COMPARE_POOL)] = None) -> Response:
    def served(top: int) -> list[MatchResultOut]:
        return page.ctx.shortlist(page.services.principal, role_id, top,
                                  MatchFilters()).view.results

    try:
        comparison = compare_candidates(page.services, role_id, c or [], served)
    except InvalidInput as exc:
        # Back to the shortlist, signed in, with the reason (was a bare validation message).
        page.session.flash(str(exc), "error")
        return page.redirect(f"/roles/{role_id}/shortlist")
    return page.render("compare.html", role=comparison.role, comparison=comparison)


@router.get("/roles/{role_id}/team")
def team_form(page: Page, role_id: str) -> Response:
    with lookup():
        role = page.services.get_role(role_id)
    return page.render("team.html", role=_role_out(page, role), form=_TEAM_DEFAULTS, data=None,
                       error=None, chart=None)


_TEAM_PLAN_SECONDS = 10.0
_TEAM_DEFAULTS = {"size_min": "4", "size_max": "6", "coverage": "00:00-24:00", "min_people": "1",
                  "overlap": "2", "budget": "", "max_country": "0.5", "timezone": "UTC"}


@router.post("/roles/{role_id}/team")
def team(
    page: Page, role_id: str, csrf: Annotated[str, Form(max_length=200)],
    size_min: Annotated[int, Form(ge=1, le=50)] = 4,
    size_max: Annotated[int, Form(ge=1, le=50)] = 6,
    coverage: Annotated[str, Form(max_length=20)] = "00:00-24:00",
    min_people: Annotated[int, Form(ge=0, le=20)] = 1,
    overlap: Annotated[str, Form(max_length=5)] = "",
    budget: Annotated[str, Form(max_length=20)] = "",
    max_country: Annotated[str, Form(max_length=5)] = "",
    timezone: Annotated[str, Form(max_length=64)] = "UTC",
) -> Response:
    page.require_csrf(csrf)
    with lookup():
        role = page.services.get_role(role_id)
    form = {"size_min": size_min, "size_max": size_max, "coverage": coverage,
            "min_people": min_people, "overlap": overlap, "budget": budget,
            "max_country": max_country, "timezone": timezone}
    data = chart = error = None
    try:
        # pydantic reads the numbers in the words typed and names where each problem is
        spec = read_spec({
            "size": {"min": size_min, "max": size_max}, "timezone": timezone,
            "coverage": [{"hours": coverage, "min_people": min_people}] if coverage else [],
            "budget_usd": budget.replace(",", "") or None, "shortlist_top": 60,
            "overlap": {"hours": overlap} if overlap.strip() not in ("", "0") else None,
            "max_share": {"country": max_country if max_country.strip() else None},
        })
        data = plan_for(page.services, spec, role_id, estimator=lambda: page.ctx.estimator,
                        time_limit=_TEAM_PLAN_SECONDS)
        if data.coverage_by_slot is not None:
            chart = coverage_chart(data.coverage_by_slot, data.timezone)
    except WorldhireError as exc:
        error = str(exc)
    template = "_team_plan.html" if page.request.headers.get("hx-request") == "true" \
        else "team.html"
    return page.render(template, role=_role_out(page, role), form=form, data=data, error=error,
                       chart=chart)


@dataclass(frozen=True)
class PayQuery:
    """The pay query as the form shows it back: the countries ticked, the others typed."""

    title: str
    level: str
    company_location: str
    more: str
    selected: frozenset[str]


def _countries(texts: Sequence[str], unknown: list[str]) -> list[str]:
    """The codes of the countries typed; what is none joins `unknown`, so that the page names
    every box's mistakes at once."""
    try:
        return typed_countries(texts)
    except UnknownCountry as exc:
        unknown += exc.typed
        return []


@router.get("/pay")
def pay(
    page: Page, title: Annotated[str, Query(max_length=200)] = "Machine Learning Engineer",
    level: Annotated[str, Query(max_length=2)] = "SE",
    country: Annotated[list[str] | None, Query(max_length=30)] = None,
    more: Annotated[str, Query(max_length=500)] = "",
    company_location: Annotated[str, Query(max_length=60)] = "",
) -> Response:
    page.services.principal.require(Action.READ)
    # Any country, by name or code: the boxes hold common ones, `more` the rest; a name is never
    # cut to two letters ("Germany" was read as GE, Georgia).
    unknown: list[str] = []
    ticked = list(dict.fromkeys(c for box in country or [] for c in _countries([box], unknown)))
    typed = _countries([more], unknown)
    try:
        company = optional_country(company_location, field="company_location")
    except UnknownCountry as exc:
        company = None
        unknown += exc.typed
    countries = list(dict.fromkeys([*ticked, *typed]))
    if not countries and not more.strip():
        countries = PAY_COUNTRIES
    # A code from a link that has no box of its own stays in the text field.
    extra = [c for c in ticked if c not in PAY_COUNTRIES]
    more_shown = ", ".join(part for part in [more.strip(), *extra] if part)
    query = PayQuery(title, level, company_location, more_shown, frozenset(countries))
    if unknown:
        return _pay_page(page, query, status_code=422, error=str(UnknownCountry(unknown)))
    chosen = Seniority(level) if level in Seniority.__members__ else None
    try:
        costs = compare_pay(page.ctx.estimator, title, chosen, countries, company)
    except WorldhireError as exc:
        if exc.status != 422:
            raise
        return _pay_page(page, query, status_code=422, error=str(exc))
    return _pay_page(page, query, rows=[PayCompareRow.of(r) for r in costs])


def _pay_page(page: Visit, query: PayQuery, *, rows: Sequence[PayCompareRow] = (),
              error: str | None = None, status_code: int = 200) -> Response:
    return page.render("pay.html", status_code=status_code, query=query, rows=rows,
                       chart=pay_chart(rows) if rows else None, error=error,
                       all_countries=PAY_COUNTRIES, levels=list(Seniority),
                       low_data_rows=LOW_DATA_ROWS, local_company=LOCAL_COMPANY_NOTE)


@router.get("/audit")
def audit(page: Page, top: Annotated[int, Query(ge=1, le=100)] = 10,
          by: Annotated[str, Query(pattern="^(region|country)$")] = "region") -> Response:
    principal = page.services.principal
    allowed = principal.may(Action.READ_AUDIT)
    report = shortlist_bias(page.services, top=top, by=GroupBy(by)) if allowed else None
    verify = page.services.verify_audit() if allowed else None
    return page.render("audit.html", allowed=allowed, report=report, verify=verify, top=top,
                       by=by)
