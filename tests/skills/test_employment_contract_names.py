"""Drawing up employment contracts, as HR and payroll résumés in the hiring regions' languages
write it, links 'maintain contract administration' (issue 15: "umowy o pracę", "contrats de
travail", "contractelor de muncă", "kontrak kerja" and "Arbeitsverträgen" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

CONTRACTS = "maintain contract administration"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Drafted employment contracts and offer letters for new hires.", "employment contracts"),
        ("Sporządzanie umów o pracę i aneksów.", "umów o pracę"),
        ("Przygotowywanie umowy o pracę dla nowych osób.", "umowy o pracę"),
        ("Rédaction des contrats de travail et des avenants.", "contrats de travail"),
        ("Întocmirea contractelor de muncă și a actelor adiționale.", "contractelor de muncă"),
        ("Menyusun kontrak kerja karyawan baru.", "Menyusun kontrak kerja"),
        ("Erstellung von Arbeitsverträgen und Zeugnissen.", "Arbeitsverträgen"),
        ("Elaboración de contratos de trabajo y finiquitos.", "contratos de trabajo"),
        ("Оформлення трудових договорів та наказів.", "трудових договорів"),
        ("Soạn thảo hợp đồng lao động cho nhân viên mới.", "Soạn thảo hợp đồng lao động"),
    ],
)
def test_employment_contract_names_link_contract_administration(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(CONTRACTS) == snippet
