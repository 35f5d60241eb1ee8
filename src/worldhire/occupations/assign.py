"""The ESCO occupation of each job a candidate held and of each role, from its title."""

from __future__ import annotations

from collections.abc import Sequence

from worldhire.core.models import Candidate, EvidenceKind, OccupationRef
from worldhire.occupations.service import OccupationMatch, TitleMatcher


def occupation_ref(match: OccupationMatch) -> OccupationRef:
    return OccupationRef(uri=match.uri, label=match.label, isco_code=match.isco_code,
                         score=match.score)


def assign_job_occupations(candidates: Sequence[Candidate], matcher: TitleMatcher) -> None:
    """Sets `occupation` on every job with a title, all titles matched in one batch."""
    jobs = [item for c in candidates for item in c.evidence
            if item.kind is EvidenceKind.JOB and item.title.strip()]
    if not jobs:
        return
    for item, matches in zip(jobs, matcher.match([j.title for j in jobs], top=1), strict=True):
        item.occupation = occupation_ref(matches[0]) if matches else None


def occupation_of(title: str, matcher: TitleMatcher) -> OccupationRef | None:
    [matches] = matcher.match([title], top=1)
    return occupation_ref(matches[0]) if matches else None
