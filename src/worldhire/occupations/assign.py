"""The ESCO occupation of each job a candidate held and of each role, from its title."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from worldhire.core.models import Candidate, EvidenceKind, OccupationRef
from worldhire.occupations.service import OccupationMatch, TitleMatcher


def occupation_ref(match: OccupationMatch) -> OccupationRef:
    return OccupationRef(uri=match.uri, label=match.label, isco_code=match.isco_code,
                         score=match.score)


def assign_job_occupations(candidates: Sequence[Candidate],
                            matcher: Callable[[], TitleMatcher]) -> None:
    """Sets `occupation` on every job with a title, all titles matched in one batch. The
    matcher is asked for only then: loading it loads the embedding model and the occupations'
    index (about 200 MB), which a batch of refused or title-less files never needs."""
    jobs = [item for c in candidates for item in c.evidence
            if item.kind is EvidenceKind.JOB and item.title.strip()]
    if not jobs:
        return
    titles = [j.title for j in jobs]
    for item, matches in zip(jobs, matcher().match(titles, top=1), strict=True):
        item.occupation = occupation_ref(matches[0]) if matches else None


def occupation_of(title: str, matcher: TitleMatcher) -> OccupationRef | None:
    [matches] = matcher.match([title], top=1)
    return occupation_ref(matches[0]) if matches else None
