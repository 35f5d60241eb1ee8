"""A requirement the taxonomy has no concept for keeps the post's words ("TNDN", "Sage 300"): the
same words (or their inflections) in a candidate's job, project or skills list show it, cited by
their sentence."""

from __future__ import annotations

from typing import Any

from tests.factories import make_candidate, make_role
from worldhire.core.models import EvidenceItem, EvidenceKind, Requirement, Skill
from worldhire.match.models import RequirementStatus
from worldhire.match.service import score_candidate

TAX_FORMS = Requirement(Skill("text:tndn", "TNDN"))


def no_neighbours(_: str) -> list[Any]:
    return []


def with_item(kind: EvidenceKind, text: str) -> Any:
    candidate = make_candidate()
    candidate.evidence.append(EvidenceItem(kind, "Kế toán tổng hợp", text))
    return candidate


def check_of(candidate: Any, requirement: Requirement = TAX_FORMS) -> Any:
    [check] = score_candidate(candidate, make_role([requirement]),
                              no_neighbours).explanation.requirements
    return check


def test_the_words_in_a_job_meet_it_and_are_cited_by_their_sentence() -> None:
    person = with_item(EvidenceKind.JOB, "Lập báo cáo tài chính quý. Kê khai thuế GTGT, TNDN, "
                                         "TNCN hàng tháng. Đối chiếu công nợ.")
    check = check_of(person)
    assert (check.status, check.credit) == (RequirementStatus.MET, 1.0)
    assert [c.snippet for c in check.citations] == ["Kê khai thuế GTGT, TNDN, TNCN hàng tháng."]


def test_words_only_in_a_skills_list_are_claimed() -> None:
    check = check_of(with_item(EvidenceKind.SKILLS, "MISA, Excel, tndn"))
    assert check.status is RequirementStatus.PARTIAL
    assert check.note.startswith("listed as a skill")


def test_whole_words_only_accents_and_case_aside() -> None:
    sage = Requirement(Skill("text:sage-300", "Sage 300"))
    assert check_of(with_item(EvidenceKind.JOB, "Posted journals in SAGE 300 daily."),
                    sage).status is RequirementStatus.MET
    assert check_of(with_item(EvidenceKind.JOB, "Posted journals in Sage 3000."),
                    sage).status is RequirementStatus.MISSING
    assert check_of(with_item(EvidenceKind.JOB, "Moved off TNDNX."),
                    ).status is RequirementStatus.MISSING
    tax_code = Requirement(Skill("text:kodeks-pracy", "Kodeks pracy"))
    assert check_of(with_item(EvidenceKind.JOB, "Stosowanie kodeksu pracy i kodeks pracy."),
                    tax_code).status is RequirementStatus.MET


def test_an_inflected_form_of_the_words_meets_it() -> None:
    # Polish asks for "znajomość Kodeksu pracy" (genitive); the résumé lists "Kodeks pracy"
    labour_code = Requirement(Skill("text:kodeksu-pracy", "Kodeksu pracy"))
    assert check_of(with_item(EvidenceKind.JOB, "Stosowałam Kodeks pracy na co dzień."),
                    labour_code).status is RequirementStatus.MET
    sales = Requirement(Skill("text:sales", "sales"))
    assert check_of(with_item(EvidenceKind.JOB, "Admin of Salesforce."),
                    sales).status is RequirementStatus.MISSING


def test_words_wrapped_across_two_lines_are_cited_from_the_item() -> None:
    sage = Requirement(Skill("text:sage-300", "Sage 300"))
    check = check_of(with_item(EvidenceKind.JOB, "Posted the journals in Sage\n300 every day."),
                     sage)
    assert check.status is RequirementStatus.MET
    assert [c.snippet for c in check.citations] == ["Posted the journals in Sage 300 every day."]


def test_a_linked_requirement_is_not_met_by_its_label_s_words() -> None:
    linked = Requirement(Skill("wh:pytorch", "PyTorch"))
    check = check_of(with_item(EvidenceKind.JOB, "Trained models in PyTorch."), linked)
    assert check.status is RequirementStatus.MISSING  # only a linked mention shows a concept


def test_the_market_counts_as_holders_those_the_ranker_finds_it_met_by() -> None:
    from worldhire.market.supply import market_view

    role = make_role([TAX_FORMS])
    holder = with_item(EvidenceKind.JOB, "Kê khai thuế GTGT, TNDN, TNCN hàng tháng.")
    other = with_item(EvidenceKind.JOB, "Đối chiếu công nợ.")
    assert check_of(holder).status is RequirementStatus.MET
    [balance] = market_view([role], [holder, other]).skills
    assert (balance.label, balance.demand, balance.supply) == ("TNDN", 1, 1)
