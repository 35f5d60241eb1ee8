"""What every CLI command shares: the settings chosen by --home, and the open store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.console import Console

from worldhire.config import Settings
from worldhire.store.protocol import Repository

console = Console()
err_console = Console(stderr=True)


@dataclass
class CliState:
    home: Path | None = None
    _repo: Repository | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        return Settings.load(self.home)

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
