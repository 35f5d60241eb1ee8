"""Regressions from the lead's trial of issue 15 as a user in the thirteenth session: a Ghanaian
engineer's résumé written as a letter, a Polish Java developer's CV."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.prose import job_in_sentence


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Je travaille chez Orange Côte d'Ivoire depuis 2019.", "Orange Côte d'Ivoire"),
        ("J'ai été auditeur à la Banque d’Abidjan de 2015 à 2018.", "Banque d’Abidjan"),
    ],
)
def test_an_employer_keeps_the_words_after_an_elided_de(sentence: str, organization: str) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert job.organization == organization


def _months_before_now(months: int) -> date:
    today = date.today()
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


@pytest.mark.parametrize(
    ("sentence", "organization", "months"),
    [
        ("For the last two and a half years I've been at mPharma, where I look after the "
         "forecasting models.", "mPharma", 30),
        ("Over the past 18 months I have worked at Flutterwave on fraud models.", "Flutterwave",
         18),
        ("Desde hace 3 años trabajo en Rappi como analista de datos.", "Rappi", 36),
        ("Há dois anos e meio trabalho no Nubank com modelos de crédito.", "Nubank", 30),
        ("Depuis 4 ans, je travaille chez Orange Côte d'Ivoire.", "Orange Côte d'Ivoire", 48),
        ("Od trzech lat pracuję w Allegro jako analityk danych.", "Allegro", 36),
    ],
)
def test_a_job_that_has_lasted_some_years_until_now_starts_that_long_ago(
    sentence: str, organization: str, months: int
) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.organization, job.start, job.end) == (
        organization, _months_before_now(months), None
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I worked at Andela for 3 years, then moved to Lagos.",
        "At Safaricom I led a team of 5 engineers for two years.",
        "Am lucrat la eMAG timp de 2 ani.",
    ],
)
def test_a_length_not_told_up_to_now_dates_nothing(sentence: str) -> None:
    job = job_in_sentence(sentence)
    assert job is None or job.start is None


@pytest.mark.parametrize(
    "tail",
    [
        "Languages Known: English, Hindi, Marathi\nExpected CTC: 9 LPA\nNotice Period: 30 days",
        "Languages Known: English, Hindi\nCurrent CTC: 7.5 LPA\nExpected CTC: 9 LPA",
        "Languages Known: English, Hindi\nDate of Birth: 12/03/1990\nMarital Status: Married",
    ],
)
def test_personal_and_availability_lines_after_the_languages_are_no_jobs(tail: str) -> None:
    """An Indian CV's "Languages Known: ..." under the last job, then "Expected CTC: 9 LPA":
    each labelled line became a job titled "Expected CTC", "Notice Period", "Date of Birth"."""
    text = ("Rahul Verma\nrahul.verma@example.com\n\nProfessional Experience\n"
            "Senior Accounts Executive, Bajaj Auto Ltd., Pune (Aug 2019 – Till Date)\n"
            f"- TDS computation and payment\n{tail}\n")
    [person] = parse_resume_bytes(text.encode(), "rahul.txt")
    jobs = [e.title for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == ["Senior Accounts Executive"]


def test_the_expected_ctc_is_the_pay_asked_beside_the_current_one() -> None:
    """Reading "Current CTC:" as a section heading made the current pay the one asked."""
    text = ("Rahul Verma\nrahul.verma@example.com\n\nProfessional Experience\n"
            "Senior Accounts Executive, Bajaj Auto Ltd., Pune (Aug 2019 – Till Date)\n"
            "Languages Known: English, Hindi\nCurrent CTC: 7.5 LPA\nExpected CTC: 9 LPA\n")
    [person] = parse_resume_bytes(text.encode(), "rahul.txt")
    assert person.pay_stated is not None and person.pay_stated.quote == "9 LPA"
