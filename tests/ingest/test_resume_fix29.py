"""Résumé errors left by earlier rounds (issue 15, helper resumefix29): a freelancer's own
practice dated over the client projects of a projects section is a job."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
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
