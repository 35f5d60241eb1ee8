"""Maintenance-management software and accountants' certificates and frameworks as the hiring
regions write them on résumés (issue 15): each links the skill it shows, in a list and in a
sentence."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker

NAMES = {
    "use computerised maintenance management systems": [
        "GMAO", "Carl Source", "CMMS", "IBM Maximo",
    ],
    "accounting": ["SYSCOHADA", "Certyfikat księgowy", "chứng chỉ kế toán trưởng"],
    "generate reconciliation reports": ["lettrage"],
    "tax legislation": ["Brevet Pajak A & B"],
    "prepare tax returns forms": ["e-Faktur", "faktur pajak"],
}
CASES = [(label, name) for label, names in NAMES.items() for name in names]


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_licence_or_trade_tool_in_a_list_links_its_skill(
    linker: SkillLinker, label: str, name: str
) -> None:
    assert snippets(linker, f"Outlook, {name}, Teams").get(label) == name


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_licence_or_trade_tool_in_a_sentence_links_its_skill(
    linker: SkillLinker, label: str, name: str
) -> None:
    assert snippets(linker, f"I have {name} since 2019, used at the branch office.").get(
        label) == name
