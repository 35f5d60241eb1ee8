"""The market as a tenant's user sees it, and the skills that would most raise a candidate's fit
for the open roles the reader may see: the use cases the API, the web app and the CLI share; and
a candidate's own standing in it (`own_report`, the web app's "My profile")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from worldhire.core.models import Candidate
from worldhire.governance.access import ScopedServices
from worldhire.governance.documents import Received, received
from worldhire.governance.principal import Action
from worldhire.market.figures import MarketReport, build_report
from worldhire.market.gaps import LeftOut, SkillGap, left_out, skill_gaps
from worldhire.market.pay import YearTrend, year_trends
from worldhire.market.supply import MarketView, market_view
from worldhire.match.schemas import MatchResultOut
from worldhire.match.service import taxonomy_related
from worldhire.pipeline.applying import CandidateApplications, OwnApplication
from worldhire.pipeline.models import State

if TYPE_CHECKING:
    from worldhire.comp.estimate import PayEstimator


@lru_cache(maxsize=4)
def salary_trends(path: Path | None) -> tuple[YearTrend, ...]:
    """Quartiles by year of a salary file (the bundled one for None). The file is fixed for the
    life of the process and reading it takes a while."""
    return tuple(year_trends(path=path))


def visible_balance(scoped: ScopedServices) -> MarketView:
    """Demand against supply over the roles and the people the reader may see: a tenant's own
    roles against its candidates and the platform's consenting profiles, or, for the local
    operator over every company, every role against everyone."""
    return market_view(scoped.list_roles(), scoped.list_candidates())


def visible_market(scoped: ScopedServices, *, estimator: PayEstimator | None,
                   salary_data: Path | None = None) -> MarketReport:
    """visible_balance's roles and people, with pay by region when an estimator is given, and
    salary trends."""
    report = build_report(scoped.list_roles(), scoped.list_candidates(), estimator=estimator)
    report.trends = list(salary_trends(salary_data))
    return report


def tenant_market(scoped: ScopedServices, *, estimator: PayEstimator | None,
                  salary_data: Path | None = None) -> MarketReport:
    """A tenant's open roles against the pool it may rank (its own candidates and the platform's
    consenting profiles), with pay by region when an estimator is given, and salary trends."""
    scoped.principal.require(Action.READ)
    scoped.principal.require_tenant()
    return visible_market(scoped, estimator=estimator, salary_data=salary_data)


def visible_gaps(scoped: ScopedServices, candidate_id: str, *, top: int) -> list[SkillGap]:
    """Gaps against the open roles the reader may see: a tenant's own roles for its users, every
    open role for the candidate themselves."""
    candidate = scoped.get_candidate(candidate_id)
    return skill_gaps(candidate, scoped.list_roles(), taxonomy_related(), top=top)


def visible_left_out(scoped: ScopedServices, candidate_id: str) -> list[LeftOut]:
    """Why the open roles the reader may see leave the candidate out, with the roles each
    reason does: visible_gaps reads only the others."""
    return left_out(scoped.get_candidate(candidate_id), scoped.list_roles())


# A withdrawn application stays (the company keeps its history): the role is not offered
# again, and its entry among the person's fits says why.
APPLIED_STATES: dict[State, str] = {
    "in progress": "You applied.",
    "withdrawn": "You withdrew your application.",
    "closed": "You applied; the company closed your application.",
}


@dataclass(frozen=True)
class GapRow:
    """A skill the person lacks, with how many open roles ask for it and what closing it adds
    to their fit (points of the overall score, summed over those roles)."""

    skill: str
    roles: int
    gain: float
    must: bool
    note: str

    @classmethod
    def of(cls, gap: SkillGap) -> GapRow:
        return cls(skill=gap.label, roles=len(gap.roles), gain=gap.total_gain,
                   must=any(r.must for r in gap.roles), note=gap.note)


@dataclass(frozen=True)
class RoleFit:
    """An open role the person fits, as their own page shows it."""

    result: MatchResultOut
    role_title: str
    company: str
    place: str
    # What became of the person's application to it, in their words; None: not applied.
    applied: str | None


@dataclass(frozen=True)
class OpenRole:
    """An open role as the "apply to any open role" list names it: with who posts it and where
    the work is, so that two roles of one title read apart."""

    id: str
    title: str
    company: str
    place: str


@dataclass(frozen=True)
class OwnReport:
    """A candidate's standing, as they see it: their profile and résumé files, what their
    evidence shows, the gaps that would most raise their fit for the open roles whose filters
    they pass (and the filters that leave them out of the others), the roles they fit best, the
    open roles they may still apply to, and their applications."""

    candidate: Candidate
    document: Received
    strengths: list[tuple[str, int]]
    open_roles: int
    reachable: int  # the open roles whose filters the profile passes
    gaps: list[GapRow]
    left_out: list[tuple[str, int]]  # a filter, and how many open roles it leaves them out of
    more_reasons: int  # the filters that leave them out beyond `left_out`'s
    matches: list[RoleFit]
    can_apply: list[OpenRole]
    applications: list[OwnApplication]


def own_report(scoped: ScopedServices, applications: CandidateApplications, *, download: str,
               fits: int = 5, gaps: int = 8, reasons: int = 3, strengths: int = 12
               ) -> OwnReport:
    """The signed-in candidate's report. `download` is the shell's path to a résumé version's
    original file, with `{version_id}` in it."""
    person = scoped.get_candidate(applications.candidate_id)
    open_roles = [r for r in scoped.list_roles() if r.status == "open"]
    mine = applications.mine()
    applied = {a.application.role_id: APPLIED_STATES[a.state] for a in mine}
    ranked = scoped.roles_for(person.id, top=fits)
    employers = scoped.employers(open_roles)
    matches = [RoleFit(shown, r.role.title, employers.get(r.role.id, r.role.company),
                       r.role.place, applied.get(r.role.id))
               for shown, r in zip(MatchResultOut.ranked(ranked), ranked, strict=True)]
    # Any open role, not only the ranked ones: the one a person came for (a post they read, a
    # referral) may rank lower or be filtered out of their matches.
    can_apply = sorted((OpenRole(r.id, r.title, employers[r.id], r.place)
                        for r in open_roles if r.id not in applied),
                       key=lambda r: (r.title.casefold(), r.company.casefold(), r.place))
    # Gaps and fits are read against the roles whose filters the person passes: with none, an
    # empty list is not "your evidence covers it", and the filters say what to correct.
    out = left_out(person, open_roles)
    return OwnReport(
        candidate=person, document=received(scoped, person.id, download),
        strengths=Counter(m.skill.label for m in person.skills).most_common(strengths),
        open_roles=len(open_roles),
        reachable=len(open_roles) - sum(len(o.roles) for o in out),
        gaps=[GapRow.of(g) for g in skill_gaps(person, open_roles, taxonomy_related(), top=gaps)],
        left_out=[(o.reason, len(o.roles)) for o in out[:reasons]],
        more_reasons=max(0, len(out) - reasons),
        matches=matches, can_apply=can_apply, applications=mine,
    )
