"""Who is who: the strongest shared key decides, a name only ever keeps people apart."""

from __future__ import annotations

from worldhire.core.models import Candidate
from worldhire.identity.keys import Identity
from worldhire.identity.match import Known, decide


def person(name: str = "Ana Silva", email: str | None = None, phone: str | None = None,
           links: list[str] | None = None) -> Identity:
    return Identity.of(Candidate(name=name, email=email, phone=phone, country="PT",
                                 links=links or []))


def test_the_same_email_joins() -> None:
    known = [Known("cand_a", person(email="ana@example.com", phone="912 345 678"))]
    decision = decide(person(email="Ana@Example.com"), known)
    assert decision.candidate_id == "cand_a" and decision.reason == "same e-mail address"


def test_a_name_alone_never_joins() -> None:
    known = [Known("cand_a", person(email="ana@example.com"))]
    assert decide(person(email="ana.silva@other.example"), known).candidate_id is None
    assert decide(person(), known).candidate_id is None


def test_a_profile_link_joins_even_with_another_email() -> None:
    link = "https://www.linkedin.com/in/ana-silva-pt"
    known = [Known("cand_a", person(email="ana@old.example", links=[link]))]
    decision = decide(person(email="ana@new.example", links=[link + "/"]), known)
    assert decision.candidate_id == "cand_a" and decision.reason == "same profile link"


def test_a_family_phone_with_two_emails_keeps_two_people() -> None:
    known = [Known("cand_mother", person("Maria Silva", "maria@example.com", "912 345 678"))]
    decision = decide(person("Ana Silva", "ana@example.com", "+351 912 345 678"), known)
    assert decision.candidate_id is None
    assert "shared phone" in decision.warnings[0]


def test_a_phone_alone_joins_when_the_name_agrees_and_no_email_disagrees() -> None:
    known = [Known("cand_a", person("Ana Maria Silva", "ana@example.com", "912 345 678"))]
    assert decide(person("Ana Silva", None, "+351912345678"), known).candidate_id == "cand_a"
    assert decide(person("João Silva", None, "+351912345678"), known).candidate_id is None


def test_an_agency_mailbox_under_another_name_keeps_people_apart() -> None:
    known = [Known("cand_a", person("Kofi Mensah", "kofi.agency@example.com"))]
    decision = decide(person("Ana Silva", "kofi.agency@example.com"), known)
    assert decision.candidate_id is None and "another name" in decision.warnings[0]


def test_conflicting_keys_pick_the_email_and_warn() -> None:
    known = [
        Known("cand_phone", person("Ana Silva", None, "912 345 678")),
        Known("cand_mail", person("Ana Silva", "ana@example.com")),
    ]
    decision = decide(person("Ana Silva", "ana@example.com", "912 345 678"), known)
    assert decision.candidate_id == "cand_mail"
    assert len(decision.warnings) == 1 and "cand_phone" in decision.warnings[0]
