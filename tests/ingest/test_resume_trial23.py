"""Regressions from the lead's trial of issue 15 as a user in the twelfth session: résumés sent as
people send them (an application told in an e-mail from Kenya, a Markdown CV from Egypt, a
Philippine CV with emoji headings)."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.residence import place_in_prose


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("For the last 3 yrs I've been a data engineer at Twiga Foods (Nov 2021 - now), where I "
         "own the Airflow DAGs.", date(2021, 11, 1)),
        ("I’ve been a data engineer at Twiga Foods since 2021.", date(2021, 1, 1)),
        ("I’m a data engineer at Twiga Foods since Nov 2021.", date(2021, 11, 1)),
    ],
)
def test_a_contracted_i_have_been_introduces_the_title(sentence: str, start: date) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.title, job.organization, job.start, job.end) == (
        "data engineer", "Twiga Foods", start, None
    )


@pytest.mark.parametrize(
    ("sentence", "place", "country"),
    [
        ("I'm Kevin Odhiambo Ouma, based in Kisumu but happy to relocate to Nairobi.", "Kisumu",
         "KE"),
        ("Vivo en Medellín pero puedo viajar a Bogotá.", "Medellín", "CO"),
        ("Based in Kisumu, Kenya but open to relocation.", "Kisumu, Kenya", "KE"),
    ],
)
def test_the_place_one_lives_ends_where_the_clause_goes_on(
    sentence: str, place: str, country: str
) -> None:
    found = place_in_prose(sentence)
    assert found is not None
    assert (found[0], found[1].country) == (place, country)


def test_how_long_in_brackets_after_the_year_still_opens_a_job() -> None:
    text = ("Aya Kouassi\naya@outlook.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n\n"
            "Juin 2019 – Décembre 2021 : Chargée d'études statistiques, Société Générale\n"
            "• Scoring crédit des PME sous SAS et R\n\n"
            "2018 (6 mois) : Stagiaire, Institut National de la Statistique (INS)\n"
            "• Nettoyage des données de l'enquête ménages\n")
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    jobs = [(e.title, e.organization, e.start) for e in person.evidence
            if e.kind is EvidenceKind.JOB]
    assert jobs[-1] == ("Stagiaire", "Institut National de la Statistique (INS)",
                        date(2018, 1, 1))


def test_labelled_job_fields_of_indian_cvs() -> None:
    text = ("Sowmya Ramachandran\nEmail : sowmya.r.qa@gmail.com\n\nWORK EXPERIENCE\n\n"
            "Company : Cognizant Technology Solutions, Chennai\n"
            "Designation : Senior QA Engineer\nDuration : Aug 2021 – Till Date\n"
            "Roles and Responsibilities:\n* Developed the Selenium automation framework.\n\n"
            "Company Name : Infosys Ltd, Mysore\nDesignation : Test Engineer\n"
            "Duration : Jun 2018 – Jul 2021\nResponsibilities:\n* Manual testing with Postman.\n")
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    jobs = [(e.title, e.organization, e.start) for e in person.evidence
            if e.kind is EvidenceKind.JOB]
    assert jobs == [("Senior QA Engineer", "Cognizant Technology Solutions", date(2021, 8, 1)),
                    ("Test Engineer", "Infosys Ltd", date(2018, 6, 1))]
