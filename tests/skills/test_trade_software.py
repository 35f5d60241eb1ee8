"""The software of accounting, payroll and tax trades that résumés and posts in the hiring regions
name (issue 15: "SAP Business One", "Sage Pastel", "DATEV LODAS", "enova365", "KRA iTax" were
unknown, so a bookkeeper's tools gave no skill): each links, as a written name of the skill it is
evidence of, in a list of tools and in a sentence that uses it."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker

TOOLS = {
    "ERP systems": ["SAP Business One", "SAP B1", "SAP TM", "Oracle Financials"],
    "use accounting systems": ["Sage Pastel", "Pastel Partner", "enova365", "Enova",
                               "DATEV Kanzlei-Rechnungswesen"],
    "maintain financial records": ["Dext", "Hubdoc"],
    "manage payroll": ["VIP Payroll", "Sage 300 People", "DATEV LODAS", "LODAS", "uFiling"],
    "prepare tax returns forms": ["KRA iTax", "iTax", "SARS eFiling", "EMP201"],
}
CASES = [(label, name) for label, names in TOOLS.items() for name in names]



@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_listed_trade_tool_links(linker: SkillLinker, label: str, name: str) -> None:
    assert snippets(linker, f"Software: Outlook, {name}, Teams").get(label) == name


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_trade_tool_used_in_a_sentence_links(linker: SkillLinker, label: str, name: str) -> None:
    assert snippets(linker, f"Closed the books every month in {name} for three clients.").get(
        label) == name
