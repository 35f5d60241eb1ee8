"""Regressions from the lead's trial of issue 15 in the twelfth session: a French post from Dakar
("Data Analyst confirmé(e) (H/F) – Télétravail", remote "depuis l'Afrique de l'Ouest")."""

from __future__ import annotations

import pytest

from worldhire.ingest.parse import parse_role_bytes


def title_of(first_line: str) -> str:
    body = "\n\nNous recrutons. Profil : SQL, Python. 3 ans d'expérience.\n"
    return parse_role_bytes((first_line + body).encode(), "post.txt").title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Offre d'emploi – Data Analyst confirmé(e) (H/F) – Télétravail",
         "Data Analyst confirmé(e)"),
        ("Analista de Datos – Teletrabajo", "Analista de Datos"),
        ("Data Analyst - Télétravail partiel", "Data Analyst"),
    ],
)
def test_remote_work_after_a_dash_is_no_part_of_the_title(line: str, title: str) -> None:
    assert title_of(line) == title


def test_a_title_s_written_feminine_ending_is_no_language() -> None:
    assert title_of("Analista contable (e)") == "Analista contable (e)"
    assert title_of("Customer Success Manager (Spanish + English)") == "Customer Success Manager"
