"""A plan's report in the terminal (Rich); its coverage chart is teams/chart.py."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from worldhire.teams.schemas import MemberOut, TeamPlanOut

BAR = "█"


def show(console: Console, data: TeamPlanOut) -> None:
    status = data.status
    gap = data.gap
    proof = "proven optimal" if status == "optimal" else (
        f"{status}, gap {gap:.2%}" if gap is not None else status)
    console.print(f"[bold]Team plan[/]: {proof}; pool {data.pool_size} -> "
                  f"{data.pruned_pool_size} after exact pruning; checked on "
                  f"{data.checked_dates} dates standing for {data.days_covered_by_check} "
                  f"midweek days; {data.seconds['total']:.2f} s")
    if data.conflict is not None:
        console.print("[bold red]No team satisfies the spec.[/] These constraints conflict:")
        for c in data.conflict.constraints:
            console.print(f"  - {c.description}")
        console.print("Relax one of them:")
        for r in data.conflict.relaxations:
            console.print(f"  - {r.suggestion}")
        return
    if data.team is None or data.cost is None or data.shares is None:
        console.print(f"[yellow]No team found ({status}); try a longer time limit.[/]")
        return
    _team(console, data.team)
    _coverage(console, data)
    _overlap(console, data)
    _handoffs(console, data)
    cost = data.cost
    line = f"Cost USD {cost.total_usd:,.0f} a year"
    if cost.budget_usd is not None:
        line += f" of budget USD {cost.budget_usd:,.0f} (USD {cost.left_usd or 0:,.0f} left)"
    console.print(line)
    for key, rows in data.shares.items():
        console.print(f"By {key}: " + ", ".join(f"{r.name} {r.members} ({r.share:.0%})"
                                                 for r in rows))


def _team(console: Console, team: list[MemberOut]) -> None:
    table = Table(title="Team")
    for col in ("name", "country", "region", "time zone", "local hours", "fit", "cost USD",
                "required skills"):
        table.add_column(col)
    for m in team:
        table.add_row(m.name + (" (hired)" if m.hired else ""), m.country or "?",
                      m.region or "?", m.timezone, m.local_hours, f"{m.fit:.3f}",
                      f"{m.cost_usd:,.0f}", ", ".join(m.required_skills))
    console.print(table)


def _coverage(console: Console, data: TeamPlanOut) -> None:
    table = Table(title=f"Coverage by hour ({data.timezone}), worst and best over the year")
    for col in ("hour", "people at work", "worst", "best", "required"):
        table.add_column(col)
    for row in data.coverage_by_hour or []:
        short = row.worst < row.required
        bar = BAR * row.worst + "░" * (row.best - row.worst)
        table.add_row(row.hour, f"[{'red' if short else 'green'}]{bar}[/]", str(row.worst),
                      str(row.best), str(row.required or ""))
    console.print(table)


def _overlap(console: Console, data: TeamPlanOut) -> None:
    for n, window in enumerate((data.overlap_windows or [])[:3]):
        title = (f"Overlap {window.start}-{window.end} {data.timezone} "
                 f"({window.hours:g} h) on {window.days} midweek days")
        table = Table(title=title if n == 0 else title + " (after a DST change)")
        table.add_column("member")
        table.add_column("local time")
        for m in window.members:
            table.add_row(m.name, m.local)
        console.print(table)


def _handoffs(console: Console, data: TeamPlanOut) -> None:
    variants = data.handoffs
    if not variants:
        return
    main = variants[0]
    table = Table(title=f"Hand-offs around the clock ({data.timezone}, {main.days} midweek "
                        f"days; {len(variants) - 1} DST variant(s) in --json)")
    for col in ("member", "works", "local", "hands to", "at"):
        table.add_column(col)
    for s in main.sequence:
        table.add_row(s.name, f"{s.starts}-{s.ends}", s.local, s.hands_to, s.at)
    console.print(table)
