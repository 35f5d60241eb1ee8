"""Errors users saw when trying the product on résumés and job posts as people write them, each
read right by a small general rule (issue 15)."""

from __future__ import annotations

import pytest

from worldhire.core.models import RemotePolicy
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
    ("Expectativa salarial: 1.900 € brutos mensais", 12),
])
def test_a_month_paid_more_than_twelve_times_a_year(text: str, payments: int) -> None:
    # Portugal, Spain and Austria pay 14 monthly salaries a year where the text says so
    pay = stated_pay(text)
    assert pay is not None and pay.period == "month"
    rate, _ = fx_table()[pay.currency]
    assert pay.usd_year == round(pay.low * rate * payments, -1)
    assert payments == 12 or str(payments) in pay.quote


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
