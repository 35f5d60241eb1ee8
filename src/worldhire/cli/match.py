"""`worldhire shortlist` and `worldhire roles-for`: ranked, explained matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table

from worldhire.cli.common import console, print_json, services_of, settings
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, services
from worldhire.core.models import UNTITLED_LABEL, RemotePolicy
from worldhire.core.texts import shortened

if TYPE_CHECKING:  # the ranking (numpy and the rest) is imported when a command runs
    from worldhire.embed.protocol import Embedder
    from worldhire.match.models import MatchResult, RequirementCheck, Shortlist

# By RequirementStatus value.
MARKS = {"met": "[green]✔[/]", "partial": "[yellow]≈[/]", "missing": "[red]✘[/]"}


def _named(snippet: str, check: RequirementCheck) -> str:
    """The words a quote is cited for: the requirement's name, else the one of its words the
    snippet holds ("Kafka" for Apache Kafka), else the adjacent skill it was matched through."""
    folded = snippet.casefold()
    names = [check.requirement, *sorted(check.requirement.split(), key=len, reverse=True),
             check.via or ""]
    return next((n for n in names if len(n) > 2 and n.casefold() in folded), "")


def _explain(result: MatchResult) -> str:
    lines = []
    for check in result.explanation.requirements:
        line = f"{MARKS[check.status]} {escape(check.requirement)}"
        if check.citations:
            cite = check.citations[0]
            quote = escape(shortened(cite.snippet, 110, keeping=_named(cite.snippet, check)))
            where = f"{escape(cite.evidence_title)}: " if cite.evidence_title else ""
            line += f" [dim]— {where}“{quote}”[/]"
        if check.note:
            line += f" [italic]({escape(check.note)})[/]"
        if check.needs_review:
            line += " [magenta](requirement needs review)[/]"
        lines.append(line)
    for criterion in result.explanation.criteria[1:]:
        lines.append(f"• {criterion.name} {criterion.score:.2f}: {escape(criterion.detail)}")
    if result.assessment is not None:
        for name, dim in result.assessment.scores.items():
            if dim.citations and dim.score >= 0.5:
                shown = dim.citations[0]
                lines.append(f"  [dim]{name}: {escape(shown.evidence_title)}: "
                             f"“{escape(shortened(shown.snippet, 100))}”[/]")
    if result.explanation.versus_next:
        lines.append(f"[cyan]↳ {escape(result.explanation.versus_next)}[/]")
    return "\n".join(lines)


def _embedder(ctx: typer.Context) -> Embedder | None:
    return services_of(ctx).embedder


def print_shortlist(shortlist: Shortlist, *, explain: bool = True) -> None:
    role = shortlist.role
    budget = f"USD {role.budget_usd_year:,.0f}" if role.budget_usd_year else "open"
    console.print(
        Panel.fit(
            f"[bold]{escape(role.title or UNTITLED_LABEL)}[/]"
            f"{f' at {escape(role.company)}' if role.company else ''}\n"
            f"{role.seniority.word} · {role.remote_policy.value} · team hours "
            f"{role.work_start_hour:02.0f}-{role.work_end_hour:02.0f} {role.timezone} · "
            f"min overlap {role.min_overlap_hours:g} h"
            f"{f' · zones {role.zone_band.describe()}' if role.zone_band else ''}"
            f" · budget {budget}\n"
            + ", ".join(
                f"{escape(q.label)}{'' if q.must else ' (nice)'}"
                f"{' (needs review)' if q.needs_review else ''}" for q in role.requirements
            ),
            title=f"shortlist for {role.id}",
        )
    )
    table = Table("#", "candidate", "where", "score", "skills", "level", "overlap", "pay",
                  "met/part/miss")
    for rank, result in enumerate(shortlist.results, start=1):
        c, crit, ex = result.candidate, result.criteria, result.explanation
        table.add_row(
            str(rank), f"[bold]{escape(c.display_name)}[/]",
            f"{c.country or '?'} [dim]{c.timezone or '?'}[/]",
            f"[bold]{result.score:.2f}[/]",
            f"{crit['skills']:.2f}", f"{crit['seniority']:.2f}", f"{crit['overlap']:.2f}",
            f"{crit['pay']:.2f}", f"{len(ex.met)} / {len(ex.partial)} / {len(ex.missing)}",
        )
    console.print(table)
    if explain:
        for rank, result in enumerate(shortlist.results, start=1):
            console.print(
                f"\n[bold]{rank}. {escape(result.candidate.display_name)}[/] {result.score:.2f} "
                f"[dim]{result.candidate.id} · {escape(result.candidate.location or '?')}[/]"
            )
            console.print(Padding(_explain(result), (0, 0, 0, 3)))
    console.print(
        f"\n{len(shortlist.results)} shown of {shortlist.pool_size} in the pool; "
        f"{len(shortlist.rejected)} removed by hard filters"
    )
    reasons: dict[str, int] = {}
    for rejection in shortlist.rejected:
        reasons[rejection.reason] = reasons.get(rejection.reason, 0) + 1
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:6]:
        console.print(f"  [dim]{n} × {escape(reason)}[/]")


def shortlist(
    ctx: typer.Context,
    role_id: str = typer.Argument(..., help="The role's id (see `worldhire roles list`)."),
    top: int = typer.Option(10, "--top", "-n", min=1, help="How many candidates to show."),
    min_overlap: float | None = typer.Option(
        None, help="Minimum daily overlap hours with the team (overrides the role's)."
    ),
    max_pay: float | None = typer.Option(None, help="Budget ceiling in USD a year."),
    country: list[str] = typer.Option(
        [], help="Only candidates living here: a country (name or code) or a region (EU, LATAM, "
        "Africa, Sub-Saharan Africa...); repeat, or list them with commas."
    ),
    authorized_in: str | None = typer.Option(
        None, help="Only candidates authorised to work in this country (its name or code)."
    ),
    no_sponsorship: bool = typer.Option(
        False, "--no-sponsorship", help="Drop candidates who need a visa sponsored."
    ),
    remote_policy: RemotePolicy | None = typer.Option(
        None, help="Override the role's remote policy."
    ),
    semantic: bool = typer.Option(
        True, "--semantic/--no-semantic",
        help="Hybrid retrieval with the offline embedding model (needs the ml extra).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Rank the pool for a role with the evidence behind every score; the audit log records it."""
    from worldhire.ingest.shared.country_input import optional_country, typed_areas
    from worldhire.match.schemas import WholeShortlistOut
    from worldhire.match.service import MatchFilters

    filters = MatchFilters(
        min_overlap_hours=min_overlap, max_pay_usd=max_pay,
        countries=typed_areas(country, field="--country"),
        work_authorization=optional_country(authorized_in, field="--authorized-in"),
        no_sponsorship=no_sponsorship, remote_policy=remote_policy,
    )
    scoped = services(ctx, token, tenant)
    result = scoped.shortlist(role_id, top=top, filters=filters,
                              embedder=_embedder(ctx) if semantic else None,
                              index_home=settings(ctx).home)
    if as_json:
        print_json(WholeShortlistOut.of(result))
    else:
        print_shortlist(result)


def roles_for(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The candidate's id."),
    top: int = typer.Option(5, "--top", "-n", min=1),
    semantic: bool = typer.Option(True, "--semantic/--no-semantic"),
    as_json: bool = typer.Option(False, "--json"),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """The open roles a candidate fits best, explained (recorded in the audit log)."""
    from worldhire.match.schemas import RoleFitOut

    scoped = services(ctx, token, tenant)
    results = scoped.roles_for(candidate_id, top=top, embedder=_embedder(ctx) if semantic else None)
    employers = scoped.employers([r.role for r in results])
    if as_json:
        print_json(RoleFitOut.fits(results, employers))
        return
    table = Table("#", "role", "company", "score", "why", show_lines=True)
    for rank, r in enumerate(results, start=1):
        table.add_row(str(rank), f"{escape(r.role.title)}\n[dim]{r.role.id}[/]",
                      f"{escape(employers[r.role.id])}\n[dim]{escape(r.role.place)}[/]",
                      f"{r.score:.2f}", _explain(r))
    console.print(table)
