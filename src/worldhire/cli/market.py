"""`worldhire market ...`: demand against supply, the HTML market report, and a candidate's gaps."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, err_console, print_json, repository, services_of
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, services
from worldhire.core.models import Candidate
from worldhire.governance.accounts import find_tenant
from worldhire.governance.principal import Principal
from worldhire.market.schemas import SkillBalanceOut, SkillGapOut
from worldhire.market.supply import market_view
from worldhire.store.protocol import Repository

app = typer.Typer(help="The market: demand against supply, pay and trends.", no_args_is_help=True)


def _scope(repo: Repository, tenant: str | None) -> str | None:
    return None if tenant is None else find_tenant(repo, tenant).id


def _supply(ctx: typer.Context, tenant_id: str | None) -> list[Candidate]:
    """The people a market view counts: a company's own and the platform profiles it may match,
    or (the local operator, no --tenant) everyone in the store, as `roles` are everyone's."""
    if tenant_id is not None:
        return repository(ctx).matching_pool(tenant_id)
    return services_of(ctx).scoped(Principal.operator()).list_candidates()


@app.command()
def skills(
    ctx: typer.Context, top: int = typer.Option(15), tenant: str | None = TENANT_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The scarcest skills: candidates holding each per open role requiring it."""
    repo = repository(ctx)
    tenant_id = _scope(repo, tenant)
    view = market_view(repo.list_roles(tenant_id), _supply(ctx, tenant_id))
    scarce = view.scarcest(top)
    if as_json:
        print_json(SkillBalanceOut.many(scarce))
        return
    table = Table("skill", "open roles", "must-have", "candidates", "per role",
                  title=f"{view.open_roles} open roles, {view.candidates} candidates")
    for s in scarce:
        table.add_row(escape(s.label), str(s.demand), str(s.must_demand), str(s.supply),
                      f"{s.supply_per_role:.2f}")
    console.print(table)


@app.command()
def report(
    ctx: typer.Context,
    out: Path = typer.Option(Path("report.html"), help="Where to write the HTML."),
    tenant: str | None = TENANT_OPTION,
    pay: bool = typer.Option(True, "--pay/--no-pay", help="Pay spread from the comp model "
                             "(the first run fits the model: minutes; cached after)."),
    salaries: Path | None = typer.Option(None, help="Salary CSV for pay and trends "
                                         "(default: the bundled data)."),
) -> None:
    """Write a self-contained HTML market report (inline SVG charts, no external assets)."""
    from worldhire.comp.data import load_salaries
    from worldhire.comp.estimate import PayEstimator, fit_from_file
    from worldhire.market.report import build_report, render_html

    repo = repository(ctx)
    tenant_id = _scope(repo, tenant)
    try:
        records = load_salaries(salaries)
        estimator: PayEstimator | None = None
        if pay:
            with console.status("pay model"):
                estimator = (PayEstimator(fit_from_file(salaries)) if salaries
                             else services_of(ctx).pay_estimator)
    except OSError as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    built = build_report(repo.list_roles(tenant_id), _supply(ctx, tenant_id),
                         estimator=estimator, salaries=records)
    out.write_text(render_html(built), encoding="utf-8")
    console.print(f"wrote {out} ({built.view.open_roles} open roles, "
                  f"{built.view.candidates} candidates)")


@app.command()
def gaps(
    ctx: typer.Context, candidate_id: str, top: int = typer.Option(10),
    as_json: bool = typer.Option(False, "--json"),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """The skills that would most raise a candidate's fit for the open roles you may see."""
    from worldhire.market.service import visible_gaps, visible_left_out

    scoped = services(ctx, token, tenant)
    found = visible_gaps(scoped, candidate_id, top=top)
    if as_json:
        print_json(SkillGapOut.many(found))
        return
    table = Table("skill", "now", "score gain", "roles")
    for g in found:
        table.add_row(escape(g.label), escape(g.note or g.status), f"+{g.total_gain * 100:.1f} pts",
                      ", ".join(f"{escape(r.role_title)} (+{r.gain * 100:.1f})" for r in g.roles))
    console.print(table)
    # An empty table would read as "nothing to gain" when the roles' filters left none to read.
    reasons = visible_left_out(scoped, candidate_id)
    if reasons:
        total = sum(len(o.roles) for o in reasons)
        many = total != 1
        console.print(f"{total} open role{'s' if many else ''} "
                      f"leave{'' if many else 's'} this profile out (not counted above):")
        for o in reasons:
            titles = ", ".join(escape(r.role_title) for r in o.roles)
            console.print(f"  {len(o.roles)} × {escape(o.reason)} [dim]({titles})[/]")
