"""Words that look like a skill's name but, where people write them on a résumé, mean something
else (issue 15): a French higher diploma is no base station, the document itself no computer
vision."""

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


@pytest.mark.parametrize("text", [
    "I have pasted my CV below: machine learning and data analysis in Python for 3 years.",
    "Please find attached my updated CV; I build deep learning models with PyTorch.",
    "Envoyé mon CV pour le poste de data scientist (machine learning, Python).",
])
def test_the_document_itself_is_no_computer_vision(linker: SkillLinker, text: str) -> None:
    assert "computer vision" not in snippets(linker, text)


def test_cv_beside_its_own_methods_is_still_computer_vision(linker: SkillLinker) -> None:
    found = snippets(linker, "CV models for object detection in PyTorch and OpenCV.")
    assert "computer vision" in found
