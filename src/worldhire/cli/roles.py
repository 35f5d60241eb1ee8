"""`worldhire roles ...`: list, show and correct the roles of the companies in the store: edit
their fields, add, remove or replace requirements, close, archive or reopen them. Every change is
recorded in the audit log with who made it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, id_column, print_json
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, services

if TYPE_CHECKING:
    from worldhire.core.models import Role
    from worldhire.governance.actors import ActorNames
    from worldhire.roles.service import RoleEditor

app = typer.Typer(help="Roles in the store: list, show, edit, close.", no_args_is_help=True)
requirements_app = typer.Typer(help="A role's requirements: add, remove, set.",
                               no_args_is_help=True)
app.add_typer(requirements_app, name="requirements")

JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")


def _role(ctx: typer.Context, role_id: str, tenant: str | None, token: str | None) -> Role:
    return services(ctx, token, tenant).get_role(role_id)


def _editor(ctx: typer.Context, role_id: str, tenant: str | None,
            token: str | None) -> RoleEditor:
    from worldhire.roles.service import RoleEditor

    _role(ctx, role_id, tenant, token)  # in scope, and in that tenant
    return RoleEditor(services(ctx, token, tenant))


@app.command("list")
def list_roles(
    ctx: typer.Context,
    tenant: str | None = TENANT_OPTION,
    status: str = typer.Option("current", help="open, closed, archived, all, or current "
                               "(everything but archived)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List roles with their ids."""
    roles = services(ctx, None, tenant).list_roles()
    if status == "current":
        roles = [r for r in roles if r.status != "archived"]
    elif status != "all":
        roles = [r for r in roles if r.status == status]
    if as_json:
        from worldhire.roles.schemas import RoleOut

        names = services(ctx, None, tenant).actor_names()
        print_json([RoleOut.of(r, names) for r in roles])
        return
    from worldhire.core.models import UNTITLED_LABEL

    table = Table(id_column(r.id for r in roles), "title", "company", "status", "level",
                  "time zone", "budget (USD)", "where", "to review")
    for r in roles:
        budget = f"{r.budget_usd_year:,.0f}" if r.budget_usd_year else "-"
        review = sum(q.needs_review for q in r.requirements)
        table.add_row(
            r.id, escape(r.title or UNTITLED_LABEL), escape(r.company or "—"), r.status,
            r.seniority.value,
            r.timezone, budget, r.place, str(review) if review else "",
        )
    console.print(table)


@app.command("show")
def show_role(
    ctx: typer.Context, role_id: str, tenant: str | None = TENANT_OPTION,
    as_json: bool = JSON_OPTION, token: str | None = TOKEN_OPTION,
) -> None:
    """A role in full: its fields, its budget as stated, each requirement with the words of the
    post it was read from and how sure the link is."""
    role = _role(ctx, role_id, tenant, token)
    if as_json:
        from worldhire.roles.schemas import RoleOut

        print_json(RoleOut.of(role, _names(ctx, tenant, token)))
        return
    print_role(role, _names(ctx, tenant, token))


def _names(ctx: typer.Context, tenant: str | None, token: str | None) -> ActorNames:
    return services(ctx, token, tenant).actor_names()


def print_role(role: Role, names: ActorNames) -> None:
    from worldhire.core.models import NO_TITLE_WARNING, UNTITLED_LABEL

    visa = {True: "offered", False: "not offered", None: "not stated"}[role.visa_sponsorship]
    budget = "open"
    if role.budget is not None:
        b = role.budget
        amount = f"{b.high:,.0f}" if b.low is None else f"{b.low:,.0f}–{b.high:,.0f}"
        budget = f"{'up to ' if b.low is None else ''}{b.currency} {amount} a {b.period}"
    if role.budget_usd_year:
        budget += f" (USD {role.budget_usd_year:,.0f} a year at most)"
    countries = ", ".join(role.allowed_countries) or "anywhere"
    console.print(
        f"[bold]{escape(role.title or UNTITLED_LABEL)}[/] · {escape(role.company or '—')} · "
        f"{role.status}\n"
        f"{role.seniority.word} · {escape(role.place)} · team hours "
        f"{role.work_start_hour:g}-{role.work_end_hour:g} {role.team_timezone} · overlap "
        f"{role.min_overlap_hours:g} h"
        f"{f' · zones {role.zone_band.describe()}' if role.zone_band else ''}"
        f" · years {role.min_years or '-'}\n"
        f"budget {escape(budget)} · visa sponsorship {visa} · countries {countries}"
    )
    if role.title_missing:
        console.print(f"[yellow]{NO_TITLE_WARNING}[/] (worldhire roles edit {role.id} --title ...)")
    if role.updated_at:
        console.print(f"[dim]changed {role.updated_at:%Y-%m-%d %H:%M} by "
                      f"{escape(names(role.updated_by))}[/]")
    table = Table("#", "skill", "id", "", "years", "link", "from the post")
    for i, q in enumerate(role.requirements, start=1):
        kind = "must" if q.must else "nice"
        link = "free text" if q.skill.id.startswith("text:") else f"{q.confidence:.2f}"
        if q.needs_review:
            link = f"[magenta]{link} needs review[/]"
        table.add_row(str(i), escape(q.label), " | ".join(s.id for s in q.members), kind,
                      f"{q.min_years:g}" if q.min_years else "", link, escape(q.quote))
    console.print(table)


@app.command("edit")
def edit_role(
    ctx: typer.Context,
    role_id: str,
    tenant: str | None = TENANT_OPTION,
    title: str | None = typer.Option(None),
    company: str | None = typer.Option(None),
    country: str | None = typer.Option(None, help="Where the company is (name or alpha-2)."),
    seniority: str | None = typer.Option(None, help="EN, MI, SE, EX or junior ... lead."),
    timezone: str | None = typer.Option(None, help="IANA zone, e.g. Europe/Berlin."),
    hours: str | None = typer.Option(None, help="The team's hours there, e.g. 9-17."),
    overlap: float | None = typer.Option(None, help="Hours of overlap required."),
    team_timezone: str | None = typer.Option(
        None, help="IANA zone of a team elsewhere whose hours the hire shares (--hours are "
        "then its hours); the role's own zone makes the team local again."),
    zones: str | None = typer.Option(
        None, help="Where people must work from, e.g. 'UTC+1 to UTC+4'; 'any' removes it."),
    budget_usd: float | None = typer.Option(None, help="Budget in USD a year (its top)."),
    remote: str | None = typer.Option(None, help="remote, hybrid or onsite."),
    visa: str | None = typer.Option(None, help="yes, no or unknown."),
    countries: str | None = typer.Option(None, help="Allowed countries: PL, Romania or 'any'."),
    min_years: float | None = typer.Option(None, help="Years of experience overall."),
    token: str | None = TOKEN_OPTION,
) -> None:
    """Change a role's fields; the others stay as they are."""
    from pydantic import ValidationError

    from worldhire.core.errors import InvalidInput
    from worldhire.ingest.posts.bands import parse_zone_band
    from worldhire.ingest.shared.country_input import country_entries
    from worldhire.ingest.shared.fields import working_hours
    from worldhire.roles.editing import spec_problems
    from worldhire.roles.schemas import RoleEdit

    changes: dict[str, Any] = {
        k: v for k, v in {
            "title": title, "company": company, "company_country": country,
            "seniority": seniority, "timezone": timezone, "min_overlap_hours": overlap,
            "overlap_timezone": team_timezone, "budget_usd_year": budget_usd,
            "remote_policy": remote, "min_years": min_years,
        }.items() if v is not None
    }  # fmt: skip
    if hours is not None:
        parsed = working_hours(f"hours {hours}")
        if parsed is None:
            raise InvalidInput(f"cannot read hours {hours!r} (write e.g. 9-17)")
        changes["work_hours"] = {"start": parsed[0], "end": parsed[1]}
    if zones is not None:
        band = None if zones.strip().lower() in {"any", ""} else parse_zone_band(zones)
        if band is None and zones.strip().lower() not in {"any", ""}:
            raise InvalidInput(f"cannot read zones {zones!r} (write e.g. 'UTC+1 to UTC+4')")
        changes["zone_band"] = None if band is None else {"low": band.low, "high": band.high}
    if visa is not None:
        answers = {"yes": True, "no": False, "unknown": None}
        if visa.lower() not in answers:
            raise InvalidInput("--visa is yes, no or unknown")
        changes["visa_sponsorship"] = answers[visa.lower()]
    if countries is not None:
        any_country = countries.strip().lower() in {"any", "anywhere", ""}
        changes["allowed_countries"] = [] if any_country else country_entries(countries)
    if not changes:
        raise InvalidInput("nothing to change: give at least one option (see --help)")
    # The API's PATCH body: the same checks, and the same use case, as a request.
    try:
        edit = RoleEdit.model_validate(changes)
    except ValidationError as exc:
        raise InvalidInput("; ".join(spec_problems(exc))) from exc
    print_role(_editor(ctx, role_id, tenant, token).update(role_id, edit),
               _names(ctx, tenant, token))


def _status(ctx: typer.Context, role_id: str, tenant: str | None, token: str | None,
            status: str) -> None:
    role = _editor(ctx, role_id, tenant, token).set_status(role_id, status)
    console.print(f"role {role.id} is now [bold]{role.status}[/]")


@app.command("close")
def close_role(ctx: typer.Context, role_id: str, tenant: str | None = TENANT_OPTION,
               token: str | None = TOKEN_OPTION) -> None:
    """Close a role: it is no longer ranked, rematched or counted as demand, and takes no new
    applications; its pipeline stays."""
    _status(ctx, role_id, tenant, token, "closed")


@app.command("archive")
def archive_role(ctx: typer.Context, role_id: str, tenant: str | None = TENANT_OPTION,
                 token: str | None = TOKEN_OPTION) -> None:
    """Archive a role: closed, and out of lists unless asked for."""
    _status(ctx, role_id, tenant, token, "archived")


@app.command("reopen")
def reopen_role(ctx: typer.Context, role_id: str, tenant: str | None = TENANT_OPTION,
                token: str | None = TOKEN_OPTION) -> None:
    """Reopen a closed or archived role."""
    _status(ctx, role_id, tenant, token, "open")


@requirements_app.command("add")
def add_requirement(
    ctx: typer.Context,
    role_id: str,
    skill: str = typer.Argument(..., help="A skill name (PyTorch) or taxonomy id (wh:pytorch)."),
    tenant: str | None = TENANT_OPTION,
    nice: bool = typer.Option(False, "--nice", help="Nice to have, not a must."),
    years: float | None = typer.Option(None, "--years", help="Minimum years."),
    token: str | None = TOKEN_OPTION,
) -> None:
    """Add a requirement, or change the one on the same skill (confirming an uncertain link)."""
    from worldhire.roles.editing import RequirementInput, parse_requirement_line, suggest

    given = parse_requirement_line(skill) or RequirementInput(skill=skill)
    given = RequirementInput(given.skill, given.skill_id, not nice, years, given.alternatives)
    role, [added] = _editor(ctx, role_id, tenant, token).add_requirements(role_id, [given])
    if added.skill.id.startswith("text:"):
        close = suggest(given.skill)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        console.print(f"[yellow]{escape(given.skill)} is not a taxonomy name: kept as free "
                      f"text{escape(hint)}[/]")
    print_role(role, _names(ctx, tenant, token))


@requirements_app.command("remove")
def remove_requirement(
    ctx: typer.Context,
    role_id: str,
    key: str = typer.Argument(..., help="Skill id, label, the post's words, or its number."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Remove a requirement."""
    print_role(_editor(ctx, role_id, tenant, token).remove_requirement(role_id, key),
               _names(ctx, tenant, token))


@requirements_app.command("set")
def set_requirements(
    ctx: typer.Context,
    role_id: str,
    lines: list[str] = typer.Argument(..., help='One per argument: "PyTorch 3y", "? Ray", '
                                      '"wh:rag".'),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Replace every requirement of a role."""
    from worldhire.roles.editing import parse_requirement_line

    given = [g for g in map(parse_requirement_line, lines) if g is not None]
    print_role(_editor(ctx, role_id, tenant, token).replace_requirements(role_id, given),
               _names(ctx, tenant, token))
