"""Job posts copied from job boards' pages with their menus, cards and footers, and the logistics
people write around them (the post-meta3 batches of the extraction corpus): the title and the
employer of a board's card, residence stated by town, work modes ruled out, and windows and pay
stated twice."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post

from worldhire.core.models import RemotePolicy
from worldhire.ingest.posts.allowed import allowed_countries_of
from worldhire.ingest.posts.fields import overlap_in, pay_of, remote_policy_of

CARD = """computrabajo
Empleos   Empresas   Salarios   Pruebas de personalidad      Ingresar   Publicar empleos

Analista de Datos Sr.
Distribuidora Cerro Azul
Guadalajara, Jalisco
Hace 3 días
$30,000.00 - $38,000.00 (Mensual)
Postularme

Descripción de la oferta
Buscamos Analista de Datos para el area comercial.

Requisitos:
* SQL y Python
* Power BI
"""


def test_a_board_card_gives_the_employer_under_the_title_and_pay_in_its_country() -> None:
    role = read_post(CARD)
    assert role.title.startswith("Analista de Datos Sr")
    assert role.company == "Distribuidora Cerro Azul"
    # "$" on a Mexican page, a month's wage: pesos
    assert role.budget is not None and role.budget.currency == "MXN"


def test_a_menu_in_runs_of_spaces_is_no_title_and_a_legal_name_in_the_card_is_the_employer(
) -> None:
    text = (
        "TopCV\nViệc làm   Hồ sơ & CV   Công ty        Đăng nhập   Đăng tuyển & tìm hồ sơ\n\n"
        "Nhân Viên Kế Toán Tổng Hợp - Thu Nhập Đến 18 Triệu\nMức lương: 12 - 18 triệu\n"
        "Địa điểm: Hà Nội\n\nCÔNG TY TNHH THIẾT BỊ MINH AN\nQuy mô: 100-499 nhân viên\n\n"
        "Yêu cầu ứng viên\n- Thành thạo Excel\n- Sử dụng phần mềm MISA\n"
    )
    role = read_post(text)
    assert role.title == "Nhân Viên Kế Toán Tổng Hợp"
    assert role.company == "CÔNG TY TNHH THIẾT BỊ MINH AN"
    # the cap in the title and the range of the pay field: the range
    assert role.budget is not None and (role.budget.low, role.budget.high) == (12e6, 18e6)


def test_a_wrapped_title_end_above_a_named_line_is_no_employer() -> None:
    role = read_post("# Truck Drivers CE – International\nLong Haul\nRhenus Road Freight · Duisburg"
                     "\n\nYour profile\n- Driving licence CE\n- 2 years of experience\n")
    assert role.company != "Long Haul"


@pytest.mark.parametrize(
    ("title", "bare"),
    [("Data Scientist Confirmé H/F", "Data Scientist Confirmé"),
     ("Księgowa K/M", "Księgowa"), ("Ingénieur Data F/H", "Ingénieur Data"),
     ("UI/UX Designer", "UI/UX Designer")],
)  # fmt: skip
def test_a_bare_gender_mark_leaves_the_title(title: str, bare: str) -> None:
    assert read_post(f"{title}\n\nWymagania / Profil:\n- Excel\n- SQL\n").title == bare


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [("Solo candidatos con residencia en Monterrey y area metropolitana.", ["MX"]),
     ("Vaga exclusiva para residentes em Curitiba e região metropolitana.", ["BR"]),
     ("- Must be resident in Lagos", ["NG"]),
     ("Candidates based in the UAE or willing to relocate - we sponsor the visa.", []),
     ("Work with legal on data residency in the UAE and KSA.", []),
     ("WFA (kerja dari mana saja di Indonesia), kumpul tim di Jakarta tiap kuartal", ["ID"])],
)  # fmt: skip
def test_residence_by_town_and_what_restricts_nobody(sentence: str, countries: list[str]) -> None:
    assert allowed_countries_of([sentence]) == countries


@pytest.mark.parametrize(
    ("text", "policy"),
    [("Gurugram office - 5 days WFO, no remote / hybrid pls.", RemotePolicy.ONSITE),
     ("Trabajo presencial, sin home office.", RemotePolicy.ONSITE),
     ("Remote, no hybrid or office days.", RemotePolicy.REMOTE)],
)  # fmt: skip
def test_work_modes_a_post_rules_out(text: str, policy: RemotePolicy) -> None:
    assert remote_policy_of(text) is policy


def test_a_window_a_later_clause_asks_for_and_a_city_that_opens_like_am() -> None:
    overlap = overlap_in("Team rituals happen 10:00-15:00 Amsterdam time, so we need you "
                         "available in that window.")
    assert overlap is not None and overlap.hours == 5 and overlap.zone == "Europe/Amsterdam"


def test_a_hiring_company_field_names_the_employer() -> None:
    role = read_post("📌 Customer Service Representative\n📍 Work from home\n\n"
                     "Hiring company: Bayanihan CX Solutions Inc.\n\nQUALIFICATIONS:\n- BPO\n")
    assert role.company == "Bayanihan CX Solutions Inc."


def test_an_up_to_cap_stays_when_no_range_shares_its_top() -> None:
    pay = pay_of(["Salary: up to USD 120,000 per year.", "Bonus: USD 5,000 - 10,000."])
    assert pay is not None and pay.low is None and pay.high == 120_000
