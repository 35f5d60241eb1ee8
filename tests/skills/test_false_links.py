"""Words that look like a skill's name but, where people write them on a résumé, mean something
else (issue 15): a French higher diploma is no base station."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize("text", [
    "2019 | BTS Finance Comptabilité et Gestion des Entreprises, Groupe Pigier",
    "BTS Transport et Logistique – Institut Supérieur de Management, Dakar",
    "Titulaire d'un BTS Commerce International, j'ai trois ans d'expérience en vente.",
])
def test_the_french_higher_diploma_is_no_base_station(linker: SkillLinker, text: str) -> None:
    assert "telecommunications engineering" not in snippets(linker, text)


def test_a_base_station_among_radio_network_words_is_still_telecoms(linker: SkillLinker) -> None:
    found = snippets(linker, "Commissioned BTS and NodeB sites and ran LTE drive tests.")
    assert "telecommunications engineering" in found
