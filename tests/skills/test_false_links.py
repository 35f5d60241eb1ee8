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


@pytest.mark.parametrize("text", [
    "Lập báo cáo tài chính quý cho công ty thương mại",
    "Kiểm tra hàng nhập và lập báo cáo lỗi sản phẩm sau mỗi ca",
    "Lap bao cao thue cho cac chi nhanh mien Nam",
    "Lập báo cáo 8D gửi khách hàng khi có khiếu nại",
    "Menyusun laporan keuangan konsolidasi untuk dua anak perusahaan.",
    "Elaboración de informes de cobranza para la gerencia regional.",
    "Elaboração de relatórios fiscais da filial de Campinas.",
    "Sporządzanie raportów kosztowych dla dyrektora zakładu.",
])
def test_a_report_of_a_named_kind_is_not_report_writing(linker: SkillLinker, text: str) -> None:
    """The hiring regions' languages name a report's kind after the word for reports: a
    financial, tax, defect or cost report is that trade's own work, which a reader names, not
    report writing in general."""
    assert "write work-related reports" not in snippets(linker, text)


@pytest.mark.parametrize("text", [
    "Tổng hợp số liệu bán hàng và lập báo cáo hằng tuần cho trưởng phòng",
    "Lập báo cáo, theo dõi tiến độ giao hàng của nhà cung cấp",
    "Lập báo cáo cho ban giám đốc về chi phí vận chuyển",
    "Menyusun laporan bulanan untuk kepala cabang.",
    "Elaboración de informes mensuales para el director de planta.",
    "Sporządzanie raportów dla zarządu i klientów.",
])
def test_a_report_of_no_named_kind_is_report_writing(linker: SkillLinker, text: str) -> None:
    assert "write work-related reports" in snippets(linker, text)


@pytest.mark.parametrize("text", [
    "J'aime transformer les chiffres bruts en décisions pour la direction.",
    "Mon rôle : transformer des besoins métier en tableaux de bord Power BI.",
])
def test_the_french_verb_transformer_is_no_transformer_model(
    linker: SkillLinker, text: str
) -> None:
    """French "transformer" before its object's article is the verb "to transform"."""
    assert "transformer models" not in snippets(linker, text)


def test_a_transformer_named_in_french_is_still_the_model(linker: SkillLinker) -> None:
    found = snippets(linker, "Fine-tuning d'un transformer pour classer les réclamations.")
    assert found.get("transformer models") == "transformer"
