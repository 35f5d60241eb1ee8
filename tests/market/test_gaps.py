from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.factories import KUBERNETES, make_candidate, make_role
from tests.market.conftest import SQL, Market
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind, Skill, SkillMention
from worldhire.market.gaps import left_out, skill_gaps
from worldhire.match.models import RequirementStatus
from worldhire.match.service import SKILLS_WEIGHT, score_candidate


def no_neighbours(_: str) -> list[Any]:
    return []


def with_skill(person: Candidate, skill: Skill) -> Candidate:
    item = EvidenceItem(EvidenceKind.JOB, f"{skill.label} job", f"Ran {skill.label} in production",
                        start=date(2021, 1, 1))
    person.evidence.append(item)
    person.skills.append(SkillMention(skill, 1.0, item.id, None, item.text))
    return person


def person(market: Market, name: str) -> Candidate:
    return next(c for c in market.repo.list_candidates(None) if c.name == name)


def test_gaps_rank_the_skills_that_raise_fit_most(market: Market) -> None:
    ada = person(market, "A")
    gaps = skill_gaps(ada, market.repo.list_roles(), no_neighbours)
    assert [g.label for g in gaps] == ["SQL", "Kubernetes"]  # a must-have of half a role first
    assert all(g.roles for g in gaps)
    # Each gain is what the ranker's skills criterion says once the skill is shown.
    for gap, skill in zip(gaps, (SQL, KUBERNETES), strict=True):
        [role_gain] = gap.roles
        role = market.repo.get_role(role_gain.role_id)
        assert role is not None
        before = score_candidate(person(market, "A"), role, no_neighbours)
        after = score_candidate(with_skill(person(market, "A"), skill), role, no_neighbours)
        total = sum(c.weight for c in after.explanation.criteria)
        expected = (after.criteria["skills"] - before.criteria["skills"]) * SKILLS_WEIGHT / total
        assert role_gain.gain == pytest.approx(expected, abs=1e-3)


def test_roles_the_candidate_cannot_take_are_left_out(market: Market) -> None:
    # C lives in India; the analyst role is open to PL, RO and BR only.
    gaps = skill_gaps(person(market, "C"), market.repo.list_roles(), no_neighbours)
    assert {r.role_title for g in gaps for r in g.roles} == {"Senior Machine Learning Engineer"}
    assert "SQL" not in {g.label for g in gaps}



def test_left_out_says_which_filter_leaves_the_person_out_of_how_many_roles() -> None:
    # A résumé without a location: no time zone, so no overlap can be shown.
    nowhere = make_candidate(country=None, timezone=None)
    roles = [make_role(min_overlap_hours=4.0), make_role(min_overlap_hours=2.0),
             make_role(allowed_countries=["DE"]), make_role(),
             make_role(min_overlap_hours=4.0, status="closed")]
    found = left_out(nowhere, roles)
    assert [(o.reason, [r.role_id for r in o.roles]) for o in found] == [
        ("time zone unknown, so the required overlap cannot be shown", [roles[0].id, roles[1].id]),
        ("lives outside the allowed countries (DE)", [roles[2].id])]
    assert {r.role_title for o in found for r in o.roles} == {roles[0].title}
    # The roles it leaves the person out of are the ones skill_gaps does not read.
    assert {r.role_id for g in skill_gaps(nowhere, roles, no_neighbours) for r in g.roles} == {
        roles[3].id}


def test_each_roles_gap_says_what_the_ranker_found_of_the_requirement(market: Market) -> None:
    """A gap's roles carry the reason it counts in each: the requirement missing, or partial
    with the ranker's note, as the explanation of that role's ranking gives it."""
    ada = person(market, "A")
    for gap in skill_gaps(ada, market.repo.list_roles(), no_neighbours):
        for role_gain in gap.roles:
            role = market.repo.get_role(role_gain.role_id)
            assert role is not None
            explained = score_candidate(ada, role, no_neighbours).explanation
            [check] = [c for q, c in zip(role.requirements, explained.requirements, strict=True)
                       if q.skill.id == gap.skill_id]
            assert (role_gain.status, role_gain.note) == (check.status.value, check.note)
            assert role_gain.status != RequirementStatus.MET.value
