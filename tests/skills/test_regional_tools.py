"""Tool names, certificates and word forms of the hiring regions that résumés write (issue 15):
a shop's or a clinic's tools, a bookkeeper's software, and names with another language's
endings, each linked to the skill it shows, and the common word it also is left alone."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize("text", [
    "Operated the POS system and the cash register on the night shift.",
    "Daily POS reports and cash counts for the branch manager.",
])
def test_a_point_of_sale_is_no_blockchain_consensus(linker: SkillLinker, text: str) -> None:
    assert "blockchain consensus mechanisms" not in snippets(linker, text)


def test_proof_of_stake_written_out_is_still_blockchain_consensus(linker: SkillLinker) -> None:
    found = snippets(linker, "Validator node design for a proof of stake chain in Rust.")
    assert found.get("blockchain consensus mechanisms") == "proof of stake"


@pytest.mark.parametrize(("text", "label", "snippet"), [
    ("Am lucrat zilnic în WinMentorul firmei și am exportat balanțe.",
     "use accounting systems", "WinMentorul"),
    ("Închiderea lunii în Protheusului filialei din Cluj.", "use accounting systems",
     "Protheusului"),
    ("Працювала з Excelем і Power BI щодня.", "Microsoft Excel", "Excelем"),
    ("Готувала звіти в Excelі для відділу продажів.", "Microsoft Excel", "Excelі"),
])
def test_a_trade_tools_name_with_another_languages_ending_links(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


def test_an_english_word_that_starts_like_a_tool_is_no_tool(linker: SkillLinker) -> None:
    assert "Microsoft Excel" not in snippets(linker, "Excellent reports for the sales team.")


def test_a_trade_tools_everyday_name_counts_only_with_its_capitals(linker: SkillLinker) -> None:
    said = snippets(linker, "I sit with the night team and tally the cash after each shift.")
    assert "maintain financial records" not in said
    assert "execute software tests" not in said
    assert snippets(linker, "Kept the shop's ledgers in Tally for six years.").get(
        "maintain financial records") == "Tally"


TOOLS = {
    "use accounting systems": ["MISA SME", "Sage 100 Comptabilité", "Sage Comptabilité",
                               "EBP Compta", "Aspel COI", "TOTVS", "Comarch Optima"],
    "process payments": ["M-Pesa", "Lipa na M-Pesa"],
    "implement route planning in smart mobility services": ["Roadnet"],
    "software testing": ["Allure"],
}
CASES = [(label, name) for label, names in TOOLS.items() for name in names]


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_regions_tool_in_a_list_links_the_skill_it_shows(
    linker: SkillLinker, label: str, name: str
) -> None:
    assert snippets(linker, f"Tools: Outlook, {name}, Teams").get(label) == name


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_regions_tool_in_a_sentence_links_the_skill_it_shows(
    linker: SkillLinker, label: str, name: str
) -> None:
    assert snippets(linker, f"Worked every day with {name} at the branch office.").get(
        label) == name
