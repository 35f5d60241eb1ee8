"""`worldhire teams plan`: choose a distributed team that covers the clock, exactly."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from worldhire.cli.common import console, err_console, repository, services_of
from worldhire.cli.scoped import TENANT_OPTION, reader
from worldhire.core.models import Role
from worldhire.teams.adapt import CostFn, Skipped, to_team_candidates
from worldhire.teams.models import TeamCandidate
from worldhire.teams.schemas import TeamPlanOut
from worldhire.teams.service import plan as team_plan
from worldhire.teams.service import role_market_cost
from worldhire.teams.spec import TeamSpecFile, load_spec_file

app = typer.Typer(help="Build distributed teams: coverage, overlap, budget and regional risk.",
                  no_args_is_help=True)


def _pool(ctx: typer.Context, spec_file: TeamSpecFile, role_id: str | None,
          tenant: str | None) -> tuple[list[TeamCandidate], list[Skipped]]:
    inline = spec_file.inline_pool()
    if role_id is None and inline is not None:
        return inline, []
    repo = repository(ctx)
    if role_id is None:
        err_console.print("[yellow]pool: all without --from-shortlist: every fit is 1.0, so the "
                          "plan only looks for a feasible team[/]")
        # A company plans from what it may match (its own and consenting platform profiles);
        # the local operator from everyone in the store.
        people = reader(ctx, tenant).list_candidates()
        return to_team_candidates([(c, 1.0) for c in people], _market_cost(ctx, None))
    from worldhire.match.service import shortlist  # lazy: matching is optional here

    reader(ctx, tenant).get_role(role_id)  # another company's role is not found
    found = shortlist(repo, role_id, top=spec_file.shortlist_top)
    scored = [(r.candidate, r.score) for r in found.results]
    return to_team_candidates(scored, _market_cost(ctx, found.role))


def _market_cost(ctx: typer.Context, role: Role | None) -> CostFn | None:
    """The comp model's market p50 for candidates who state no pay expectation: for the role
    where they live, or for their own headline without one; none without the comp extra."""
    try:
        from worldhire.comp.estimate import candidate_market_p50
    except ImportError:
        return None
    estimator = services_of(ctx).pay_estimator
    if role is not None:
        return role_market_cost(estimator, role)
    return lambda candidate: candidate_market_p50(candidate, estimator)


@app.command("plan")
def plan(
    ctx: typer.Context,
    spec_path: Path = typer.Argument(..., metavar="SPEC.yaml", help="the team spec"),
    from_shortlist: str | None = typer.Option(None, "--from-shortlist", metavar="ROLE_ID",
                                              help="pick from this role's shortlist"),
    as_json: bool = typer.Option(False, "--json", help="print everything as JSON"),
    chart: Path | None = typer.Option(None, "--chart", help="write the coverage chart (.svg, "
                                      "the web app's chart)"),
    tenant: str | None = TENANT_OPTION,
    time_limit: float = typer.Option(30.0, help="solver time limit in seconds"),
    workers: int = typer.Option(2, help="solver threads"),
) -> None:
    """Choose the team with the highest total fit that meets SPEC.yaml on every day of the year."""
    from worldhire.teams.render import show

    if chart is not None and chart.suffix.lower() != ".svg":
        err_console.print("[red]error:[/] --chart must end in .svg (the chart is drawn as SVG; "
                          "browsers and image viewers open it)")
        raise typer.Exit(2)
    spec_file = load_spec_file(spec_path)
    pool, skipped = _pool(ctx, spec_file, from_shortlist, tenant)
    data = team_plan(spec_file, pool, skipped, time_limit=time_limit, workers=workers)
    if chart is not None and data.team is not None:
        _write_chart(data, chart)
    if as_json:
        out = data.model_dump(mode="json", exclude_unset=True)
        if chart is not None and data.team is not None:
            out["chart"] = str(chart)
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        show(console, data)
        if skipped:
            console.print(f"{len(skipped)} candidate(s) left out (no zone or no cost); see --json")
        if chart is not None and data.team is not None:
            console.print(f"Chart written to {chart}")
    if data.team is None:
        raise typer.Exit(1)


def _write_chart(data: TeamPlanOut, path: Path) -> None:
    from worldhire.core.svg import standalone
    from worldhire.teams.chart import coverage_chart

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(standalone(coverage_chart(data.coverage_by_slot or [], data.timezone)),
                    encoding="utf-8")
