"""`worldhire ingest`: résumés and roles from files and folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from worldhire.cli.common import console, err_console, repository, services_of, settings
from worldhire.core.errors import InvalidInput
from worldhire.ingest.formats import format_names

if TYPE_CHECKING:
    from worldhire.assess.stored import BackfillReport

# The command's help, from the format registry: a new format is listed without an edit here.
INGEST_HELP = (f"Import résumés ({format_names()}) and roles (a JSON role file, or a job post "
               f"as {format_names(posts=True)}).")


def _company(ctx: typer.Context, tenant: str | None) -> str | None:
    """The id of the company a load goes into, created if new as `tenants create` creates it;
    None for the platform pool."""
    return services_of(ctx).accounts().create_tenant(tenant).id if tenant else None


def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files and folders to import."),
    tenant: str | None = typer.Option(
        None, help="Import into this company's private pool (created if new). "
        "Without it, résumés join the platform pool."
    ),
    kind: str = typer.Option("auto", help="auto, resume or role."),
    consent: bool = typer.Option(
        True, help="Record consent to matching for imported résumés (the import is the source)."
    ),
    workers: int | None = typer.Option(
        None, min=1, help="Parser processes (default: one per core)."
    ),
    embed: bool = typer.Option(
        True, "--embed/--no-embed",
        help="Embed the new and changed profiles for retrieval now (needs the ml extra), and "
        "assess those waiting for it (bulk-loaded ones); with --no-embed they wait in the "
        "queue for `worldhire embed` or `worldhire batch embed`.",
    ),
) -> None:
    from worldhire.batch.ingest import ingest_parallel
    from worldhire.ingest.service import IngestService, Kind, Status, discover, unsupported

    repo = repository(ctx)
    tenant_id = _company(ctx, tenant)
    service = IngestService(repo, tenant_id=tenant_id, record_consent=consent)
    files = list(discover(paths))
    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.description}"), console=console, transient=True,
    ) as progress:
        task = progress.add_task("", total=len(files))

        def advance(outcome: object) -> None:
            progress.advance(task)

        report = ingest_parallel(service, files, Kind(kind), on_file=advance, workers=workers,
                                 skills_cache=settings(ctx).skills_cache_dir)
    added, unchanged = report.count(Status.ADDED), report.count(Status.UNCHANGED)
    erased = report.count(Status.SUPPRESSED)
    console.print(
        f"[green]{added} added[/], {report.count(Status.MERGED)} merged, {unchanged} unchanged, "
        + (f"{erased} of erased people skipped, " if erased else "")
        + f"[red]{report.count(Status.ERROR)} failed[/] of {len(files)} files"
    )
    joined = [(o.path, cid, why) for o in report.outcomes for cid, why in o.joined.items()]
    if joined:
        table = Table("file", "joined candidate", "because", title="New résumé versions",
                      title_justify="left")
        for path, cid, why in joined:
            table.add_row(escape(path), cid, escape(why))
        console.print(table)
    warnings = [(o.path, w) for o in report.outcomes for w in o.warnings]
    if warnings:
        table = Table("file", "check", title="To check", title_justify="left")
        for path, warning in warnings:
            table.add_row(escape(path), escape(warning))
        console.print(table)
    problems = [(o.path, o.error or "") for o in report.outcomes
                if o.status in (Status.ERROR, Status.SUPPRESSED)]
    problems += [(o.path, row) for o in report.outcomes for row in o.row_errors]
    if problems:
        table = Table("file", "reason", title="Skipped", title_justify="left")
        for path, reason in problems:
            table.add_row(escape(path), escape(reason))
        console.print(table)
    left_out = unsupported(paths)
    if left_out:
        kinds = sorted({f.suffix.lower() or "(no extension)" for f in left_out})
        console.print(f"{len(left_out)} files not read for their type ({', '.join(kinds)}): "
                      + ", ".join(escape(str(f)) for f in left_out[:10])
                      + (" ..." if len(left_out) > 10 else ""))
    if embed:
        # What the pool holds without its assessment (a bulk load's profiles) is assessed
        # too: otherwise every shortlist would compute theirs again, request after request.
        assess_and_embed(ctx)
    missing = [p for p in paths if not p.exists()]
    if missing or not files or report.count(Status.ERROR) == len(files):
        # A script must see that nothing (or not everything it named) was imported.
        reason = (f"no such file or folder: {', '.join(map(str, missing))}" if missing
                  else "no file to import" if not files else "every file failed")
        raise InvalidInput(reason)


@contextmanager
def _backlog_bar(label: str, backlog: int) -> Iterator[Callable[[int, int], None]]:
    """A progress bar over a backlog worked off in batches: yields the `on_batch(done, left)`
    that moves it (the backlog may grow while it runs). It is drawn on stderr, so that a
    command's --json answer on stdout stays clean."""
    with Progress(
        TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err_console, transient=True,
    ) as progress:
        task = progress.add_task("", total=backlog)
        yield lambda done, left: progress.update(task, completed=done, total=done + left)


def assess_unassessed(ctx: typer.Context) -> BackfillReport:
    """Store the assessment of every profile that lacks a current one (bulk-loaded, or
    assessed by an older extractor), with a progress bar: `worldhire embed` and `worldhire
    batch assess` both run this."""
    from worldhire.assess.stored import BackfillReport, backfill, extractor_version

    repo = repository(ctx)
    backlog = repo.assessment_backlog(extractor_version())
    if not backlog:
        return BackfillReport(0, 0.0)
    with _backlog_bar("assess", backlog) as on_batch:
        return backfill(repo, on_batch=on_batch)


def embed_queued(ctx: typer.Context) -> None:
    """Drain the embedding queue in this process, with a progress bar."""
    from worldhire.index.queue import drain

    repo = repository(ctx)
    backlog = repo.embedding_backlog()
    if not backlog:
        return
    embedder = services_of(ctx).embedder
    if embedder is None:
        console.print(f"{backlog} profiles wait for embedding (install the ml extra)")
        return
    with _backlog_bar("embed", backlog) as on_batch:
        report = drain(repo, embedder, settings(ctx).home, on_batch=on_batch)
    console.print(f"{report.embedded} profiles embedded in {report.seconds:.1f} s "
                  f"({rate_text(report.per_second)}/s)")


def rate_text(per_second: float) -> str:
    """ "240", "12", "0.3": a few profiles embedded in a few seconds do not make "0"."""
    return f"{per_second:.0f}" if per_second >= 10 else f"{per_second:.1f}"


def embed(ctx: typer.Context) -> None:
    """Embed the profiles waiting in the queue (what the API's worker does after writes), and
    store the assessment of those that lack one (bulk-loaded profiles)."""
    assess_and_embed(ctx)


def assess_and_embed(ctx: typer.Context) -> None:
    """Store the missing assessments, then drain the embedding queue, each with its bar."""
    report = assess_unassessed(ctx)
    if report.assessed:
        console.print(f"{report.assessed} profiles assessed in {report.seconds:.1f} s "
                      f"({report.per_second:.0f}/s)")
    embed_queued(ctx)


def load(
    ctx: typer.Context,
    path: Path = typer.Argument(..., exists=True, dir_okay=False,
                                help="A .csv, .tsv or .jsonl file, one profile a row."),
    tenant: str | None = typer.Option(
        None, help="Load into this company's private pool (created if new)."
    ),
    consent: bool = typer.Option(
        True, help="Record consent to matching for the loaded profiles (the load is the source)."
    ),
    chunk: int = typer.Option(5000, min=1, help="Profiles per transaction."),
) -> None:
    """Bulk-load structured profiles from CSV or JSON Lines, thousands to a transaction
    (embeddings are queued for `worldhire embed`).

    Columns as a CSV import, plus `experience`; skills by name or taxonomy id."""
    from worldhire.ingest.bulk import load as bulk_load

    repo = repository(ctx)
    tenant_id = _company(ctx, tenant)
    who = "the platform" if tenant_id is None else f"tenant {tenant_id}"
    report = bulk_load(repo, path, tenant_id=tenant_id, chunk=chunk,
                       consent_source=f"bulk load of {path.name} by {who}" if consent else None)
    console.print(f"[green]{report.loaded} loaded[/] in {report.seconds:.1f} s "
                  f"({report.per_second:,.0f}/s), [red]{report.skipped} skipped[/]; "
                  f"{repo.embedding_backlog()} profiles wait for `worldhire embed` "
                  "(embeddings and assessments)")
    for row, reason in report.errors:
        console.print(f"  row {row}: {escape(reason)}")
