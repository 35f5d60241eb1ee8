"""Résumés as people send them (issue 15, trial27a): what a user's try of the product lost."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.resume_text import parse_text_resume


def _jobs(text: str) -> list[tuple[str | None, str | None, date | None, date | None]]:
    resume = parse_text_resume(text, "cv.md")
    return [
        (e.title, e.organization, e.start, e.end)
        for e in resume.evidence
        if e.kind is EvidenceKind.JOB
    ]


def test_one_dated_job_with_a_paragraph_of_duties_under_it() -> None:
    """An experience section of one job, its header line dated at its end and its duties one
    long line of prose, is that job, not a paragraph with no job in it."""
    text = (
        "# Lucía Herrera\nlucia.herrera@example.com\n\n## Experiencia anterior\n\n"
        "Analista de Riesgos – Banco Andino, Quito · mar. 2017 – nov. 2020\n"
        "Modelos de scoring de originación en Python y R; validación de modelos con el comité "
        "de riesgos y reportes mensuales para la superintendencia.\n\n"
        "## Educación\nEconomía – Universidad Central (2016)\n"
    )
    assert _jobs(text) == [
        ("Analista de Riesgos", "Banco Andino", date(2017, 3, 1), date(2020, 11, 1)),
    ]
