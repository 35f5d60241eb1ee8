"""What every CLI command shares: the settings chosen by --home, the open store, and the one
place that turns a `WorldhireError` into a red line and its exit code (docs/errors.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from typer import _click
from typer.core import TyperGroup

from worldhire.config import Settings
from worldhire.core.errors import WorldhireError
from worldhire.store.protocol import Repository

console = Console()
err_console = Console(stderr=True)


class ReportingGroup(TyperGroup):
    """The root command: any `WorldhireError` a command lets through is printed, never shown as
    a traceback, and sets the exit code of its class."""

    def invoke(self, ctx: _click.Context) -> object:
        try:
            return super().invoke(ctx)
        except WorldhireError as exc:
            err_console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(exc.exit_code) from exc


@dataclass
class CliState:
    home: Path | None = None
    _repo: Repository | None = field(default=None, repr=False)

    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        """Read once per command: the environment, with --home over WORLDHIRE_HOME."""
        if self._settings is None:
            self._settings = Settings.load(self.home)
        return self._settings

    def repository(self) -> Repository:
        if self._repo is None:
            from worldhire.store import open_repository

            self._repo = open_repository(self.settings)
        return self._repo


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    if not isinstance(obj, CliState):
        obj = CliState()
        ctx.find_root().obj = obj
    return obj


def repository(ctx: typer.Context) -> Repository:
    return state(ctx).repository()


def settings(ctx: typer.Context) -> Settings:
    return state(ctx).settings
