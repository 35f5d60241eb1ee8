"""Commands that act as someone: the local operator, or the user or candidate of an API token
given with --token (or WORLDHIRE_TOKEN), whose scope then applies to every call."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

import typer

from worldhire.cli.common import err_console, repository, settings

T = TypeVar("T")
TOKEN_OPTION = typer.Option(
    None, "--token", envvar="WORLDHIRE_TOKEN", help="Act as this API token's user or candidate."
)

if TYPE_CHECKING:
    from worldhire.governance.access import ScopedServices


@contextmanager
def refusals() -> Iterator[None]:
    """Governance refusals become a red line and exit code 2, never a traceback."""
    from worldhire.governance.errors import AccessDenied, ConsentRequired, GovernanceError

    try:
        yield
    except (AccessDenied, ConsentRequired, GovernanceError) as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


def services(ctx: typer.Context, token: str | None) -> ScopedServices:
    from worldhire.governance.access import ScopedServices
    from worldhire.governance.accounts import Accounts
    from worldhire.governance.principal import Principal
    from worldhire.governance.store import Governance

    gov = Governance.open(repository(ctx), settings(ctx))
    with refusals():
        principal = Accounts(gov).authenticate(token) if token else Principal.operator()
    return ScopedServices(gov, principal)


def run(call: Callable[[], T]) -> T:
    with refusals():
        return call()


