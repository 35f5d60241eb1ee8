"""`worldhire batch embed|assess|rematch`: the nightly jobs, on a local Ray or a cluster
(--address); `assess` runs in this process."""

from __future__ import annotations

from importlib.util import find_spec

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from worldhire.cli.common import console, err_console, print_json, repository, settings

app = typer.Typer(help="Batch jobs on Ray: embed the pool, re-match every open role.",
                  no_args_is_help=True)

ADDRESS = typer.Option(
    None, "--address",
    help="Ray cluster to run on ('auto', ray://HOST:10001). Default: a local Ray on this machine.",
)
CPUS = typer.Option(None, "--cpus", help="Cores for a local Ray (default: all).")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=err_console, transient=True,
    )


@app.command()
def embed(
    ctx: typer.Context,
    address: str | None = ADDRESS,
    cpus: int | None = CPUS,
    batch_size: int = typer.Option(256, help="Texts per model call."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Embed every profile and evidence item that is new or changed, and rebuild the indexes
    (index folders under WORLDHIRE_HOME, or pgvector when the store is PostgreSQL)."""
    from worldhire.batch.embed import EmbedderSpec, embed_all
    from worldhire.batch.runtime import ray_session
    from worldhire.batch.schemas import EmbedReportOut
    from worldhire.batch.targets import open_sinks

    repo = repository(ctx)
    spec = EmbedderSpec.for_precision(settings(ctx).embed_precision)
    with ray_session(address, cpus), _progress() as progress:
        task = progress.add_task("embed", total=0)

        def on_part(name: str, todo: int) -> None:
            progress.reset(task, total=todo, description=f"embed {name}")

        report = embed_all(
            repo, open_sinks(settings(ctx), repo, spec), spec, batch_size=batch_size,
            on_part=on_part, on_batch=lambda n: progress.advance(task, n),
        )
    if as_json:
        print_json(EmbedReportOut.of(report))
        return
    for part in report.parts:
        console.print(f"{part.name}: [green]{part.embedded} embedded[/] of {part.total}, "
                      f"{part.pruned} pruned")
    console.print(f"{report.embedded} texts in {report.seconds:.1f} s "
                  f"({report.texts_per_second:.0f}/s, GPUs: {report.gpus:g})")


@app.command()
def assess(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Store the role-independent assessment of every profile that lacks a current one
    (bulk-loaded profiles, or all of them after the extractor changed), in this process; a
    shortlist computes the missing ones in the request until then."""
    from worldhire.assess.stored import extractor_version
    from worldhire.batch.schemas import AssessReportOut
    from worldhire.cli.ingest import assess_unassessed

    report = assess_unassessed(ctx)
    if as_json:
        print_json(AssessReportOut.of(report, extractor_version()))
        return
    console.print(f"{report.assessed} profiles assessed in {report.seconds:.1f} s "
                  f"({report.per_second:.0f}/s), extractor {extractor_version()}")


@app.command()
def rematch(
    ctx: typer.Context,
    address: str | None = ADDRESS,
    cpus: int | None = CPUS,
    top: int = typer.Option(50, help="Candidates kept per role."),
    roles_per_task: int = typer.Option(
        10, help="Roles each task ranks (it opens the store and loads the model once for them)."
    ),
    semantic: bool = typer.Option(
        True, "--semantic/--no-semantic",
        help="Hybrid retrieval with the offline embedding model, as `worldhire shortlist` does.",
    ),
    fresh: bool = typer.Option(False, help="Start over instead of resuming an unfinished run."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Rank every candidate for every open role and store each role's top N (resumes an
    interrupted run unless --fresh)."""
    from worldhire.batch.embed import EmbedderSpec
    from worldhire.batch.rematch import RankingSetup
    from worldhire.batch.rematch import rematch as run_rematch
    from worldhire.batch.runtime import ray_session
    from worldhire.batch.schemas import RematchReportOut

    repo = repository(ctx)
    config = settings(ctx)
    # The embedder the product ranks with, when the ml extra is installed.
    setup = RankingSetup(config.database_url, str(config.home),
                         EmbedderSpec.for_precision(config.embed_precision).name
                         if semantic and find_spec("torch") else None)
    with ray_session(address, cpus), _progress() as progress:
        task = progress.add_task("rematch", total=0)
        report = run_rematch(
            repo, setup, top=top, roles_per_task=roles_per_task, fresh=fresh,
            on_start=lambda todo, done: progress.reset(task, total=todo),
            on_role=lambda role_id, pairs: progress.advance(task),
        )
    if as_json:
        print_json(RematchReportOut.of(report))
        return
    resumed = f" (resumed; {report.roles_skipped} roles were done)" if report.resumed else ""
    console.print(
        f"[green]{report.roles - report.roles_skipped} roles re-matched[/]{resumed}: "
        f"{report.pairs:,} pairs in {report.seconds:.1f} s ({report.pairs_per_second:,.0f}/s)"
    )
