"""`worldhire roles ...`: open roles of the companies in the store."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, repository

app = typer.Typer(help="Roles in the store.", no_args_is_help=True)


@app.command("list")
def list_roles(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List roles with their ids."""
    repo = repository(ctx)
    roles = repo.list_roles()
    if as_json:
        rows = [
            {
                "id": r.id, "title": r.title, "company": r.company, "tenant_id": r.tenant_id,
                "seniority": r.seniority.value, "timezone": r.timezone,
                "budget_usd_year": r.budget_usd_year, "remote_policy": r.remote_policy.value,
                "requirements": [
                    {"skill": q.skill.label, "skill_id": q.skill.id, "must": q.must}
                    for q in r.requirements
                ],
            }
            for r in roles
        ]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table("id", "title", "company", "level", "time zone", "budget (USD)", "policy")
    for r in roles:
        budget = f"{r.budget_usd_year:,.0f}" if r.budget_usd_year else "-"
        table.add_row(
            r.id, escape(r.title), escape(r.company), r.seniority.value, r.timezone, budget,
            r.remote_policy.value,
        )
    console.print(table)
