"""The `worldhire` command: a thin shell over the services."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import typer
from typer import _click
from typer.core import TyperGroup
from typer.main import get_group

from worldhire.cli.common import CliState, ReportingGroup
from worldhire.cli.demo import demo
from worldhire.cli.ingest import INGEST_HELP, embed, ingest, load
from worldhire.cli.match import roles_for, shortlist

# Each capability contributes a sub-app from worldhire/cli/<capability>.py, listed here with its
# one-line help. It is imported only when one of its commands runs or its own help is asked for,
# so `worldhire --help` and the light commands never load the others (nor what they import).
SUB_APPS: dict[str, str] = {
    "candidates": "Candidates in the store.",
    "roles": "Roles in the store: list, show, edit, close.",
    "teams": "Build distributed teams: coverage, overlap, budget and regional risk.",
    "comp": "Compensation: global pay estimates and total-cost comparison.",
    "skills": "Skills: taxonomy linking and ranking.",
    "privacy": "Subject access, erasure, retention, consent and data residency.",
    "audit": "Audit log, bias audits and the ranker's model card.",
    "tenants": "Tenants, users and API tokens.",
    "evidence": "Evidence from code: git clones and code-host exports.",
    "serve": "Serve the REST API (/api/v1, /openapi.json) and the web app.",
    "pipeline": "Hiring pipeline: stages, notes, scorecards, outreach, webhooks.",
    "market": "The market: demand against supply, pay and trends.",
    "batch": "Batch jobs on Ray: embed the pool, re-match every open role.",
    "titles": "Job titles to ESCO occupations.",
    "searches": "A company's saved candidate searches: save, list, run, delete.",
}


def sub_app(name: str) -> typer.Typer:
    app: typer.Typer = importlib.import_module(f"worldhire.cli.{name}").app
    return app


class LazyGroup(ReportingGroup):
    """The root command, with the sub-apps of SUB_APPS loaded on first use."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded: dict[str, _click.Command] = {}

    def list_commands(self, ctx: _click.Context) -> list[str]:
        return [*super().list_commands(ctx), *SUB_APPS]

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        if cmd_name not in SUB_APPS:
            return super().get_command(ctx, cmd_name)
        if cmd_name in self._loaded:
            return self._loaded[cmd_name]
        # Listing the commands needs only the name and the line of help.
        return TyperGroup(name=cmd_name, help=SUB_APPS[cmd_name])

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        if args and args[0] in SUB_APPS:
            name = args[0]
            if name not in self._loaded:
                group = get_group(sub_app(name))
                group.name = name
                self._loaded[name] = group
            return name, self._loaded[name], args[1:]
        return super().resolve_command(ctx, args)


app = typer.Typer(
    name="worldhire",
    cls=LazyGroup,
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


app.command(help=INGEST_HELP)(ingest)
app.command()(embed)
app.command()(load)
app.command()(shortlist)
app.command("roles-for")(roles_for)
app.command()(demo)


def run() -> None:
    app()
