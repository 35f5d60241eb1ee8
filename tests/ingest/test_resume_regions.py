"""Regressions from the dev résumés of batch dev-resume-regions (bench/data/extraction, *-91...93:
India, Nigeria, Kenya, Ghana, the Philippines, Vietnam, Indonesia, Brazil, Mexico, Argentina,
Colombia, Egypt, Pakistan, Bangladesh): an address that ends with a state or province, a year
span in brackets that is no phone, a phone beside the e-mail in a CV whose sidebar comes first,
a name introduced in a pasted e-mail, West and East African languages, and a job board's
"4 Year(s) 2 Month(s)"."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.fields import find_phone, phones_beside, stated_years
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.spoken_languages import find_spoken_languages


@pytest.mark.parametrize(
    ("written", "country", "zone"),
    [
        ("D/o Sri Ramesh Prasad, H.No. 12-4-88, Kankarbagh, Patna - 800020, Bihar", "IN",
         "Asia/Kolkata"),
        ("Gaya, Bihar", "IN", "Asia/Kolkata"),
        ("Vijayawada", "IN", "Asia/Kolkata"),
        ("Blk 4 Lot 12 Camella Homes, Bacoor, Cavite", "PH", "Asia/Manila"),
        ("Brgy. San Isidro, Pasay", "PH", "Asia/Manila"),
        ("Nnewi, Anambra State", "NG", "Africa/Lagos"),
    ],
)  # fmt: skip
def test_a_state_or_small_city_of_the_hiring_regions(written: str, country: str, zone: str) -> None:
    place = resolve_place(written)
    assert place is not None
    assert (place.country, place.timezone) == (country, zone)


def test_a_year_span_in_brackets_is_no_phone() -> None:
    text = "I did my national service (2017-2018) at the CAGD.\nMy phone is 024 456 7788."
    assert find_phone(text) == "024 456 7788"


def test_the_phone_beside_the_email() -> None:
    text = "Nationality: Indian\n\nANJALI KUMARI\nMob: 7004512398 | E-mail: anjali@example.com"
    assert phones_beside(text, "anjali@example.com") == ["7004512398"]
    assert phones_beside(text, "someone@example.com") == []


def test_a_sidebar_first_cv_keeps_its_phone() -> None:
    text = (
        "PERSONAL PROFILE\nFather's Name: Sri Ramesh Prasad\nNationality: Indian\n\n"
        "CURRICULUM VITAE\nANJALI KUMARI\nMob: 7004512398 | E-mail: anjali.kumari@example.com\n"
        "CAREER OBJECTIVE\nTo work in a challenging environment in recruitment.\n"
    )
    assert parse_text_resume(text, "cv.docx").phone == "7004512398"


def test_a_name_introduced_in_a_pasted_email() -> None:
    text = (
        "Dear Hiring Manager,\n\nPlease find my details below.\n\n"
        "My name is Abena Serwaa Mensah and I live in Kumasi, Ghana. I am a chartered "
        "accountant with about 6 years of experience in audit.\n\n"
        "My phone is 024 456 7788 and my email is abena.mensah@example.com.gh.\n"
    )
    candidate = parse_text_resume(text, "mail.txt")
    assert candidate.name == "Abena Serwaa Mensah"
    assert candidate.phone == "024 456 7788"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I speak English, Twi and a little French.", ["English", "Twi", "French"]),
        ("I speak English, Ewe and Twi.", ["English", "Ewe", "Twi"]),
        ("I speak Kikuyu and English.", ["Kikuyu", "English"]),
    ],
)
def test_west_and_east_african_languages_in_a_sentence(text: str, names: list[str]) -> None:
    assert [found.name for found in find_spoken_languages(text)] == names


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Total Experience : 4 Year(s) 2 Month(s)", 4 + 2 / 12),
        ("Total Experience: 11 Year(s) 6 Month(s)\nCurrent CTC : INR 12 Lacs", 11.5),
        ("Total Experience : 6 Year(s)", 6.0),
    ],
)
def test_a_job_boards_years_and_months(text: str, years: float) -> None:
    assert stated_years(text) == pytest.approx(years, abs=0.01)


def test_a_responsibilities_section_under_a_table_of_jobs_holds_no_jobs() -> None:
    text = (
        "ANJALI KUMARI\nMob: 7004512398 | E-mail: anjali.kumari@example.com\n\n"
        "PROFESSIONAL EXPERIENCE\nOrganisation | Designation | Duration\n"
        "Quess Corp Ltd, Patna | HR Executive | 01/2022 – Till date\n"
        "Shree Ganesh Placement Services | Recruitment Coordinator | 06/2020 – 12/2021\n"
        "JOB RESPONSIBILITIES\n"
        "- End to end recruitment for bulk hiring of field sales staff.\n"
        "- Sourcing through Naukri, Apna and Indeed, screening and scheduling interviews.\n"
        "- Onboarding, PF & ESIC registration of new joinees.\n"
    )
    jobs = [e.title for e in parse_text_resume(text, "cv.docx").evidence if e.kind.value == "job"]
    assert jobs == ["HR Executive", "Recruitment Coordinator"]
