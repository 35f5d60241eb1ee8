"""Training staff, advising customers and working a till as résumés in the hiring regions'
languages write them (issue 15: dev résumés outside '*-b' labelled "formation des opérateurs",
"plan de formation", "Conseil client", "Kundenberatung", "Консультування абонентів" or
"Кассовое обслуживание" as skills and the product linked nothing for them)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

TRAIN = "train employees"
ADVISE = "provide customer guidance on product selection"
TILL = "operate cash register"


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Formation des opérateurs aux nouveaux postes.", TRAIN, "Formation des opérateurs"),
        ("Rédaction du plan de formation annuel.", TRAIN, "plan de formation"),
        (
            "Treinamento de novos operadores de empilhadeira.",
            TRAIN,
            "Treinamento de novos operadores",
        ),
        ("Organizarea de traininguri interne pentru echipă.", TRAIN, "traininguri interne"),
        ("Vardiya ekibi için eğitim planlaması.", TRAIN, "eğitim planlaması"),
        ("Conseil client et mise en rayon.", ADVISE, "Conseil client"),
        ("Consiliere clienți la alegerea produselor.", ADVISE, "Consiliere clienți"),
        ("Kundenberatung im Fachmarkt.", ADVISE, "Kundenberatung"),
        ("Tư vấn sản phẩm cho khách hàng tại cửa hàng.", ADVISE, "Tư vấn sản phẩm"),
        ("Консультування абонентів щодо тарифів.", ADVISE, "Консультування абонентів"),
        ("Консультирование покупателей в торговом зале.", ADVISE, "Консультирование покупателей"),
        ("Кассовое обслуживание физических лиц.", TILL, "Кассовое обслуживание"),
        ("Касове обслуговування клієнтів банку.", TILL, "Касове обслуговування"),
        ("Melayani transaksi kasir dan retur barang.", TILL, "transaksi kasir"),
    ],
)
def test_duties_link_in_the_regions_languages(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "Conseil d'administration de l'association des parents.",
        "Formation : Master en finance, Université de Lyon.",
    ],
)
def test_a_board_and_a_degree_are_no_such_duty(linker: SkillLinker, text: str) -> None:
    assert not {TRAIN, ADVISE} & set(snippets(linker, text))
