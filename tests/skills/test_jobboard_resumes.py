"""Skills as job-board résumés from India write them (issue 20): the tools of IT trades (Oracle
DBA, network, testing, SAP, mainframe) link as they are written, from names that are matched but
never embedded, and the usual collisions of those exports stay unlinked."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker
from worldhire.skills.semantic import representations
from worldhire.skills.taxonomy import Taxonomy


def snippets(linker: SkillLinker, text: str) -> dict[str, str]:
    return {m.skill.label: m.snippet for m in linker.link(text)}


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Database backup using RMAN and Data Guard for DR.", "database administration", "RMAN"),
        ("Configured EIGRP and HSRP on the core.", "network engineering", "EIGRP"),
        ("Wrote Gherkin feature files.", "software testing", "Gherkin"),
        ("Executed test cases, smoke testing.", "execute software tests", "test cases"),
        ("Worked on SAP MM and SAP SD.", "ERP systems", "SAP MM"),
        ("Tools: Toad, SQL Developer", "database development tools", "Toad"),
        ("Prepared BRD and FRD documents.", "business requirements techniques", "BRD"),
        ("Batch programs in COBOL, JCL.", "legacy modernisation", "JCL"),
        ("Jobs scheduled in Control-M on AIX.", "workflow orchestration", "Control-M"),
        ("Designs in Photoshop and CorelDRAW.", "Adobe Photoshop", "Photoshop"),
        ("Developed ALV reports and BAPIs.", "ABAP", "ALV reports"),
        ("Tally (4 years), GST (2 years)", "maintain financial records", "Tally"),
    ],
)
def test_it_trade_tools_link_as_written(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Logs from TEMS and Actix.", "telecommunications engineering", "TEMS"),
        ("Account opening and cash deposits.", "create banking accounts", "Account opening"),
        ("Drawings with GD&T.", "interpret geometric dimensions and tolerances", "GD&T"),
        ("Handled CAPA and OOS investigations.",
         "ensure quality assurance for pharmaceutical products", "CAPA"),
        ("Lesson planning and worksheets.", "prepare lesson content", "Lesson planning"),
        ("Guest relations and VIP requests.", "greet guests", "Guest relations"),
        ("SPC charts and Cp/Cpk studies.", "statistical process control", "SPC charts"),
        ("Journal entries and accruals in SAP.", "accounting entries", "Journal entries"),
    ],
)
def test_trades_beyond_it_link_as_written(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    """Real exports span every occupation: banking, telecom, plants, pharma, schools, hotels."""
    assert snippets(linker, text).get(label) == snippet


def test_written_names_are_not_embedded(taxonomy: Taxonomy) -> None:
    """They are matched, never part of the sentence model's index: the shipped index holds."""
    rman = taxonomy.resolve("RMAN")
    assert rman is not None and rman.label == "database administration"
    embedded = {n for names in representations(taxonomy) for n in names}
    assert "RMAN" not in embedded and "Data Guard" not in embedded


def test_an_everyday_written_name_needs_a_technical_sentence(linker: SkillLinker) -> None:
    assert "IT service management" not in snippets(linker, "A remedy for slow queries.")
    assert snippets(linker, "Ticketing in BMC Remedy.")["IT service management"] == "BMC Remedy"


def test_a_product_first_in_a_list_of_tools_is_linked(linker: SkillLinker) -> None:
    """A list line's first item is no capitalised sentence start ("Tools :" lost its label)."""
    eclipse = "Eclipse (integrated development environment software)"
    assert snippets(linker, "Eclipse, STS, Git, Putty, WinSCP").get(eclipse) == "Eclipse"
    assert eclipse not in snippets(linker, "Eclipse of the sun seen from Pune with Python.")


def test_a_place_named_after_a_language_is_no_language(linker: SkillLinker) -> None:
    """Every job line of a résumé from Chennai ends "Chennai, Tamil Nadu": no Tamil there."""
    assert "Tamil" not in snippets(linker, "Infosys - Chennai, Tamil Nadu - July 2016")
    assert snippets(linker, "Languages: Tamil, English")["Tamil"] == "Tamil"
