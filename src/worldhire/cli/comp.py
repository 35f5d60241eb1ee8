"""`worldhire comp ...`: pay estimates with their support, batch estimates, total cost."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from worldhire.cli.common import console, err_console, print_json, settings
from worldhire.comp.defaults import COMPANY_SIZE, LOCAL_COMPANY_NOTE, REMOTE_RATIO
from worldhire.comp.support import LOW_DATA_ROWS
from worldhire.core.models import Seniority

if TYPE_CHECKING:
    from worldhire.comp.estimate import Estimate, PayEstimator

# The comp modules import scipy (the "comp" extra): commands import them when they run, so the
# rest of the CLI works without that extra.

app = typer.Typer(help="Compensation: global pay estimates and total-cost comparison.")


def _estimator(ctx: typer.Context) -> PayEstimator:
    from worldhire.comp.estimate import load_estimator

    return load_estimator(settings(ctx).home / "cache" / "comp")


def _print_warnings(warnings: list[str] | tuple[str, ...], limit: int = 20) -> None:
    for message in warnings[:limit]:
        err_console.print(f"[yellow]warning:[/yellow] {message}")
    if len(warnings) > limit:
        err_console.print(f"[yellow]... and {len(warnings) - limit} more warnings[/yellow]")


def _usd(value: float) -> str:
    return f"{value:,.0f}"


def _print_estimate(title: str, est: Estimate) -> None:
    where = est.country or "world"
    console.print(
        f"[bold]{title}[/bold] -> family [cyan]{est.family}[/cyan], level {est.level.value}, "
        f"living in {where}, company in {est.company_location or 'world'}, "
        f"size {est.company_size}, remote {est.remote_ratio}%, year {est.year}"
    )
    console.print(
        f"yearly pay (USD): p10 {_usd(est.p10)}   [bold]p50 {_usd(est.p50)}[/bold]   "
        f"p90 {_usd(est.p90)}"
    )
    low = f" [yellow](low data: under {LOW_DATA_ROWS})[/yellow]" if est.low_data else ""
    console.print(f"support: {est.support} distinct rows with this family, level and country{low}")
    mix = ", ".join(f"{c} {w:.0%}" for c, w in sorted(est.currencies.items(), key=lambda i: -i[1]))
    if len(est.currencies) > 1:
        console.print(f"pay currency not given: the mix of this country's rows ({mix})")
    elif mix:
        console.print(f"pay currency: {next(iter(est.currencies))}")
    table = Table(title="groups pooled (own weight = share decided by the group's own rows)")
    for column in ("group", "key", "rows", "own weight"):
        table.add_column(column, justify="right" if column in ("rows", "own weight") else "left")
    for g in est.groups:
        table.add_row(g.term, g.key, str(g.rows), f"{g.own_weight:.2f}")
    console.print(table)
    for line in est.borrowed_from:
        console.print(f"borrowed: {line}")


@app.command()
def estimate(
    ctx: typer.Context,
    title: str = typer.Option(..., "--title", help="Job title, free text."),
    level: Seniority | None = typer.Option(None, "--level", help="EN, MI, SE or EX."),
    country: str = typer.Option(..., "--country", help="Employee residence, ISO alpha-2."),
    remote: int = typer.Option(REMOTE_RATIO, "--remote", help="Remote ratio: 0, 50 or 100."),
    company_location: str | None = typer.Option(
        None, "--company-location", help=f"Company country ({LOCAL_COMPANY_NOTE})."
    ),
    company_size: str = typer.Option(COMPANY_SIZE, "--company-size", help="S, M or L."),
    year: int | None = typer.Option(None, "--year", help="Year (default: latest in the data)."),
    currency: str | None = typer.Option(
        None, "--currency", help="Pay currency, e.g. USD (default: the country's usual mix)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Estimate p10/p50/p90 yearly pay in USD, with the rows and groups behind it."""
    from worldhire.comp.estimate import PayQuery

    est = _estimator(ctx).estimate(
        PayQuery(
            title=title,
            country=country,
            level=level,
            remote_ratio=remote,
            company_location=company_location,
            company_size=company_size,
            year=year,
            currency=currency,
        )
    )
    _print_warnings(est.warnings)
    if as_json:
        from worldhire.comp.schemas import PayEstimateOut

        print_json(PayEstimateOut.model_validate(est))
    else:
        _print_estimate(title, est)


@app.command("estimate-batch")
def estimate_batch(
    ctx: typer.Context,
    source: Path = typer.Argument(..., help="CSV with the salary file's columns (no pay)."),
    target: Path = typer.Argument(..., help="Output CSV: the input rows plus p10, p50, p90."),
) -> None:
    """Estimate every row of a CSV; the output keeps the input's rows and order."""
    from worldhire.comp.batch import estimate_csv

    warnings = estimate_csv(_estimator(ctx), source, target)
    _print_warnings(warnings)
    console.print(f"wrote {target}")


@app.command()
def compare(
    ctx: typer.Context,
    title: str = typer.Option(..., "--title", help="Job title, free text."),
    level: Seniority | None = typer.Option(None, "--level", help="EN, MI, SE or EX."),
    countries: str = typer.Option(
        ..., "--countries", help="Countries by name or code, with commas between."
    ),
    remote: int = typer.Option(REMOTE_RATIO, "--remote", help="Remote ratio: 0, 50 or 100."),
    company_location: str | None = typer.Option(
        None, "--company-location", help=f"Hiring company's country ({LOCAL_COMPANY_NOTE})."
    ),
    company_size: str = typer.Option(COMPANY_SIZE, "--company-size", help="S, M or L."),
    year: int | None = typer.Option(None, "--year", help="Year (default: latest in the data)."),
    benefits_rate: float = typer.Option(0.05, "--benefits-rate", help="Benefits, share of pay."),
    cross_border_fee: float = typer.Option(
        7200.0, "--cross-border-fee", help="Yearly USD fee for hiring outside the company country."
    ),
) -> None:
    """Compare the total yearly employer cost of one role across countries."""
    from worldhire.comp.cost import CostAssumptions, compare_costs
    from worldhire.ingest.shared.country_input import country_entries

    codes = country_entries(countries)
    if not codes:
        err_console.print("[red]error:[/red] --countries needs at least one country code")
        raise typer.Exit(code=2)
    assumptions = CostAssumptions(
        benefits_rate=benefits_rate, cross_border_fee_usd=cross_border_fee
    )
    rows = compare_costs(
        _estimator(ctx),
        title,
        level,
        codes,
        company_location=company_location,
        remote_ratio=remote,
        company_size=company_size,
        year=year,
        assumptions=assumptions,
    )
    table = Table(title=f"Total yearly cost (USD): {title}, level {rows[0].estimate.level.value}")
    for column in ("country", "pay p10", "pay p50", "pay p90", "on-cost", "cross-border",
                   "total p50", "total p10-p90", "support"):  # fmt: skip
        table.add_column(column, justify="left" if column == "country" else "right")
    for row in sorted(rows, key=lambda r: r.total_p50):
        est = row.estimate
        table.add_row(
            row.country, _usd(est.p10), _usd(est.p50), _usd(est.p90),
            f"{row.contribution_rate + assumptions.benefits_rate:.0%}",
            "yes" if row.cross_border else "no", _usd(row.total_p50),
            f"{_usd(row.total_p10)}-{_usd(row.total_p90)}",
            f"{est.support} low data" if est.low_data else str(est.support),
        )  # fmt: skip
    console.print(table)
    for row in rows:
        _print_warnings([f"{row.country}: {w}" for w in row.estimate.warnings])
    console.print("[bold]assumptions[/bold]")
    for line in assumptions.describe():
        console.print(f"  - {line}")
