"""`worldhire tenants`: companies, their users and roles, and API tokens (shown once)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from worldhire.cli.common import (
    YES_OPTION,
    confirm_or_stop,
    console,
    repository,
    services_of,
)
from worldhire.cli.scoped import TOKEN_OPTION, services
from worldhire.governance.principal import AccessRole

if TYPE_CHECKING:
    from worldhire.governance.accounts import Accounts

app = typer.Typer(help="Tenants, users and API tokens.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens: create (shown once), list, revoke.",
                        no_args_is_help=True)
app.add_typer(token_app, name="token")


def _accounts(ctx: typer.Context) -> Accounts:
    from worldhire.governance.accounts import Accounts

    return Accounts(services_of(ctx).gov)


@app.command()
def create(ctx: typer.Context, name: str = typer.Argument(..., help="The company's name.")) -> None:
    """Create a tenant (or show the existing one of that name)."""
    tenant = _accounts(ctx).create_tenant(name)
    console.print(f"tenant {tenant.name}: {tenant.id}")


@app.command("list")
def list_tenants(ctx: typer.Context) -> None:
    """Every tenant with its id."""
    table = Table("id", "name", "created")
    for tenant in repository(ctx).list_tenants():
        table.add_row(tenant.id, tenant.name, tenant.created_at.date().isoformat())
    console.print(table)


@app.command("add-user")
def add_user(
    ctx: typer.Context,
    tenant: str = typer.Argument(..., help="The tenant's name or id."),
    email: str = typer.Argument(...),
    role: AccessRole = typer.Option(AccessRole.RECRUITER, "--role",
                                    help="admin, recruiter or viewer"),
) -> None:
    """Add a user to a tenant with a role."""
    accounts = _accounts(ctx)
    user = accounts.add_user(accounts.tenant(tenant).id, email, role)
    article = "an" if user.role.value[0] in "aeiou" else "a"
    console.print(f"{user.email} is {article} {user.role.value} of {tenant} ({user.id})")


@app.command()
def users(ctx: typer.Context, tenant: str = typer.Argument(...)) -> None:
    """A tenant's users and their roles."""
    accounts = _accounts(ctx)
    found = accounts.users(accounts.tenant(tenant).id)
    table = Table("id", "email", "role")
    for user in found:
        table.add_row(user.id, user.email, user.role.value)
    console.print(table)


@app.command("settings")
def tenant_settings(
    ctx: typer.Context,
    tenant: str | None = typer.Argument(None, help="The tenant's name or id (with --token: "
                                        "the token's own tenant)."),
    resume_originals: str | None = typer.Option(
        None, "--resume-originals", help="What the tenant's imports keep of a résumé as "
        "received: file, text, none, or default (the deployment's WORLDHIRE_RESUME_ORIGINALS). "
        "Recorded in the audit log; what was stored before stays until 'worldhire privacy "
        "originals --apply'."),
    token: str | None = TOKEN_OPTION,
) -> None:
    """A tenant's settings, and with an option, change them (the operator, or a tenant admin
    with --token)."""
    settings = services(ctx, token).tenant_settings(tenant)
    if resume_originals is not None:
        choice = resume_originals.strip().lower()
        shown = settings.set_resume_originals(None if choice == "default" else choice)
    else:
        shown = settings.resume_originals()
    source = "the tenant's choice" if shown.own else "the deployment's default"
    console.print(f"résumé originals kept: {shown.kept} ({source}; deployment: "
                  f"{shown.deployment})")


@token_app.command("create")
def token_create(
    ctx: typer.Context,
    tenant: str | None = typer.Argument(None, help="The tenant's name or id."),
    email: str | None = typer.Argument(None, help="The user the token acts as."),
    candidate: str | None = typer.Option(
        None, "--candidate", help="Instead: a candidate account's token for this candidate id."
    ),
    label: str = typer.Option("", help="What the token is for."),
    valid_days: int | None = typer.Option(
        None, "--valid-days", min=1, help="A user token stops working after this many days "
        "(default: until revoked)."
    ),
) -> None:
    """Create a token. Its value is printed once and only its hash is kept."""
    from worldhire.governance.errors import GovernanceError

    accounts = _accounts(ctx)
    if candidate is not None:
        value = accounts.issue_candidate_token(candidate, label)
    elif tenant and email:
        user = accounts.user(accounts.tenant(tenant).id, email)
        value = accounts.issue_user_token(
            user, label, valid_for=None if valid_days is None else timedelta(days=valid_days))
    else:
        raise GovernanceError("name TENANT and EMAIL, or --candidate CANDIDATE_ID")
    console.print("[bold]token (shown once; store it now):[/]")
    print(value)


@token_app.command("list")
def token_list(ctx: typer.Context, tenant: str | None = typer.Argument(None)) -> None:
    """Tokens (ids and labels, never values)."""
    accounts = _accounts(ctx)
    found = accounts.token_list(accounts.tenant(tenant).id if tenant else None)
    table = Table("id", "label", "for", "created", "state")
    for t in found:
        who = t.user_id or (f"candidate {t.candidate_id}" if t.candidate_id else "")
        table.add_row(t.id, t.label, who, t.created_at.date().isoformat(),
                      "revoked" if t.revoked else "active")
    console.print(table)


@token_app.command("revoke")
def token_revoke(ctx: typer.Context, token_id: str = typer.Argument(...),
                 yes: bool = YES_OPTION) -> None:
    """Revoke a token by its id. Asks first (it cannot be undone) unless --yes is given."""
    from worldhire.governance.errors import GovernanceError

    confirm_or_stop(yes, f"Revoke token {token_id}? Whatever uses it is refused from now on",
                    nothing="nothing revoked")
    if not _accounts(ctx).revoke(token_id):
        raise GovernanceError(f"no active token with id {token_id!r}")
    console.print(f"revoked {token_id}")
