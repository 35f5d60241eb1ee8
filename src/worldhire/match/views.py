"""A role's shortlist as the web app's pages show it: with the people on it and where each stands
on the role's pipeline, and two or three of them side by side; both on the shortlist the reader
was served (so the ranks and scores are the ones they saw)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from worldhire.core.errors import InvalidInput, NotFound, RoleNotOpen
from worldhire.core.models import Candidate, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Action
from worldhire.match.schemas import ComparedOut, ComparisonOut, MatchResultOut, ShortlistOut
from worldhire.pipeline.models import Application
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.roles.schemas import RoleOut

# Compare reads this many of the shortlist, and shows this many people at most.
COMPARE_POOL = 50
COMPARE_MOST = 3


@dataclass(frozen=True)
class ShortlistPage:
    """The shortlist served, its people by id, and the applications of those already on the
    role's pipeline, by candidate id."""

    role: Role
    view: ShortlistOut
    people: dict[str, Candidate]
    on_pipeline: dict[str, Application]


def shortlist_page(scoped: ScopedServices, pipeline: ScopedPipeline, role_id: str,
                   served: Callable[[], ShortlistOut]) -> ShortlistPage:
    """The role's shortlist as `served` gives it to the reader. RoleNotOpen, before anything is
    ranked, for a closed or archived role."""
    scoped.principal.require(Action.RANK)
    role = scoped.get_role(role_id)
    if not role.is_open:
        raise RoleNotOpen(f"“{role.title}” is {role.status}: reopen it to rank candidates.")
    view = served()
    return ShortlistPage(
        role=role, view=view,
        people={r.candidate_id: scoped.get_candidate(r.candidate_id) for r in view.results},
        on_pipeline={a.candidate_id: a for a in pipeline.applications(role.id)})


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
                         requirements=[q.label for q in role.requirements],
                         candidates=compared)
