"""`worldhire teams plan`: choose a distributed team that covers the clock, exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from worldhire.cli.common import console, err_console, repository, services_of
from worldhire.core.models import Candidate
from worldhire.teams.adapt import CostFn, Skipped, to_team_candidates
from worldhire.teams.models import TeamCandidate, TeamSpecError
from worldhire.teams.spec import TeamSpecFile, load_spec_file

app = typer.Typer(help="Build distributed teams: coverage, overlap, budget and regional risk.",
                  no_args_is_help=True)


def comp_cost_fn(ctx: typer.Context) -> CostFn | None:
    """The comp model's market p50 for candidates who state no pay expectation."""
    try:
        from worldhire.comp.estimate import candidate_market_p50
    except ImportError:  # the comp extra is not installed
        return None
    estimator = services_of(ctx).pay_estimator
    return lambda candidate: candidate_market_p50(candidate, estimator)


def _pool(ctx: typer.Context, spec_file: TeamSpecFile, role_id: str | None
          ) -> tuple[list[TeamCandidate], list[Skipped]]:
    inline = spec_file.inline_pool()
    if role_id is None and inline is not None:
        return inline, []
    repo = repository(ctx)
    scored: list[tuple[Candidate, float]]
    if role_id is not None:
        from worldhire.match.service import shortlist  # lazy: matching is optional here

        found = shortlist(repo, role_id, top=spec_file.shortlist_top)
        scored = [(r.candidate, r.score) for r in found.results]
    else:
        err_console.print("[yellow]pool: all without --from-shortlist: every fit is 1.0, so the "
                          "plan only looks for a feasible team[/]")
        scored = [(c, 1.0) for c in repo.list_candidates()]
    return to_team_candidates(scored, comp_cost_fn(ctx))


@app.command("plan")
def plan(
    ctx: typer.Context,
    spec_path: Path = typer.Argument(..., metavar="SPEC.yaml", help="the team spec"),
    from_shortlist: str | None = typer.Option(None, "--from-shortlist", metavar="ROLE_ID",
                                              help="pick from this role's shortlist"),
    as_json: bool = typer.Option(False, "--json", help="print everything as JSON"),
    chart: Path | None = typer.Option(None, "--chart", help="write the coverage chart (.png/.svg)"),
    time_limit: float = typer.Option(30.0, help="solver time limit in seconds"),
    workers: int = typer.Option(2, help="solver threads"),
) -> None:
    """Choose the team with the highest total fit that meets SPEC.yaml on every day of the year."""
    # The solver (ortools, the solver extra) loads only when a plan is asked for.
    from worldhire.teams.plan import plan_team
    from worldhire.teams.render import save_chart, show
    from worldhire.teams.report import report

    if chart is not None and chart.suffix.lower() not in (".png", ".svg"):
        err_console.print("[red]error:[/] --chart must end in .png or .svg")
        raise typer.Exit(2)
    spec_file = load_spec_file(spec_path)
    spec = spec_file.to_spec()
    pool, skipped = _pool(ctx, spec_file, from_shortlist)
    if not pool:
        raise TeamSpecError("the pool is empty")
    result = plan_team(spec, pool, time_limit=time_limit, workers=workers)
    data: dict[str, Any] = report(result)
    data["skipped"] = [vars(s) for s in skipped]
    if chart is not None and "team" in data:
        save_chart(data, chart)
        data["chart"] = str(chart)
    if as_json:
        typer.echo(json.dumps(data, indent=2))
    else:
        show(console, data)
        if skipped:
            console.print(f"{len(skipped)} candidate(s) left out (no zone or no cost); see --json")
        if chart is not None and "team" in data:
            console.print(f"Chart written to {chart}")
    if "team" not in data:
        raise typer.Exit(1)
