"""Plain-data views of candidates and roles for the API and the web pages."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from worldhire.core.models import Candidate, OccupationRef, Role, StatedPay


def occupation_view(ref: OccupationRef | None) -> dict[str, Any] | None:
    """The ESCO occupation of a job or a role, with its ISCO-08 unit group."""
    if ref is None:
        return None
    return {"uri": ref.uri, "label": ref.label, "isco_code": ref.isco_code,
            "score": round(ref.score, 3)}


def candidate_summary(c: Candidate) -> dict[str, Any]:
    return {
        "id": c.id, "name": c.display_name, "name_stated": bool(c.name), "headline": c.headline,
        "location": c.location,
        "country": c.country, "timezone": c.timezone, "years_experience": c.years_experience,
        "skills": sorted({m.skill.label for m in c.skills}),
        "tenant_id": c.tenant_id, "created_at": c.created_at.isoformat(),
    }


def evidence_view(c: Candidate) -> list[dict[str, Any]]:
    by_item: dict[str | None, list[dict[str, Any]]] = {}
    for m in c.skills:
        by_item.setdefault(m.evidence_id, []).append(
            {"skill_id": m.skill.id, "label": m.skill.label, "score": round(m.score, 3),
             "snippet": m.snippet})
    return [
        {
            "id": e.id, "kind": e.kind.value, "title": e.title, "organization": e.organization,
            "start": e.start.isoformat() if e.start else None,
            "end": e.end.isoformat() if e.end else None, "url": e.url, "text": e.text,
            "skills": by_item.get(e.id, []), "occupation": occupation_view(e.occupation),
        }
        for e in c.evidence
    ]


def consent_view(c: Candidate) -> list[dict[str, Any]]:
    return [
        {"purpose": k.purpose.value, "granted": k.granted, "source": k.source,
         "company": k.company, "at": k.at.isoformat()}
        for k in sorted(c.consents, key=lambda k: k.at)
    ]


def pay_view(pay: StatedPay | None) -> dict[str, Any] | None:
    """The pay as written and its USD reading, with the date of the FX rate used."""
    if pay is None:
        return None
    return {
        "currency": pay.currency, "low": pay.low, "high": pay.high, "period": pay.period,
        "period_stated": pay.period_stated, "basis": pay.basis, "quote": pay.quote,
        "usd_year": pay.usd_year, "fx_date": pay.fx_date.isoformat() if pay.fx_date else None,
        "description": pay.describe(),
    }


def candidate_detail(c: Candidate, *, contact: bool = True) -> dict[str, Any]:
    """The whole profile; without `contact` (see `ScopedServices.may_contact`) the e-mail and
    phone are left out (null)."""
    return {
        **candidate_summary(c),
        "email": c.email if contact else None, "phone": c.phone if contact else None,
        "languages": c.languages,
        "work_authorization": c.work_authorization, "needs_sponsorship": c.needs_sponsorship,
        "pay_expectation_usd": c.pay_expectation_usd, "pay_stated": pay_view(c.pay_stated),
        "summary": c.summary, "links": c.links,
        "work_hours": {"start": c.work_start_hour, "end": c.work_end_hour},
        "evidence": evidence_view(c), "consents": consent_view(c),
    }


def role_view(r: Role) -> dict[str, Any]:
    return {
        "id": r.id, "tenant_id": r.tenant_id, "title": r.title, "company": r.company,
        "description": r.description, "seniority": r.seniority.value,
        "requirements": [
            {"skill_id": q.skill.id, "label": q.skill.label, "must": q.must,
             "min_years": q.min_years, "quote": q.quote, "confidence": q.confidence,
             "needs_review": q.needs_review, "free_text": q.skill.id.startswith("text:")}
            for q in r.requirements
        ],
        "timezone": r.timezone, "work_hours": {"start": r.work_start_hour, "end": r.work_end_hour},
        "min_overlap_hours": r.min_overlap_hours, "min_years": r.min_years,
        "budget_usd_year": r.budget_usd_year,
        "budget": asdict(r.budget) if r.budget else None,
        "remote_policy": r.remote_policy.value, "visa_sponsorship": r.visa_sponsorship,
        "allowed_countries": r.allowed_countries, "location_country": r.location_country,
        "status": r.status, "created_at": r.created_at.isoformat(),
        "updated_at": r.updated_at.isoformat() if r.updated_at else None,
        "updated_by": r.updated_by,
        "occupation": occupation_view(r.occupation),
    }


def trim_rejected(view: dict[str, Any], sample: int = 20) -> dict[str, Any]:
    """A pool of thousands has thousands of rejections: count them by reason, show a few."""
    rejected = view["rejected"]
    reasons = Counter(r["reason"] for r in rejected)
    return {
        **view,
        "rejected": rejected[:sample],
        "rejected_count": len(rejected),
        "rejected_reasons": [{"reason": k, "count": n} for k, n in reasons.most_common()],
    }
