"""Commands that act as someone: the local operator, or the user or candidate of an API token
given with --token (or WORLDHIRE_TOKEN), whose scope then applies to every call."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from worldhire.cli.common import services_of

TOKEN_OPTION = typer.Option(
    None, "--token", envvar="WORLDHIRE_TOKEN", help="Act as this API token's user or candidate."
)

if TYPE_CHECKING:
    from worldhire.governance.access import ScopedServices


def services(ctx: typer.Context, token: str | None) -> ScopedServices:
    from worldhire.governance.principal import Principal

    built = services_of(ctx)
    principal = built.accounts().authenticate(token) if token else Principal.operator()
    return built.scoped(principal)




def reader(ctx: typer.Context, tenant: str | None) -> ScopedServices:
    """The services as the local operator (every company and the platform pool) or, with
    --tenant, as a viewer of that company: its roles, the pool it may match, its contact rules."""
    from worldhire.governance.accounts import find_tenant
    from worldhire.governance.principal import AccessRole, Principal

    built = services_of(ctx)
    if tenant is None:
        return built.scoped(Principal.operator())
    tenant_id = find_tenant(built.repo, tenant).id
    return built.scoped(Principal.user(tenant_id, AccessRole.VIEWER, "cli"))
