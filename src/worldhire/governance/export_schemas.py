"""The subject-access document (`ExportOut`), section by section: the JSON Resume part, then
worldhire's own records. Each section has a constructor from what the store holds; the API
answers the document and the CLI writes it, by alias ('$schema', 'startDate', 'from')."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from worldhire.batch.stored_shortlist import ShortlistWhyOut
from worldhire.core.models import EvidenceKind
from worldhire.governance.schemas import ConsentOut
from worldhire.identity.schemas import HoursOut, VersionEvidenceOut, VersionOut
from worldhire.pipeline.scorecard_schemas import ScorecardOut

if TYPE_CHECKING:
    from collections.abc import Callable

    from worldhire.core.models import Candidate, EvidenceItem, SkillMention
    from worldhire.governance.audit import SubjectRecord
    from worldhire.governance.consent import RetentionTerms
    from worldhire.governance.subject_access.repository import IngestRecord, StoredShortlistRow
    from worldhire.governance.users.repository import TokenInfo
    from worldhire.pipeline.models import Application, Delivery, Note, Scorecard, StageMove

JSON_RESUME_SCHEMA = (
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def export_time(value: datetime) -> str:
    """A time as the whole export writes it: ISO 8601 with its UTC offset
    ("2026-12-05T03:31:05.942625+00:00"). A time without a zone is the store's, which is UTC."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def _iso(value: datetime | None) -> str | None:
    return export_time(value) if value else None


def _items(c: Candidate, *kinds: EvidenceKind) -> list[EvidenceItem]:
    return [e for e in c.evidence if e.kind in kinds]


class _Record(BaseModel):
    # A key the export writes and the schema lacks fails loudly instead of vanishing.
    model_config = ConfigDict(extra="forbid")


# -- the JSON Resume part (jsonresume.org, schema v1.0.0; its names are camelCase) -------------


class ResumeLocationOut(_Record):
    # The reader (ingest.resumes.jsonresume) takes the place from city and region: the stored text
    # goes in city so that a written résumé reads back as the same place.
    city: str | None
    countryCode: str | None


class ResumeProfileOut(_Record):
    url: str


class ResumeBasicsOut(_Record):
    name: str
    label: str
    email: str | None
    phone: str | None
    summary: str
    url: str | None
    location: ResumeLocationOut | None
    profiles: list[ResumeProfileOut]


class ResumeWorkOut(_Record):
    name: str | None
    position: str
    startDate: str | None
    endDate: str | None
    summary: str
    url: str | None


class ResumeProjectOut(_Record):
    name: str
    description: str
    startDate: str | None
    endDate: str | None
    url: str | None
    keywords: list[str] = Field(description="the skills read from this project")


class ResumeEducationOut(_Record):
    institution: str
    area: str
    startDate: str | None
    endDate: str | None


class ResumePublicationOut(_Record):
    name: str
    publisher: str | None
    releaseDate: str | None
    url: str | None
    summary: str


class ResumeCertificateOut(_Record):
    name: str
    issuer: str | None
    date: str | None
    url: str | None


class ResumeSkillOut(_Record):
    name: str


class ResumeLanguageOut(_Record):
    language: str
    fluency: str | None

    @classmethod
    def of(cls, entry: str) -> ResumeLanguageOut:
        """A stored language, "Polish (native)", as the schema's name and fluency."""
        name, _, level = entry.partition("(")
        return cls(language=name.strip(), fluency=level.strip(" )") or None)


class ResumeMetaOut(_Record):
    worldhireId: str
    lastModified: str


class JsonResumeOut(_Record):
    """The résumé as a JSON Resume document (jsonresume.org, schema v1.0.0): in the subject
    access document, in what is shared with a company, and in the candidates export. The
    schema's strings admit no null: a file for other tools drops the None fields
    (`model_dump(exclude_none=True)`)."""

    model_config = ConfigDict(extra="forbid", serialize_by_alias=True)

    schema_: str = Field(default=JSON_RESUME_SCHEMA, alias="$schema")
    basics: ResumeBasicsOut
    work: list[ResumeWorkOut]
    projects: list[ResumeProjectOut]
    education: list[ResumeEducationOut]
    publications: list[ResumePublicationOut]
    certificates: list[ResumeCertificateOut]
    skills: list[ResumeSkillOut]
    languages: list[ResumeLanguageOut]
    meta: ResumeMetaOut

    @classmethod
    def of(cls, c: Candidate) -> JsonResumeOut:
        on_evidence: dict[str, list[str]] = {}
        for m in c.skills:
            if m.evidence_id:
                on_evidence.setdefault(m.evidence_id, []).append(m.skill.label)
        return cls(
            basics=ResumeBasicsOut(
                name=c.name, label=c.headline, email=c.email, phone=c.phone, summary=c.summary,
                url=c.links[0] if c.links else None,
                location=ResumeLocationOut(city=c.location, countryCode=c.country)
                if c.location or c.country else None,
                profiles=[ResumeProfileOut(url=link) for link in c.links]),
            work=[ResumeWorkOut(name=e.organization, position=e.title, startDate=_day(e.start),
                                endDate=_day(e.end), summary=e.text, url=e.url)
                  for e in _items(c, EvidenceKind.JOB)],
            projects=[ResumeProjectOut(name=e.title, description=e.text,
                                       startDate=_day(e.start), endDate=_day(e.end), url=e.url,
                                       keywords=sorted(set(on_evidence.get(e.id, []))))
                      for e in _items(c, EvidenceKind.PROJECT, EvidenceKind.REPOSITORY)],
            education=[ResumeEducationOut(institution=e.organization or e.title, area=e.title,
                                          startDate=_day(e.start), endDate=_day(e.end))
                       for e in _items(c, EvidenceKind.EDUCATION)],
            publications=[ResumePublicationOut(name=e.title, publisher=e.organization,
                                               releaseDate=_day(e.start), url=e.url,
                                               summary=e.text)
                          for e in _items(c, EvidenceKind.PUBLICATION)],
            certificates=[ResumeCertificateOut(name=e.title, issuer=e.organization,
                                               date=_day(e.start), url=e.url)
                          for e in _items(c, EvidenceKind.CERTIFICATION)],
            skills=[ResumeSkillOut(name=label)
                    for label in dict.fromkeys(m.skill.label for m in c.skills)],
            languages=[ResumeLanguageOut.of(language) for language in c.languages],
            meta=ResumeMetaOut(worldhireId=c.id, lastModified=export_time(c.updated_at)),
        )


# -- worldhire's own records -----------------------------------------------------------------


class ResidencyOut(_Record):
    region: str | None
    stored_by_region: bool


class HeldProfileOut(_Record):
    """worldhire's own fields about the person, beside the JSON Resume part."""

    tenant_id: str | None
    other_phones: list[str]  # the numbers after basics.phone (JSON Resume has room for one)
    location: str | None
    country: str | None
    residency: ResidencyOut
    timezone: str | None
    work_hours: HoursOut
    work_authorization: list[str]
    needs_sponsorship: bool | None
    pay_expectation_usd: float | None
    pay_stated: str | None
    years_experience: float | None
    available_from: str | None
    source_name: str | None
    source_hash: str | None
    created_at: str
    updated_at: str

    @classmethod
    def of(cls, c: Candidate, residency: ResidencyOut) -> HeldProfileOut:
        return cls(
            tenant_id=c.tenant_id, other_phones=list(c.other_phones), location=c.location,
            country=c.country, residency=residency,
            timezone=c.timezone, work_hours=HoursOut.of(c.work_start_hour, c.work_end_hour),
            work_authorization=list(c.work_authorization),
            needs_sponsorship=c.needs_sponsorship, pay_expectation_usd=c.pay_expectation_usd,
            pay_stated=c.pay_stated.describe() if c.pay_stated else None,
            years_experience=c.years_experience, available_from=_day(c.available_from),
            source_name=c.source_name, source_hash=c.source_hash,
            created_at=export_time(c.created_at), updated_at=export_time(c.updated_at))


class HeldEvidenceOut(VersionEvidenceOut):
    """An evidence item as a version shows it, and which part of the résumé it came from."""

    source: str

    @classmethod
    def of(cls, e: EvidenceItem) -> HeldEvidenceOut:
        return cls(**dict(VersionEvidenceOut.of(e)), source=e.source)


class HeldSkillOut(_Record):
    id: str
    label: str
    score: float
    evidence_id: str | None
    span: list[int] | None = Field(description="where in the evidence text the skill was read")
    snippet: str

    @classmethod
    def of(cls, m: SkillMention) -> HeldSkillOut:
        return cls(id=m.skill.id, label=m.skill.label, score=m.score, evidence_id=m.evidence_id,
                   span=list(m.span) if m.span else None, snippet=m.snippet)


class RetentionOut(_Record):
    days: int
    source: str
    agreed_at: str
    until: str

    @classmethod
    def of(cls, terms: RetentionTerms) -> RetentionOut:
        return cls(days=terms.days, source=terms.source, agreed_at=export_time(terms.at),
                   until=export_time(terms.until))


class DecisionOut(_Record):
    """An automated decision the person was part of, with what it said about them unsealed."""

    seq: int
    at: str | None
    action: str
    actor: str | None
    actor_name: str = Field(description=(
        "who acted, as you read it: the role and company of a company's user, 'the "
        "candidate' (you), 'system', or 'an erased person'"))
    tenant_id: str | None
    # What an entry records differs from one action to the next (a ranking's model and
    # criteria, a correction's fields ...), and the hashed record is kept as it was written.
    details: dict[str, Any]
    about_you: dict[str, Any]
    about_id: str = Field(description="the id the entry names: the person's own, or that of a "
                                      "profile merged into theirs")

    @classmethod
    def of(cls, r: SubjectRecord, names: Callable[[str | None], str]) -> DecisionOut:
        e = r.entry
        return cls(seq=e.seq, at=export_time(e.at), action=e.action, actor=e.actor,
                   actor_name=names(e.actor), tenant_id=e.tenant_id, details=e.details,
                   about_you=r.about, about_id=r.subject_id)


class IngestRecordOut(_Record):
    file: str
    content_hash: str
    status: str
    at: str | None

    @classmethod
    def of(cls, r: IngestRecord) -> IngestRecordOut:
        return cls(file=r.file, content_hash=r.content_hash, status=r.status, at=_iso(r.at))


class CandidateTokenOut(_Record):
    token_id: str
    label: str
    created_at: str | None
    revoked: bool

    @classmethod
    def of(cls, t: TokenInfo) -> CandidateTokenOut:
        return cls(token_id=t.id, label=t.label, created_at=_iso(t.created_at),
                   revoked=t.revoked)


class StageMoveOut(_Record):
    model_config = ConfigDict(extra="forbid", serialize_by_alias=True)

    seq: int
    from_: str | None = Field(alias="from")
    to: str
    by: str
    by_name: str = Field(description="who moved it, as you read it (as a decision's actor_name)")
    at: str
    reason: str | None

    @classmethod
    def of(cls, m: StageMove, names: Callable[[str | None], str]) -> StageMoveOut:
        # 'from' is a keyword: the field is filled by its alias.
        return cls.model_validate({"seq": m.seq, "from": m.from_stage, "to": m.to_stage,
                                   "by": m.actor, "by_name": names(m.actor),
                                   "at": export_time(m.at), "reason": m.reason})


class HeldNoteOut(_Record):
    id: str
    author: str
    author_name: str = Field(description="who wrote it, as you read it")
    text: str
    at: str

    @classmethod
    def of(cls, n: Note, names: Callable[[str | None], str]) -> HeldNoteOut:
        return cls(id=n.id, author=n.author, author_name=names(n.author), text=n.text,
                   at=export_time(n.at))


class HeldScorecardOut(ScorecardOut):
    """A scorecard as the API shows it, its time written as every other time in the export."""

    at: Annotated[datetime, PlainSerializer(export_time)]


class HeldApplicationOut(_Record):
    id: str
    tenant_id: str
    role_id: str
    role_title: str | None
    company: str | None
    stage: str
    source: str
    rejection_reason: str | None
    created_at: str
    updated_at: str
    stage_history: list[StageMoveOut]
    notes: list[HeldNoteOut]
    scorecards: list[HeldScorecardOut]

    @classmethod
    def of(cls, a: Application, *, role_title: str | None, company: str | None,
           history: list[StageMove], notes: list[Note], scorecards: list[Scorecard],
           names: Callable[[str | None], str]) -> HeldApplicationOut:
        return cls(id=a.id, tenant_id=a.tenant_id, role_id=a.role_id, role_title=role_title,
                   company=company, stage=a.stage, source=a.source,
                   rejection_reason=a.rejection_reason, created_at=export_time(a.created_at),
                   updated_at=export_time(a.updated_at),
                   stage_history=[StageMoveOut.of(m, names) for m in history],
                   notes=[HeldNoteOut.of(n, names) for n in notes],
                   scorecards=[HeldScorecardOut.of(k, names) for k in scorecards])


class StoredShortlistOut(_Record):
    role_id: str
    rank: int
    score: float
    criteria: ShortlistWhyOut
    run_id: str
    computed_at: str | None

    @classmethod
    def of(cls, s: StoredShortlistRow) -> StoredShortlistOut:
        return cls(role_id=s.role_id, rank=s.rank, score=s.score, criteria=s.criteria,
                   run_id=s.run_id, computed_at=_iso(s.computed_at))


class HeldAttemptOut(_Record):
    at: str
    ok: bool
    status_code: int | None
    error: str | None


class HeldDeliveryOut(_Record):
    id: str
    subscription_id: str
    event: str
    status: str
    created_at: str
    # The event as its receiver got it: each event and each receiver's format has its own.
    body: dict[str, Any] = Field(description="the event as it was sent")
    attempts: list[HeldAttemptOut]

    @classmethod
    def of(cls, d: Delivery, body: dict[str, Any]) -> HeldDeliveryOut:
        return cls(id=d.id, subscription_id=d.subscription_id, event=d.event,
                   status=d.status.value, created_at=export_time(d.created_at), body=body,
                   attempts=[HeldAttemptOut(at=export_time(a.at), ok=a.ok,
                                        status_code=a.status_code, error=a.error)
                             for a in d.attempts])


class ExportOut(_Record):
    """Everything worldhire holds about a person (subject access)."""

    model_config = ConfigDict(extra="forbid", serialize_by_alias=True)

    generated_at: str
    candidate_id: str
    resume: JsonResumeOut
    worldhire: HeldProfileOut
    evidence: list[HeldEvidenceOut]
    skills: list[HeldSkillOut]
    consents: list[ConsentOut]
    retention: RetentionOut | None
    decisions: list[DecisionOut]
    versions: list[VersionOut]
    ingest: list[IngestRecordOut]
    accounts: list[CandidateTokenOut]
    applications: list[HeldApplicationOut]
    shortlists: list[StoredShortlistOut]
    webhook_deliveries: list[HeldDeliveryOut]
    # Rows of whatever tables the personal-data registry lists without a section of their own:
    # their columns are the tables', which the registry, not this schema, names.
    records: dict[str, list[dict[str, Any]]] = Field(
        description="rows of the tables without a section of their own "
                    "(governance.personal_data), column by column")

    def document(self) -> str:
        """The document as the person receives it: JSON, by the names the schema gives."""
        return self.model_dump_json(indent=2)
