"""Job posts in the styles and languages the first dev posts had few of (issue 15): Russian job
boards and Telegram posts, Italian e-mails and social posts, hybrid work as Italian, German and
French posts state it, a job board's "Role:" field, a company kept secret, and the company line
under the title that carries a legal form. One test per reading rule, on the literal linker."""

from __future__ import annotations

import pytest

from worldhire.core.models import RemotePolicy
from worldhire.ingest.parse import parse_role_bytes
from worldhire.ingest.posts.allowed import allowed_countries_of
from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.posts.fields import remote_policy_of

RUSSIAN_BOARD = """Вакансии   Резюме   Работодателям

Инженер по данным (DWH)
от 180 000 ₽ на руки
ООО «Ладога Ритейл»
Казань
Полная занятость, удаленная работа

Обязанности:
• поддерживать витрины данных

Требования:
• опыт от 3 лет;
• SQL и Python;
• английский на уровне чтения документации.

Будет плюсом:
• Kafka

Условия:
• оформление по ТК
"""

RUSSIAN_TELEGRAM = """#работа #вакансия #golang

Go-разработчик (Senior) в логистический сервис Попутка

Привет! Ищем человека в команду маршрутизации 🚚

Что нужно:
— 4+ года на Go
— PostgreSQL

Будет преимуществом: Kubernetes

Удаленка, ЗП 300-350к руб
"""


def test_a_russian_job_board_page_is_read_section_by_section() -> None:
    assert looks_like_post(RUSSIAN_BOARD)
    role = parse_role_bytes(RUSSIAN_BOARD.encode(), "hh.txt")
    assert role.title == "Инженер по данным (DWH)"
    # The closing guillemet of a quoted name is no breadcrumb of the site's navigation.
    assert role.company == "ООО «Ладога Ритейл»"
    must = {r.skill for r in role.requirements if r.must}
    nice = {r.skill for r in role.requirements if not r.must}
    assert {"SQL", "Python", "English"} <= must and "Apache Kafka" in nice
    assert role.min_years == 3
    assert role.remote_policy is RemotePolicy.REMOTE


def test_a_telegram_post_s_hashtag_line_is_no_title_and_its_employer_follows_the_role() -> None:
    assert looks_like_post(RUSSIAN_TELEGRAM)
    role = parse_role_bytes(RUSSIAN_TELEGRAM.encode(), "tg.txt")
    assert (role.title, role.company) == ("Go-разработчик (Senior)", "Попутка")
    assert role.min_years == 4
    assert "wh:kubernetes" in {r.skill_id for r in role.requirements if not r.must}


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        ("Modalità: ibrida, 3 giorni in ufficio a Torino", RemotePolicy.HYBRID),
        ("Lavoro in sede con 2 giorni di smart working a settimana", RemotePolicy.HYBRID),
        ("Standort Kassel · Vollzeit · Homeoffice möglich", RemotePolicy.HYBRID),
        ("Télétravail : 1 jour par semaine", RemotePolicy.HYBRID),
        ("You'd be onsite 3 days a week in our Leeds studio", RemotePolicy.HYBRID),
        ("Work mode: Work from office (Chennai)", RemotePolicy.ONSITE),
        ("Формат: удаленная работа", RemotePolicy.REMOTE),
    ],
)
def test_work_modes_as_posts_in_more_languages_state_them(
    sentence: str, policy: RemotePolicy
) -> None:
    assert remote_policy_of(sentence) is policy


def test_an_italian_recruiter_e_mail_names_the_role_in_its_subject() -> None:
    text = (
        "Oggetto: Opportunità - Data Analyst, Torino\n\nBuongiorno,\n\n"
        "per un nostro cliente del settore assicurativo cerchiamo un Data Analyst.\n\n"
        "Requisiti richiesti:\n1. SQL\n2. Power BI\n3. conoscenza della lingua inglese\n\n"
        "RAL fino a 40.000 euro, modalità ibrida.\n\nCordiali saluti\nMarta Greco\n"
    )
    assert looks_like_post(text)
    role = parse_role_bytes(text.encode(), "mail.txt")
    assert role.title == "Data Analyst"  # the city after the comma is where, not what
    assert role.company != "Buongiorno"
    assert "English" in {r.skill for r in role.requirements if r.must}
    assert role.budget is not None and role.budget.low is None
    assert role.remote_policy is RemotePolicy.HYBRID


def test_an_italian_social_post_s_author_and_its_role_in_a_sentence() -> None:
    text = (
        "Lorenzo Gatti • 2°\nHead of Engineering presso Vela Digitale | Kotlin\n\n"
        "Cerchiamo una persona come Android Developer da inserire nel team mobile 📱\n\n"
        "Cosa ti chiediamo:\n- Kotlin\n- Jetpack Compose\n\n#lavoro #android\n"
    )
    role = parse_role_bytes(text.encode(), "post.txt")
    assert (role.title, role.company) == ("Android Developer", "Vela Digitale")


def test_a_company_line_with_its_legal_form_wins_over_a_place_line_beside_it() -> None:
    text = (
        "Backend Entwickler (m/w/d)\nNordhafen Logistik GmbH\nBremerhaven · Vollzeit\n\n"
        "Dein Profil\n- Java\n- Spring Boot\n"
    )
    assert parse_role_bytes(text.encode(), "p.txt").company == "Nordhafen Logistik GmbH"
    mexican = (
        "Analista de Sistemas\nGrupo Cenote S.A. de C.V. - Mérida, Yucatán\n\n"
        "Requisitos:\n- SQL Server\n- Escolaridad: Ingeniería en Sistemas\n"
    )
    role = parse_role_bytes(mexican.encode(), "p.txt")
    assert role.company == "Grupo Cenote S.A. de C.V."
    assert "Escolaridad" not in {r.skill for r in role.requirements}  # a degree's field
    italian = "Sviluppatore Java\nPonte Sistemi S.p.A.\nPadova\n\nRequisiti:\n- Java\n"
    assert parse_role_bytes(italian.encode(), "p.txt").company == "Ponte Sistemi S.p.A."


def test_a_company_kept_secret_is_no_company() -> None:
    text = (
        "Analista de Dados\nEmpresa: Confidencial\n\nRequisitos: SQL, Excel avançado.\n"
        "Desejável: Python.\n"
    )
    assert parse_role_bytes(text.encode(), "p.txt").company == ""


def test_a_recruiter_e_mail_that_asks_about_a_role_is_a_post() -> None:
    text = (
        "Hi Aisha,\n\nI came across your profile and think you could be a great fit: we're "
        "looking for a Data Platform Engineer for our Lisbon office.\n\n"
        "What we need:\n- Spark\n- Airflow\n\nThe salary band is €60-70k and we do sponsor work "
        "permits.\n\nLet me know if it sounds interesting!\n\nRui\n"
    )
    assert looks_like_post(text)


def test_a_job_board_role_field_gives_way_to_the_heading_that_holds_it() -> None:
    text = (
        "Lead ML Engineer - Payments\nMercurio Tech\n\nJob description\n- PyTorch\n- SQL\n\n"
        "Role: ML Engineer\nIndustry Type: Fintech\nWork mode: Work from office\n"
    )
    role = parse_role_bytes(text.encode(), "p.txt")
    assert role.title == "Lead ML Engineer - Payments"
    assert role.remote_policy is RemotePolicy.ONSITE


def test_a_big_plus_inline_is_a_nice_to_have() -> None:
    text = (
        "Platform Engineer\n\nRequirements:\n- Terraform\n"
        "- Experience with Kubernetes would be a big plus\n"
    )
    role = parse_role_bytes(text.encode(), "p.txt")
    assert "wh:kubernetes" in {r.skill_id for r in role.requirements if not r.must}


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Удаленно из любого города России, оформление по ТК", ["RU"]),
        ("Работаем удаленно, берем кандидатов из Казахстана", ["KZ"]),
        # where the team itself sits restricts no one
        ("Удаленка, хоть из любой страны (мы сами в Сербии)", []),
        ("Remote from any country you like (we are in Portugal)", []),
    ],
)
def test_where_a_russian_post_lets_its_hire_live(sentence: str, countries: list[str]) -> None:
    assert allowed_countries_of([sentence]) == countries


@pytest.mark.parametrize(
    "lines",
    [
        "Requirements:\n- Go\n\nAssets:\n- Redis\n",
        "Requirements:\n- Go\n\nWhat would make you stand out:\n- Redis\n",
        "Requirements:\n- Go\n\nNot required but helpful:\n- Redis\n",
        "Requisitos:\n- Go\n\nValoraremos:\n- Redis\n",
        "Requisitos:\n- Go\n- Redis (no excluyente)\n",
        "Requirements:\n- Go\n- Redis knowledge will be an asset\n",
        "Profil :\n- Go\n- La pratique de Redis est un atout\n",
        "Requisiti:\n- Go\n- Redis (preferenziale)\n",
        "Dein Profil:\n- Go\n- Redis wäre schön\n",
        "Вимоги:\n- Go\n- Redis — як плюс\n",
    ],
)
def test_more_ways_to_say_a_skill_is_welcome_but_not_required(lines: str) -> None:
    role = parse_role_bytes(f"Backend Engineer\n\n{lines}".encode(), "p.txt")
    must = {r.skill for r in role.requirements if r.must}
    nice = {r.skill for r in role.requirements if not r.must}
    assert "Go" in must and "Redis" in nice


@pytest.mark.parametrize(
    ("first_lines", "title", "company"),
    [
        ("Orbitel | QA Engineer | Remote", "QA Engineer", "Orbitel"),
        ("QA Engineer at Orbitel", "QA Engineer", "Orbitel"),
        ("Join Orbitel as a QA Engineer", "QA Engineer", "Orbitel"),
        ("QA Engineer\n\nAt Orbitel, we build billing software for telcos.", "QA Engineer",
         "Orbitel"),
        ("QA Engineer\n\nWe are Orbitel, a small billing startup.", "QA Engineer", "Orbitel"),
        ("QA Engineer\n\nAbout Orbitel\nWe build billing software.", "QA Engineer", "Orbitel"),
        ("Die Orbitel GmbH sucht eine/n QA Engineer (m/w/d)", "QA Engineer", "Orbitel GmbH"),
        ("Orbitel recrute un(e) QA Engineer", "QA Engineer", "Orbitel"),
        ("Orbitel cerca un QA Engineer da inserire nel team billing", "QA Engineer", "Orbitel"),
        ("Компания Orbitel ищет QA Engineer", "QA Engineer", "Orbitel"),
        ("Hey! Orbitel (billing, Porto) is looking for a QA Engineer to own our tests.",
         "QA Engineer", "Orbitel"),
    ],
)  # fmt: skip
def test_the_company_where_posts_name_it_beside_the_title(
    first_lines: str, title: str, company: str
) -> None:
    text = f"{first_lines}\n\nRequirements:\n- Playwright\n- SQL\n"
    role = parse_role_bytes(text.encode(), "p.txt")
    assert (role.title, role.company) == (title, company)


def test_a_team_after_a_hyphen_is_no_company() -> None:
    text = "QA Engineer - Billing\n\nRequirements:\n- Playwright\n"
    assert parse_role_bytes(text.encode(), "p.txt").company == ""


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hi all,\n\nWe need a Product Owner for a 9-month engagement. Must have: Jira, Scrum.\n",
         "Product Owner"),
        ("Hello network! My team at Larkspur needs a Scrum Master. Must have: Jira, SAFe.\n",
         "Scrum Master"),
        ("Good afternoon everyone, urgent opening for Account Executive - Dubai. Must have "
         "Salesforce. Share CV at talent@larkspur.example\n", "Account Executive"),
    ],
)  # fmt: skip
def test_a_post_with_no_title_line_names_the_role_in_its_hiring_sentence(
    text: str, title: str
) -> None:
    assert parse_role_bytes(text.encode(), "msg.txt").title == title
