"""Skills as job-board résumés from India write them (issue 20): the tools of IT trades (Oracle
DBA, network, testing, SAP, mainframe) link as they are written, from names that are matched but
never embedded, and the usual collisions of those exports stay unlinked."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills import taxonomy as taxonomy_module
from worldhire.skills.linker import SkillLinker
from worldhire.skills.semantic import representations
from worldhire.skills.taxonomy import Taxonomy, TaxonomyError


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
        ("Good knowledge on STLC, SDLC, Agile-Scrum.", "systems development life-cycle", "SDLC"),
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


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Tools: Huawei U2000, NetAct.", "telecommunications engineering",
         "Huawei U2000"),
        ("Achieving AHT, CSAT and FCR targets every month.",
         "manage key performance indicators of call centres", "AHT"),
        ("Customer retention: saved 35% of accounts.", "maintain relationship with customers",
         "Customer retention"),
        ("Distributor management: claim settlement.", "manage distribution channels",
         "Distributor management"),
        ("FMCG SALES (6 years), Negotiation (5 years)", "sales activities", "FMCG SALES"),
        ("Medication administration, IV cannulation, ABG analysis.",
         "conduct routine blood testing", "ABG analysis"),
        ("PATIENT CARE (7 years), ICU (5 years), BLS (5 years)", "intensive care medicine", "ICU"),
        ("Analysis using HPLC, FTIR and Karl Fischer titration.",
         "use chemical analysis equipment", "FTIR"),
        ("Preparation of BOQ, rate analysis and estimation.",
         "estimate cost of building materials", "BOQ"),
        ("Quality checks: cube testing, slump test.", "test concrete", "cube testing"),
        ("HACCP (6 years), FSSC 22000 (3 years)", "apply HACCP", "HACCP"),
        ("Onboarding and induction of new joiners on greytHR.",
         "human resources department processes", "Onboarding"),
        ("Sourcing through Naukri and LinkedIn.", "recruit employees", "Naukri"),
        ("Billing and KOT in Micros POS; cashiering.", "operate cash register", "Micros POS"),
        ("Filed GSTR-1 and GSTR-3B, advance tax.", "calculate tax", "GSTR-1"),
        ("Raising RFQs, comparative statements and purchase orders.",
         "perform procurement processes", "RFQs"),
        ("Vendor development and supplier evaluation.", "supplier management",
         "Vendor development"),
        ("Programming on Fanuc controls, G-codes.", "program a CNC controller", "Fanuc"),
        ("Monitoring OEE, cycle time study and line balancing.",
         "identify process improvements", "OEE"),
        ("Use of smart class and Google Classroom.", "work with virtual learning environments",
         "smart class"),
        ("Scheduling in Primavera P6.", "project management", "Primavera P6"),
        ("Data validation, INDEX-MATCH, conditional formatting.", "Microsoft Excel",
         "INDEX-MATCH"),
    ],
)
def test_everyday_terms_of_trades_beyond_it_link(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    """The third batch of bench/data/resume_skills: sales, NOC, nursing, labs, sites, plants,
    schools, hotels, HR, accounts and purchase write these names on every résumé."""
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "Tuned the JVM's GC for low pause times.",  # garbage collection, not gas chromatography
        "Marketing through PPC campaigns and SEO.",  # pay-per-click, not production planning
        "Worked as TPM for the payments platform.",  # a programme manager, not maintenance
        "Built POS tagging for Hindi text.",  # parts of speech, not a till
        "Rewrote the kernel macros in C.",  # C macros, not Excel
        "Maintenance of induction motors.",  # a motor, not an HR induction
        "Developed a VM image for the test lab.",  # a virtual machine, not visual merchandising
    ],
)
def test_acronyms_of_other_trades_stay_unlinked(linker: SkillLinker, text: str) -> None:
    found = set(snippets(linker, text))
    assert not found & {
        "gas chromatography", "schedule production", "lean manufacturing",
        "operate cash register", "issue purchase orders", "Microsoft Excel",
        "human resources department processes", "assemble visual displays",
    }


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Analysis of raw materials and finished goods.", "prepare raw materials"),
        ("Daily production reports and downtime analysis.", "prepare wood production reports"),
        ("Documentation in the hospital information system.", "design information system"),
        ("Monitoring plant through SCADA and DCS.", "observability"),
        ("Logging cases in Salesforce and Zendesk.", "observability"),
        ("Logging cases in Salesforce and Zendesk.", "logging"),
        ("Resolving billing and plan queries.", "plan"),
        ("Troubleshooting of Siemens PLC logic.", "logic"),
    ],
)
def test_a_name_marked_unmatched_is_not_linked(linker: SkillLinker, text: str, wrong: str) -> None:
    """ESCO's "raw materials" (prepare raw materials) or the extension's "monitoring"
    (observability) name the thing handled, not the skill: esco_names.yaml `unmatched`."""
    assert wrong not in snippets(linker, text)


def test_unmatched_names_stay_embedded(taxonomy: Taxonomy) -> None:
    """Skipping a name in the matcher leaves the concept's names, and so the shipped index,
    as they were."""
    observability = taxonomy.concept("wh:observability")
    assert "monitoring" in observability.aliases


def test_an_unmatched_name_must_be_the_concepts(monkeypatch: pytest.MonkeyPatch) -> None:
    real = taxonomy_module._data_text

    def data_text(folder: str, name: str) -> str:
        if name == taxonomy_module.ESCO_NAMES_FILE:
            return "version: 1\nnames: {}\nunmatched:\n  observability: [spaceships]\n"
        return real(folder, name)

    monkeypatch.setattr(taxonomy_module, "_data_text", data_text)
    taxonomy = taxonomy_module.build_taxonomy()
    with pytest.raises(TaxonomyError, match="spaceships"):
        taxonomy_module.unmatched_names(taxonomy)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("QA Executive: food safety and quality assurance.", "software testing",
         "quality assurance methodologies"),
        ("Troubleshooting of HT panels and VFDs.", "debugging", "troubleshoot"),
    ],
)
def test_a_trade_neutral_skill_replaces_a_software_one(
    linker: SkillLinker, text: str, wrong: str, right: str
) -> None:
    """Quality assurance in a food plant is not software testing, nor troubleshooting a panel
    debugging: the words link to ESCO's skill of every trade, for testers and fitters alike."""
    found = snippets(linker, text)
    assert wrong not in found
    assert right in found
