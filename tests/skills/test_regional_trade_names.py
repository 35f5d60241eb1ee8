"""Licences, trade software and build tools that people write by their short names on résumés
(issue 15): a South African driver's licence code and permit, a fleet tracker, Colombian
accounting software, a Filipino hospital system, a ward procedure's abbreviation, a Java batch
framework and build tool, and a delivery method. Each links its skill in a list and in a
sentence."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker

NAMES = {
    "drive vehicles": ["Code 10", "Code 14", "PrDP", "Professional Driving Permit"],
    "use fleet management system": ["Cartrack", "MiX Telematics"],
    "use accounting systems": ["SIIGO Nube", "World Office"],
    "use electronic health records in nursing": ["Medsys"],
    "implement nursing care": ["NGT insertion", "NGT feeding"],
    "Spring Boot": ["Spring Batch"],
    "Apache Ant": ["Apache Ant"],
    "Waterfall development": ["Waterfall methodology", "Waterfall model"],
}
CASES = [(label, name) for label, names in NAMES.items() for name in names]


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_trade_name_in_a_list_links_its_skill(linker: SkillLinker, label: str, name: str
                                                ) -> None:
    assert snippets(linker, f"Java, {name}, Excel").get(label) == name


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_trade_name_in_a_sentence_links_its_skill(linker: SkillLinker, label: str, name: str
                                                    ) -> None:
    assert snippets(linker, f"I have used {name} daily since 2019 at the branch.").get(
        label) == name


def test_bare_ant_counts_only_among_build_tools(linker: SkillLinker) -> None:
    assert snippets(linker, "Environment: Java 6, Struts, JDBC, Ant").get("Apache Ant") == "Ant"
    assert "Apache Ant" not in snippets(linker, "I am a hard-working ant in a busy team.")


def test_waterfall_is_the_method_but_a_waterfall_chart_is_a_chart(linker: SkillLinker) -> None:
    assert "Waterfall development" in snippets(linker, "Methodologies: Agile (Scrum), Waterfall")
    found = snippets(linker, "Built waterfall charts of the monthly EBITDA bridge in Excel.")
    assert "Waterfall development" not in found
    assert found.get("data visualization") == "waterfall charts"
