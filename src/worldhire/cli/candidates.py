"""`worldhire candidates ...`: what the store holds about people."""

from __future__ import annotations

from pathlib import PurePath

import typer
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import (
    YES_OPTION,
    confirm_or_stop,
    console,
    err_console,
    id_column,
    print_json,
    services_of,
)
from worldhire.cli.scoped import TENANT_OPTION, TOKEN_OPTION, reader, services
from worldhire.core.models import Candidate, EvidenceItem
from worldhire.identity.merge import TAKEABLE

app = typer.Typer(help="Candidates in the store.", no_args_is_help=True)
HIDDEN = "hidden: the person has not agreed to be contacted"


@app.command("list")
def list_candidates(
    ctx: typer.Context,
    tenant: str | None = TENANT_OPTION,
    q: str = typer.Option("", help="Words, each in the name, the headline or a skill."),
    country: str | None = typer.Option(None, help="A country's name or ISO code."),
    skill: str | None = typer.Option(None, help="A skill's id or label."),
    limit: int = typer.Option(10_000, min=1, help="At most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many (by name)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List candidates with their ids, ordered by name."""
    from worldhire.ingest.shared.country_input import optional_country

    found = reader(ctx, tenant).candidate_page(
        country=optional_country(country, field="--country"), skill=skill, words=q.split(),
        limit=limit, offset=offset)
    people = found.items
    if as_json:
        from worldhire.governance.candidate_schemas import CandidateSummaryOut

        print_json([CandidateSummaryOut.of(c) for c in people])
        return
    table = Table(id_column(c.id for c in people), "name", "country", "time zone", "years",
                  "skills", "pay", "headline")
    for c in people:
        table.add_row(
            c.id, escape(c.display_name), c.country or "?", c.timezone or "?",
            "" if c.years_experience is None else f"{c.years_experience:g}",
            str(len({s.id for s in c.skills})),
            escape(c.pay_stated.describe()) if c.pay_stated else "",
            escape(c.headline[:50]),
        )
    console.print(table)
    shown = f"{len(people)} of " if found.next_after or offset else ""
    console.print(f"{shown}{found.counted()} candidates")


def _in_scope(ctx: typer.Context, candidate_id: str, tenant: str | None
              ) -> tuple[Candidate, bool]:
    """The person, if the scope holds them, and whether their e-mail and phone may be shown:
    with --tenant by the same rules as that tenant's users (its own, or a platform profile
    agreeing to matching, contact data once they agreed to outreach); else anyone, in full."""
    scoped = reader(ctx, tenant)
    person = scoped.get_candidate(candidate_id)
    return person, scoped.may_contact(person)


def _pool(ctx: typer.Context, person: Candidate) -> str:
    """The company whose candidate this is, by name, or the platform's own profiles."""
    if person.tenant_id is None:
        return "platform (joined on their own)"
    name = services_of(ctx).accounts().tenant_name(person.tenant_id)
    return f"{name} ({person.tenant_id})" if name is not None else person.tenant_id


@app.command("show")
def show(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The candidate's id."),
    tenant: str | None = TENANT_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the API's profile as JSON."),
) -> None:
    """One candidate: the fields the parser read, evidence, and each skill with its words."""
    person, contact = _in_scope(ctx, candidate_id, tenant)
    if as_json:
        from worldhire.governance.candidate_schemas import CandidateDetailOut

        print_json(CandidateDetailOut.of(person, contact=contact))
        return
    console.print(f"[bold]{escape(person.display_name)}[/] ({person.id})"
                  + (f" — {escape(person.headline)}" if person.headline else ""))
    fields = Table(show_header=False, box=None)
    for label, value in (
        ("e-mail", person.email if contact else HIDDEN),
        ("phone", ", ".join(person.phones) or None if contact else HIDDEN),
        ("location", person.location), ("country", person.country),
        ("time zone", person.timezone),
        ("years", None if person.years_experience is None else f"{person.years_experience:g}"),
        ("languages", ", ".join(person.languages)),
        ("work authorization", ", ".join(person.work_authorization)),
        ("needs sponsorship", "yes" if person.needs_sponsorship else None),
        ("pay asked", person.pay_stated.describe() if person.pay_stated else None),
        ("links", " ".join(person.links)),
        ("read from", person.source_name), ("pool", _pool(ctx, person)),
    ):
        fields.add_row(label, escape(value) if value else "-")
    console.print(fields)
    items = {e.id: e for e in person.evidence}
    for item in person.evidence:
        when = f" {item.start:%Y-%m}–{item.end:%Y-%m}" if item.start and item.end else (
            f" {item.start:%Y-%m}–now" if item.start else "")
        # a job told without its title is headed by its employer; a "Summary" is no "summary
        # summary"
        kind = "" if item.title.casefold() == item.kind.value else item.kind.value
        console.print(f"\n[bold]{escape(_heading(item))}[/] [dim]{kind}{when}[/]")
    skills = Table("skill", "words", "in")
    for m in sorted(person.skills, key=lambda m: (-m.score, m.skill.label)):
        source = items.get(m.evidence_id or "")
        words = source.text[m.span[0]:m.span[1]] if source is not None and m.span else ""
        shown_in = escape(_heading(source)) if source else ""
        skills.add_row(escape(m.skill.label), escape(words), shown_in)
    console.print(skills)



def _heading(item: EvidenceItem) -> str:
    """An evidence item's title and organisation, whichever it has."""
    return " · ".join(part for part in (item.title, item.organization or "") if part)

@app.command("versions")
def versions(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The candidate's id."),
    tenant: str | None = TENANT_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print every version in full as JSON."),
) -> None:
    """The résumé files a candidate was read from (one person in several files is one
    candidate with several versions), oldest first."""
    from worldhire.identity.schemas import VersionOut, VersionSummaryOut

    scoped = reader(ctx, tenant)
    person = scoped.get_candidate(candidate_id)
    found = scoped.versions(candidate_id)
    if as_json:
        print_json([VersionOut.of(v) for v in found])
        return
    table = Table(title=f"{escape(person.display_name)} ({candidate_id})", title_justify="left")
    table.add_column("file", no_wrap=True)
    for column in ("read on", "name", "e-mail", "phone", "evidence"):
        table.add_column(column)
    for v in map(VersionSummaryOut.of, found):
        table.add_row(escape(PurePath(v.file_name).name), v.parsed_at[:10],
                      escape(v.name or "-"), escape(v.email or "-"),
                      escape(v.phone or "-"), str(v.evidence))
    console.print(table)
    console.print(f"{len(found)} versions" if found else
                  "no versions: stored before résumé versions were kept, or entered by hand")


@app.command("edit")
def edit(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., help="The candidate's id."),
    name: str | None = typer.Option(None),
    headline: str | None = typer.Option(None),
    summary: str | None = typer.Option(None),
    location: str | None = typer.Option(None, help="As the person writes it, e.g. 'Kraków'."),
    country: str | None = typer.Option(None, help="Name or alpha-2 code; '' clears it."),
    timezone: str | None = typer.Option(None, help="IANA zone, e.g. Europe/Warsaw."),
    email: str | None = typer.Option(None),
    phone: str | None = typer.Option(None),
    years: float | None = typer.Option(None, help="Years of experience."),
    link: list[str] | None = typer.Option(
        None, help="GitHub, portfolio or another link; repeat for each (they replace the list)."),
    tenant: str | None = TENANT_OPTION,
    token: str | None = TOKEN_OPTION,
) -> None:
    """Correct the fields the parser read (the others stay as they are); the audit log names
    what changed."""
    from worldhire.core.errors import InvalidInput
    from worldhire.governance.corrections import ProfileCorrection
    from worldhire.ingest.shared.country_input import typed_country

    # '' clears the country; anything else is read as a name or a code.
    code = typed_country(country, field="--country") if country else country
    correction = ProfileCorrection(
        name=name, headline=headline, summary=summary, location=location, country=code,
        timezone=timezone, email=email, phone=phone, years_experience=years,
        links=tuple(link) if link else None)
    if correction == ProfileCorrection():
        raise InvalidInput("nothing to correct: give at least one option (see --help)")
    changed = services(ctx, token, tenant).correct_profile(candidate_id, correction)
    console.print(f"corrected {', '.join(changed)}" if changed else "nothing changed: the "
                  "profile already says that")


@app.command("duplicates")
def duplicates(
    ctx: typer.Context, candidate_id: str = typer.Argument(..., help="The candidate's id."),
    tenant: str | None = TENANT_OPTION,
) -> None:
    """Other profiles of the same pool that may be this person, with the reasons."""
    scoped = reader(ctx, tenant)
    found = scoped.likely_duplicates(candidate_id)
    table = Table(id_column(other.id for other, _ in found), "name", "country", "why")
    for other, said in found:
        table.add_row(other.id, escape(other.display_name), other.country or "-",
                      ", ".join(said))
    console.print(table)


@app.command("merge")
def merge(
    ctx: typer.Context,
    keep: str = typer.Argument(..., help="The profile that stays."),
    other: str = typer.Argument(..., help="The profile merged into it (it goes)."),
    take: str = typer.Option("", help="Fields to take from OTHER, comma-separated: "
                             + ", ".join(TAKEABLE) + "."),
    tenant: str | None = TENANT_OPTION,
    yes: bool = YES_OPTION,
) -> None:
    """Merge two profiles of one company's pool (recorded in the audit log with what moved).
    Asks first (it cannot be undone) unless --yes is given."""
    scoped = services(ctx, None, tenant)
    for profile in (keep, other):  # an id out of scope is refused before anything is asked
        scoped.candidate_to_change(profile)
    confirm_or_stop(yes, f"Merge {other} into {keep}? This cannot be undone.",
                    nothing="nothing merged")
    with services_of(ctx).unit_of_work() as work:
        moved = scoped.merge_candidates(
            keep, other, take=[f.strip() for f in take.split(",") if f.strip()])
        work.commit()
    for purger, error in scoped.forget_merged(other).items():
        err_console.print(f"{purger}: could not forget {other} ({error}); it is never served, "
                          "and the purge stays pending: 'worldhire privacy purges --retry'")
    console.print(f"Merged {other} into {keep}: {moved.versions} version(s), "
                  f"{moved.evidence} evidence item(s), {moved.applications} "
                  "application(s) moved"
                  + (f"; consent withdrawn: {', '.join(moved.consents_withdrawn)}"
                     if moved.consents_withdrawn else "") + ".")
