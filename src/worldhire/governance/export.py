"""Subject access: everything worldhire holds about a person, as one JSON document. The résumé
part follows the JSON Resume schema (jsonresume.org); worldhire's own fields, the evidence with
ids, the skills with the spans that support them, consents, retention, the automated decisions
they were part of (opened with their key; those about a profile merged into theirs too, each
saying which id it names), every résumé version as it was read and the files they came from
follow it, then every tenant's applications of them (stage history with reasons, notes,
scorecards), the stored shortlists they are on and the webhook deliveries naming them.
Every table of the personal-data registry (governance.personal_data) names the section that
shows its rows; those without a section of their own are listed column by column under
"records", found the way erasure finds them (governance.erasure.PersonRefs)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from worldhire.core.geo.residency import region_for_country
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind, utcnow
from worldhire.governance.audit import AuditLog
from worldhire.governance.consent import retention_terms
from worldhire.governance.erasure import PersonRefs
from worldhire.governance.errors import GovernanceError
from worldhire.governance.personal_data import PERSONAL_DATA, RECORDS, Lookup
from worldhire.governance.repository import (
    candidate_tokens,
    ingest_records,
    rows_where,
    stored_shortlists,
)
from worldhire.governance.store import Governance
from worldhire.identity.schemas import VersionOut
from worldhire.occupations.schemas import occupation_out
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.webhooks import Webhooks

JSON_RESUME_SCHEMA = (
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _occupation(e: EvidenceItem) -> dict[str, Any] | None:
    found = occupation_out(e.occupation)
    return None if found is None else found.model_dump()


def _items(c: Candidate, *kinds: EvidenceKind) -> list[EvidenceItem]:
    return [e for e in c.evidence if e.kind in kinds]


def json_resume(c: Candidate) -> dict[str, Any]:
    return {
        "$schema": JSON_RESUME_SCHEMA,
        "basics": {
            "name": c.name, "label": c.headline, "email": c.email, "phone": c.phone,
            "summary": c.summary, "url": c.links[0] if c.links else None,
            "location": {"address": c.location, "countryCode": c.country},
            "profiles": [{"url": link} for link in c.links],
        },
        "work": [
            {"name": e.organization, "position": e.title, "startDate": _day(e.start),
             "endDate": _day(e.end), "summary": e.text, "url": e.url}
            for e in _items(c, EvidenceKind.JOB)
        ],
        "projects": [
            {"name": e.title, "description": e.text, "startDate": _day(e.start),
             "endDate": _day(e.end), "url": e.url}
            for e in _items(c, EvidenceKind.PROJECT, EvidenceKind.REPOSITORY)
        ],
        "education": [
            {"institution": e.organization or e.title, "area": e.title,
             "startDate": _day(e.start), "endDate": _day(e.end)}
            for e in _items(c, EvidenceKind.EDUCATION)
        ],
        "publications": [
            {"name": e.title, "publisher": e.organization, "releaseDate": _day(e.start),
             "url": e.url, "summary": e.text}
            for e in _items(c, EvidenceKind.PUBLICATION)
        ],
        "certificates": [
            {"name": e.title, "issuer": e.organization, "date": _day(e.start), "url": e.url}
            for e in _items(c, EvidenceKind.CERTIFICATION)
        ],
        "skills": [{"name": label} for label in dict.fromkeys(m.skill.label for m in c.skills)],
        "languages": [{"language": language} for language in c.languages],
    }


def _region(gov: Governance, c: Candidate) -> dict[str, Any]:
    region_of = getattr(gov.repo, "region_of", None)
    placed = region_of(c.id) if callable(region_of) else None
    return {"region": placed or region_for_country(c.country), "stored_by_region": bool(placed)}


def subject_access(gov: Governance, candidate_id: str) -> dict[str, Any]:
    c = gov.repo.get_candidate(candidate_id)
    if c is None:
        raise GovernanceError(f"no candidate with id {candidate_id!r}")
    terms = retention_terms(gov, c.id)
    refs = PersonRefs.resolve(gov, c.id, c)
    # Entries about a profile merged into this one are the person's too; `about_id` says
    # which of their ids each names.
    decisions = [
        {
            "seq": r.entry.seq, "at": r.entry.record.get("at"), "action": r.entry.action,
            "actor": r.entry.record.get("actor"), "tenant_id": r.entry.tenant_id,
            "details": r.entry.record.get("details", {}), "about_you": r.about,
            "about_id": r.subject_id,
        }
        for r in AuditLog(gov).about(*refs.ids[Lookup.CANDIDATE])
    ]
    hooks = Webhooks.on(gov.repo)
    deliveries = sorted((hooks.delivery(i) for i in refs.ids[Lookup.DELIVERY]),
                        key=lambda d: (d.created_at, d.id), reverse=True)
    return {
        "generated_at": utcnow().isoformat(),
        "candidate_id": c.id,
        "resume": json_resume(c),
        "worldhire": {
            "tenant_id": c.tenant_id, "location": c.location, "country": c.country,
            "residency": _region(gov, c), "timezone": c.timezone,
            "work_hours": {"start": c.work_start_hour, "end": c.work_end_hour},
            "work_authorization": c.work_authorization,
            "needs_sponsorship": c.needs_sponsorship,
            "pay_expectation_usd": c.pay_expectation_usd,
            "pay_stated": c.pay_stated.describe() if c.pay_stated else None,
            "years_experience": c.years_experience, "available_from": _day(c.available_from),
            "source_name": c.source_name, "source_hash": c.source_hash,
            "created_at": c.created_at.isoformat(), "updated_at": c.updated_at.isoformat(),
        },
        "evidence": [
            {"id": e.id, "kind": e.kind.value, "title": e.title, "text": e.text,
             "source": e.source, "organization": e.organization, "start": _day(e.start),
             "end": _day(e.end), "url": e.url, "occupation": _occupation(e)}
            for e in c.evidence
        ],
        "skills": [
            {"id": m.skill.id, "label": m.skill.label, "score": m.score,
             "evidence_id": m.evidence_id, "span": list(m.span) if m.span else None,
             "snippet": m.snippet}
            for m in c.skills
        ],
        "consents": [
            {"purpose": k.purpose.value, "granted": k.granted, "source": k.source,
             "company": k.company, "at": k.at.isoformat()}
            for k in c.consents
        ],
        "retention": None if terms is None else {
            "days": terms.days, "source": terms.source, "agreed_at": terms.at.isoformat(),
            "until": terms.until.isoformat(),
        },
        "decisions": decisions,
        "versions": [VersionOut.of(v, original=True).model_dump()
                     for v in gov.repo.versions_of(c.id, documents=True)],
        "ingest": ingest_records(gov, c.id),
        "accounts": candidate_tokens(gov, c.id),
        "applications": _applications(gov, c.id),
        "shortlists": stored_shortlists(gov, c.id),
        # Found as erasure finds them: by the person's ids anywhere, by their name or address
        # only in the tenants that had them (elsewhere the same name may be someone else's).
        "webhook_deliveries": [
            {"id": d.id, "subscription_id": d.subscription_id, "event": d.event,
             "status": d.status.value,
             "created_at": d.created_at.isoformat(), "body": json.loads(d.body),
             "attempts": [{"at": a.at.isoformat(), "ok": a.ok, "status_code": a.status_code,
                           "error": a.error} for a in d.attempts]}
            for d in deliveries
        ],
        RECORDS: {
            held.table: rows_where(gov, held.table, held.key, refs.ids[held.lookup],
                                   held.withheld)
            for held in PERSONAL_DATA if held.export == RECORDS and held.direct
        },
    }


def _applications(gov: Governance, candidate_id: str) -> list[dict[str, Any]]:
    """Every tenant's application of the person: the stages it went through with the reasons
    given, the notes written and the scorecards filled about them."""
    store = SqlPipelineStore.on(gov.repo)
    out = []
    for a in store.applications_of(candidate_id):
        role = gov.repo.get_role(a.role_id)
        out.append({
            "id": a.id, "tenant_id": a.tenant_id, "role_id": a.role_id,
            "role_title": role.title if role else None, "company": role.company if role else None,
            "stage": a.stage, "source": a.source, "rejection_reason": a.rejection_reason,
            "created_at": a.created_at.isoformat(), "updated_at": a.updated_at.isoformat(),
            "stage_history": [
                {"seq": m.seq, "from": m.from_stage, "to": m.to_stage, "by": m.actor,
                 "at": m.at.isoformat(), "reason": m.reason}
                for m in store.history(a.id)
            ],
            "notes": [{"id": n.id, "author": n.author, "text": n.text, "at": n.at.isoformat()}
                      for n in store.notes(a.id)],
            "scorecards": [
                {"id": k.id, "interviewer": k.interviewer, "stage": k.stage,
                 "summary": k.summary, "at": k.at.isoformat(),
                 "ratings": [{"skill_id": r.skill_id, "label": r.label, "rating": r.rating,
                              "evidence": r.evidence} for r in k.ratings]}
                for k in store.scorecards(a.id)
            ],
        })
    return out
