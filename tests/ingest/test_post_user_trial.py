"""Regressions from a user's trial of issue 15 with job posts written as people write them."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post as _role

BODY = (
    "\n\nBuscamos una persona que diseñe y mantenga nuestros pipelines de datos.\n\n"
    "Requisitos:\n- Al menos 4 años de experiencia con Python y SQL\n"
    "- Experiencia con Apache Spark y Airflow\n\n"
    "Salario de USD 4.000 a 5.500 mensuales, 100% remoto desde Colombia o México.\n"
)


@pytest.mark.parametrize(("head", "title", "company"), [
    ("Ingeniero/a de Datos Senior – Rappi (Bogotá, remoto LATAM)",
     "Ingeniero/a de Datos Senior", "Rappi"),
    ("Senior Data Engineer - Quillabamba Labs", "Senior Data Engineer", "Quillabamba Labs"),
    # a team or a field after the dash is no company
    ("Ingeniero/a de Datos – Payments", "Ingeniero/a de Datos – Payments", ""),
])
def test_a_company_closing_the_title_line_is_the_company(
    head: str, title: str, company: str
) -> None:
    role = _role(head + BODY)
    assert (role.title, role.company) == (title, company)
