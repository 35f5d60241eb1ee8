"""A candidate's profile as the profile page shows it: each skill beside the words it was read
from, the evidence text with those words marked, and the audit trail in plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from worldhire.core.models import Candidate, EvidenceItem
from worldhire.governance.audit import SubjectRecord


@dataclass(frozen=True)
class Segment:
    """A run of an evidence text: plain, or the words a skill was read from (`skill` set)."""

    text: str
    skill: str | None = None


def marked_text(item: EvidenceItem, candidate: Candidate) -> list[Segment]:
    """The item's text cut at the spans its skills were linked from; overlapping spans keep the
    first (the text is shown once, not once per skill)."""
    spans = sorted(
        (m.span[0], m.span[1], m.skill.label) for m in candidate.skills
        if m.evidence_id == item.id and m.span and 0 <= m.span[0] < m.span[1] <= len(item.text)
    )
    segments: list[Segment] = []
    at = 0
    for start, end, label in spans:
        if start < at:
            continue
        if start > at:
            segments.append(Segment(item.text[at:start]))
        segments.append(Segment(item.text[start:end], label))
        at = end
    if at < len(item.text):
        segments.append(Segment(item.text[at:]))
    return segments


def skill_rows(candidate: Candidate) -> list[dict[str, Any]]:
    """One row per skill mention: the skill, the evidence it came from, the exact words (the
    span) and the sentence around them, strongest first."""
    items = {e.id: e for e in candidate.evidence}
    rows = []
    for m in sorted(candidate.skills, key=lambda m: (-m.score, m.skill.label)):
        item = items.get(m.evidence_id or "")
        words = ""
        if item is not None and m.span and 0 <= m.span[0] < m.span[1] <= len(item.text):
            words = item.text[m.span[0]:m.span[1]]
        rows.append({
            "label": m.skill.label, "skill_id": m.skill.id, "score": m.score,
            "evidence_id": item.id if item else None,
            "evidence": item.title if item else None,
            "kind": item.kind.value if item else None, "words": words, "sentence": m.snippet,
        })
    return rows


def _said(about: dict[str, Any]) -> str:
    """What an entry says about the person, in a few words."""
    if about.get("outcome") == "shortlisted":
        return f"shortlisted at rank {about.get('rank')}, score {about.get('score', 0):.2f}"
    if "roles" in about:
        return f"{len(about['roles'])} open roles ranked for them"
    if "shared_with" in about:
        return f"profile shared with {about['shared_with']}"
    return ", ".join(f"{k}: {v}" for k, v in about.items() if k != "candidate_id")


def audit_rows(records: list[SubjectRecord]) -> list[dict[str, Any]]:
    """What each audit entry did and said about the person, newest first."""
    return [
        {"seq": r.entry.seq, "at": r.entry.at, "action": r.entry.action,
         "actor": r.entry.record.get("actor", ""),
         "role_id": r.entry.record.get("details", {}).get("role_id"), "said": _said(r.about)}
        for r in reversed(records)
    ]
