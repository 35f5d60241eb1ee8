"""`worldhire audit`: verify and read the audit log, bias audits, the ranker's model card."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, err_console, print_json
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, reader, services
from worldhire.governance.audit import Anchor, AnchorError
from worldhire.governance.bias import SMALL_GROUP_COUNT
from worldhire.governance.schemas import (
    AuditEntryOut,
    BiasAuditOut,
    GroupRateOut,
    GroupRatesOut,
)

app = typer.Typer(help="Audit log, bias audits and the ranker's model card.",
                  no_args_is_help=True)


@app.command()
def verify(
    ctx: typer.Context,
    anchor: list[str] = typer.Option(
        [], "--anchor", help="SEQ:HASH printed by an earlier verify; the log must still hold it "
        "(catches entries cut from the end with the head rewritten). Repeatable."
    ),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Check the hash chain: any edited, deleted or reordered entry is reported (exit code 1).
    Prints an anchor for the head: keep it outside the database and pass it back with --anchor."""
    try:
        anchors = [Anchor.parse(a) for a in anchor]
    except AnchorError as exc:
        raise typer.BadParameter(str(exc), param_hint="--anchor") from exc
    report = services(ctx, token, tenant).verify_audit(anchors)
    if report.ok:
        console.print(f"[green]audit log intact[/]: {report.entries} entries, head {report.head}")
        if report.anchor is not None:
            console.print(f"anchor (keep outside the database): {report.anchor}", soft_wrap=True)
        return
    err_console.print(f"[red]audit log tampered with[/]: {len(report.problems)} problem(s)")
    for problem in report.problems:
        err_console.print(f"  {problem}")
    raise typer.Exit(1)


@app.command("log")
def show_log(
    ctx: typer.Context,
    limit: int = typer.Option(20, "--limit", "-n", min=1),
    as_json: bool = typer.Option(False, "--json"),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """The latest audit entries in your scope (what they say about people stays sealed)."""
    scoped = services(ctx, token, tenant)
    entries, names = scoped.audit_entries(latest=limit), scoped.actor_names()
    shown = [AuditEntryOut.of(e, names) for e in entries]
    if as_json:
        print_json(shown)
        return
    table = Table("#", "when", "action", "who", "role", "model", "people")
    for e in shown:
        table.add_row(
            str(e.seq), e.at.isoformat()[:19], e.action, escape(e.actor_name),
            str(e.details.get("role_id", "")), str(e.details.get("model_version", "")),
            str(e.people),
        )
    console.print(table)


def _print_groups(title: str, groups: dict[str, GroupRateOut], rate: str) -> None:
    table = Table("group", "count", rate.replace("_", " "), "impact ratio", "four-fifths",
                  title=title)
    for name, v in groups.items():
        flag = "[red]flagged[/]" if v.flagged else "[green]ok[/]"
        if v.small_sample:
            flag += " [yellow](small sample)[/]"
        value = v.selection_rate if rate == "selection_rate" else v.scoring_rate
        table.add_row(name, str(v.count), f"{value or 0.0:.3f}", f"{v.impact_ratio:.3f}", flag)
    console.print(table)


def _small_groups_note(report: GroupRatesOut) -> None:
    if report.small_groups:
        console.print(
            f"[yellow]{len(report.small_groups)} small groups (under {SMALL_GROUP_COUNT} "
            "decisions or 2% of them): one decision moves their rate a lot; LL144 lets an audit "
            "leave them out of the ratios, saying so.[/]")


def _print_report(report: BiasAuditOut) -> None:
    for name, groups in (report.by_column or {}).items():
        _print_groups(f"selection by {name}", groups, "selection_rate")
    if report.intersections is not None:
        _print_groups("selection by intersection", report.intersections, "selection_rate")
    if report.scoring is not None:
        scoring = report.scoring
        for name, groups in (scoring.by_column or {}).items():
            _print_groups(f"scoring above the median ({scoring.median:g}) by {name}", groups,
                          "scoring_rate")
        if scoring.intersections is not None:
            _print_groups("scoring by intersection", scoring.intersections, "scoring_rate")
    _small_groups_note(report)


@app.command()
def bias(
    decisions: Path = typer.Argument(..., help="CSV with one row per decision."),
    group_col: list[str] = typer.Option(..., "--group-col", help="Group column (one or two)."),
    selected_col: str = typer.Option(..., "--selected-col", help="1/0 or yes/no column."),
    score_col: str | None = typer.Option(None, "--score-col", help="Score column (LL144)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Selection rates, impact ratios and four-fifths flags per group (and intersections)."""
    from worldhire.governance.bias import bias_audit_csv

    report = bias_audit_csv(decisions, group_col, selected_col, score_col)
    if as_json:
        typer.echo(report.model_dump_json(indent=2, exclude_none=True))
        return
    _print_report(report)


@app.command()
def shortlists(
    ctx: typer.Context,
    by: str = typer.Option("region", "--by", help="region or country"),
    top: int = typer.Option(10, "--top", "-n", min=1, help="Shortlist length per role."),
    tenant: str | None = TENANT_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Selection rates of worldhire's own shortlists for every open role, by region."""
    from worldhire.governance.errors import GovernanceError
    from worldhire.governance.shortlist_audit import GroupBy, shortlist_bias

    if by not in {g.value for g in GroupBy}:
        raise GovernanceError(f"--by is region or country, not {by!r}")
    report = shortlist_bias(reader(ctx, tenant), top=top, by=GroupBy(by))
    if as_json:
        typer.echo(report.model_dump_json(indent=2, exclude_none=True))
        return
    if not report.rows:
        console.print("no open roles to audit, or nobody in their pools")
        return
    _print_groups(f"all open roles: shortlisted in the top {top}, by {by}", report.groups,
                  "selection_rate")
    _small_groups_note(report)
    flagged = {rid: r.flagged for rid, r in report.by_role.items() if r.flagged}
    console.print(f"{report.roles} roles audited; {len(flagged)} with flagged groups")
    for role_id, groups in flagged.items():
        small = set(report.by_role[role_id].small_groups)
        console.print(f"  {role_id}: " + ", ".join(
            f"{g} (small sample)" if g in small else g for g in groups))


@app.command("model-card")
def model_card_command(
    ctx: typer.Context,
    out: Path | None = typer.Option(None, "--out", help="Write Markdown here (else print)."),
    with_store: bool = typer.Option(
        False, "--with-store", help="Add a shortlist audit of the store's open roles."
    ),
) -> None:
    """The ranker's model card, generated from the code."""
    from worldhire.governance.modelcard import model_card
    from worldhire.governance.shortlist_audit import shortlist_bias

    report = shortlist_bias(reader(ctx, None)) if with_store else None
    card = model_card(report)
    if out is None:
        typer.echo(card)
        return
    out.write_text(card, encoding="utf-8")
    console.print(f"wrote {out}")
