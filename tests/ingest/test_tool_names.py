"""Tools a duty line names that no taxonomy holds, read from how tools' names are written
(issue 15: plainly shown skills the taxonomy lacks)."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.resumes.tool_names import tool_names, vendor_names
from worldhire.skills.linker import default_linker
from worldhire.skills.literal import LiteralMatcher
from worldhire.skills.taxonomy import Concept, Taxonomy
from worldhire.skills.taxonomy_cache import load_taxonomy


def _names(text: str, employers: tuple[str, ...] = ()) -> list[str]:
    taxonomy = load_taxonomy()
    linked = [(h.start, h.end) for h in LiteralMatcher(taxonomy).hits(text)]
    return [n.text for n in tool_names(text, linked, taxonomy, employers)]


@pytest.mark.parametrize(("text", "names"), [
    # a word with capitals inside, or letters with digits
    ("Take digital x-rays and intraoral scans with the iTero scanner.", ["iTero"]),
    ("Push rates to OTAs through SiteMinder.", ["SiteMinder"]),
    ("VAT201 and IRP5 submissions in TaxPro.", ["VAT201", "IRP5", "TaxPro"]),
    ("Fine-tuned Vistral-7B with QLoRA for intent detection.", ["Vistral-7B"]),
    # after a word that introduces a tool
    ("Chart treatment notes and schedule patients in Dentrix.", ["Dentrix"]),
    ("Wrote Python scripts with Netmiko to back up configs.", ["Netmiko"]),
    ("Pays out to mobile wallets via the Daraja API.", ["Daraja API"]),
    # a list that one name makes a list of tools
    ("Manage rate parity on Agoda, Booking.com and Expedia.", ["Agoda", "Booking.com", "Expedia"]),
    ("I'm comfortable with ELDs (Omnitracs and PeopleNet).", ["Omnitracs", "PeopleNet"]),
    # in brackets after a common noun
    ("Take and develop digital x-rays (Dexis) daily.", ["Dexis"]),
    # a vendor's product, the vendor's word linked
    ("RAG on Azure OpenAI and Azure AI Search.", ["Azure AI Search"]),
    ("Bank reconciliations and payables in Oracle NetSuite.", ["Oracle NetSuite"]),
])
def test_tools_are_read_from_their_shape_and_place(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Queued the invoice events with Azure Service Bus for billing.", ["Azure Service Bus"]),
    ("Kiểm thử đơn vị C++ viết bằng Google Test.", ["Google Test"]),
    ("Kept the drivers' rota on Google Drive, next to Trello.", ["Google Drive"]),
    ("Booked the courier pickups (Amazon Shipping Tools) daily.", ["Amazon Shipping Tools"]),
])
def test_a_vendors_product_of_everyday_words_is_read_in_a_tools_place(
    text: str, names: list[str]
) -> None:
    """A vendor's word and everyday words ("Azure Service Bus", "Google Test") name a product
    where a tool is named: after a word that introduces one, in a list beside one, in brackets
    after a common noun (issue 15: tools in the person's own words)."""
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Pitched the Microsoft Partner offer to Oracle Sales during a Google Event.",
    "Statutory audit for the CFO at Google Research.",
])
def test_a_vendors_everyday_words_outside_a_tools_place_are_no_tool(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "Since 2022 I have been in Nairobi and before that in Kericho, working in Sales.",
    "Worked five years on the Airtel contract.",  # "on the": a contract, a team, a place
    "Routine maintenance of 11 kV switchgear in Q3 and H1 during COVID-19.",  # units, periods
    "Candidate ref RO-DEV-118, available Aug-2021.",  # references and dates
    "KYC documentation for the NOC and FCMB teams.",  # bare acronyms
    "Propensity and churn models for 20M customers.",  # a sentence's first word
    "Trained YOLOv8 detectors.",  # the verb opening the sentence is no part of the name
    "Statutory audit for the CFO at Google Research.",  # a vendor's words that name no product
])
def test_places_companies_units_references_and_sentence_starts_are_no_tools(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "Ho fatto uno stage di sei mesi in Fincantieri nel 2019, lavorando sulla pianificazione.",
    "Mi sono laureato in Scienze Forestali a Padova nel 2015.",
])
def test_an_english_preposition_introduces_no_tool_in_another_language(text: str) -> None:
    """Italian "in" is English's letters but introduces an employer or a field of study
    ("stage in Fincantieri", "laureato in Scienze Forestali"), as Spanish "en" does: only in an
    English sentence does "in" introduce a tool."""
    assert _names(text) == []


def test_an_employer_is_no_tool() -> None:
    assert _names("Shipping clerk in Bollore Transport.") == ["Bollore Transport"]
    assert _names("Shipping clerk in Bollore Transport.",
                  ("Bollore Transport & Logistics Kenya Ltd",)) == []


def test_vendors_are_the_names_that_open_products_names() -> None:
    vendors = vendor_names(load_taxonomy())
    assert {"azure", "aws", "google", "microsoft", "oracle"} <= vendors
    assert not {"python", "java", "spark"} & vendors  # a language's libraries are no products


def test_a_duty_lines_tools_become_skills_in_the_persons_words() -> None:
    text = ("Maria Santos\nmaria.santos@example.com\n\nExperience\n"
            "Dental Assistant, Bright Smiles Dental, 2019 - 2024\n"
            "- Chart treatment notes and schedule patients in Dentrix.\n"
            "- Take digital x-rays (Dexis) and scans with the iTero scanner.\n")
    candidate = parse_text_resume(text, "cv.txt")
    link_skills(default_linker(), candidate)
    labels = {m.skill.label for m in candidate.skills}
    assert {"Dentrix", "Dexis", "iTero"} <= labels
    assert not any(m.skill.label == "Bright Smiles Dental" for m in candidate.skills)



def _products(vendor: str) -> dict[str, Concept]:
    products = [Concept(id=f"wh:{vendor}-{n}", label=f"{vendor} {n}", source="wh", kind="tool")
                for n in ("Lake", "Queue", "Vault")]
    return {c.id: c for c in products}


def test_each_taxonomy_has_its_own_vendors() -> None:
    # A taxonomy built where a freed one lay has its id(): kept by id(), it read the old one's.
    taxonomy = Taxonomy(concepts=_products("Contoso"))
    assert vendor_names(taxonomy) == {"contoso"}
    for vendor in ("Fabrikam", "Initech", "Globex"):
        concepts = _products(vendor)
        del taxonomy
        taxonomy = Taxonomy(concepts=concepts)
        assert vendor_names(taxonomy) == {vendor.lower()}
