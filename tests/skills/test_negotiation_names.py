"""Negotiation written in the hiring regions' languages links the ESCO skills English names link
('negotiation' -> negotiate price, 'contract negotiation' -> negotiate sales contracts): issue 15,
where "negociación", "ведення переговорів" and "negociere contracte" linked nothing."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

PRICE = "negotiate price"
CONTRACTS = "negotiate sales contracts"


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Habilidades: negociación, trabajo en equipo, Excel.", PRICE, "negociación"),
        ("Competências: negociação e atendimento ao cliente.", PRICE, "negociação"),
        ("Abilități: negociere, comunicare, lucru în echipă.", PRICE, "negociere"),
        ("Навички: ведення переговорів з дистриб'юторами.", PRICE, "ведення переговорів"),
        ("Проведение переговоров с ключевыми клиентами.", PRICE, "Проведение переговоров"),
        ("Stärken: Verhandlungsführung und Kundenorientierung.", PRICE, "Verhandlungsführung"),
        ("Yetkinlikler: müzakere, satış, raporlama.", PRICE, "müzakere"),
        ("Negociación de contratos con distribuidores.", CONTRACTS, "Negociación de contratos"),
        ("Negociere contracte cu clienții din retail.", CONTRACTS, "Negociere contracte"),
        ("Négociation des contrats annuels avec la grande distribution.", CONTRACTS,
         "Négociation des contrats"),
    ],
)
def test_negotiation_names_link_their_esco_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet
