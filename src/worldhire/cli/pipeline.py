"""`worldhire pipeline ...`: applications through a tenant's stages, notes, scorecards, history,
outreach, webhooks, and ATS import/export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import (
    YES_OPTION,
    confirm_or_stop,
    console,
    err_console,
    print_json,
    repository,
    services_of,
    settings,
)
from worldhire.cli.scoped import TENANT_OPTION, principal, reader
from worldhire.core.models import Candidate
from worldhire.governance.accounts import find_tenant, named_or_only_tenant
from worldhire.governance.actors import ActorNames
from worldhire.governance.principal import Principal
from worldhire.pipeline.exchange import (
    ExchangeError,
    candidates_csv,
    export_ats,
    json_resume,
    parse_ats,
)
from worldhire.pipeline.models import DeliveryStatus
from worldhire.pipeline.outreach import SmtpSender
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.schemas import ApplicationDetail, DeliveryOut, FunnelOut, MoveOut, Stages
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.pipeline.service import RatingInput
from worldhire.pipeline.stages import PipelineError, StageConfig
from worldhire.pipeline.webhooks import Webhooks

app = typer.Typer(help="Hiring pipeline: stages, notes, scorecards, outreach, webhooks.",
                  no_args_is_help=True)
hooks_app = typer.Typer(help="Webhooks for pipeline events.", no_args_is_help=True)
app.add_typer(hooks_app, name="webhooks")



# The commands act through the scoped pipeline, the service the API and the web app use, as the
# local operator: with --tenant within that company (another company's id is not found, and
# what they write names the operator within the company), without it over every company.
def _pipeline(ctx: typer.Context, tenant: str | None) -> ScopedPipeline:
    return services_of(ctx).scoped_pipeline(principal(ctx, None, tenant), events=_hooks(ctx))


def _company_pipeline(ctx: typer.Context, tenant: str | None) -> ScopedPipeline:
    """For what is one company's own (its stages, funnel, a new webhook): the company named by
    --tenant, or the store's only one."""
    built = services_of(ctx)
    within = Principal.operator().within(named_or_only_tenant(built.repo, tenant).id)
    return built.scoped_pipeline(within, events=_hooks(ctx))


@app.command()
def stages(
    ctx: typer.Context,
    tenant: str | None = TENANT_OPTION,
    set_from: Path | None = typer.Option(None, "--set", help="A JSON/YAML stage configuration."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show (or set) a tenant's stages and the moves allowed between them."""
    pipeline = _company_pipeline(ctx, tenant)
    if set_from is not None:
        try:
            data = yaml.safe_load(set_from.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise PipelineError(f"cannot read {set_from}: {exc}") from exc
        if not isinstance(data, dict):
            raise PipelineError(f"{set_from} does not hold a stage configuration")
        pipeline.configure(StageConfig.from_dict(data))
    config = pipeline.stages()
    if as_json:
        print_json(Stages.of(config))
        return
    table = Table("stage", "may move to", "final", "needs reason")
    for s in config.stages:
        table.add_row(s.name + (" (start)" if s.name == config.initial else ""),
                      ", ".join(config.allowed(s.name)) or "-", "yes" if s.terminal else "",
                      "yes" if s.needs_reason else "")
    console.print(table)


@app.command()
def add(ctx: typer.Context, candidate_id: str, role_id: str,
        tenant: str | None = TENANT_OPTION) -> None:
    """Put a candidate on a role; the application starts in the tenant's first stage."""
    pipeline = _pipeline(ctx, tenant)
    with services_of(ctx).unit_of_work() as work:  # the add and its audit entry, together
        application = pipeline.add(candidate_id, role_id)
        work.commit()
    console.print(f"{application.id} [bold]{application.stage}[/]")


@app.command()
def move(
    ctx: typer.Context, application_id: str, stage: str,
    reason: str | None = typer.Option(None, help="Why (required for rejections)."),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """Move an application to another stage; illegal moves are refused with the allowed ones."""
    pipeline = _pipeline(ctx, tenant)
    with services_of(ctx).unit_of_work() as work:  # the move and its audit entry, together
        done = pipeline.move(application_id, stage, reason)
        work.commit()
    console.print(f"{application_id}: {done.from_stage} → [bold]{done.to_stage}[/]")


@app.command()
def note(ctx: typer.Context, application_id: str, text: str,
         tenant: str | None = TENANT_OPTION) -> None:
    """Add a note to an application."""
    _pipeline(ctx, tenant).note(application_id, text)
    console.print("noted")


def _rating(text: str) -> RatingInput:
    """REQUIREMENT=RATING:EVIDENCE, e.g. "PyTorch=4:wrote a custom autograd op"."""
    requirement, sep, rest = text.partition("=")
    value, sep2, evidence = rest.partition(":")
    if not sep or not sep2 or not value.strip().isdigit():
        raise PipelineError(f"--rate {text!r}: write REQUIREMENT=RATING:EVIDENCE (rating 1-4)")
    return RatingInput(requirement.strip(), int(value), evidence)


@app.command()
def score(
    ctx: typer.Context, application_id: str,
    rate: list[str] = typer.Option(..., help='REQUIREMENT=1..4:EVIDENCE, once per requirement.'),
    summary: str = typer.Option("", help="The interviewer's summary."),
    interviewer: str | None = typer.Option(None, help="Who interviewed (default: you)."),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """Record a structured scorecard: one rating per requirement of the role, with evidence."""
    ratings = [_rating(r) for r in rate]
    card = _pipeline(ctx, tenant).score(application_id, ratings, summary, interviewer=interviewer)
    console.print(f"{card.id}: mean {card.mean:.2f} over {len(card.ratings)} requirements")


@app.command()
def show(
    ctx: typer.Context, application_id: str, as_json: bool = typer.Option(False, "--json"),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """An application: stage, allowed moves, history, notes and scorecards."""
    pipeline = _pipeline(ctx, tenant)
    view, names = pipeline.show(application_id), pipeline.scoped.actor_names()
    a = view.application
    if as_json:
        print_json(ApplicationDetail.of_view(view, names))
        return
    console.print(
        f"[bold]{escape(view.candidate.display_name)}[/] for [bold]{escape(view.role.title)}[/] "
        f"({a.id})\nstage [bold]{a.stage}[/]"
        + (f" — {escape(a.rejection_reason)}" if a.rejection_reason else "")
        + f"\nmay move to: {', '.join(view.allowed) or 'nothing (final)'}"
    )
    _print_history(view.history, names)
    for n in view.notes:
        console.print(f"[dim]{n.at:%Y-%m-%d %H:%M} {escape(names(n.author))}:[/] "
                      f"{escape(n.text)}")
    for card in view.scorecards:
        by = escape(names(card.interviewer))
        table = Table("requirement", "rating", "evidence",
                      title=f"scorecard by {by} at {card.stage}: {card.mean:.2f}")
        for r in card.ratings:
            table.add_row(escape(r.label), str(r.rating), escape(r.evidence))
        console.print(table)


def _print_history(history: list[Any], names: ActorNames) -> None:
    table = Table("#", "when (UTC)", "from", "to", "who", "reason")
    for m in history:
        table.add_row(str(m.seq), f"{m.at:%Y-%m-%d %H:%M:%S}", m.from_stage or "-", m.to_stage,
                      escape(names(m.actor)), escape(m.reason or ""))
    console.print(table)


@app.command()
def history(
    ctx: typer.Context, application_id: str, as_json: bool = typer.Option(False, "--json"),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """Every move of an application: who, when, from where to where, and why."""
    pipeline = _pipeline(ctx, tenant)
    moves, names = pipeline.history(application_id), pipeline.scoped.actor_names()
    if as_json:
        print_json([MoveOut.of(m, names) for m in moves])
    else:
        _print_history(moves, names)


@app.command()
def board(ctx: typer.Context, role_id: str, tenant: str | None = TENANT_OPTION) -> None:
    """A role's applications by stage."""
    found = _pipeline(ctx, tenant).board(role_id)
    table = Table("stage", "candidates (application id)")
    for stage, apps in found.columns.items():
        table.add_row(stage, "\n".join(
            f"{_name(found.people.get(a.candidate_id))} ({a.id})" for a in apps) or "-")
    console.print(table)


def _name(person: Candidate | None) -> str:
    return escape(person.display_name) if person is not None else "?"


@app.command()
def funnel(
    ctx: typer.Context, tenant: str | None = TENANT_OPTION,
    as_csv: bool = typer.Option(False, "--csv", help="One CSV row per group and stage."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The funnel: applications that reached each stage, the share of those decided there that
    went on (applications still open in a stage are not counted), and the
    median days in it, for all roles, by role and by region (the web page's figures)."""
    report = _company_pipeline(ctx, tenant).funnel()
    if as_csv:
        typer.echo(report.csv(), nl=False)
        return
    if as_json:
        print_json(FunnelOut.of(report))
        return
    overall = Table("stage", "reached", "there now", "went on", "median days in stage",
                    title="all roles")
    for s in report.overall.stages:
        overall.add_row(s.stage, str(s.reached), str(s.in_stage_now),
                        "-" if s.conversion_to_next is None
                        else f"{s.conversion_to_next:.0%} of {s.decided}",
                        "-" if s.median_days is None
                        else f"{s.median_days:.1f} ({s.finished_stays} stays)")
    console.print(overall)
    order = " › ".join(s.stage for s in report.overall.stages)
    for grouping in ("role", "region"):
        table = Table(grouping, "applications", f"reached: {order}", title=f"by {grouping}")
        for g in report.by(grouping):
            table.add_row(escape(g.label), str(g.applications),
                          " › ".join(str(s.reached) for s in g.stages))
        console.print(table)


@app.command()
def outreach(
    ctx: typer.Context, application_id: str,
    sender_name: str | None = typer.Option(
        None, help="Who signs the message (default: the company's hiring team)."),
    send: bool = typer.Option(False, "--send", help="Send it (needs outreach consent)."),
    smtp_host: str = typer.Option("localhost"),
    smtp_port: int = typer.Option(587),
    smtp_user: str | None = typer.Option(None, help="Password from $WORLDHIRE_SMTP_PASSWORD."),
    starttls: bool = typer.Option(True, "--starttls/--no-starttls"),
    from_address: str = typer.Option("hiring@example.com", "--from"),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """Draft (and optionally send) outreach citing the evidence behind the fit, with call times
    in the candidate's local time inside the overlap with the team. Without the person's consent
    to outreach the address is withheld and nothing can be sent."""
    pipeline = _pipeline(ctx, tenant)
    draft = pipeline.outreach(application_id, sender_name=sender_name)
    console.print(f"[bold]To:[/] {draft.to or '?'}\n[bold]Subject:[/] {escape(draft.subject)}")
    console.print(escape(draft.body))
    for warning in draft.warnings:
        err_console.print(f"[yellow]warning:[/] {escape(warning)}")
    if send:
        password = settings(ctx).smtp_password
        sender = SmtpSender(smtp_host, smtp_port, smtp_user,
                            password.get_secret_value() if password else None, starttls)
        pipeline.send_outreach(application_id, draft, sender, from_address=from_address,
                               from_name=draft.signed)
        console.print(f"[green]sent[/] to {draft.to}")


@app.command("export")
def export_cmd(
    ctx: typer.Context, tenant: str | None = TENANT_OPTION,
    out: Path | None = typer.Option(None, help="File to write (default: stdout)."),
) -> None:
    """Roles and applications (history, notes, scorecards) as ATS-neutral JSON."""
    repo = repository(ctx)
    tenant_id = find_tenant(repo, tenant).id if tenant else None
    text = export_ats(repo, SqlPipelineStore.on(repo), tenant_id=tenant_id).model_dump_json(
        indent=2)
    _write(text, out)


@app.command("import")
def import_cmd(ctx: typer.Context, path: Path) -> None:
    """Import an ATS-neutral JSON file; checked in full before anything is written."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExchangeError(f"cannot read {path}: {exc}") from exc
    doc = parse_ats(text)
    pipeline = _pipeline(ctx, None)
    # Every restored application and its audit entry, or nothing of the file.
    with services_of(ctx).unit_of_work() as work:
        roles, apps = pipeline.import_document(doc)
        work.commit()
    console.print(f"{roles} roles, {apps} new applications")


@app.command("export-candidates")
def export_candidates(
    ctx: typer.Context,
    fmt: str = typer.Option("csv", "--format", help="csv or jsonresume."),
    tenant: str | None = TENANT_OPTION,
    out: Path | None = typer.Option(None),
) -> None:
    """Candidates as CSV, or as a JSON array of JSON Resume documents: with --tenant the
    company's own candidates, without it everyone's (platform profiles are not a company's to
    export)."""
    people = reader(ctx, tenant).exportable_candidates()
    if fmt == "csv":
        text = candidates_csv(people)
    elif fmt == "jsonresume":
        text = json.dumps([json_resume(c) for c in people], indent=2, ensure_ascii=False)
    else:
        raise ExchangeError(f"unknown format {fmt!r}; csv or jsonresume")
    _write(text, out)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"wrote {out}")


# webhooks --------------------------------------------------------------------------------------


def _hooks(ctx: typer.Context) -> Webhooks:
    return services_of(ctx).webhooks()


@hooks_app.command("add")
def hooks_add(
    ctx: typer.Context, url: str,
    event: list[str] = typer.Option(..., help="candidate.shortlisted, "
                                    "application.stage_changed or consent.withdrawn."),
    fmt: str = typer.Option("json", "--format", help="json, slack, jira or github."),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """Register a URL for events; prints the signing secret once."""
    sub = _company_pipeline(ctx, tenant).subscribe(url, event, fmt)
    console.print(f"{sub.id} → {escape(sub.url)} ({sub.format.value}: {', '.join(sub.events)})")
    console.print(f"signing secret (shown once): [bold]{sub.secret}[/]")


@hooks_app.command("list")
def hooks_list(ctx: typer.Context, tenant: str | None = TENANT_OPTION) -> None:
    """Registered webhooks."""
    table = Table("id", "tenant", "url", "events", "format", "active")
    found = _pipeline(ctx, tenant).subscriptions()
    for s in found:
        table.add_row(s.id, s.tenant_id, escape(s.url), ", ".join(s.events), s.format.value,
                      "yes" if s.active else "no")
    console.print(table)


@hooks_app.command("remove")
def hooks_remove(ctx: typer.Context, subscription_id: str, yes: bool = YES_OPTION,
                 tenant: str | None = TENANT_OPTION) -> None:
    """Stop sending to a webhook (its deliveries stay on record). Asks first unless --yes."""
    confirm_or_stop(yes, f"Stop sending events to webhook {subscription_id} for good?",
                    nothing="nothing changed")
    _pipeline(ctx, tenant).unsubscribe(subscription_id)
    console.print("deactivated")


@hooks_app.command("deliveries")
def hooks_deliveries(
    ctx: typer.Context, limit: int = typer.Option(20),
    as_json: bool = typer.Option(False, "--json"), tenant: str | None = TENANT_OPTION,
) -> None:
    """Recent deliveries with every attempt."""
    found = _pipeline(ctx, tenant).deliveries(limit)
    if as_json:
        print_json([DeliveryOut.of(d) for d in found])
        return
    table = Table("delivery", "event", "status", "attempts")
    for d in found:
        table.add_row(d.id, d.event, d.status.value, ", ".join(
            str(a.status_code) if a.status_code is not None else "error" for a in d.attempts
        ))
    console.print(table)


@hooks_app.command("replay")
def hooks_replay(ctx: typer.Context, delivery_id: str,
                 tenant: str | None = TENANT_OPTION) -> None:
    """Send a recorded delivery again."""
    # queued again within the scope, then sent now
    done = _hooks(ctx).deliver(_pipeline(ctx, tenant).replay(delivery_id).id)
    console.print(f"{done.id}: {done.status.value} after {len(done.attempts)} attempts")



@hooks_app.command("drain")
def hooks_drain(
    ctx: typer.Context,
    limit: int = typer.Option(100, min=1, help="Send at most this many queued deliveries."),
) -> None:
    """Send the queued deliveries now, with retries (a running `worldhire serve` does it too)."""
    done = _hooks(ctx).drain(limit)
    sent = sum(d.status is DeliveryStatus.DELIVERED for d in done)
    console.print(f"{len(done)} deliveries: {sent} delivered, {len(done) - sent} failed")
