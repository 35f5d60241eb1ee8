"""The `worldhire` command: a thin shell over the services."""

from __future__ import annotations

from pathlib import Path

import typer

from worldhire.cli import (
    audit,
    batch,
    candidates,
    comp,
    evidence,
    market,
    pipeline,
    privacy,
    roles,
    serve,
    skills,
    teams,
    tenants,
    titles,
)
from worldhire.cli.common import CliState, ReportingGroup
from worldhire.cli.demo import demo
from worldhire.cli.ingest import embed, ingest
from worldhire.cli.match import roles_for, shortlist

app = typer.Typer(
    name="worldhire",
    cls=ReportingGroup,
    help="Evidence-based hiring of AI talent across borders.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
)


@app.callback()
def main(
    ctx: typer.Context,
    home: Path | None = typer.Option(
        None, "--home", help="Data directory (default: $WORLDHIRE_HOME or ~/.worldhire)."
    ),
) -> None:
    ctx.obj = CliState(home=home)


app.command()(ingest)
app.command()(embed)
app.command()(shortlist)
app.command("roles-for")(roles_for)
app.command()(demo)
app.add_typer(candidates.app, name="candidates")
app.add_typer(roles.app, name="roles")
app.add_typer(teams.app, name="teams")
app.add_typer(comp.app, name="comp")
app.add_typer(skills.app, name="skills")
app.add_typer(privacy.app, name="privacy")
app.add_typer(audit.app, name="audit")
app.add_typer(tenants.app, name="tenants")
app.add_typer(evidence.app, name="evidence")
app.add_typer(serve.app, name="serve")
app.add_typer(pipeline.app, name="pipeline")
app.add_typer(market.app, name="market")
app.add_typer(batch.app, name="batch")
app.add_typer(titles.app, name="titles")

# Each capability contributes a sub-app from worldhire/cli/<capability>.py, registered here.


def run() -> None:
    app()
