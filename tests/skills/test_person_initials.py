"""A capital written as a person's initial is no one-letter language (trial31a, issue 15): an
academic CV's co-authors ("R. Patel,"), a referee ("Dr. R. Venkataraman,"), a Colombian identity
card ("C.C. 52.118.904")."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize("text", [
    "S. Ibrahim, C. Mbeki-Osei, R. Lindahl. Calibrated uncertainty for clinical NLP. ACL 2021.",
    "Cédula: C.C. 52.118.904 de Bogotá. Manejo de SAP y Python para conciliaciones.",
    "Referee: Dr. R. Venkataraman, Head of Analytics, who supervised my Python work.",
])
def test_a_persons_initial_is_no_programming_language(linker: SkillLinker, text: str) -> None:
    found = snippets(linker, text)
    assert "C" not in found
    assert "R" not in found


@pytest.mark.parametrize("text", [
    "Statistical models in Python and R. Teaching assistant for the data course.",
    "Wrote firmware in C. Later moved to embedded Rust.",
])
def test_a_language_ending_a_sentence_is_still_the_language(linker: SkillLinker, text: str) -> None:
    assert {"R", "C"} & set(snippets(linker, text))
