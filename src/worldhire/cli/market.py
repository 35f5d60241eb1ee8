"""`worldhire market ...`: demand against supply, the HTML market report, and a candidate's gaps."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, err_console, print_json, services_of
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, reader, services
from worldhire.market.schemas import SkillBalanceOut, SkillGapOut

app = typer.Typer(help="The market: demand against supply, pay and trends.", no_args_is_help=True)


@app.command()
def skills(
    ctx: typer.Context, top: int = typer.Option(15), tenant: str | None = TENANT_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The scarcest skills: candidates holding each per open role requiring it."""
    from worldhire.market.service import visible_balance

    view = visible_balance(reader(ctx, tenant))
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
    from worldhire.comp.estimate import PayEstimator, fit_from_file
    from worldhire.market.report import render_html
    from worldhire.market.service import visible_market

    scoped = reader(ctx, tenant)
    try:
        estimator: PayEstimator | None = None
        if pay:
            with console.status("pay model"):
                estimator = (PayEstimator(fit_from_file(salaries)) if salaries
                             else services_of(ctx).pay_estimator)
        built = visible_market(scoped, estimator=estimator, salary_data=salaries)
    except OSError as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from exc
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
