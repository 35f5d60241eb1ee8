"""Shortlisted candidates side by side: the use case behind the web app's compare page, on the
shortlist the reader was served (so the ranks and scores are the ones they saw)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from worldhire.core.errors import InvalidInput, NotFound
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Action
from worldhire.match.schemas import ComparedOut, ComparisonOut, MatchResultOut
from worldhire.roles.schemas import RoleOut

# Compare reads this many of the shortlist, and shows this many people at most.
COMPARE_POOL = 50
COMPARE_MOST = 3


def compare_candidates(
    scoped: ScopedServices, role_id: str, picked: Collection[str],
    shortlist: Callable[[int], list[MatchResultOut]],
) -> ComparisonOut:
    """The `picked` candidates among the top COMPARE_POOL of the role's shortlist (`shortlist`
    gives the top n as the reader is served them). InvalidInput for fewer than two or more than
    COMPARE_MOST people, with what to do; NotFound for one outside the top COMPARE_POOL."""
    scoped.principal.require(Action.RANK)
    role = scoped.get_role(role_id)
    wanted = set(picked)
    if len(wanted) > COMPARE_MOST:
        raise InvalidInput(f"Compare shows at most {COMPARE_MOST} candidates side by side: you "
                           f"ticked {len(wanted)}. Untick some and try again.", field="c")
    if len(wanted) < 2:
        raise InvalidInput("Tick two or three candidates to compare them side by side.",
                           field="c")
    chosen = [r for r in shortlist(COMPARE_POOL) if r.candidate_id in wanted]
    if len(chosen) != len(wanted):
        raise NotFound(f"compare candidates from the top {COMPARE_POOL} of the shortlist")
    compared = []
    for result in chosen:
        person = scoped.get_candidate(result.candidate_id)
        ex = result.explanation
        compared.append(ComparedOut(
            result=result, place=person.location or person.country or "",
            checks={c.requirement: c for c in (*ex.met, *ex.partial, *ex.missing)}))
    return ComparisonOut(role=RoleOut.of(role, scoped.actor_names()),
                         requirements=[q.skill.label for q in role.requirements],
                         candidates=compared)
