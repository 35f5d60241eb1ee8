"""What every CLI command shares: the settings chosen by --home, the open store, and the one
place that turns a `WorldhireError` into a red line and its exit code (docs/errors.md)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Column
from typer import _click
from typer.core import TyperGroup

from worldhire.core.errors import InvalidInput, WorldhireError
from worldhire.store.protocol import Repository

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from pydantic import BaseModel
    from rich.progress import Progress

    from worldhire.bootstrap import Services
    from worldhire.config import Settings

console = Console()
err_console = Console(stderr=True)

YES_OPTION = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")


def confirm_or_stop(yes: bool, question: str, *, nothing: str) -> None:
    """Ask before what cannot be undone, unless --yes was given. A 'no' (or no answer: a script
    without --yes) changes nothing, says so and exits 1."""
    if yes:
        return
    try:
        agreed = typer.confirm(question, default=False, err=True)
    except typer.Abort:  # no terminal to answer from
        agreed = False
    if agreed:
        return
    err_console.print(nothing)
    raise typer.Exit(1)


def write_atomically(path: Path, content: str) -> None:
    """`content` into the file at `path`, all or nothing: a failed run leaves no half-written
    output behind. What the system refuses is a bad parameter (the path given)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {path}: {exc.strerror or exc}") from exc


def counted_progress(label: str, *, transient: bool) -> Progress:
    """A progress bar on stderr: the label, done of all, and the time left."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err_console, transient=transient,
    )


def id_column(ids: Iterable[str], header: str = "id") -> Column:
    """A column of ids, never cut short or wrapped on a narrow terminal or in a pipe (80
    columns): an id is what the next command takes."""
    return Column(header, no_wrap=True, min_width=max((len(i) for i in ids), default=len(header)))


def print_json(data: BaseModel | Sequence[BaseModel]) -> None:
    """`data` as the API answers it (the same models), for a command's --json."""
    from pydantic import BaseModel

    if isinstance(data, BaseModel):
        typer.echo(data.model_dump_json(indent=2))
    else:
        typer.echo(json.dumps([d.model_dump(mode="json") for d in data], indent=2,
                              ensure_ascii=False))


class ReportingGroup(TyperGroup):
    """The root command: any `WorldhireError` a command lets through is printed, never shown as
    a traceback, and sets the exit code of its class."""

    def invoke(self, ctx: _click.Context) -> object:
        try:
            return super().invoke(ctx)
        except WorldhireError as exc:
            # An input the command named ("--country") is said first, as click says its own.
            field = exc.field if isinstance(exc, InvalidInput) and exc.field else None
            said = f"{field}: {exc}" if field else str(exc)
            err_console.print(f"[red]error:[/] {escape(said)}")
            raise typer.Exit(exc.exit_code) from exc
        except Exception as exc:
            # A read-only home or a full disk is the operator's to fix, not a crash to show.
            from worldhire.store.errors import storage_error

            found = storage_error(exc)
            if found is None:
                raise
            err_console.print(f"[red]error:[/] {escape(str(found))}")
            raise typer.Exit(found.exit_code) from exc


@dataclass
class CliState:
    home: Path | None = None
    _services: Services | None = field(default=None, repr=False)

    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        """Read once per command: the environment, with --home over WORLDHIRE_HOME."""
        if self._settings is None:
            # Imported here: pydantic-settings is a third of `worldhire --help`'s imports.
            from worldhire.config import Settings

            self._settings = Settings.load(self.home)
        return self._settings

    def services(self) -> Services:
        """Built once per command, on first use, by the composition root."""
        if self._services is None:
            from worldhire.bootstrap import build

            self._services = build(self.settings)
        return self._services


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    if not isinstance(obj, CliState):
        obj = CliState()
        ctx.find_root().obj = obj
    return obj


def services_of(ctx: typer.Context) -> Services:
    return state(ctx).services()


def repository(ctx: typer.Context) -> Repository:
    return services_of(ctx).repo


def settings(ctx: typer.Context) -> Settings:
    return state(ctx).settings
