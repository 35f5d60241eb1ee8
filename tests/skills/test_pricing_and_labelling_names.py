"""Pricing and data labelling as résumés in German, Polish, Ukrainian, Russian, Indonesian and
Vietnamese name them (issue 15): one name per language, read in its compounds and cases by the
literal matcher ("Preisgestaltung" in "Angebotspreisgestaltung", "ціноутворення" in
"ціноутворенням"). Each case is an invented sentence; the snippet is the words linked."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        (
            "Verantwortlich für die Preisgestaltung im Onlineshop.",
            "pricing strategies",
            "Preisgestaltung",
        ),
        (
            "Einführung einer dynamischen Sortimentspreisfindung für 40 Filialen.",
            "pricing strategies",
            "Sortimentspreisfindung",
        ),
        (
            "Займалася ціноутворенням для мережі аптек.",
            "pricing strategies",
            "ціноутворенням",
        ),
        (
            "Отвечал за ценообразование на новые позиции ассортимента.",
            "pricing strategies",
            "ценообразование",
        ),
        (
            "Opracowałam strategię cenową dla marki własnej.",
            "pricing strategies",
            "strategię cenową",
        ),
        (
            "Menyusun strategi harga untuk produk baru.",
            "pricing strategies",
            "strategi harga",
        ),
        (
            "Xây dựng chiến lược giá cho các dòng sản phẩm mới.",
            "pricing strategies",
            "chiến lược giá",
        ),
        (
            "Koordynowałem anotację danych do modelu NER.",
            "data labelling",
            "anotację danych",
        ),
        (
            "Руководил разметкой данных для обучения моделей.",
            "data labelling",
            "разметкой данных",
        ),
        (
            "Melakukan anotasi data untuk model deteksi objek.",
            "data labelling",
            "anotasi data",
        ),
    ],
)
def test_pricing_and_labelling_names(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet
