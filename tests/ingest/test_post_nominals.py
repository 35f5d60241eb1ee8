"""Degrees and titles after a name ("Amara Okafor, CPA", "Jonas Berger LLM") are one list: the
name reader strips them and the header reads no headline in them, whichever of the two a degree
was first written for. Words of that list that are also names ("Li Ma", "Tan Beng") are degrees
only after a comma."""

from __future__ import annotations

import pytest
from tests.ingest.conftest import read_cv


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Amara Okafor, CPA", "Amara Okafor"),
        ("Amara Okafor, RN", "Amara Okafor"),
        ("Amara Okafor, MSc, CFA", "Amara Okafor"),
        ("Jonas Berger LLB", "Jonas Berger"),
        ("Jonas Berger, LLM", "Jonas Berger"),
        ("Jonas Berger, BEng", "Jonas Berger"),
        ("Rina Wati, S.Kom.", "Rina Wati"),
        ("Li Ma", "Li Ma"),
        ("Tan Beng", "Tan Beng"),
    ],
)
def test_a_degree_after_the_name_is_neither_name_nor_headline(line: str, name: str) -> None:
    person = read_cv(f"{line}\namara.okafor@example.com\nLagos, Nigeria\n")
    assert (person.name, person.headline) == (name, "")
