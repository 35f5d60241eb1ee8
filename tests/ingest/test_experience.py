"""Stated years of experience in the ten languages (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.factories import make_candidate

from worldhire.core.models import EvidenceItem, EvidenceKind
from worldhire.ingest.resumes.profile import fill_years
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.experience import find_stated_years


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
        # issue 15 dev misses: tables, sentence openers, "since", perfect tense, header figures
        ("Berufserfahrung | 11 Jahre", 11.0),
        ("Total pengalaman | 7 tahun", 7.0),
        ("Kinh nghiệm | 8 năm", 8.0),
        ("Eleven years in analytics and data science, the last three leading GenAI", 11.0),
        ("8 років в інфраструктурі, з них 3 роки — MLOps.", 8.0),
        ("Data Scientist із 5 роками досвіду в e-commerce", 5.0),
        ("Ingeniero de datos con 9 años de trayectoria, los últimos tres", 9.0),
        ("Soy ingeniera de machine learning con siete años de experiencia", 7.0),
        ("Trabalho com machine learning há seis anos.", 6.0),
        ("Ingénieure en traitement automatique des langues depuis 4 ans, spécialisée", 4.0),
        ("Ich baue seit über 7 Jahren Datenplattformen", 7.0),
        ("Data Engineer. Ich baue seit\nüber 7 Jahren Datenplattformen", 7.0),
        ("Lucrez în infrastructură de aproape 9 ani, iar din 2021 MLOps", 9.0),
        ("I have spent the last six years building perception software.", 6.0),
        ("I've been driving over the road for 11 years and I'm looking for a lane", 11.0),
        ("I have worked in knit garment merchandising for nine years, handling buyers", 9.0),
        ("Backend engineer (7 years) who moved into applied ML in 2023.", 7.0),
        ("Role: QA Automation Engineer (Senior), 6 years", 6.0),
        ("Seniority: Senior (10+ years)", 10.0),
        ("Водій-далекобійник зі стажем понад 12 років, з них 7 років — рейси по ЄС.", 12.0),
        ("April 2021 - Present (3 years 6 months)", None),
        ("zero preventable accidents in the last five years.", None),
        ("Lived 8 years in Germany; moved to Spain", None),
        ("Qualified electrician, 8 years experiance in mining", 8.0),
        ("I love 3D", None),
        ("25 years old", None),
        ("a 3 year contract", None),
        ("8 years in Germany", None),
        ("Team of 5; 2 years ago", None),
        # a career's length under its heading: "WORK HISTORY (Total : 9 years)"
        ("WORK HISTORY  (Total : 9 years)", 9.0),
        ("Łącznie: 4 lata", 4.0),
        ("Total: 12 projects in 3 years", None),
        # a figure inside a word before it ("B2B", "4G") is no date of a job
        ("Candidato à vaga de Analista B2B. Há seis anos trabalho com logística.", 6.0),
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


def test_a_claim_naming_experience_beats_one_read_from_the_sentence() -> None:
    """fr-prose-09: "46 ans, 22 ans d'expérience": 46 is the person's age."""
    text = "Chef de chantier gros œuvre, 46 ans, 22 ans d'expérience dans le bâtiment."
    assert fields.stated_years(text) == 22.0
