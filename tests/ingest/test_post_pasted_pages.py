"""Titles and companies of posts as a recruiter pastes them (batch posts18): a job board's
classification fields beside the heading, a title's tail that says when the hire starts, a
board's menu and buttons that hold hiring words, a subject line whose heading word holds a verb,
a client the recruiter names after "our client, the company ...", a company said with a dash
for "is", and a company only in a signature or a hyphenated e-mail domain."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post as _role

_REQUIREMENTS = "\n\nRequirements:\n- Python\n- SQL\n\nSalary: 4000 USD/month\n"


def test_a_boards_role_category_is_no_title() -> None:
    role = _role(
        "Urgent Hiring || Senior Java Developer || Pune || Immediate Joiners\nKorvex Systems\n"
        "5 - 8 years | Pune (Hybrid)\n\nJob description\nWe are looking for a developer for our "
        "payments team." + _REQUIREMENTS + "\nRole: Back End Developer\nIndustry Type: FinTech\n"
        "Department: Engineering - Software & QA\nEmployment Type: Full Time, Permanent\n"
    )
    assert role.title == "Senior Java Developer"


def test_a_role_field_of_its_own_is_still_the_title() -> None:
    role = _role(
        "Dear Candidate,\n\nPlease find the JD below.\n\nRole: Data Analyst\nExp: 3-5 yrs\n"
        "Location: Hyderabad" + _REQUIREMENTS
    )
    assert role.title == "Data Analyst"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Data Analyst - Immediate Joiners", "Data Analyst"),
        ("ADMINISTRATIVO/A CONTABLE - INCORPORACIÓN INMEDIATA - MADRID",
         "Administrativo/a Contable"),
        ("Buchhalter (m/w/d) – ab sofort", "Buchhalter"),
        ("Magazynier – od zaraz", "Magazynier"),
    ],
)  # fmt: skip
def test_when_the_hire_starts_is_no_part_of_the_title(heading: str, title: str) -> None:
    role = _role(f"{heading}\n\nAbout the job\nWe keep a warehouse running." + _REQUIREMENTS)
    assert role.title.lower() == title.lower()


def test_a_heading_word_holding_a_hiring_verb_is_no_hiring_phrase() -> None:
    role = _role(
        "Objet : Recrutement – on cherche notre Responsable Paie à Lille\n\nBonjour à tous,\n\n"
        "Notre service RH grandit. Vous piloterez la paie de 400 salariés." + _REQUIREMENTS
    )
    assert role.title == "Responsable Paie"


def test_a_boards_menu_and_buttons_are_no_hiring_sentence() -> None:
    role = _role(
        "TopCV\nViệc làm   Tạo CV   Công cụ        Đăng nhập   Đăng tuyển & tìm hồ sơ\n\n"
        "Kế toán tổng hợp - Lương 12-15 triệu\nĐịa điểm: Đà Nẵng\nỨng tuyển ngay   Lưu tin\n\n"
        "CÔNG TY CỔ PHẦN THƯƠNG MẠI BIỂN XANH MIỀN TRUNG\nQuy mô: 100-499 nhân viên\n\n"
        "Yêu cầu ứng viên\n- Thành thạo phần mềm MISA, Excel\n"
    )
    assert role.title == "Kế toán tổng hợp"
    # (a legal form of four words makes no name too long for a card)
    assert role.company == "CÔNG TY CỔ PHẦN THƯƠNG MẠI BIỂN XANH MIỀN TRUNG"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dla naszego Klienta, firmy Wydmex S.A. – producenta okien – poszukujemy kandydatów na "
        "stanowisko Kierownik Budowy.",
        "For our client, the company Nordlys Marine, we are looking for a Site Manager.",
    ],
)
def test_a_client_the_recruiter_names_is_the_company(sentence: str) -> None:
    role = _role(
        f"Kierownik Budowy\nGrafton Staffing Sp. z o.o.\nGdańsk\n\n{sentence}" + _REQUIREMENTS
    )
    assert role.company.startswith(("Wydmex", "Nordlys Marine"))


def test_a_client_kept_unnamed_still_names_no_company() -> None:
    role = _role(
        "Kierownik Budowy\nGrafton Staffing Sp. z o.o.\nGdańsk\n\nDla naszego Klienta, firmy "
        "z branży budowlanej, poszukujemy kandydatów na stanowisko Kierownik Budowy."
        + _REQUIREMENTS
    )
    assert role.company == ""


@pytest.mark.parametrize(
    ("about", "company"),
    [
        ("Смерека — український продукт для аптек. Смерека працює у 9 країнах.", "Смерека"),
        ("Łąkowa Soft – polski software house z Lublina. Łąkowa Soft ma 80 osób.", "Łąkowa Soft"),
    ],
)
def test_a_company_said_with_a_dash_for_is_is_the_company(about: str, company: str) -> None:
    role = _role(f"Senior Python Engineer\n22 листопада 2026\nКиїв\n\n{about}" + _REQUIREMENTS)
    assert role.company == company


def test_a_hyphenated_email_domain_spells_the_company() -> None:
    role = _role(
        "Nous recrutons un(e) Comptable en CDI pour notre site de Rennes.\n\nVos missions : la "
        "clôture mensuelle." + _REQUIREMENTS + "\nÉcrivez à Ateliers Vilaine Mécanique via "
        "recrutement@ateliers-vilaine-mecanique.fr avant le 15 janvier.\n"
    )
    assert role.company == "Ateliers Vilaine Mécanique"


def test_a_signature_after_thanking_everyone_names_the_company() -> None:
    role = _role(
        "Objet : on cherche notre Responsable Paie\n\nBonjour à toutes et à tous,\n\nNous "
        "recrutons un(e) Responsable Paie en CDI." + _REQUIREMENTS + "\nMerci à tous !\n\n"
        "Claire Morvan\nDirectrice des Ressources Humaines\nFonderies du Blavet\n"
        "2 rue du Port – 56100 Lorient\n"
    )
    assert role.company == "Fonderies du Blavet"


def test_we_before_a_dash_is_no_company() -> None:
    role = _role(
        "Аналитик данных\n\nПривет! Мы — команда аналитики в Алматы. Ищем аналитика, который "
        "поможет нам понять клиентов." + _REQUIREMENTS
    )
    assert role.company != "Мы"


def test_a_company_named_in_a_sentence_about_the_recruitment_is_the_company() -> None:
    role = _role(
        "Objet : Poste de Comptable – Québec\n\nBonjour,\n\nJe vous écris au sujet d'un poste de "
        "comptable chez Boréal Logistique Nordique, que j'accompagne pour ce recrutement."
        + _REQUIREMENTS + "\nAu plaisir,\nJulie Roy\nRecrutement – Cap Conseil Inc.\n"
    )
    assert role.company == "Boréal Logistique Nordique"


def test_the_recruiters_own_agency_is_no_company_of_a_sentence_about_recruiting() -> None:
    role = _role(
        "Subject: Remote DevOps Engineer – US client\n\nHi Ana,\n\nI'm a recruiter at Pinewood "
        "Talent and I'm helping a US insurer hire a DevOps Engineer." + _REQUIREMENTS
    )
    assert role.company != "Pinewood Talent"
