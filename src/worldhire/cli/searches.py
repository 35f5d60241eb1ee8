"""`worldhire searches ...`: a company's saved candidate searches (the web app's and the API's),
as the local operator acting for the company."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import YES_OPTION, confirm_or_stop, console, id_column, services_of
from worldhire.cli.scoped import TENANT_OPTION, principal
from worldhire.ingest.shared.country_input import optional_country
from worldhire.searches.models import SavedSearch, SearchQuery
from worldhire.searches.service import SavedSearches

app = typer.Typer(help="A company's saved candidate searches: save, list, run, delete.",
                  no_args_is_help=True)


def _searches(ctx: typer.Context, tenant: str | None) -> SavedSearches:
    if tenant is None:  # saved searches are always some company's
        raise typer.BadParameter("name the company with --tenant", param_hint="--tenant")
    return services_of(ctx).saved_searches(principal(ctx, None, tenant))


def _find(searches: SavedSearches, name_or_id: str) -> SavedSearch:
    found = [s for s in searches.all() if name_or_id in (s.id, s.name)]
    if not found:
        raise typer.BadParameter(f"no saved search named {name_or_id!r} in this company")
    return found[0]


@app.command("save")
def save(
    ctx: typer.Context, name: str = typer.Argument(..., help="Unique in the company."),
    tenant: str | None = TENANT_OPTION,
    q: str = typer.Option("", help="Words, as `candidates list --q`."),
    country: str | None = typer.Option(None, help="A country's name or ISO code."),
    skill: str | None = typer.Option(None, help="A skill's id or label."),
) -> None:
    """Save a candidate search by name."""
    code = optional_country(country, field="--country")
    saved = _searches(ctx, tenant).save(name, SearchQuery(words=q.strip(), country=code,
                                                          skill=skill))
    console.print(f"Saved “{escape(saved.name)}” ({saved.id}).")


@app.command("list")
def list_searches(ctx: typer.Context, tenant: str | None = TENANT_OPTION) -> None:
    """The company's saved searches, by name."""
    searches = _searches(ctx, tenant)
    saved, names = searches.all(), searches.scoped.actor_names()
    table = Table(id_column(s.id for s in saved), "name", "words", "country", "skill",
                  "saved by")
    for s in saved:
        table.add_row(s.id, escape(s.name), escape(s.query.words), s.query.country or "-",
                      escape(s.query.skill or "-"), escape(names(s.created_by)))
    console.print(table)


@app.command("run")
def run(ctx: typer.Context, search: str = typer.Argument(..., help="Its name or id."),
        tenant: str | None = TENANT_OPTION, limit: int = typer.Option(50, min=1, max=200)) -> None:
    """Run a saved search on today's candidates."""
    searches = _searches(ctx, tenant)
    saved, found = searches.run(_find(searches, search).id, limit=limit)
    table = Table(id_column(c.id for c in found.items), "name", "country", "headline",
                  title=f"{saved.name}: {found.counted()} found")
    for c in found.items:
        table.add_row(c.id, escape(c.display_name), c.country or "-", escape(c.headline))
    console.print(table)


@app.command("delete")
def delete(ctx: typer.Context, search: str = typer.Argument(..., help="Its name or id."),
           tenant: str | None = TENANT_OPTION, yes: bool = YES_OPTION) -> None:
    """Delete a saved search (nothing else changes). Asks first unless --yes is given."""
    searches = _searches(ctx, tenant)
    found = _find(searches, search)
    confirm_or_stop(yes, f"Delete the saved search “{found.name}”?", nothing="nothing deleted")
    searches.delete(found.id)
    console.print(f"Deleted “{escape(found.name)}”.")
