"""A candidate's profile as the profile page shows it: each skill beside the words it was read
from, the evidence text with those words marked, and the audit trail in plain rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from worldhire.core.models import Candidate, EvidenceItem, SkillMention
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


@dataclass(frozen=True)
class Citation:
    """Where a skill was read: the evidence item, the exact words, and the sentence around."""

    evidence_id: str | None
    evidence: str | None
    kind: str | None
    words: str
    sentence: str


@dataclass(frozen=True)
class SkillRow:
    label: str
    skill_id: str
    score: float
    mentions: int
    cited: list[Citation]


def skill_rows(candidate: Candidate, quotes: int = 1) -> list[SkillRow]:
    """One row per skill, strongest first: the evidence items it was read from, and for the
    strongest `quotes` mentions the exact words (the span) and the sentence around them."""
    items = {e.id: e for e in candidate.evidence}
    by_skill: dict[str, list[SkillMention]] = {}
    for m in sorted(candidate.skills, key=lambda m: -m.score):
        by_skill.setdefault(m.skill.id, []).append(m)
    rows = []
    # Strongest first, then the most mentioned (dicts keep this order).
    ordered = sorted(by_skill.values(), key=lambda ms: (-ms[0].score, -len(ms), ms[0].skill.label))
    for mentions in ordered:
        cited = []
        for m in mentions[:quotes]:
            item = items.get(m.evidence_id or "")
            words = ""
            if item is not None and m.span and 0 <= m.span[0] < m.span[1] <= len(item.text):
                words = item.text[m.span[0]:m.span[1]]
            cited.append(Citation(evidence_id=item.id if item else None,
                                  evidence=item.title if item else None,
                                  kind=item.kind.value if item else None, words=words,
                                  sentence=m.snippet))
        rows.append(SkillRow(label=mentions[0].skill.label, skill_id=mentions[0].skill.id,
                             score=mentions[0].score, mentions=len(mentions), cited=cited))
    return rows


def _said(about: Mapping[str, Any]) -> str:
    """What an entry says about the person, in a few words."""
    if about.get("outcome") == "shortlisted":
        return f"shortlisted at rank {about.get('rank')}, score {about.get('score', 0):.2f}"
    if "roles" in about:
        return f"{len(about['roles'])} open roles ranked for them"
    if "fields" in about:
        return f"corrected: {', '.join(about['fields'])}"
    if about.get("outcome") == "moved":
        moved = f"moved from {about.get('from_stage') or 'nowhere'} to {about.get('to_stage')}"
        return moved + (f": {about['reason']}" if about.get("reason") else "")
    if "shared_with" in about:
        return f"profile shared with {about['shared_with']}"
    return ", ".join(f"{k}: {v}" for k, v in about.items() if k != "candidate_id")


@dataclass(frozen=True)
class TrailRow:
    """An audit entry about the person, as the audit trail lists it."""

    seq: int
    at: datetime
    action: str
    actor: str
    role_id: str | None
    role_title: str | None  # None: a role the reader no longer sees
    said: str


def audit_rows(records: list[SubjectRecord], names: Callable[[str | None], str],
               role_titles: Mapping[str, str]) -> list[TrailRow]:
    """What each audit entry did and said about the person, newest first, who did it as the
    reader reads it (`names`: an e-mail address, "the candidate", "system"...) and on which
    role, by its title."""
    rows = []
    for r in reversed(records):
        role_id = r.entry.details.get("role_id")
        rows.append(TrailRow(seq=r.entry.seq, at=r.entry.at, action=r.entry.action,
                             actor=names(r.entry.actor), role_id=role_id,
                             role_title=role_titles.get(role_id) if role_id else None,
                             said=_said(r.about)))
    return rows


def profile_notes(candidate: Candidate) -> list[str]:
    """What the parser could not find in the profile, and the likely reason, in the person's
    terms: why a profile reads as empty, and what to correct or add."""
    notes = []
    if not candidate.evidence:
        notes.append("No job, project or education was found: the résumé's sections may have "
                     "headings the parser does not know, or its text could not be read (a "
                     "scanned PDF holds pictures of text, not text).")
    elif not candidate.skills:
        notes.append("No skill the taxonomy knows was found in the evidence: name the tools and "
                     "methods used in each job or project.")
    if not candidate.country and not candidate.timezone:
        notes.append("No location was found, so working-hour overlap with a team cannot be "
                     "worked out: add the country and time zone.")
    if candidate.years_experience is None and candidate.evidence:
        notes.append("No dates of work were found, so the years of experience are unknown.")
    if not candidate.email:
        notes.append("No e-mail address was found.")
    if not candidate.name:
        notes.append("No name was found: the profile shows a neutral label instead.")
    return notes
