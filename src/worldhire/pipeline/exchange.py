"""Import from and export to other tools: candidates as CSV or JSON Resume, and an ATS-neutral
JSON of roles and applications (with their history, notes and scorecards) that round-trips."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from datetime import datetime
from itertools import pairwise
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from worldhire.core.errors import WorldhireError
from worldhire.core.models import (
    Budget,
    Candidate,
    RemotePolicy,
    Requirement,
    Role,
    Seniority,
    Skill,
    ZoneBand,
    utcnow,
)
from worldhire.governance.export_schemas import JsonResumeOut
from worldhire.pipeline.models import Application, Note, Rating, Scorecard, StageMove
from worldhire.pipeline.repository import PipelineStore
from worldhire.pipeline.stages import PipelineError, default_config
from worldhire.store.protocol import Repository

ATS_FORMAT = "worldhire.ats/v1"
CSV_COLUMNS = (
    "id", "name", "email", "phone", "location", "country", "timezone", "languages",
    "work_authorization", "needs_sponsorship", "pay_expectation_usd", "years_experience",
    "headline", "skills", "links",
)  # fmt: skip
# A spreadsheet reads a cell that starts with one of these as a formula (=HYPERLINK(...),
# @SUM(...), a DDE call), so a résumé could run one on the recruiter's machine.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExchangeError(WorldhireError, ValueError):
    """A file that cannot be imported; nothing of it was written."""

    status = 422
    code = "exchange-file"


# candidates out -------------------------------------------------------------------------------


def spreadsheet_cell(value: str) -> str:
    """The value as a spreadsheet shows it but never evaluates it (OWASP CSV injection): a
    leading apostrophe turns a would-be formula into text."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def candidates_csv(candidates: Iterable[Candidate]) -> str:
    out = io.StringIO()
    # RFC 4180 line ends: with "\n" alone the writer left a carriage return in a field unquoted.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in candidates:
        skills = sorted({m.skill.label for m in c.skills})
        writer.writerow(spreadsheet_cell(cell) for cell in [
            c.id, c.name, c.email or "", c.phone or "", c.location or "", c.country or "",
            c.timezone or "", "; ".join(c.languages), " ".join(c.work_authorization),
            "yes" if c.needs_sponsorship else "no",
            "" if c.pay_expectation_usd is None else f"{c.pay_expectation_usd:.0f}",
            "" if c.years_experience is None else f"{c.years_experience:g}",
            c.headline, "; ".join(skills), " ".join(c.links),
        ])
    return out.getvalue()


def json_resume(candidate: Candidate) -> dict[str, Any]:
    """The candidate in the jsonresume.org schema (v1.0.0): the subject access document's
    résumé, without the fields it holds nothing for."""
    return JsonResumeOut.of(candidate).model_dump(mode="json", exclude_none=True)


# the ATS-neutral document ----------------------------------------------------------------------


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SkillDoc(_Doc):
    id: str
    label: str


class RequirementDoc(_Doc):
    skill_id: str
    label: str
    must: bool = True
    min_years: float | None = None
    weight: float = 1.0
    quote: str = ""
    confidence: float = Field(default=1.0, ge=0, le=1)
    needs_review: bool = False
    # The skills after the first of a requirement any one of which meets it ("PyTorch or JAX").
    alternatives: list[SkillDoc] = Field(default_factory=list)


class ZoneBandDoc(_Doc):
    low: float = Field(ge=-12, le=14)
    high: float = Field(ge=-12, le=14)
    quote: str = ""


class BudgetDoc(_Doc):
    currency: str
    high: float
    low: float | None = None
    period: str = "year"
    quote: str = ""
    basis: str | None = None


class RoleDoc(_Doc):
    id: str
    tenant: str
    title: str
    company: str
    description: str = ""
    seniority: Seniority = Seniority.MI
    requirements: list[RequirementDoc] = Field(default_factory=list)
    timezone: str = "UTC"
    work_start_hour: float = 9.0
    work_end_hour: float = 17.0
    min_overlap_hours: float = 0.0
    overlap_timezone: str | None = None
    zone_band: ZoneBandDoc | None = None
    min_years: float | None = None
    budget_usd_year: float | None = None
    budget: BudgetDoc | None = None
    remote_policy: RemotePolicy = RemotePolicy.REMOTE
    visa_sponsorship: bool | None = None
    allowed_countries: list[str] = Field(default_factory=list)
    location_country: str | None = None
    status: str = "open"
    created_at: datetime


class MoveDoc(_Doc):
    from_stage: str | None
    to_stage: str
    actor: str
    at: datetime
    reason: str | None = None


class NoteDoc(_Doc):
    id: str
    author: str
    text: str
    at: datetime


class RatingDoc(_Doc):
    skill_id: str
    label: str
    rating: int = Field(ge=1, le=4)
    evidence: str


class ScorecardDoc(_Doc):
    id: str
    interviewer: str
    stage: str
    summary: str = ""
    at: datetime
    ratings: list[RatingDoc]


class ApplicationDoc(_Doc):
    id: str
    candidate_id: str
    role_id: str
    stage: str
    source: str = "import"
    rejection_reason: str | None = None
    created_at: datetime
    updated_at: datetime
    history: list[MoveDoc] = Field(min_length=1)
    notes: list[NoteDoc] = Field(default_factory=list)
    scorecards: list[ScorecardDoc] = Field(default_factory=list)


class AtsDocument(_Doc):
    format: str = ATS_FORMAT
    exported_at: datetime
    roles: list[RoleDoc]
    applications: list[ApplicationDoc]


def export_ats(
    repo: Repository, store: PipelineStore, *, tenant_id: str | None = None
) -> AtsDocument:
    tenants = {t.id: t.name for t in repo.list_tenants()}
    roles = repo.list_roles(tenant_id)
    apps = [a for a in store.list_applications(tenant_id) if a.role_id in {r.id for r in roles}]
    return AtsDocument(
        exported_at=utcnow(),
        roles=[_role_doc(r, tenants.get(r.tenant_id, r.tenant_id)) for r in roles],
        applications=[_application_doc(a, store) for a in apps],
    )


def _role_doc(r: Role, tenant: str) -> RoleDoc:
    return RoleDoc(
        id=r.id, tenant=tenant, title=r.title, company=r.company, description=r.description,
        seniority=r.seniority,
        requirements=[
            RequirementDoc(skill_id=q.skill.id, label=q.skill.label, must=q.must,
                           min_years=q.min_years, weight=q.weight, quote=q.quote,
                           confidence=q.confidence, needs_review=q.needs_review,
                           alternatives=[SkillDoc(id=a.id, label=a.label)
                                         for a in q.alternatives])
            for q in r.requirements
        ],
        timezone=r.timezone, work_start_hour=r.work_start_hour, work_end_hour=r.work_end_hour,
        min_overlap_hours=r.min_overlap_hours, overlap_timezone=r.overlap_timezone,
        min_years=r.min_years,
        zone_band=ZoneBandDoc(**asdict(r.zone_band)) if r.zone_band else None,
        budget_usd_year=r.budget_usd_year,
        budget=BudgetDoc(**asdict(r.budget)) if r.budget else None,
        remote_policy=r.remote_policy, visa_sponsorship=r.visa_sponsorship,
        allowed_countries=list(r.allowed_countries), location_country=r.location_country,
        status=r.status, created_at=r.created_at,
    )


def _application_doc(a: Application, store: PipelineStore) -> ApplicationDoc:
    return ApplicationDoc(
        id=a.id, candidate_id=a.candidate_id, role_id=a.role_id, stage=a.stage, source=a.source,
        rejection_reason=a.rejection_reason, created_at=a.created_at, updated_at=a.updated_at,
        history=[
            MoveDoc(from_stage=m.from_stage, to_stage=m.to_stage, actor=m.actor, at=m.at,
                    reason=m.reason)
            for m in store.history(a.id)
        ],
        notes=[NoteDoc(id=n.id, author=n.author, text=n.text, at=n.at)
               for n in store.notes(a.id)],
        scorecards=[
            ScorecardDoc(
                id=s.id, interviewer=s.interviewer, stage=s.stage, summary=s.summary, at=s.at,
                ratings=[RatingDoc(skill_id=r.skill_id, label=r.label, rating=r.rating,
                                   evidence=r.evidence) for r in s.ratings],
            )
            for s in store.scorecards(a.id)
        ],
    )


def parse_ats(text: str) -> AtsDocument:
    try:
        doc = AtsDocument.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExchangeError(f"not an ATS document: {where}: {first['msg']}") from exc
    if doc.format != ATS_FORMAT:
        raise ExchangeError(f"unknown format {doc.format!r}; expected {ATS_FORMAT}")
    return doc


def import_ats(repo: Repository, store: PipelineStore, doc: AtsDocument, *,
               added: Callable[[Application], None]) -> tuple[int, int]:
    """Write the document's roles and applications; everything is checked before anything is
    written. Applications name candidates already in the store (candidates travel as résumés).
    `added` is told of each application written, as it stands after its history (the caller
    audits it in the unit of work it opened around the import). Returns (roles, applications)
    written; applications already present are skipped."""
    problems = _company_problems(repo, doc)
    for a in doc.applications:
        problems += _history_problems(a)
        same = store.find_application(a.candidate_id, a.role_id)
        if same is not None and same.id != a.id:
            problems.append(f"application {a.id}: the candidate is already on that role")
    problems += _stage_problems(repo, store, doc)
    problems += _record_id_problems(store, doc)
    if problems:
        raise ExchangeError("; ".join(problems[:10]))
    tenants = {r.tenant: repo.ensure_tenant(r.tenant).id for r in doc.roles}
    for r in doc.roles:
        repo.save_role(_role(r, tenants[r.tenant]))
    written = 0
    for a in doc.applications:
        if store.get_application(a.id) is not None:
            continue
        role = repo.get_role(a.role_id)
        assert role is not None  # checked above
        _write_application(store, a, role.tenant_id)
        restored = store.get_application(a.id)
        assert restored is not None  # just written
        added(restored)
        written += 1
    return len(doc.roles), written


def _company_problems(repo: Repository, doc: AtsDocument) -> list[str]:
    """Roles and candidates stay with their company, as the pipeline's add keeps them: a file
    from another tool must not move a role to another company by its id, nor put a company's
    own candidate on another company's role (a platform profile may go on any)."""
    companies = {t.name: t.id for t in repo.list_tenants()}
    company_of = {r.id: companies.get(r.tenant) for r in doc.roles}  # None: a company to make
    problems = []
    for r in doc.roles:
        held = repo.get_role(r.id)
        if held is not None and held.tenant_id != company_of[r.id]:
            problems.append(f"role {r.id} is another company's")
    for a in doc.applications:
        if a.role_id not in company_of:
            held = repo.get_role(a.role_id)
            if held is None:
                problems.append(f"application {a.id}: unknown role {a.role_id}")
                continue
            company_of[a.role_id] = held.tenant_id
        candidate = repo.get_candidate(a.candidate_id)
        if candidate is None:
            problems.append(f"application {a.id}: unknown candidate {a.candidate_id}")
        elif candidate.tenant_id not in (None, company_of[a.role_id]):
            problems.append(f"application {a.id}: candidate {a.candidate_id} is another "
                            "company's")
    return problems


def _record_id_problems(store: PipelineStore, doc: AtsDocument) -> list[str]:
    """A note or scorecard id already held elsewhere would collide on write; the file's own
    applications already present are skipped whole, so their records are not counted."""
    written = [a for a in doc.applications if store.get_application(a.id) is None]
    notes = [n.id for a in written for n in a.notes]
    cards = [s.id for a in written for s in a.scorecards]
    held = store.held_record_ids(notes, cards)
    repeated = {i for i, n in Counter(notes + cards).items() if n > 1}
    return [f"note or scorecard {i}: id already in use" for i in sorted(held | repeated)]


def _stage_problems(repo: Repository, store: PipelineStore, doc: AtsDocument) -> list[str]:
    """Imported stages must exist in the receiving tenant's stages, or they would be stranded."""
    tenant_of_role = {r.id: r.tenant for r in doc.roles}
    names = {t.name: t.id for t in repo.list_tenants()}
    problems = []
    for a in doc.applications:
        tenant_name = tenant_of_role.get(a.role_id)
        if tenant_name is not None:
            tenant_id = names.get(tenant_name)
        else:
            existing = repo.get_role(a.role_id)
            tenant_id = existing.tenant_id if existing else None
        config = (store.get_config(tenant_id) if tenant_id else None) or default_config()
        unknown = sorted({m.to_stage for m in a.history} - set(config.names))
        if unknown:
            problems.append(f"application {a.id}: stages {unknown} are not the tenant's stages")
    return problems


def _history_problems(a: ApplicationDoc) -> list[str]:
    moves = a.history
    problems = []
    if moves[0].from_stage is not None:
        problems.append(f"application {a.id}: history must start with an entry stage")
    for before, after in pairwise(moves):
        if after.from_stage != before.to_stage or after.at < before.at:
            problems.append(f"application {a.id}: history is not a chain in time order")
            break
    if moves[-1].to_stage != a.stage:
        problems.append(f"application {a.id}: stage {a.stage!r} is not where history ends")
    return problems


def _role(r: RoleDoc, tenant_id: str) -> Role:
    return Role(
        id=r.id, tenant_id=tenant_id, title=r.title, company=r.company,
        description=r.description, seniority=r.seniority,
        requirements=[
            Requirement(Skill(q.skill_id, q.label), q.must, q.min_years, q.weight, q.quote,
                        q.confidence, q.needs_review,
                        alternatives=[Skill(a.id, a.label) for a in q.alternatives])
            for q in r.requirements
        ],
        timezone=r.timezone, work_start_hour=r.work_start_hour, work_end_hour=r.work_end_hour,
        min_overlap_hours=r.min_overlap_hours, overlap_timezone=r.overlap_timezone,
        min_years=r.min_years,
        zone_band=ZoneBand(**r.zone_band.model_dump()) if r.zone_band else None,
        budget_usd_year=r.budget_usd_year,
        budget=Budget(**r.budget.model_dump()) if r.budget else None,
        remote_policy=r.remote_policy, visa_sponsorship=r.visa_sponsorship,
        allowed_countries=list(r.allowed_countries), location_country=r.location_country,
        status=r.status, created_at=r.created_at,
    )


def _write_application(store: PipelineStore, a: ApplicationDoc, tenant_id: str) -> None:
    moves: Sequence[MoveDoc] = a.history
    first = moves[0]
    application = Application(
        tenant_id, a.candidate_id, a.role_id, first.to_stage, source=a.source,
        id=a.id, created_at=a.created_at, updated_at=first.at,
    )
    try:
        store.add_application(
            application, StageMove(a.id, 1, None, first.to_stage, first.actor, first.at,
                                   first.reason),
        )
        for seq, m in enumerate(moves[1:], start=2):
            store.record_move(
                StageMove(a.id, seq, m.from_stage, m.to_stage, m.actor, m.at, m.reason),
                a.rejection_reason if m is moves[-1] else None,
            )
    except PipelineError as exc:
        raise ExchangeError(f"application {a.id}: {exc}") from exc
    for n in a.notes:
        store.add_note(Note(a.id, n.author, n.text, n.at, n.id))
    for s in a.scorecards:
        store.add_scorecard(Scorecard(
            a.id, s.interviewer, s.stage,
            tuple(Rating(r.skill_id, r.label, r.rating, r.evidence) for r in s.ratings),
            s.summary, s.at, s.id,
        ))
