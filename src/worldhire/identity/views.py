"""Résumé versions as the API, the CLI and the subject-access export show them."""

from __future__ import annotations

import base64
from typing import Any

from worldhire.core.models import OccupationRef, ResumeDocument, ResumeVersion


def occupation_view(ref: OccupationRef | None) -> dict[str, Any] | None:
    """What a job title was taken to be in ESCO, with the matcher's probability."""
    if ref is None:
        return None
    return {"uri": ref.uri, "label": ref.label, "isco_code": ref.isco_code, "score": ref.score}


def version_summary(v: ResumeVersion, *, contact: bool = True) -> dict[str, Any]:
    """Without `contact` (see `ScopedServices.may_contact`) the e-mail and phone are null."""
    p = v.profile
    return {
        "id": v.id, "file_name": v.file_name, "content_hash": v.content_hash,
        "source": v.source, "parsed_at": v.parsed_at.isoformat(),
        "name": p.name, "email": p.email if contact else None,
        "phone": p.phone if contact else None, "headline": p.headline,
        "evidence": len(p.evidence), "skills": len({m.skill.id for m in p.skills}),
    }


def document_view(d: ResumeDocument | None, *, original: bool = False) -> dict[str, Any] | None:
    """The file as received: its text, and whether (and how big) the original is kept; with
    `original` (the subject-access export), the file itself in base64."""
    if d is None:
        return None
    view: dict[str, Any] = {
        "media_type": d.media_type, "text": d.text, "original_kept": d.original is not None,
        "original_bytes": None if d.original is None else len(d.original)}
    if original:
        view["original_base64"] = (None if d.original is None
                                   else base64.b64encode(d.original).decode("ascii"))
    return view


def version_document(v: ResumeVersion, *, contact: bool = True, original: bool = False
                     ) -> dict[str, Any]:
    """Everything one file said, as it was read (contact data as in `version_summary`), and,
    where loaded, the file as received (it states the contact data too)."""
    p = v.profile
    return {
        **version_summary(v, contact=contact),
        "document": document_view(v.document, original=original) if contact else None,
        "profile": {
            "name": p.name, "email": p.email if contact else None,
            "phone": p.phone if contact else None, "location": p.location,
            "country": p.country, "timezone": p.timezone, "languages": p.languages,
            "work_authorization": p.work_authorization,
            "needs_sponsorship": p.needs_sponsorship,
            "pay_expectation_usd": p.pay_expectation_usd,
            "years_experience": p.years_experience, "headline": p.headline,
            "summary": p.summary, "links": p.links,
            "work_hours": {"start": p.work_start_hour, "end": p.work_end_hour},
            "available_from": p.available_from.isoformat() if p.available_from else None,
            "created_at": p.created_at.isoformat(), "updated_at": p.updated_at.isoformat(),
        },
        "evidence": [
            {"id": e.id, "kind": e.kind.value, "title": e.title, "text": e.text,
             "organization": e.organization,
             "start": e.start.isoformat() if e.start else None,
             "end": e.end.isoformat() if e.end else None, "url": e.url,
             "occupation": occupation_view(e.occupation)}
            for e in p.evidence
        ],
        "skills": sorted({m.skill.label for m in p.skills}),
    }
