"""Selling written as a plain word in English and the hiring regions' languages links 'sales
activities', the concept "B2B sales" and "field sales" already link (issue 15: "ventas",
"sprzedaż", "активні продажі" and even "sales" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

SALES = "sales activities"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Experience in sales and account management for SaaS clients.", "sales"),
        ("Responsable de ventas en la zona norte, cartera de 80 clientes.", "ventas"),
        ("Conseil et vente en magasin de sport.", "vente"),
        ("Sprzedaż usług telekomunikacyjnych klientom biznesowym.", "Sprzedaż"),
        ("Vânzări directe către clienți persoane fizice.", "Vânzări"),
        ("Активні продажі банківських продуктів малому бізнесу.", "Активні продажі"),
        ("Активные продажи оборудования дилерам.", "Активные продажи"),
        ("Vendas de planos de saúde para empresas.", "Vendas"),
        ("Vertrieb von Industriepumpen an Stadtwerke.", "Vertrieb"),
        ("Tư vấn và bán hàng trực tiếp tại cửa hàng.", "bán hàng"),
        ("Penjualan produk asuransi kepada nasabah.", "Penjualan"),
        ("Kurumsal müşterilere satış ve teklif hazırlama.", "satış"),
    ],
)
def test_sales_names_link_sales_activities(linker: SkillLinker, text: str, snippet: str) -> None:
    assert snippets(linker, text).get(SALES) == snippet
