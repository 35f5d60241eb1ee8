"""JSON Resume (https://jsonresume.org/schema, v1.0.0) to a Candidate.

The schema is permissive (every field optional), so the models accept unknown keys and coerce
nothing silently: a value of the wrong type is ignored field by field rather than failing the file.
A document counts as a JSON Resume when it is an object with a "basics" object or at least one of
the schema's list sections (work, projects, education ...). Pay, work authorization and hours are
not in the schema: they are read from the free text (basics.summary) like in a text résumé, and
from these optional keys of `meta` (the schema's free-form object), which win when present:

    "meta": {"timezone": "Europe/Kyiv",
             "payExpectationUSD": {"amount": 90000, "period": "year"},   # or month/hour/day
             "workAuthorization": ["UA"], "needsSponsorship": true,
             "workingHours": "11:00-20:00", "availableFrom": "2025-09-01"}
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from worldhire.core.contact import mail_address
from worldhire.core.geo.zones import country_timezone, is_timezone, zone_country, zone_in_country
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.ingest.errors import CorruptFileError, NotAResumeError
from worldhire.ingest.resumes.profile import fill_logistics, fill_years
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.dates import parse_iso_date
from worldhire.ingest.shared.geo import country_code, resolve_place
from worldhire.ingest.shared.pay import USD_PER_UNIT
from worldhire.ingest.text import clean_field, clean_text

_SECTIONS = ("work", "volunteer", "education", "awards", "certificates", "publications",
             "skills", "languages", "interests", "references", "projects")  # fmt: skip
_MAX_ITEMS = 200


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @field_validator("*", mode="before")
    @classmethod
    def _drop_wrong_types(cls, value: Any, info: Any) -> Any:
        """Strings stay strings and lists stay lists; anything else in their place becomes None."""
        annotation = cls.model_fields[info.field_name].annotation
        text = str(annotation)
        if "list" in text:
            return value[:_MAX_ITEMS] if isinstance(value, list) else []
        if "str" in text and "|" in text and not isinstance(value, str):
            return None
        return value


class Location(_Lenient):
    address: str | None = None
    city: str | None = None
    region: str | None = None
    countryCode: str | None = None


class Profile(_Lenient):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(_Lenient):
    name: str | None = None
    label: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = []

    @field_validator("location", mode="before")
    @classmethod
    def _location_object(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else None


class Work(_Lenient):
    name: str | None = None
    company: str | None = None  # schema 0.x
    position: str | None = None
    location: str | None = None
    url: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[Any] = []


class Education(_Lenient):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    courses: list[Any] = []


class Project(_Lenient):
    name: str | None = None
    description: str | None = None
    highlights: list[Any] = []
    keywords: list[Any] = []
    url: str | None = None
    type: str | None = None
    entity: str | None = None
    startDate: str | None = None
    endDate: str | None = None


class Publication(_Lenient):
    name: str | None = None
    publisher: str | None = None
    releaseDate: str | None = None
    url: str | None = None
    summary: str | None = None


class Certificate(_Lenient):
    name: str | None = None
    date: str | None = None
    issuer: str | None = None
    url: str | None = None


class SkillGroup(_Lenient):
    name: str | None = None
    level: str | None = None
    keywords: list[Any] = []


class Language(_Lenient):
    language: str | None = None
    fluency: str | None = None


class PayExpectation(_Lenient):
    amount: float | None = None
    period: str | None = None
    currency: str | None = None


class Meta(_Lenient):
    """worldhire's extension keys inside JSON Resume's free-form `meta` object."""

    timezone: str | None = None
    payExpectationUSD: PayExpectation | None = None
    workAuthorization: list[Any] = []
    needsSponsorship: bool | None = None
    workingHours: str | None = None
    availableFrom: str | None = None

    @field_validator("payExpectationUSD", mode="before")
    @classmethod
    def _pay_object(cls, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return {"amount": value, "period": "year"}
        return value if isinstance(value, dict) else None

    @field_validator("needsSponsorship", mode="before")
    @classmethod
    def _bool_only(cls, value: Any) -> Any:
        return value if isinstance(value, bool) else None


class JsonResume(_Lenient):
    basics: Basics | None = None
    meta: Meta | None = None
    work: list[Work] = []
    volunteer: list[Work] = []
    education: list[Education] = []
    publications: list[Publication] = []
    certificates: list[Certificate] = []
    skills: list[SkillGroup] = []
    languages: list[Language] = []
    projects: list[Project] = []

    @field_validator("basics", "meta", mode="before")
    @classmethod
    def _basics_object(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else None

    @field_validator(
        "work", "volunteer", "education", "publications", "certificates", "skills", "languages",
        "projects", mode="before",
    )  # fmt: skip
    @classmethod
    def _objects_only(cls, value: Any) -> Any:
        return (
            [v for v in value[:_MAX_ITEMS] if isinstance(v, dict)]
            if isinstance(value, list)
            else []
        )


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise CorruptFileError(f"invalid JSON: {str(exc)[:200]}") from exc


def parse_json_resume(document: Any, source_name: str) -> Candidate:
    if not isinstance(document, dict) or not (
        isinstance(document.get("basics"), dict)
        or any(isinstance(document.get(k), list) for k in _SECTIONS)
    ):
        raise NotAResumeError("JSON is not a JSON Resume (no 'basics' object or résumé sections)")
    try:
        resume = JsonResume.model_validate(document)
    except (ValidationError, RecursionError) as exc:
        raise NotAResumeError(f"JSON Resume with an invalid structure: {str(exc)[:200]}") from exc
    basics = resume.basics or Basics()
    name = clean_field(basics.name or "", 120)
    email = _one_address(clean_field(basics.email or "", 320))
    phone = clean_field(basics.phone or "", 40) or None
    if not name and not email and not phone:
        raise NotAResumeError("JSON Resume without a name or contact details")
    summary = clean_text(basics.summary or "")[:4_000]
    candidate = Candidate(
        name=name or email or phone or "", email=email, phone=phone, source_name=source_name
    )
    candidate.headline = clean_field(basics.label or "", 200)
    candidate.summary = summary
    candidate.links = _links(basics)
    _fill_location(candidate, basics.location)
    candidate.evidence = _evidence(resume, summary, source_name)
    candidate.languages = _languages(resume.languages)
    fill_years(candidate, summary)
    fill_logistics(candidate, summary)
    if resume.meta is not None:
        _apply_meta(candidate, resume.meta)
    return candidate


_PERIODS_A_YEAR = {
    "year": 1, "yearly": 1, "annual": 1, "annually": 1, "month": 12, "monthly": 12,
    "week": 52, "weekly": 52, "day": 260, "daily": 260, "hour": 2080, "hourly": 2080,
}  # fmt: skip


def _apply_meta(candidate: Candidate, meta: Meta) -> None:
    if meta.timezone and is_timezone(meta.timezone):
        candidate.timezone = meta.timezone
        candidate.country = candidate.country or zone_country(meta.timezone)
    pay = meta.payExpectationUSD
    if pay is not None and pay.amount is not None and pay.amount > 0:
        per_year = _PERIODS_A_YEAR.get((pay.period or "year").strip().lower())
        currency = (pay.currency or "USD").upper()
        if per_year is not None and currency in USD_PER_UNIT:
            candidate.pay_expectation_usd = round(pay.amount * per_year * USD_PER_UNIT[currency], 2)
    codes = [country_code(c.upper()) for c in meta.workAuthorization if isinstance(c, str)]
    if meta.workAuthorization:
        candidate.work_authorization = [c for c in dict.fromkeys(codes) if c]
    if meta.needsSponsorship is not None:
        candidate.needs_sponsorship = meta.needsSponsorship
    hours = fields.working_hours(f"hours {meta.workingHours}") if meta.workingHours else None
    if hours is not None:
        candidate.work_start_hour, candidate.work_end_hour = hours
    available = parse_iso_date(meta.availableFrom)
    if available is not None:
        candidate.available_from = available


def _links(basics: Basics) -> list[str]:
    links = [basics.url or ""] + [p.url or _profile_url(p) for p in basics.profiles]
    cleaned = [clean_field(link, 300) for link in links if link]
    return list(dict.fromkeys(link for link in cleaned if link))[:30]


def _profile_url(profile: Profile) -> str:
    network = (profile.network or "").lower()
    user = (profile.username or "").strip()
    if user and network in {"github", "gitlab", "linkedin"}:
        base = {"github": "https://github.com/", "gitlab": "https://gitlab.com/",
                "linkedin": "https://www.linkedin.com/in/"}[network]  # fmt: skip
        return base + user
    return ""


def _fill_location(candidate: Candidate, location: Location | None) -> None:
    if location is None:
        return
    parts = [location.city, location.region]
    text = ", ".join(clean_field(p, 100) for p in parts if p)
    code = country_code(location.countryCode.upper()) if location.countryCode else None
    place = resolve_place(text, bare_town=True) if text else None
    candidate.location = text or None
    if code is not None:
        candidate.country = code
        zone = place.timezone if place and place.country == code else None
        candidate.timezone = (
            zone if zone and zone_in_country(zone, code) else country_timezone(code)
        )
    elif place is not None:
        candidate.country, candidate.timezone = place.country, place.timezone
    if candidate.location is None and candidate.country:
        candidate.location = candidate.country


def _evidence(resume: JsonResume, summary: str, source: str) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    if summary:
        items.append(EvidenceItem(EvidenceKind.SUMMARY, "Summary", summary, source=source))
    for work in resume.work:
        items.append(
            EvidenceItem(
                kind=EvidenceKind.JOB,
                title=clean_field(work.position or "", 200),
                text=_join(work.summary, *work.highlights),
                source=source,
                organization=clean_field(work.name or work.company or "", 200) or None,
                start=parse_iso_date(work.startDate),
                end=parse_iso_date(work.endDate),
                url=work.url,
            )
        )
    for project in resume.projects:
        kind = _project_kind(project)
        items.append(
            EvidenceItem(
                kind=kind,
                title=clean_field(project.name or "", 200),
                text=_join(project.description, *project.highlights,
                           ", ".join(str(k) for k in project.keywords if isinstance(k, str))),
                source=source,
                organization=clean_field(project.entity or "", 200) or None,
                start=parse_iso_date(project.startDate),
                end=parse_iso_date(project.endDate),
                url=project.url,
            )
        )  # fmt: skip
    for pub in resume.publications:
        items.append(
            EvidenceItem(EvidenceKind.PUBLICATION, clean_field(pub.name or "", 300),
                         _join(pub.summary), source=source,
                         organization=clean_field(pub.publisher or "", 200) or None,
                         start=parse_iso_date(pub.releaseDate), url=pub.url)
        )  # fmt: skip
    for edu in resume.education:
        title = " in ".join(clean_field(p, 150) for p in (edu.studyType, edu.area) if p)
        items.append(
            EvidenceItem(EvidenceKind.EDUCATION, title or clean_field(edu.institution or "", 200),
                         _join(*[c for c in edu.courses if isinstance(c, str)]), source=source,
                         organization=clean_field(edu.institution or "", 200) or None,
                         start=parse_iso_date(edu.startDate), end=parse_iso_date(edu.endDate),
                         url=edu.url)
        )  # fmt: skip
    for cert in resume.certificates:
        items.append(
            EvidenceItem(EvidenceKind.CERTIFICATION, clean_field(cert.name or "", 200), "",
                         source=source, organization=clean_field(cert.issuer or "", 200) or None,
                         start=parse_iso_date(cert.date), url=cert.url)
        )  # fmt: skip
    skills = [
        _join(
            f"{group.name or ''}: "
            + ", ".join(str(k) for k in group.keywords if isinstance(k, str))
        )
        for group in resume.skills
    ]
    if any(skills):
        items.append(
            EvidenceItem(
                EvidenceKind.SKILLS, "Skills", "\n".join(s for s in skills if s), source=source
            )
        )
    return [i for i in items if i.title or i.text]


def _project_kind(project: Project) -> EvidenceKind:
    kind_text = f"{project.type or ''} {' '.join(str(k) for k in project.keywords)}".lower()
    if any(w in kind_text for w in ("open source", "open-source", "repository", "library")):
        return EvidenceKind.REPOSITORY
    return EvidenceKind.PROJECT


def _join(*parts: Any) -> str:
    texts = [clean_text(p) for p in parts if isinstance(p, str) and p.strip()]
    return "\n".join(t for t in texts if t.strip(" :"))[:8_000]


def _languages(languages: list[Language]) -> list[str]:
    found: list[str] = []
    for lang in languages:
        if not lang.language:
            continue
        name = fields.language_name(clean_field(lang.language, 60)) or clean_field(
            lang.language, 60
        )
        level = fields.language_level(lang.fluency or "") if lang.fluency else None
        entry = f"{name} ({level})" if level else name
        if entry and not any(f.split(" (")[0] == name for f in found):
            found.append(entry)
    return found


def _one_address(value: str) -> str | None:
    """The person's address: the field when it is one valid address, or the one address it
    holds ('Ada <ada@x.org>'); None when it names several, so no message goes to two."""
    found = fields.find_emails(value)
    return mail_address(value) or (mail_address(found[0]) if len(found) == 1 else None)
