"""`worldhire demo`: load the demo world into a fresh home and print an explained shortlist."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from worldhire.cli.common import console, state


def demo(
    ctx: typer.Context,
    top: int = typer.Option(8, "--top", "-n", min=1, help="How many candidates to show."),
) -> None:
    """Load the bundled demo world and shortlist its main role."""
    from worldhire.cli.match import print_shortlist
    from worldhire.cli.scoped import services
    from worldhire.demo.service import load_demo_world
    from worldhire.ingest.service import Status

    cli = state(ctx)
    if cli.home is None:
        cli.home = Path(tempfile.mkdtemp(prefix="worldhire-demo-"))
    with console.status("Loading the demo world (parsing résumés, linking skills)..."):
        world = load_demo_world(cli.services().repo)
    people = world.candidates
    console.print(
        f"Demo world in [bold]{cli.home}[/]: {people.count(Status.ADDED)} résumés imported, "
        f"{people.count(Status.UNCHANGED)} already there, {len(people.errors)} refused; "
        f"{world.roles.count(Status.ADDED)} roles."
    )
    for outcome in people.errors + world.roles.errors:
        console.print(f"  [red]refused[/] {Path(outcome.path).name}: {outcome.error}")
    embedder = cli.services().embedder
    if embedder is not None:
        from worldhire.index.queue import drain

        with console.status("Embedding the profiles for retrieval..."):
            drain(cli.services().repo, embedder, cli.settings.home)
    # The same audited ranking as `worldhire shortlist`, as the local operator.
    print_shortlist(services(ctx, None).shortlist(
        world.main_role_id, top=top, embedder=embedder, index_home=cli.settings.home))
    console.print(
        f"\nExplore further: [bold]worldhire --home {cli.home} roles list[/], "
        f"[bold]worldhire --home {cli.home} shortlist ROLE_ID --json[/]"
    )
