"""Between the core's models and the store's rows: the rows a profile's write inserts, a
version's profile as JSON and back, and candidates and roles made from the rows read."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Date, DateTime, Table
from sqlalchemy.engine import Result, Row

from worldhire.core.models import (
    Budget,
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceItem,
    EvidenceKind,
    OccupationRef,
    RemotePolicy,
    Requirement,
    Role,
    Seniority,
    Skill,
    SkillMention,
    StatedPay,
    ZoneBand,
)
from worldhire.core.texts import listing_terms, profile_text
from worldhire.store.protocol import StoredAssessment, list_sort_key
from worldhire.store.sql import schema as t
from worldhire.store.sql.listing import list_scope


def in_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything here is stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def role_sort_title(role: Role) -> str:
    """A role's title, lower-cased: what role lists are ordered by (stored)."""
    return role.title.casefold()[:300]


def sort_name(c: Candidate) -> str:
    """Candidate.display_name, lower-cased: what lists are ordered and searched by (stored)."""
    return list_sort_key(c.display_name)


def profile_rows(
    profiles: Iterable[Candidate], now: datetime
) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows a write of `profiles` (each written at `now`, its updated_at set to it) inserts,
    per table, the candidates' first: each profile, its embedding job, its searched text, its
    evidence, skills and consents."""
    fresh: list[dict[str, Any]] = []
    jobs: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    skills: list[dict[str, Any]] = []
    consents: list[dict[str, Any]] = []
    for c in profiles:
        c.updated_at = now
        row = _candidate_values(c)
        row["id"] = c.id
        fresh.append(row)
        jobs.append(dict(candidate_id=c.id, queued_at=now))
        texts.append(dict(candidate_id=c.id, body=profile_text(c),
                          list_terms=listing_terms(c), list_scope=list_scope(
                              c.tenant_id, row["matching_consent"], c.country),
                          sort_name=row["sort_name"]))
        evidence += _evidence_rows(c)
        skills += _skill_rows(c)
        consents += [
            dict(
                candidate_id=c.id, purpose=k.purpose.value, granted=k.granted,
                source=k.source, company=k.company, at=k.at,
            )
            for k in c.consents
        ]
    return [(t.candidates, fresh), (t.embedding_jobs, jobs), (t.candidate_text, texts),
            (t.evidence, evidence), (t.candidate_skills, skills), (t.consents, consents)]


def _candidate_values(c: Candidate) -> dict[str, Any]:
    return dict(
        tenant_id=c.tenant_id, name=c.name, email=c.email, phone=c.phone,
        other_phones=c.other_phones, location=c.location, country=c.country, timezone=c.timezone,
        languages=c.languages, work_authorization=c.work_authorization,
        needs_sponsorship=c.needs_sponsorship, pay_expectation_usd=c.pay_expectation_usd,
        pay_stated=_pay_json(c.pay_stated), years_experience=c.years_experience,
        headline=c.headline, summary=c.summary, links=c.links,
        work_start_hour=c.work_start_hour, work_end_hour=c.work_end_hour,
        available_from=c.available_from, source_hash=c.source_hash,
        source_name=c.source_name, created_at=c.created_at, updated_at=c.updated_at,
        matching_consent=c.consented(ConsentPurpose.MATCHING), sort_name=sort_name(c),
    )


def assessment_row(r: StoredAssessment) -> dict[str, Any]:
    return dict(candidate_id=r.candidate_id, version=r.version, fingerprint=r.fingerprint,
                body=r.body)


def _evidence_rows(c: Candidate) -> list[dict[str, Any]]:
    return [
        dict(
            id=e.id, candidate_id=c.id, position=i, kind=e.kind.value, title=e.title,
            text=e.text, source=e.source, organization=e.organization, start=e.start,
            end=e.end, url=e.url, **occupation_columns(e.occupation),
        )
        for i, e in enumerate(c.evidence)
    ]


def _skill_rows(c: Candidate) -> list[dict[str, Any]]:
    return [
        dict(
            candidate_id=c.id, skill_id=m.skill.id, label=m.skill.label,
            score=m.score, evidence_id=m.evidence_id,
            span_start=m.span[0] if m.span else None,
            span_end=m.span[1] if m.span else None, snippet=m.snippet,
        )
        for m in c.skills
    ]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


def profile_json(c: Candidate) -> dict[str, Any]:
    """A version's profile in the shapes of the candidate, evidence and skill rows, so a column
    added to those tables is kept in versions too."""
    return {
        "candidate": _jsonable({"id": c.id, **_candidate_values(c)}),
        "evidence": [_jsonable(r) for r in _evidence_rows(c)],
        "skills": [_jsonable(r) for r in _skill_rows(c)],
    }


class _Row(SimpleNamespace):
    """A row read back from JSON: a column it lacks (added later) reads as None."""

    def __getattr__(self, name: str) -> Any:
        return None


def _row(table: Table, values: dict[str, Any]) -> _Row:
    out = dict(values)
    for held in table.columns:
        value = out.get(held.name)
        if isinstance(value, str) and isinstance(held.type, DateTime):
            out[held.name] = datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(held.type, Date):
            out[held.name] = date.fromisoformat(value)
    return _Row(**out)


def profile_from_json(data: dict[str, Any]) -> Candidate:
    person = _row(t.candidates, data["candidate"])
    return candidate_of(
        person,
        [_row(t.evidence, e) for e in data.get("evidence", [])],
        [_row(t.candidate_skills, m) for m in data.get("skills", [])],
        [],
    )


@cache
def _row_type(columns: tuple[str, ...]) -> Any:
    return namedtuple("StoredRow", columns)


def plain_rows(result: Result[Any]) -> list[Any]:
    """A statement's rows as named tuples of their columns (decoded by their types as before):
    reading a column of SQLAlchemy's row by name cost 0.8 us, and turning the 200 profiles a
    shortlist loads into objects reads 40,000 of them (27 columns a profile, 13 an evidence
    item, 9 a skill mention); a named tuple's field is read ten times as fast."""
    kind = _row_type(tuple(result.keys()))
    return [kind._make(row) for row in result.all()]


def grouped(rows: Sequence[Any], key: str = "candidate_id") -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for row in rows:
        grouped.setdefault(getattr(row, key), []).append(row)
    return grouped


def _pay_json(pay: StatedPay | None) -> dict[str, Any] | None:
    if pay is None:
        return None
    stored = {k: v for k, v in asdict(pay).items() if k != "span"}
    stored["fx_date"] = pay.fx_date.isoformat() if pay.fx_date else None
    return stored


def pay_from_json(stored: dict[str, Any] | None) -> StatedPay | None:
    if not stored:
        return None
    fx_date = stored.get("fx_date")
    return StatedPay(**{**stored, "fx_date": date.fromisoformat(fx_date) if fx_date else None})


def candidate_of(r: Any, evidence: list[Any], skills: list[Any], consents: list[Any]) -> Candidate:
    return Candidate(
        id=r.id, tenant_id=r.tenant_id, name=r.name, email=r.email, phone=r.phone,
        other_phones=list(r.other_phones or []),  # a version stored before 0026 has none
        location=r.location, country=r.country, timezone=r.timezone,
        languages=list(r.languages), work_authorization=list(r.work_authorization),
        needs_sponsorship=r.needs_sponsorship, pay_expectation_usd=r.pay_expectation_usd,
        pay_stated=pay_from_json(r.pay_stated), years_experience=r.years_experience,
        headline=r.headline, summary=r.summary,
        links=list(r.links), work_start_hour=r.work_start_hour, work_end_hour=r.work_end_hour,
        available_from=r.available_from, source_hash=r.source_hash, source_name=r.source_name,
        created_at=in_utc(r.created_at), updated_at=in_utc(r.updated_at),
        evidence=[
            EvidenceItem(
                id=e.id, kind=EvidenceKind(e.kind), title=e.title, text=e.text, source=e.source,
                organization=e.organization, start=e.start, end=e.end, url=e.url,
                occupation=_occupation(e),
            )
            for e in evidence
        ],
        skills=[
            SkillMention(
                skill=Skill(s.skill_id, s.label), score=s.score, evidence_id=s.evidence_id,
                span=(s.span_start, s.span_end) if s.span_start is not None else None,
                snippet=s.snippet,
            )
            for s in skills
        ],
        consents=[
            Consent(
                purpose=ConsentPurpose(k.purpose), granted=k.granted, source=k.source,
                company=k.company, at=in_utc(k.at),
            )
            for k in consents
        ],
    )


def occupation_columns(ref: OccupationRef | None) -> dict[str, Any]:
    return {
        "occupation_uri": ref.uri if ref else None,
        "occupation_label": ref.label if ref else None,
        "occupation_isco": ref.isco_code if ref else None,
        "occupation_score": ref.score if ref else None,
    }


def _occupation(r: Row[Any]) -> OccupationRef | None:
    if not r.occupation_uri:
        return None
    return OccupationRef(uri=r.occupation_uri, label=r.occupation_label or "",
                         isco_code=r.occupation_isco or "", score=r.occupation_score or 0.0)


def role_of(r: Row[Any], reqs: list[Row[Any]]) -> Role:
    return Role(
        id=r.id, tenant_id=r.tenant_id, title=r.title, company=r.company,
        description=r.description, seniority=Seniority(r.seniority), timezone=r.timezone,
        work_start_hour=r.work_start_hour, work_end_hour=r.work_end_hour,
        min_overlap_hours=r.min_overlap_hours, overlap_timezone=r.overlap_timezone,
        min_years=r.min_years, zone_band=ZoneBand(**r.zone_band) if r.zone_band else None,
        budget_usd_year=r.budget_usd_year, budget=Budget(**r.budget) if r.budget else None,
        remote_policy=RemotePolicy(r.remote_policy), visa_sponsorship=r.visa_sponsorship,
        allowed_countries=list(r.allowed_countries), location_country=r.location_country,
        status=r.status, source_hash=r.source_hash, created_at=in_utc(r.created_at),
        updated_at=in_utc(r.updated_at) if r.updated_at else None, updated_by=r.updated_by,
        occupation=_occupation(r),
        requirements=[
            Requirement(
                skill=Skill(q.skill_id, q.label), must=q.must, min_years=q.min_years,
                weight=q.weight, quote=q.quote, confidence=q.confidence,
                needs_review=q.needs_review,
                alternatives=[Skill(a["id"], a["label"]) for a in q.alternatives or []],
            )
            for q in reqs
        ],
    )
