"""Stock work as résumés in the hiring regions' languages write it (issue 15: dev résumés
outside '*-b' labelled these and the product linked nothing): "laporan stok harian", "báo cáo
tồn kho", "stok analizleri", "inwentaryzacja cykliczna", "inventarierea" or "Контроль
остатков" is managing a warehouse's inventory."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

STOCK = "manage warehouse inventory"


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Membuat laporan stok harian gudang.", STOCK, "laporan stok harian"),
        ("Lập báo cáo tồn kho hằng tuần.", STOCK, "Lập báo cáo tồn kho"),
        ("Aylık stok analizleri ve raporlama.", STOCK, "stok analizleri"),
        ("Inwentaryzacja cykliczna w magazynie.", STOCK, "Inwentaryzacja cykliczna"),
        ("Am coordonat inventarierea lunară a depozitului.", STOCK, "inventarierea"),
        ("Контроль остатков на складе.", STOCK, "Контроль остатков"),
    ],
)
def test_names_link_in_the_regions_languages(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet
