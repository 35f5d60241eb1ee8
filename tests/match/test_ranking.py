"""The first matching path: requirement coverage with evidence, hard filters, and explanations."""

from __future__ import annotations

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, TENSORFLOW, make_candidate, make_role
from worldhire.core.models import (
    Consent,
    ConsentPurpose,
    EvidenceKind,
    RemotePolicy,
    Requirement,
    Skill,
)
from worldhire.match.models import RequirementStatus
from worldhire.match.service import MatchFilters, rank

ADJACENT = {PYTORCH.id: [(TENSORFLOW, 0.8)]}


def related(skill_id: str) -> list[tuple[Skill, float]]:
    return ADJACENT.get(skill_id, [])


def statuses(candidate_skills: dict[Skill, EvidenceKind]) -> dict[str, RequirementStatus]:
    shortlist = rank([make_candidate(candidate_skills)], make_role(), related=related)
    return {c.requirement: c.status for c in shortlist.results[0].explanation.requirements}


def test_backed_skill_is_met_and_cites_its_evidence() -> None:
    shortlist = rank([make_candidate({PYTORCH: EvidenceKind.JOB})], make_role(), related=related)
    check = shortlist.results[0].explanation.requirements[0]
    assert check.status is RequirementStatus.MET
    assert check.citations[0].evidence_title == "PyTorch work"
    assert "PyTorch" in check.citations[0].snippet


def test_claimed_only_skill_is_partial() -> None:
    assert statuses({PYTORCH: EvidenceKind.SKILLS})["PyTorch"] is RequirementStatus.PARTIAL


def test_adjacent_skill_is_partial_and_names_it() -> None:
    shortlist = rank([make_candidate({TENSORFLOW: EvidenceKind.JOB})], make_role(),
                     related=related)
    check = shortlist.results[0].explanation.requirements[0]
    assert check.status is RequirementStatus.PARTIAL and check.via == "TensorFlow"


def test_missing_requirement_is_reported() -> None:
    assert statuses({PYTHON: EvidenceKind.JOB}) == {
        "PyTorch": RequirementStatus.MISSING, "Kubernetes": RequirementStatus.MISSING,
    }


def test_evidence_beats_claims_in_the_ranking() -> None:
    shown = make_candidate({PYTORCH: EvidenceKind.PROJECT, KUBERNETES: EvidenceKind.JOB},
                           name="Shown")
    claimed = make_candidate({PYTORCH: EvidenceKind.SKILLS, KUBERNETES: EvidenceKind.SKILLS},
                             name="Claimed")
    shortlist = rank([claimed, shown], make_role(), related=related)
    assert [r.candidate.name for r in shortlist.results] == ["Shown", "Claimed"]
    assert "skills" in shortlist.results[0].explanation.versus_next


def test_country_of_residence_does_not_change_the_score() -> None:
    """Same evidence, hours and pay, different country: same score."""
    role = make_role(timezone="UTC")
    a = make_candidate({PYTORCH: EvidenceKind.JOB}, country="NG", timezone="Africa/Lagos",
                       name="A")
    b = make_candidate({PYTORCH: EvidenceKind.JOB}, country="TN", timezone="Africa/Tunis",
                       name="B")
    scores = {r.candidate.name: r.score for r in rank([a, b], role, related=related).results}
    assert scores["A"] == scores["B"]


def test_overlap_filter_uses_real_hours() -> None:
    role = make_role(timezone="America/New_York", min_overlap_hours=4)
    manila = make_candidate(name="Manila", country="PH", timezone="Asia/Manila")
    night_shift = make_candidate(name="Night", country="PH", timezone="Asia/Manila",
                                 work_start_hour=21, work_end_hour=5)
    shortlist = rank([manila, night_shift], role, related=related)
    assert [r.candidate.name for r in shortlist.results] == ["Night"]
    assert "below the required 4 h" in shortlist.rejected[0].reason


def test_onsite_role_needs_authorization_or_sponsorship() -> None:
    role = make_role(remote_policy=RemotePolicy.ONSITE, location_country="DE")
    outsider = make_candidate(name="Out", country="IN", timezone="Asia/Kolkata")
    eu = make_candidate(name="EU", country="PL", work_authorization=["DE"])
    assert [r.candidate.name for r in rank([outsider, eu], role, related=related).results] == [
        "EU"]
    role.visa_sponsorship = True
    assert len(rank([outsider, eu], role, related=related).results) == 2


def test_no_consent_no_matching() -> None:
    person = make_candidate(consent=False)
    shortlist = rank([person], make_role(), related=related)
    # Not in the pool at all: neither scored, nor rejected, nor counted.
    assert shortlist.results == [] and shortlist.rejected == [] and shortlist.pool_size == 0
    person.consents.append(Consent(ConsentPurpose.MATCHING, True, "form"))
    person.consents.append(Consent(ConsentPurpose.MATCHING, False, "withdrawn"))
    assert rank([person], make_role(), related=related).results == []


@pytest.mark.parametrize(("ask", "expected"), [(90000.0, 1.0), (110000.0, 0.8), (200000.0, 0.0)])
def test_pay_fit(ask: float, expected: float) -> None:
    shortlist = rank([make_candidate(pay_expectation_usd=ask)], make_role(), related=related)
    assert shortlist.results[0].criteria["pay"] == pytest.approx(expected)


def test_filters_cap_pay_and_restrict_countries() -> None:
    cheap = make_candidate(name="Cheap", pay_expectation_usd=50000.0, country="RO")
    dear = make_candidate(name="Dear", pay_expectation_usd=150000.0, country="PL")
    role = make_role(requirements=[Requirement(PYTORCH)])
    capped = rank([cheap, dear], role, filters=MatchFilters(max_pay_usd=100000), related=related)
    assert [r.candidate.name for r in capped.results] == ["Cheap"]
    only_pl = rank([cheap, dear], role, filters=MatchFilters(countries=("PL",)), related=related)
    assert [r.candidate.name for r in only_pl.results] == ["Dear"]


@pytest.mark.parametrize(
    ("languages", "status"),
    [
        (["Polish (native)", "English (C1)"], RequirementStatus.MET),
        (["English (B1)"], RequirementStatus.PARTIAL),
        (["Polish (native)"], RequirementStatus.MISSING),
    ],
)
def test_language_requirements_read_the_languages_listed(
    languages: list[str], status: RequirementStatus
) -> None:
    role = make_role(requirements=[Requirement(Skill("text:english", "English communication"))])
    shortlist = rank([make_candidate(languages=languages)], role, related=related)
    assert shortlist.results[0].explanation.requirements[0].status is status
