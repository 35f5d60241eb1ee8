"""The psychometric tests a recruiter runs in selection, as résumés in French, Indonesian and the
other hiring regions' languages write them, link 'interpret psychological tests' (issue 15:
"entretiens téléphoniques et tests psychotechniques", "Screening CV, psikotes" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

TESTS = "interpret psychological tests"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Présélection des candidats et tests psychotechniques.", "tests psychotechniques"),
        ("Seleksi berkas, psikotes dan wawancara user.", "psikotes"),
        ("Aplicación de pruebas psicotécnicas a operarios.", "pruebas psicotécnicas"),
        ("Aplicação de testes psicotécnicos nos processos seletivos.", "testes psicotécnicos"),
        ("Ran psychometric tests for graduate trainees.", "psychometric tests"),
    ],
)
def test_selection_tests_link_interpret_psychological_tests(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(TESTS) == snippet
