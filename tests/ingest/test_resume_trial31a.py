"""Regressions from trial31a's trial of issue 15 as a user, with résumés in the forms the corpus
had least (an Indian IT-services CV by project, an academic CV, a Colombian hoja de vida, a
Filipino résumé, a pracuj.pl export, a GitHub profile README, a South African CV as RTF, a German
Lebenslauf)."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.personal_labels import labelled_values


@pytest.mark.parametrize(("surname", "given"), [
    ("Surname | Dube", "First names | Lindiwe Precious"),
    ("Last name: Dube", "First name: Lindiwe Precious"),
    ("Family name: Dube", "Given names: Lindiwe Precious"),
])
def test_an_english_surname_and_first_names_on_two_labelled_lines_are_one_name(
    surname: str, given: str
) -> None:
    lines = ["CURRICULUM VITAE", "PERSONAL DETAILS", surname, given, "ID number: 9102035800087"]
    assert labelled_values(lines)["name"] == "Dube Lindiwe Precious"

