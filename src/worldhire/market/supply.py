"""Demand against supply: open roles and the skills they require, against the candidates who hold
those skills, by skill, role family and region.

Definitions (the report states them too): a role demands a skill when the skill is one of its
requirements; a candidate holds a skill when their profile meets it as the shortlist reads it: a
skill mention names it, their languages meet a language requirement at a working level, a job held
as its practitioner shows a practice ("Analista de datos" for data analysis), or a free-text
requirement's words are in their profile; a role is open to a region when it allows any country of
that region (no list: open everywhere); a candidate's region is their country's pay region
(comp/regions.py). Scarcity of a skill is the number of candidates holding it per open role
demanding it: the lower, the scarcer. A role's ESCO occupation is its title's; a candidate's is
that of their most recent job with one; both also count under the occupation's ISCO-08 unit group.
Roles and people without one, or whose title the matcher is unsure of (OccupationRef.sure), are
left out of those two tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from worldhire.comp.regions import region_of
from worldhire.core.models import Candidate, EvidenceKind, OccupationRef, Requirement, Role
from worldhire.match.criteria import language_check, unlinked_test
from worldhire.match.models import RequirementStatus
from worldhire.occupations.catalog import load_catalog
from worldhire.skills.titles import normalize_title

UNKNOWN_REGION = "unknown"


@dataclass(frozen=True)
class SkillBalance:
    skill_id: str
    label: str
    demand: int  # open roles requiring it
    must_demand: int  # of which as a must-have
    supply: int  # candidates holding it

    @property
    def supply_per_role(self) -> float:
        return self.supply / self.demand if self.demand else float("inf")


@dataclass(frozen=True)
class FamilyBalance:
    family: str
    roles: int
    candidates: int


@dataclass(frozen=True)
class OccupationBalance:
    uri: str
    label: str
    isco_code: str
    roles: int
    candidates: int


@dataclass(frozen=True)
class IscoBalance:
    code: str  # ISCO-08 unit group
    label: str
    roles: int
    candidates: int


@dataclass(frozen=True)
class RegionBalance:
    region: str
    open_roles: int  # roles open to people living there
    candidates: int
    # For each demanded skill, the candidates of the region holding it.
    holders: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class MarketView:
    open_roles: int
    candidates: int
    skills: tuple[SkillBalance, ...]  # by demand, then label
    families: tuple[FamilyBalance, ...]
    regions: tuple[RegionBalance, ...]
    occupations: tuple[OccupationBalance, ...] = ()  # by open roles, then candidates
    isco_groups: tuple[IscoBalance, ...] = ()

    def scarcest(self, n: int = 10) -> list[SkillBalance]:
        return sorted(self.skills, key=lambda s: (s.supply_per_role, -s.demand, s.label))[:n]


def candidate_family(candidate: Candidate) -> str:
    """The role family of the person's headline, else of their most recent job title."""
    jobs = [e for e in candidate.evidence if e.kind is EvidenceKind.JOB]
    jobs.sort(key=lambda e: e.start or date.min, reverse=True)
    titles = [candidate.headline, *(e.title for e in jobs)]
    for title in titles:
        if title and title.strip():
            family = normalize_title(title).family
            if family != "other":
                return family
    return "other"


def candidate_occupation(candidate: Candidate) -> OccupationRef | None:
    """The ESCO occupation of the person's most recent job that has a sure one."""
    jobs = [e for e in candidate.evidence
            if e.kind is EvidenceKind.JOB and e.occupation and e.occupation.sure]
    jobs.sort(key=lambda e: e.start or date.min, reverse=True)
    return jobs[0].occupation if jobs else None


def _occupation_balances(
    roles: Sequence[Role], candidates: Sequence[Candidate]
) -> tuple[tuple[OccupationBalance, ...], tuple[IscoBalance, ...]]:
    refs: dict[str, OccupationRef] = {}
    demand: Counter[str] = Counter()
    supply: Counter[str] = Counter()
    for role in roles:
        if role.occupation and role.occupation.sure:
            refs.setdefault(role.occupation.uri, role.occupation)
            demand[role.occupation.uri] += 1
    for candidate in candidates:
        ref = candidate_occupation(candidate)
        if ref:
            refs.setdefault(ref.uri, ref)
            supply[ref.uri] += 1
    occupations = sorted(
        (OccupationBalance(uri, ref.label, ref.isco_code, demand[uri], supply[uri])
         for uri, ref in refs.items()),
        key=lambda o: (-o.roles, -o.candidates, o.label),
    )
    group_roles: Counter[str] = Counter()
    group_people: Counter[str] = Counter()
    for o in occupations:
        group_roles[o.isco_code] += o.roles
        group_people[o.isco_code] += o.candidates
    catalog = load_catalog()
    groups = sorted(
        (IscoBalance(code, catalog.isco_label(code), group_roles[code], group_people[code])
         for code in group_roles),
        key=lambda g: (-g.roles, -g.candidates, g.code),
    )
    return tuple(occupations), tuple(groups)


def candidate_region(candidate: Candidate) -> str:
    return region_of(candidate.country) if candidate.country else UNKNOWN_REGION


def role_regions(role: Role, regions: Sequence[str]) -> set[str]:
    if not role.allowed_countries:
        return set(regions)
    return {region_of(code) for code in role.allowed_countries}


def _held(candidate: Candidate, requirements: dict[str, Requirement]) -> set[str]:
    """Skills named in the profile, plus language requirements ("English communication") that
    the person's listed languages meet, as the ranker counts them, requirements met without a
    linked mention as the ranker meets them (a practice by a job held as its practitioner,
    "Kodeks pracy" by a job or other item holding the words), and the requirements of
    alternatives ("PyTorch or JAX", by Requirement.key) of which they hold a member."""
    held = {m.skill.id for m in candidate.skills}
    unlinked = unlinked_test(candidate)
    for key, requirement in requirements.items():
        if key in held:
            continue
        for member in requirement.members:
            spoken = language_check(candidate, replace(requirement, skill=member, alternatives=[]))
            if member.id in held or unlinked(member) or (spoken is not None
                                                        and spoken.status is RequirementStatus.MET):
                held.add(key)
                break
    return held


def market_view(roles: Sequence[Role], candidates: Sequence[Candidate]) -> MarketView:
    open_roles = [r for r in roles if r.status == "open"]
    labels: dict[str, str] = {}
    requirements: dict[str, Requirement] = {}
    demand: Counter[str] = Counter()
    must: Counter[str] = Counter()
    for role in open_roles:
        # "PyTorch or JAX" is demand of its own, met by a holder of either
        for key in {q.key for q in role.requirements}:
            demand[key] += 1
        for q in role.requirements:
            labels.setdefault(q.key, q.label)
            requirements.setdefault(q.key, q)
        for key in {q.key for q in role.requirements if q.must}:
            must[key] += 1
    held = {c.id: _held(c, requirements) for c in candidates}
    supply: Counter[str] = Counter()
    for skills in held.values():
        supply.update(s for s in skills if s in demand)
    balances = sorted(
        (SkillBalance(s, labels[s], demand[s], must[s], supply[s]) for s in demand),
        key=lambda b: (-b.demand, b.label.casefold()),
    )
    role_families = Counter(normalize_title(r.title).family for r in open_roles)
    people_families = Counter(candidate_family(c) for c in candidates)
    families = sorted(
        (FamilyBalance(f, role_families[f], people_families[f])
         for f in set(role_families) | set(people_families)),
        key=lambda f: (-f.roles, -f.candidates, f.family),
    )
    by_region: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_region.setdefault(candidate_region(c), []).append(c)
    region_names = sorted(by_region)
    regions = []
    for region in region_names:
        people = by_region[region]
        count: Counter[str] = Counter()
        for c in people:
            count.update(s for s in held[c.id] if s in demand)
        regions.append(RegionBalance(
            region,
            sum(1 for r in open_roles if region in role_regions(r, region_names)),
            len(people),
            tuple((b.skill_id, count[b.skill_id]) for b in balances),
        ))
    regions.sort(key=lambda r: (-r.candidates, r.region))
    occupations, isco_groups = _occupation_balances(open_roles, candidates)
    return MarketView(len(open_roles), len(candidates), tuple(balances), tuple(families),
                      tuple(regions), occupations, isco_groups)
