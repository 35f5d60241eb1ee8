"""Résumé errors left by earlier rounds (issue 15, helper resumefix29): a freelancer's own
practice dated over the client projects of a projects section is a job."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.resume_text import parse_text_resume


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    person = parse_text_resume(text, "cv.md")
    return [
        (e.title, e.organization, e.start, e.end)
        for e in person.evidence
        if e.kind is EvidenceKind.JOB
    ]


def test_a_freelance_practice_dated_over_client_projects_is_a_job() -> None:
    text = "\n".join([
        "# Lucía Bermejo Soto",
        "lucia.bermejo@example.com · +34 611 203 884",
        "",
        "## Proyectos",
        "",
        "### Autónoma – Diseñadora de producto · mar. 2020 – actualidad",
        "",
        "**Tienda online de cerámica** · 2023",
        "Rediseño del proceso de compra en Figma.",
        "",
        "## Experiencia",
        "",
        "**Diseñadora UX** – Grupo Sendero, Valencia · feb. 2016 – feb. 2020",
        "Pruebas con usuarios y prototipos.",
    ])  # fmt: skip
    assert _jobs(text) == [
        ("Diseñadora de producto", None, date(2020, 3, 1), None),
        ("Diseñadora UX", "Grupo Sendero", date(2016, 2, 1), date(2020, 2, 1)),
    ]


def test_a_lower_case_specialisation_after_a_titles_dash_goes_on_with_the_title() -> None:
    """"Stażystka – analityk danych — Orlen S.A., Płock": lower-case words after the title's
    dash say what the post was in; no employer's name is written in lower case."""
    one_line = split_jobs(["Stażystka – analityk danych — Orlen S.A., Płock",
                           "07.2019 – 09.2019", "Raporty w Excelu."])  # fmt: skip
    two_lines = split_jobs(["Praktykant – tester aplikacji", "Softline Sp. z o.o., Kraków",
                            "07.2018 – 09.2018", "Testy manualne."])  # fmt: skip
    assert [(j.title, j.organization) for j in [*one_line, *two_lines]] == [
        ("Stażystka – analityk danych", "Orlen S.A"),
        ("Praktykant – tester aplikacji", "Softline Sp. z o.o"),
    ]
