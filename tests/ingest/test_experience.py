"""Stated years of experience in the ten languages (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.factories import make_candidate

from worldhire.core.models import EvidenceItem, EvidenceKind
from worldhire.ingest import fields
from worldhire.ingest.experience import find_stated_years
from worldhire.ingest.profile import fill_years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Have total work experience of 2.5 years", 2.5),
        ("over 6 years in machine learning", 6.0),
        ("6+ yrs exp", 6.0),
        ("8+ years of experience in ML", 8.0),
        ("Experience: 4.5", 4.5),
        ("Total Experience: 4 Years 3 Months", 4.25),
        ("ponad 5 lat doświadczenia", 5.0),
        ("5-letnie doświadczenie komercyjne", 5.0),
        ("2,5 roku doświadczenia", 2.5),
        ("5 años de experiencia", 5.0),
        ("experiencia de 3 años en datos", 3.0),
        ("mais de 5 anos de experiência", 5.0),
        ("досвід роботи 5 років", 5.0),
        ("peste 5 ani de experiență", 5.0),
        ("plus de 5 ans d'expérience", 5.0),
        ("mehr als 5 Jahre Berufserfahrung", 5.0),
        ("Berufserfahrung: 7 Jahre", 7.0),
        ("5 năm kinh nghiệm", 5.0),
        ("Kinh nghiệm: 3 năm", 3.0),
        ("pengalaman 5 tahun", 5.0),
        ("Ten years of experience building search", 10.0),
        ("over a decade of experience", 10.0),
        ("I have 6 years in data science", 6.0),
        ("8+ years in software, 3 years of experience in ML", 8.0),
        ("I love 3D", None),
        ("25 years old", None),
        ("a 3 year contract", None),
        ("8 years in Germany", None),
        ("Team of 5; 2 years ago", None),
    ],
)
def test_stated_years(text: str, years: float | None) -> None:
    assert fields.stated_years(text) == years


def test_total_experience_wins_over_the_sum_of_jobs() -> None:
    """Issue 15: "Have total work experience of 2.5 years" came out as 11.2 years."""
    jobs = [
        EvidenceItem(EvidenceKind.JOB, "Analyst", "", start=date(2012, 1, 1), end=date(2020, 1, 1)),
        EvidenceItem(EvidenceKind.JOB, "Intern", "", start=date(2020, 1, 1), end=date(2023, 3, 1)),
    ]
    person = make_candidate(evidence=jobs)
    fill_years(person, "Have total work experience of 2.5 years\n5 years of Python")
    assert person.years_experience == 2.5


@given(st.text(max_size=300))
def test_any_text_gives_years_in_a_working_life(text: str) -> None:
    for stated in find_stated_years(text):
        assert 0 < stated.years <= 50
        assert 0 <= stated.span[0] < stated.span[1] <= len(text)
