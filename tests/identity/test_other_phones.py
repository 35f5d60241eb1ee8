"""A person who gives two numbers (a mobile and a landline, a WhatsApp number, as a Europass CV
asks) keeps both: read from the résumé, stored, matched on, merged, and shown where the first
one is shown (to whoever may contact the person) and in their subject-access export."""

from __future__ import annotations

from tests.factories import make_candidate
from worldhire.core.models import Candidate
from worldhire.governance.candidate_schemas import CandidateDetailOut
from worldhire.governance.export_schemas import HeldProfileOut, ResidencyOut
from worldhire.identity.keys import Identity
from worldhire.identity.match import Known, decide
from worldhire.identity.merge import merge_profiles, merge_version
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.store.protocol import CandidateWrite
from worldhire.store.sql.repository import SqlRepository

EUROPASS = """Awa NDIAYE
Comptable principale
Téléphone : Mobile : +221 77 645 12 98 / Fixe : +221 33 824 56 10
Courriel : awa.ndiaye@example.sn
Date de naissance : 12.04.1991

Expérience professionnelle
Comptable principale – Sonatel – depuis janvier 2021
- Tenue de la comptabilité générale selon le SYSCOHADA
"""


def test_every_number_of_the_contact_lines_is_kept_the_first_first() -> None:
    person = parse_text_resume(EUROPASS, "cv.txt")
    assert person.phone == "+221 77 645 12 98"
    assert person.other_phones == ["+221 33 824 56 10"]  # not the birth date


def test_one_number_written_twice_is_one_number() -> None:
    text = "Ana Silva\nTel: +351 912 345 678 · 912 345 678\nana@example.pt\n"
    person = parse_text_resume(text, "cv.txt")
    assert (person.phone, person.other_phones) == ("+351 912 345 678", [])


def test_an_identity_number_is_no_phone() -> None:
    text = "Imran Qureshi\nCell: 0300 1234567\nCNIC: 35202-1234567-1\nimran@example.pk\n"
    assert parse_text_resume(text, "cv.txt").other_phones == []


def test_the_second_number_finds_the_same_person() -> None:
    known = Identity.of(Candidate(name="Awa Ndiaye", phone="+221 77 645 12 98",
                                  other_phones=["+221 33 824 56 10"], country="SN"))
    again = Identity.of(Candidate(name="Awa Ndiaye", phone="33 824 56 10", country="SN"))
    assert decide(again, [Known("cand_a", known)]).candidate_id == "cand_a"


def test_a_merge_keeps_every_number_once() -> None:
    stored = make_candidate(phone="+221 77 645 12 98", other_phones=["+221 33 824 56 10"])
    new = make_candidate(id=stored.id, phone="77 645 12 98", other_phones=["+221 70 145 62 07"])
    merged = merge_version(stored, new, newer=True)
    assert merged.phone == "77 645 12 98"
    assert merged.other_phones == ["+221 70 145 62 07", "+221 33 824 56 10"]
    taken = merge_profiles(stored, new, take=["phone"])
    assert taken.phone == "77 645 12 98"
    assert taken.other_phones == ["+221 33 824 56 10", "+221 70 145 62 07"]


def test_the_store_keeps_them(tmp_path: object) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path}/store.db")
    try:
        person = make_candidate(phone="0722 456 789", other_phones=["0733 123 456"])
        repo.save_ingested([CandidateWrite(person, [])])
        loaded = repo.get_candidate(person.id)
        assert loaded is not None and loaded.other_phones == ["0733 123 456"]
    finally:
        repo.close()


def test_they_are_shown_with_the_first_and_hidden_with_it() -> None:
    person = make_candidate(phone="0722 456 789", other_phones=["0733 123 456"])
    assert CandidateDetailOut.of(person, contact=True).other_phones == ["0733 123 456"]
    hidden = CandidateDetailOut.of(person, contact=False)
    assert (hidden.phone, hidden.other_phones) == (None, [])
    held = HeldProfileOut.of(person, ResidencyOut(region=None, stored_by_region=False))
    assert held.other_phones == ["0733 123 456"]
