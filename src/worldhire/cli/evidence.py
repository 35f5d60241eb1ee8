"""`worldhire evidence`: evidence from code, attached to a candidate."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from worldhire.cli.common import console, err_console, repository
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, services

app = typer.Typer(help="Evidence from code: git clones and code-host exports.",
                  no_args_is_help=True)


@app.command("add-repo")
def add_repo(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The candidate's id."),
    path: Path = typer.Argument(..., help="A local git clone."),
    author: list[str] = typer.Option(
        [], help="E-mail the candidate commits with (repeat; default: the one on file)."
    ),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Summarise a git clone (languages, own commits, tests, CI, README) onto a candidate."""
    from worldhire.assess.repository import EvidenceError, attach_evidence, summarise_clone

    candidate = services(ctx, token, tenant).candidate_to_change(candidate_id)
    emails = author or ([candidate.email] if candidate.email else [])
    if not emails:
        raise EvidenceError("the candidate has no e-mail on file; pass --author")
    summary = summarise_clone(path, emails)
    item = summary.evidence(source=f"git:{path.expanduser().resolve()}")
    attach_evidence(repository(ctx), candidate.id, [item])
    console.print(f"[green]added[/] {escape(item.title)} to {candidate_id}")
    console.print(escape(item.text))


@app.command("add-host-export")
def add_host_export(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The candidate's id."),
    path: Path = typer.Argument(..., help="JSON of GET /users/:user/repos (GitHub's shape)."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Add a candidate's public repositories from a code host's JSON export."""
    from worldhire.assess.repository import attach_evidence, host_export_evidence

    candidate = services(ctx, token, tenant).candidate_to_change(candidate_id)
    try:
        data = path.read_bytes()
    except OSError as exc:
        err_console.print(f"[red]error:[/] cannot read {escape(str(path))}: {exc.strerror}")
        raise typer.Exit(2) from exc
    items = host_export_evidence(data, f"host:{path.name}")
    attach_evidence(repository(ctx), candidate.id, items)
    console.print(f"[green]added[/] {len(items)} repositories to {candidate_id}")
    for item in items:
        console.print(f"• {escape(item.text)}")
