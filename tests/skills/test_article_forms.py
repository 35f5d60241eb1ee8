"""Local names with "of" in them (French "de", Spanish "de", Italian "di", Portuguese "de") are
written with the article folded in as often as without it: "détection de la fraude" for the
taxonomy's "détection de fraude", "rischio del credito" for "rischio di credito" (issue 15:
French, Italian and Spanish résumés lost these skills)."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        (
            "Détection de la fraude sur les virements instantanés.",
            "fraud detection",
            "Détection de la fraude",
        ),
        (
            "Modèles de détection des fraudes pour une néobanque.",
            "fraud detection",
            "détection des fraudes",
        ),
        (
            "Analisi del rischio del credito per le PMI lombarde.",
            "credit risk modelling",
            "rischio del credito",
        ),
        (
            "Modelos de detección del fraude en pagos con tarjeta.",
            "fraud detection",
            "detección del fraude",
        ),
    ],
)
def test_a_local_name_with_its_article_folded_in_links_its_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


def test_an_article_alone_makes_no_name(linker: SkillLinker) -> None:
    """Only the article after "de" varies: the words around it stay the name's."""
    found = snippets(linker, "Détection de la foule dans les gares, par caméras.")
    assert "fraud detection" not in found
