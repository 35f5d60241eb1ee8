"""Job posts pasted from the hiring regions' job boards and chats (the trial29b-a batch): what
their lines ask for and what they only say of the hire or the page."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills as _must
from tests.ingest.post_reading import quotes as _quotes
from tests.ingest.post_reading import read_post as _role

from worldhire.ingest.posts.fields import pay_in


def test_tercihen_before_a_skill_makes_it_a_nice_to_have() -> None:
    role = _role(
        "Muhasebe Uzmanı\nKaradeniz Lojistik A.Ş.\n\nGenel Nitelikler\n"
        "• Muhasebe alanında en az 3 yıl deneyimli,\n• MS Excel'i ileri düzeyde kullanabilen,\n"
        "• Tercihen Power BI bilen,\n\nİş Tanımı\n• Ay sonu kapanış işlemleri.\n"
    )
    assert "power bi" in _quotes(role, must=False)
    assert not any("power bi" in q or "tercihen" in q for q in _quotes(role, must=True))


@pytest.mark.parametrize(
    "line", ["Sexo: indistinto", "Género: Femenino", "Gender: Male", "Cinsiyet: Kadın",
             "Płeć: dowolna", "Sexe : indifférent"],
)
def test_a_sex_asked_for_is_no_requirement(line: str) -> None:
    role = _role(
        "Supervisor de Almacén\nDistribuidora Norte S.A. de C.V.\n\nRequisitos:\n"
        f"- Excel intermedio\n- {line}\n- Disponibilidad para rolar turnos\n"
    )
    assert "Microsoft Excel" in _must(role)
    words = {w.strip(":").lower() for w in line.split()}
    assert not any(words & set(q.replace(":", " ").split()) for q in _quotes(role, must=True))
    assert not any(words & set(q.replace(":", " ").split()) for q in _quotes(role, must=False))


def test_a_chat_s_forward_mark_and_hiring_cry_are_no_title() -> None:
    role = _role(
        "Forwarded\n🚨🚨 URGENT HIRING!! 🚨🚨\n*WAREHOUSE PICKERS* – Ikeja, Lagos\n\n"
        "✅ Min 1 year warehouse experience\n✅ Must know how to use Excel\n\n"
        "📲 Send CV on WhatsApp to 0803 000 1111\n"
    )
    assert role.title.casefold() == "warehouse pickers"


@pytest.mark.parametrize(
    ("sentence", "low"),
    [("💰 Salary: ₦180,000 - ₦250,000/month + commission", 180_000),
     ("Stipend: Rs. 15,000 per month", 15_000)],
)
def test_a_low_wage_stated_per_month_in_its_currency_is_pay(sentence: str, low: int) -> None:
    pay = pay_in(sentence, "NG" if "₦" in sentence else "IN")
    assert pay is not None and pay.low == low and pay.period == "month"


def test_a_bare_small_number_is_still_no_pay() -> None:
    assert pay_in("We have 120 stores and 3,000 staff.", "NG") is None
