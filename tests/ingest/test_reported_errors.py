"""Errors users saw when trying the product on résumés and job posts as people write them, each
read right by a small general rule (issue 15)."""

from __future__ import annotations

import pytest

from worldhire.core.models import RemotePolicy
from worldhire.ingest.extract.layout import Run, page_blocks
from worldhire.ingest.posts.fields import remote_policy_of
from worldhire.ingest.posts.role import role_from_text
from worldhire.ingest.shared.pay import fx_table, stated_pay
from worldhire.ingest.shared.spoken_languages import find_spoken_languages
from worldhire.skills.linker import default_linker


@pytest.mark.parametrize("line", [
    "Sistem kerja: WFO/WFH, Jakarta Barat",
    "Work mode: WFH / WFO, Jakarta Selatan",
    "Lokasi: Surabaya (WFO & WFH)",
    "Mode: WFO + WFH",
])
def test_office_and_home_together_are_a_hybrid_job(line: str) -> None:
    # either word alone names one mode; both together are days at the office and days at home
    assert remote_policy_of(line) is RemotePolicy.HYBRID


def test_office_or_home_alone_stays_its_mode() -> None:
    assert remote_policy_of("Lokasi: Surabaya (WFO)") is RemotePolicy.ONSITE
    assert remote_policy_of("Sistem kerja: WFH penuh") is RemotePolicy.REMOTE


@pytest.mark.parametrize("line", [
    "Licencia de conducir A-I vigente",
    "Brevete profesional A-IIb",
    "Prawo jazdy kat. B-E",
])
def test_a_licence_class_written_with_a_hyphen_is_no_acronym(line: str) -> None:
    # "A-I" is a Peruvian licence class, not artificial intelligence read from two letters
    # (an ML post: there a bare "AI" needs no more context to count)
    spec = role_from_text(f"# Machine Learning Engineer\nCompany: Andes Vision\n\n"
                          f"## Requirements\n- {line}\n- Python and PyTorch\n")
    assert "wh:artificial-intelligence" not in {r.skill_id for r in spec.requirements}
    assert not [r for r in spec.requirements if r.quote in {"A-I", "A-IIb", "B-E"}]


def test_an_acronym_spelt_with_dots_or_an_ampersand_still_links() -> None:
    hits = default_linker().literal.hits("Machine learning work: A.I. agents tracked in W&B")
    assert {"wh:artificial-intelligence", "wh:weights-and-biases"} <= {h.concept_id for h in hits}


@pytest.mark.parametrize(("text", "payments"), [
    ("Expectativa salarial: 1.900 € brutos mensais (x14)", 14),
    ("Pretensión: 2.000 € brutos al mes, 14 pagas", 14),
    ("Gehaltsvorstellung: 3.500 EUR brutto monatlich, 14x", 14),
    # Turkey's "yılda 2 maaş ikramiye": two extra salaries a year on top of twelve
    ("Maaş: aylık net 60.000 TL, yılda 2 maaş ikramiye", 14),
    ("Aylık brüt 80.000 TL + yılda 4 maaş ikramiye", 16),
    ("Expectativa salarial: 1.900 € brutos mensais", 12),
])
def test_a_month_paid_more_than_twelve_times_a_year(text: str, payments: int) -> None:
    # Portugal, Spain and Austria pay 14 monthly salaries a year where the text says so
    pay = stated_pay(text)
    assert pay is not None and pay.period == "month"
    rate, _ = fx_table()[pay.currency]
    assert pay.usd_year == round(pay.low * rate * payments, -1)
    assert payments == 12 or text.endswith(pay.quote)  # the payment words quoted with the pay


@pytest.mark.parametrize("row", [
    "Mother tongue(s): URDU | PUNJABI",
    "Língua(s) materna(s): Português | Espanhol",
    "Mother tongue(s): Yoruba | Hausa | Igbo",
])
def test_every_language_of_a_labelled_mother_tongue_row_is_native(row: str) -> None:
    # Europass writes the person's first languages in one row, the cells parted by bars
    spoken = find_spoken_languages(f"{row}\nOther language(s): English C1", listed=True)
    natives = [s.name for s in spoken if s.level == "native"]
    assert len(natives) == row.count("|") + 1
    assert [s.level for s in spoken if s.name == "English"] == ["C1"]


def _choices(line: str) -> list[tuple[str, list[str]]]:
    """Each requirement of alternatives: its quote (the words of the whole choice) and the
    words of each member after the first."""
    spec = role_from_text(f"# Machine Learning Engineer\nCompany: Lumen Labs\n\n"
                          f"## Requirements\n- {line}\n- Fluent written English\n")
    return [(r.quote, [a.quote for a in r.alternatives]) for r in spec.requirements
            if r.alternatives]


def test_variants_in_a_list_an_or_ends_are_each_a_choice() -> None:
    # QLoRA is a kind of LoRA, yet the post offers each, and full fine-tuning, as a way to do it
    assert _choices("Hands-on fine-tuning of transformers (LoRA, QLoRA or full fine-tuning)") == [
        ("LoRA, QLoRA or full fine-tuning", ["QLoRA", "fine-tuning"])]


def test_a_slash_between_variants_still_writes_one_method() -> None:
    assert _choices("Hands-on fine-tuning with LoRA/QLoRA") == []


@pytest.mark.parametrize(("line", "members"), [
    # two names of one ESCO skill with a name the taxonomy does not know between them
    ("Biegła obsługa programów Symfonia, Enova lub Comarch ERP Optima",
     ["Enova", "Comarch ERP Optima"]),
    # a product named for an ESCO skill beside products the taxonomy does not know
    ("Znajomość programu Symfonia, Enova lub Comarch Optima", ["Enova", "Comarch Optima"]),
])
def test_products_of_one_esco_skill_offered_as_a_choice_stay_a_choice(
    line: str, members: list[str]
) -> None:
    spec = role_from_text(f"# Specjalista ds. płac\nFirma: Lipowa Sp. z o.o.\n\n"
                          f"## Wymagania\n- {line}\n- Znajomość prawa pracy\n")
    [choice] = [r for r in spec.requirements if r.alternatives]
    assert choice.quote.startswith("Symfonia")
    assert [a.quote for a in choice.alternatives] == members


@pytest.mark.parametrize(("line", "other"), [
    ("Sử dụng thành thạo phần mềm MISA hoặc FAST", "FAST"),
    ("Menguasai software akuntansi Accurate Online atau Zahir Accounting", "Zahir Accounting"),
    ("Experience with Xero or Pastel", "Pastel"),
])
def test_an_unknown_name_offered_instead_of_a_known_product_is_its_alternative(
    line: str, other: str
) -> None:
    spec = role_from_text(f"# Accountant\nCompany: Minh Phat\n\n## Requirements\n- {line}\n"
                          "- Fluent written English\n")
    [choice] = [r for r in spec.requirements if r.alternatives]
    assert [a.quote for a in choice.alternatives] == [other]


@pytest.mark.parametrize(("line", "product", "skill"), [
    ("Reporting in SAP Analytics Cloud", "SAP Analytics Cloud", "wh:sap-analytics-cloud"),
    ("Self-service reports in Oracle Analytics Cloud", "Oracle Analytics Cloud",
     "wh:oracle-analytics-cloud"),
    ("Pipelines in Azure Synapse Analytics", "Azure Synapse Analytics", "wh:azure-synapse"),
])
def test_a_vendor_s_product_name_links_whole(line: str, product: str, skill: str) -> None:
    # not the vendor (SAP: ERP systems) with "Cloud" and "Analytics" read apart
    spec = role_from_text(f"# BI Developer\nCompany: Lumen Labs\n\n## Requirements\n- {line}\n"
                          "- Fluent written English\n")
    assert [(r.skill_id, r.quote) for r in spec.requirements if r.skill_id != "esco:english"] == [
        (skill, product)]


# A sidebar PDF whose main column is a borderless table of date | entry, the dates level with
# the titles; the entry before the last dated by a range wrapped onto two lines centred on its
# title (points from the top-left corner: x0, top, x1, bottom).
_DATED_TABLE = [
    (23.2, 47.7, 71.3, 54.4, "CONTACT"), (23.5, 59.9, 105.7, 68.8, "Leeds, United Kingdom"),
    (23.6, 73.1, 104.2, 79.8, "+44 7700 900456"),
    (23.5, 85.6, 147.7, 94.1, "amy.hart.qa@example.co"), (23.5, 100.0, 43.6, 105.1, "m"),
    (23.5, 117.4, 81.3, 124.1, "SKILLS"), (23.5, 130.0, 110.3, 136.8, "Functional testing"),
    (22.7, 142.3, 142.3, 151.2, "Test automation"), (23.3, 155.3, 106.2, 163.8, "Selenium"),
    (23.5, 168.2, 59.9, 174.8, "Postman"), (23.3, 180.8, 39.9, 188.5, "SQL"),
    (22.2, 193.3, 81.7, 201.8, "Jira / TestRail"), (23.5, 206.0, 126.1, 213.9, "ISTQB"),
    (23.5, 225.2, 60.0, 231.9, "LANGUAGES"), (23.5, 237.5, 89.5, 246.2, "English: native"),
    (23.5, 250.0, 137.8, 258.9, "Spanish: advanced"), (23.5, 262.7, 110.3, 271.6, "Welsh: basic"),
    (23.5, 280.6, 123.1, 288.9, "EXPECTED SALARY"), (23.4, 294.7, 146.1, 302.7, "GBP 48,000"),
    (202.9, 47.6, 485.7, 62.5, "Amy Hart"), (201.3, 75.0, 355.3, 82.4, "Software Test Analyst"),
    (202.3, 103.8, 243.6, 111.9, "PROFILE"),
    (202.2, 123.4, 490.4, 132.9, "Test engineer with six years of functional and"),
    (201.5, 137.0, 535.4, 146.7, "automated testing of web and mobile apps for the"),
    (201.5, 151.1, 250.5, 158.6, "insurers."), (202.3, 179.8, 343.6, 188.2, "WORK EXPERIENCE"),
    (201.6, 202.0, 272.5, 210.2, "Since 04/2021"), (287.2, 202.0, 387.3, 210.7, "Senior Tester"),
    (288.1, 219.9, 502.7, 229.6, "Allied Mutual Insurance, Leeds"),
    (287.6, 238.3, 535.9, 247.9, "- Wrote and ran test cases for the mobile app;"),
    (288.0, 252.0, 539.8, 261.7, "regression tests with Selenium and Cypress."),
    (287.6, 270.7, 530.1, 280.0, "- API tests with Postman; defects logged in"),
    (287.7, 284.5, 363.0, 293.7, "Jira."),
    (200.9, 302.8, 274.1, 310.3, "Mar 2018 – Mar"), (201.4, 316.8, 224.2, 324.0, "2021"),
    (287.2, 309.7, 356.2, 318.9, "Junior Tester"),
    (287.7, 334.5, 363.5, 344.2, "Brightwave, Bristol"),
    (287.6, 353.2, 482.7, 362.5, "- Manual tests of web applications,"),
    (287.7, 366.6, 420.3, 374.4, "written up in TestRail."),
    (201.4, 385.5, 259.2, 392.8, "2016 – 2018"),
    (287.2, 385.3, 439.2, 394.7, "Customer Service Agent"),
    (287.1, 403.6, 415.1, 412.9, "Concentrix Newcastle"),
    (287.6, 421.5, 530.5, 431.2, "- Bilingual customer support by phone and"),
    (287.7, 435.7, 309.9, 443.2, "chat."), (202.3, 460.5, 273.1, 471.0, "EDUCATION"),
    (201.4, 485.0, 259.2, 492.3, "2011 – 2016"),
    (288.1, 484.4, 520.6, 494.1, "BSc Computer Science, University of Leeds"),
]


def test_a_date_level_with_its_title_stays_beside_it_under_a_wrapped_date() -> None:
    # The one-line date stands level with its own title, not centred on the entry above it
    # (the rule of b0458c02: another date with text beside it stands in the band above)
    lines = [line for block in page_blocks([Run(*run) for run in _DATED_TABLE])
             for line in block]
    assert "2016 – 2018 | Customer Service Agent" in lines
    assert "Brightwave, Bristol" in lines
