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


@pytest.mark.parametrize("text", [
    "Reviewer: NeurIPS (2021–2023), ICML 2024, ICLR 2024",
    "Robust fine-tuning under label noise. *ICML 2023*. Oral presentation.",
    "Best Paper Award, EMNLP Workshop on Clinical NLP 2022",
])
def test_a_conference_is_no_skill_of_publishing(linker: SkillLinker, text: str) -> None:
    """A venue names where a paper went or whom a reviewer served, not a skill the corpus's
    readers ever label."""
    assert "research publications" not in snippets(linker, text)


def test_published_papers_are_still_research_publications(linker: SkillLinker) -> None:
    found = snippets(linker, "Author of 6 peer-reviewed publications on speech recognition.")
    assert "research publications" in found


def test_an_acronym_in_capitals_is_not_the_dart_language(linker: SkillLinker) -> None:
    """"DART" is a workshop's or a tracking system's acronym; the language is written "Dart"."""
    assert "mobile development" not in snippets(linker, "Best Paper, MICCAI DART Workshop 2021")
    assert "mobile development" in snippets(linker, "Kotlin, Java, Flutter, Dart, Git")
