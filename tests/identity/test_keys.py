"""Identifiers as people write them: one key per e-mail box, phone number and profile."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.models import Candidate
from worldhire.identity.keys import (
    CALLING_CODE,
    Identity,
    email_key,
    link_key,
    name_tokens,
    names_agree,
    names_contradict,
    normalise_phone,
    phones_match,
)


@pytest.mark.parametrize(("a", "b"), [
    ("Ana.Silva@Example.com", "ana.silva@example.com"),
    ("mailto:ana+jobs@example.com", "ana@example.com"),
    ("a.n.a.silva@googlemail.com", "anasilva@gmail.com"),
])
def test_one_mailbox_one_key(a: str, b: str) -> None:
    assert email_key(a) == email_key(b) is not None


@pytest.mark.parametrize("shared", ["jobs@agency.example", "careers@acme.example", "not-an-email",
                                    "", None])
def test_shared_mailboxes_and_junk_identify_nobody(shared: str | None) -> None:
    assert email_key(shared) is None


@pytest.mark.parametrize(("written", "country", "digits"), [
    ("0744 902 157", "RO", "40744902157"),
    ("+40 744 902 157", None, "40744902157"),
    ("0040 744-902-157", "PL", "40744902157"),
    ("0171 / 482 63 90", "DE", "491714826390"),
    ("+49 (0) 171 4826390", None, "491714826390"),
    ("(81) 99823-1407", "BR", "5581998231407"),
    ("310 456 7821", "CO", "573104567821"),
    ("+1 (415) 555-0134", None, "14155550134"),
    ("1-415-555-0134", "US", "14155550134"),
    ("+39 06 1234 5678", None, "390612345678"),
    ("+254 712 345 678 ext. 12", None, "254712345678"),
])
def test_phones_in_international_form(written: str, country: str | None, digits: str) -> None:
    phone = normalise_phone(written, country)
    assert phone is not None and phone.international and phone.digits == digits


def test_a_national_number_without_a_country_matches_its_international_form() -> None:
    national = normalise_phone("0903 482 115", None)
    international = normalise_phone("+84 903 482 115", None)
    assert national is not None and international is not None and not national.international
    assert phones_match([national], [international])
    other = normalise_phone("+84 913 482 115", None)
    assert other is not None and not phones_match([national], [other])


def test_two_area_codes_with_the_same_last_digits_are_two_numbers() -> None:
    a, b = normalise_phone("(415) 555-1234", "US"), normalise_phone("(515) 555-1234", "US")
    assert a is not None and b is not None and not phones_match([a], [b])


@given(country=st.sampled_from(sorted(CALLING_CODE)),
       national=st.from_regex(r"[1-9][0-9]{7,9}", fullmatch=True),
       spacing=st.sampled_from([" ", "-", ".", ""]))
def test_national_and_international_forms_agree(country: str, national: str, spacing: str) -> None:
    code = CALLING_CODE[country]
    grouped = spacing.join(national[i:i + 3] for i in range(0, len(national), 3))
    written_nationally = normalise_phone(("" if code in {"1", "39", "378"} else "0") + grouped,
                                         country)
    written_abroad = normalise_phone(f"+{code} {grouped}", None)
    assert written_nationally is not None and written_abroad is not None
    assert phones_match([written_nationally], [written_abroad])


@given(st.text(max_size=40))
def test_any_text_is_a_phone_or_nothing(text: str) -> None:
    phone = normalise_phone(text, "PL")
    assert phone is None or (phone.digits.isdigit() and 7 <= len(phone.digits) <= 18)


@pytest.mark.parametrize(("a", "b"), [
    ("https://www.linkedin.com/in/Ana-Silva-123/", "linkedin.com/in/ana-silva-123"),
    ("https://pl.linkedin.com/in/ana-silva-123?trk=x", "http://linkedin.com/in/ana-silva-123"),
    ("github.com/AnaSilva", "https://github.com/anasilva/"),
    ("https://www.indeed.com/r/Ana-Silva/5b6f1d2c3a4e", "indeed.com/r/ana-s/5B6F1D2C3A4E"),
])
def test_one_profile_one_key(a: str, b: str) -> None:
    assert link_key(a) == link_key(b) is not None


@pytest.mark.parametrize("not_a_person", [
    "https://github.com/vllm-project/vllm", "https://www.linkedin.com/company/acme",
    "https://github.com/orgs/acme", "https://huggingface.co/ana", "https://example.com/ana",
])
def test_repositories_and_company_pages_are_not_people(not_a_person: str) -> None:
    assert link_key(not_a_person) is None


def test_names_in_two_scripts_and_cases_are_one_name() -> None:
    latin, cyrillic = name_tokens("Ołeksandr Bondarenko"), name_tokens("Олександр Бондаренко")
    assert not names_contradict(latin, cyrillic) and names_agree(latin, cyrillic)
    assert name_tokens("TRẦN MINH KHOA") == name_tokens("Trần Minh Khoa") == ("tran", "minh",
                                                                              "khoa")


def test_a_shared_surname_does_not_make_one_person() -> None:
    ana, joao = name_tokens("Ana Silva"), name_tokens("João Silva")
    assert not names_contradict(ana, joao)  # could be one person writing two e-mails ...
    assert not names_agree(ana, joao)  # ... but not enough for a phone alone
    assert names_agree(ana, name_tokens("Ana Maria Silva"))
    assert names_contradict(ana, name_tokens("Kofi Mensah"))


def test_identity_round_trips_through_its_stored_keys() -> None:
    person = Candidate(name="Ana Silva", email="Ana@Example.com", phone="0744 902 157",
                       country="RO", links=["https://linkedin.com/in/ana-s", "https://x.example"])
    identity = Identity.of(person)
    assert Identity.from_keys(identity.stored_keys()) == identity
    assert all(not k.startswith("name:") for k in identity.lookup_keys())
