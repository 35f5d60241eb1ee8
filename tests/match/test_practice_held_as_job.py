"""A practice the role asks for ("data engineering", "project management") is shown by a job held
as its practitioner ("Senior Data Engineer", "Project Manager"): the job is the evidence, cited
by the sentence that says so."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import make_candidate, make_role
from worldhire.core.models import EvidenceItem, EvidenceKind, Requirement, Skill
from worldhire.match.models import RequirementStatus
from worldhire.match.service import score_candidate


def no_neighbours(_: str) -> list[Any]:
    return []


def check_of(practice: str, kind: EvidenceKind, title: str, text: str) -> Any:
    candidate = make_candidate()
    candidate.evidence.append(EvidenceItem(kind, title, text))
    requirement = Requirement(Skill(f"wh:{practice.replace(' ', '-')}", practice))
    [check] = score_candidate(candidate, make_role([requirement]),
                              no_neighbours).explanation.requirements
    return check


@pytest.mark.parametrize(
    ("practice", "title"),
    [("data engineering", "Senior Data Engineer"), ("project management", "Project Manager"),
     ("data analysis", "Data Analyst (contract)"), ("accounting", "Accountant"),
     ("systems administration", "System Administrator")],
)
def test_a_job_held_as_the_practitioner_meets_the_practice(practice: str, title: str) -> None:
    check = check_of(practice, EvidenceKind.JOB, title,
                     "Joined in 2021. Ran the nightly loads and the month-end close.")
    assert (check.status, check.credit) == (RequirementStatus.MET, 1.0)
    assert [c.snippet for c in check.citations] == [title]


@pytest.mark.parametrize(
    ("practice", "title"),
    [("data analysis", "Analista de datos"), ("accounting", "Księgowa"),
     ("data engineering", "Kỹ sư dữ liệu"), ("accounting", "Comptable"),
     ("data analysis", "Аналітик даних")],
)
def test_a_practitioner_title_in_another_language_meets_the_practice(practice: str,
                                                                      title: str) -> None:
    # the title vocabulary the occupation matcher translates titles with reads it in English
    check = check_of(practice, EvidenceKind.JOB, title, "Desde 2021. Cierres mensuales.")
    assert (check.status, check.credit) == (RequirementStatus.MET, 1.0)
    assert [c.snippet for c in check.citations] == [title]


def test_the_sentence_naming_the_job_is_the_quote() -> None:
    check = check_of("data engineering", EvidenceKind.JOB, "Data Engineer",
                     "I've been a data engineer at Twiga Foods since 2021. I own the DAGs.")
    assert [c.snippet for c in check.citations] == [
        "I've been a data engineer at Twiga Foods since 2021."
    ]


@pytest.mark.parametrize(
    ("practice", "kind", "title"),
    [("data engineering", EvidenceKind.JOB, "Software Engineer"),
     ("data engineering", EvidenceKind.PROJECT, "Data Engineer toolkit"),
     ("data engineering", EvidenceKind.JOB, "Data Entry Clerk"),
     ("data analysis", EvidenceKind.JOB, "Auxiliar de análisis comercial"),
     ("accounting", EvidenceKind.JOB, "Asystentka zarządu")],
)
def test_other_jobs_and_items_do_not(practice: str, kind: EvidenceKind, title: str) -> None:
    check = check_of(practice, kind, title, "Wrote reports.")
    assert check.status is RequirementStatus.MISSING



def test_the_market_counts_a_practitioner_as_holding_the_practice_as_the_ranker_does() -> None:
    from worldhire.market.supply import market_view

    practice = Requirement(Skill("wh:data-engineering", "data engineering"))
    holder, other = make_candidate(), make_candidate()
    holder.evidence.append(EvidenceItem(EvidenceKind.JOB, "Ingeniera de datos", "Desde 2021."))
    other.evidence.append(EvidenceItem(EvidenceKind.JOB, "Data Entry Clerk", "Since 2021."))
    role = make_role([practice])
    met = [score_candidate(c, role, no_neighbours).explanation.requirements[0].status
           for c in (holder, other)]
    assert met == [RequirementStatus.MET, RequirementStatus.MISSING]
    [balance] = market_view([role], [holder, other]).skills
    assert (balance.demand, balance.supply) == (1, 1)
