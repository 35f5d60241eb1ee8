"""Commands that act as someone: the local operator, or the user or candidate of an API token
given with --token (or WORLDHIRE_TOKEN), whose scope then applies to every call."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from worldhire.cli.common import services_of

TOKEN_OPTION = typer.Option(
    None, "--token", envvar="WORLDHIRE_TOKEN", help="Act as this API token's user or candidate."
)
# Every command that reads or changes a company's data takes the company this way: looked up by
# name or id (find_tenant), and acted for by the local operator within it, whose scope the
# services apply as they do to the company's own users.
TENANT_HELP = ("Act for this company (name or id): its candidates, roles and records, and the "
               "platform profiles it may match; another company's are not found. Without it: "
               "the local operator's view of every company.")
TENANT_OPTION = typer.Option(None, "--tenant", help=TENANT_HELP)

if TYPE_CHECKING:
    from worldhire.governance.access import ScopedServices
    from worldhire.governance.principal import Principal


def principal(ctx: typer.Context, token: str | None = None, tenant: str | None = None
              ) -> Principal:
    """Who a command acts as: a token's user or candidate, the local operator within the company
    named by --tenant, or the local operator over everything."""
    from worldhire.governance.accounts import find_tenant
    from worldhire.governance.principal import Principal

    built = services_of(ctx)
    if token:
        if tenant is not None:
            raise typer.BadParameter("a token acts for its own company; leave --tenant out",
                                     param_hint="--tenant")
        return built.accounts().authenticate(token)
    if tenant is None:
        return Principal.operator()
    return Principal.operator().within(find_tenant(built.repo, tenant).id)


def services(ctx: typer.Context, token: str | None, tenant: str | None = None
             ) -> ScopedServices:
    return services_of(ctx).scoped(principal(ctx, token, tenant))


def reader(ctx: typer.Context, tenant: str | None) -> ScopedServices:
    """The services as the local operator (every company and the platform pool) or, with
    --tenant, as the operator within that company: its roles, the pool it may match, its
    contact rules."""
    return services(ctx, None, tenant)
