"""`worldhire candidates ...`: what the store holds about people."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, repository

app = typer.Typer(help="Candidates in the store.", no_args_is_help=True)


@app.command("list")
def list_candidates(
    ctx: typer.Context,
    tenant: str | None = typer.Option(None, help="A company's pool (plus the platform pool)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List candidates with their ids."""
    repo = repository(ctx)
    tenant_id = repo.ensure_tenant(tenant).id if tenant else None
    people = repo.list_candidates(tenant_id)
    if as_json:
        rows = [
            {
                "id": c.id, "name": c.name, "country": c.country, "timezone": c.timezone,
                "headline": c.headline, "years_experience": c.years_experience,
                "skills": len({m.skill.id for m in c.skills}), "source": c.source_name,
                "pay_expectation_usd": c.pay_expectation_usd,
                "pay_stated": c.pay_stated.describe() if c.pay_stated else None,
            }
            for c in people
        ]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table("id", "name", "country", "time zone", "years", "skills", "pay", "headline")
    for c in people:
        table.add_row(
            c.id, escape(c.display_name), c.country or "?", c.timezone or "?",
            "" if c.years_experience is None else f"{c.years_experience:g}",
            str(len({m.skill.id for m in c.skills})),
            escape(c.pay_stated.describe()) if c.pay_stated else "",
            escape(c.headline[:50]),
        )
    console.print(table)
    console.print(f"{len(people)} candidates")
