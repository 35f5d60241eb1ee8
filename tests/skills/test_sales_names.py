"""Selling named as the duty itself in French, Polish, Romanian, Ukrainian and Russian links
'sales activities', the concept "B2B sales" and "field sales" already link (issue 15: "vente",
"sprzedaż", "vânzări" and "активні продажі" linked nothing). The plural that most often counts
results ("sales grew 20%", "ventas", "vendas", "ventes") is no name: it linked 26 wrong skills
on dev résumés for 10 right ones."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

SALES = "sales activities"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Conseil et vente en magasin de sport.", "vente"),
        ("Sprzedaż usług telekomunikacyjnych klientom biznesowym.", "Sprzedaż"),
        ("Vânzări directe către clienți persoane fizice.", "Vânzări"),
        ("Активні продажі банківських продуктів малому бізнесу.", "Активні продажі"),
        ("Активные продажи оборудования дилерам.", "Активные продажи"),
    ],
)
def test_sales_names_link_sales_activities(linker: SkillLinker, text: str, snippet: str) -> None:
    assert snippets(linker, text).get(SALES) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "Increased sales by 20% in two quarters.",
        "Crecimiento de las ventas del 15% en la región.",
        "Hausse des ventes de 12 % sur le magasin.",
    ],
)
def test_a_count_of_sales_grown_links_no_sales_skill(linker: SkillLinker, text: str) -> None:
    assert SALES not in snippets(linker, text)
