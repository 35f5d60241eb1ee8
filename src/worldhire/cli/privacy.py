"""`worldhire privacy`: subject access, erasure, retention, consent and residency.

Commands act as the local operator, or as the principal of an API token given with --token
(or WORLDHIRE_TOKEN), in which case that principal's scope applies."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from worldhire.cli.common import (
    YES_OPTION,
    confirm_or_stop,
    console,
    err_console,
    print_json,
    repository,
    services_of,
    settings,
)
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, services
from worldhire.core.errors import EXIT_CODES
from worldhire.core.models import ConsentPurpose
from worldhire.governance.accounts import Accounts
from worldhire.governance.schemas import PendingPurgeOut, RetentionDueOut

if TYPE_CHECKING:
    from worldhire.governance.retention import Due
    from worldhire.governance.store import Governance

app = typer.Typer(help="Subject access, erasure, retention, consent and data residency.",
                  no_args_is_help=True)

@app.command()
def export(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The person's candidate id."),
    out: Path = typer.Argument(..., help="Where to write the JSON ('-' for standard output)."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Everything held about a person: résumé, evidence, skills, consents, decisions, audit."""
    svc = services(ctx, token, tenant)
    document = svc.export(candidate_id)
    text = document.document()
    if str(out) == "-":
        typer.echo(text)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    # Everything held about the person: readable by whoever ran the export only (a file
    # written over keeps no wider mode).
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    console.print(
        f"wrote {out}: {len(document.evidence)} evidence items, {len(document.skills)} "
        f"skills, {len(document.decisions)} decisions"
    )


@app.command()
def erase(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The person's candidate id."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
    yes: bool = YES_OPTION,
) -> None:
    """Erase a person: their data, index entries and audit key; then compact the databases.
    Asks first (it cannot be undone) unless --yes is given."""
    svc = services(ctx, token, tenant)
    person = svc.get_candidate(candidate_id)  # a missing id is refused before anything is asked
    confirm_or_stop(yes, f"Erase {person.display_name} ({candidate_id}) everywhere? This "
                    "cannot be undone", nothing="nothing erased")
    report = svc.erase(candidate_id)
    console.print(f"[bold]erased {candidate_id}[/]")
    console.print(f"  profile deleted: {report.profile_deleted}")
    console.print(f"  audit key destroyed (their audit entries are now unreadable): "
                  f"{report.key_destroyed}")
    console.print(f"  ingest ledger rows removed: {report.ledger_rows}")
    console.print(f"  webhook deliveries naming them removed: {report.webhook_deliveries}")
    console.print(f"  identifiers on the suppression list (salted hashes; later imports of "
                  f"this person are skipped): {report.suppressed}")
    for name, count in report.hooks.items():
        console.print(f"  {name}: {count} entries purged")
    for name in report.purge_failed:
        err_console.print(f"  {name}: purge failed; it stays pending and is retried by the next "
                          f"erasure or retention run, or by 'worldhire privacy purges --retry'")
    for path in report.compacted:
        console.print(f"  compacted {path}")


@app.command()
def purges(
    ctx: typer.Context,
    retry: bool = typer.Option(False, "--retry", help="Retry every pending purge now."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Erasures still to be finished (an index or file that could not be purged, or a database
    part that rolled back or whose region commit failed), and with --retry, finish them: each
    person's rows are deleted again in every database (one erased on request is put on the
    suppression list), then every index and file purger runs. Exits 1 while any stays
    pending."""
    from worldhire.governance.erasure import retry_purges
    from worldhire.governance.purges.repository import PendingPurges

    gov = services_of(ctx).gov
    if retry:
        done = retry_purges(gov)
        for person, tables in done.swept.items():
            console.print(f"{person}: rows left in a database removed: "
                          + ", ".join(f"{t} {n}" for t, n in sorted(tables.items())))
        for person, counts in done.counts.items():
            if person not in done.failed:
                console.print(f"{person}: purged ("
                              + ", ".join(f"{n} {c}" for n, c in counts.items()) + ")")
    left = PendingPurges(gov).listing()
    if as_json:
        print_json([PendingPurgeOut.of(p) for p in left])
    elif left:
        table = Table("candidate", "why", "since", "failed retries", "last error",
                      title="pending purges")
        for p in left:
            table.add_row(p.candidate_id, p.reason.value,
                          p.requested_at.isoformat(timespec="seconds"), str(p.attempts),
                          p.last_error or "")
        console.print(table)
    else:
        console.print("no pending purges")
    if left:
        raise typer.Exit(1)


@app.command()
def originals(
    ctx: typer.Context,
    apply: bool = typer.Option(False, "--apply", help="Drop what each pool's setting no longer "
                               "keeps, then compact the databases."),
    yes: bool = YES_OPTION,
) -> None:
    """The résumés kept as received (text and file), pool by pool, against what each keeps: a
    tenant's own setting ('worldhire tenants settings'), else WORLDHIRE_RESUME_ORIGINALS. New
    imports follow it; those stored before it was set stay until --apply drops them (files for
    'text', whole documents for 'none'; it asks first unless --yes is given). Exits 1 while a
    pool keeps more than it says."""
    from worldhire.governance.originals import originals_by_pool, reduce_originals

    gov = services_of(ctx).gov
    deployment = settings(ctx).resume_originals
    if apply:
        confirm_or_stop(yes, "Drop the stored résumés each pool's setting no longer keeps? This "
                        "cannot be undone", nothing="nothing dropped")
        changed = reduce_originals(gov)
        for pool, count in changed.items():
            if count:
                console.print(f"{_pool_name(gov, pool)}: {count} stored document(s) reduced to "
                              f"'{gov.repo.documents_kept(pool)}'")
        console.print(f"{sum(changed.values())} stored document(s) reduced")
    pools = sorted(originals_by_pool(gov), key=lambda p: _pool_name(gov, p.pool))
    table = Table("pool", "keeps", "résumé texts", "files", "file bytes", "over")
    for p in pools:
        table.add_row(_pool_name(gov, p.pool), p.keeps, str(p.held.documents), str(p.held.files),
                      f"{p.held.file_bytes:,}", str(p.over))
    console.print(table)
    over = sum(p.over for p in pools)
    console.print(f"kept as received: {sum(p.held.documents for p in pools)} résumé text(s), "
                  f"{sum(p.held.files for p in pools)} file(s) "
                  f"({sum(p.held.file_bytes for p in pools):,} bytes); "
                  f"WORLDHIRE_RESUME_ORIGINALS={deployment} (tenants may choose their own)")
    if over:
        err_console.print(f"{over} stored before a pool's setting keep more than it allows: "
                          "'worldhire privacy originals --apply' drops them")
        raise typer.Exit(1)


def _pool_name(gov: Governance, pool: str | None) -> str:
    if pool is None:
        return "platform"
    return Accounts(gov).tenant_name(pool) or pool


@app.command()
def retention(
    ctx: typer.Context,
    dry_run: bool = typer.Option(False, "--dry-run", help="List what is due; change nothing."),
    days: int | None = typer.Option(
        None, min=1, help="Default period in days (else $WORLDHIRE_RETENTION_DAYS or 730)."
    ),
    as_json: bool = typer.Option(False, "--json"),
    yes: bool = YES_OPTION,
) -> None:
    """Erase everyone past their retention period. Asks first, naming how many, unless --yes is
    given (a scheduled run passes --yes)."""
    from worldhire.governance.errors import ErasureFailed
    from worldhire.governance.retention import run_retention

    gov = services_of(ctx).gov
    period = days or settings(ctx).retention_days
    if not dry_run and not yes:
        count = len(run_retention(gov, default_days=period, dry_run=True))
        if count:
            confirm_or_stop(False, f"Erase {count} candidate(s) past their retention period "
                            "everywhere? This cannot be undone", nothing="nothing erased")
    due = run_retention(gov, default_days=period, dry_run=dry_run)
    if as_json:
        print_json([RetentionDueOut.of(d, dry_run=dry_run) for d in due])
    else:
        _print_retention(due, dry_run=dry_run)
    failed = [d for d in due if d.failed]
    if failed:
        raise typer.Exit(EXIT_CODES[ErasureFailed.status])


def _print_retention(due: list[Due], *, dry_run: bool) -> None:
    table = Table("candidate", "retention ended", "why", "erasure")
    for d in due:
        outcome = "due" if dry_run else f"failed ({d.failed}), pending" if d.failed else "done"
        table.add_row(d.candidate_id, d.deadline.date().isoformat(), d.reason, outcome)
    if due:
        console.print(table)
    failed = sum(1 for d in due if d.failed)
    verb = "would erase" if dry_run else "erased"
    console.print(f"{verb} {len(due) - failed} candidate(s)")
    if failed:
        err_console.print(f"{failed} erasure(s) did not finish: they stay pending and are "
                          "finished by 'worldhire privacy purges --retry' or the next run")


@app.command()
def consent(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(...),
    purpose: ConsentPurpose = typer.Argument(..., help="matching, outreach, sharing, retention"),
    grant: bool = typer.Option(True, "--grant/--withdraw", help="Give or withdraw consent."),
    source: str = typer.Option(..., help="Where the consent came from (form, e-mail, call)."),
    company: str | None = typer.Option(None, help="For sharing: the company it is shared with."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Record a consent (or its withdrawal) for one purpose, with its source and time."""
    svc = services(ctx, token, tenant)
    # The consent and the withdrawal's webhook deliveries are written together, or not at all.
    with services_of(ctx).unit_of_work() as work:
        svc.record_consent(candidate_id, purpose, granted=grant, source=source, company=company)
        work.commit()
    console.print(f"{'granted' if grant else 'withdrawn'}: {purpose.value}"
                  + (f" with {company}" if company else "") + f" for {candidate_id}")


@app.command()
def retain(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(...),
    days: int = typer.Argument(..., min=1, help="How long the person agreed to be kept."),
    source: str = typer.Option(..., help="Where the agreement came from."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Record the retention period a person agreed to."""
    svc = services(ctx, token, tenant)
    terms = svc.set_retention(candidate_id, days, source=source)
    console.print(f"{candidate_id} kept until {terms.until.date().isoformat()}")


@app.command()
def residency(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(...),
    set_region: str | None = typer.Option(
        None, "--set", help="Move the person's data to this region (needs WORLDHIRE_RESIDENCY)."
    ),
) -> None:
    """Show (or override) where a person's data resides."""
    from worldhire.governance.residency import residency as residency_of

    found = residency_of(repository(ctx), candidate_id, move_to=set_region)
    if found.stored_by_region:
        console.print(f"{candidate_id}: region {found.region}, stored in {found.location}")
    else:
        console.print(f"{candidate_id}: region {found.region} (storage by region is off)")
