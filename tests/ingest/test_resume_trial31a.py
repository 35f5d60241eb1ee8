"""Regressions from trial31a's trial of issue 15 as a user, with résumés in the forms the corpus
had least (an Indian IT-services CV by project, an academic CV, a Colombian hoja de vida, a
Filipino résumé, a pracuj.pl export, a GitHub profile README, a South African CV as RTF, a German
Lebenslauf)."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.personal_labels import labelled_values
from worldhire.ingest.shared.fields import find_phones


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


@pytest.mark.parametrize("line", [
    "ID number: 910203 5800 087", "ID Number | 9102035800087", "Identity number: 9102035800087",
])
def test_an_identity_number_is_no_phone(line: str) -> None:
    text = f"{line}\nCell: 082 555 0147\nE-mail: lindiwe@example.co.za"
    assert find_phones(text) == ["082 555 0147"]
