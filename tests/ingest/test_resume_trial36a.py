"""Regressions from helper trial36a's user trial of issue 15: national CV forms (Rozee.pk,
Ghanaian, Moroccan, OCC Mundial, Work.ua, a Filipino bio-data, a GitHub profile README, a CV
typed in an e-mail body) as people send them."""

from __future__ import annotations

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.extract.cleanup import without_page_number
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker


def _person(text: str, name: str = "cv.txt") -> Candidate:
    [person] = parse_resume_bytes(text.encode(), name)
    return person


def _jobs(person: Candidate) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]


def test_a_bio_data_names_its_spoken_languages_and_dialects_in_one_labelled_row() -> None:
    # Filipino bio-data forms label the row "Language/Dialect Spoken:"; Ilocano is the third
    # language of the Philippines
    text = (
        "BIO-DATA\n\nName: | JOEL M. RAMOS\nCellphone No.: | 0918 222 3344\n"
        "Civil Status: | Single\nLanguage/Dialect Spoken: | Tagalog, Ilocano, English\n\n"
        "EMPLOYMENT RECORD\nCompany Driver\nNorthwind Foods Corp.\nMay 2019 – Present\n"
    )
    assert _person(text).languages == ["Tagalog", "Ilocano", "English"]


def test_an_office_after_the_employers_comma_is_where_the_job_was_not_its_title() -> None:
    # "MTN Ghana, Kumasi Regional Office" above "Sales Executive (Mobile Money)": an office is
    # a place of work, no person's title ("office" came in as the head of Indonesian "office
    # boy")
    text = (
        "KOFI MENSAH\n024 111 2233\n\nWORKING EXPERIENCE\n"
        "**Vodafone Ghana, Takoradi Regional Office**\nSales Executive (Mobile Money)\n"
        "October 2019 – December 2021\n- Registered and onboarded agents.\n"
    )
    assert _jobs(_person(text)) == [("Sales Executive (Mobile Money)", "Vodafone Ghana")]


def test_title_words_in_brackets_after_an_employer_do_not_make_it_the_title() -> None:
    # "Grab Philippines (partner driver)" above "GrabCar Driver": the brackets say how he
    # drove for the employer; the line of its own names the title
    text = (
        "JOEL RAMOS\n0918 222 3344\n\nEMPLOYMENT RECORD\n"
        "**Angkas Philippines (partner rider)**\nMotorcycle Taxi Rider\n2016 – 2019\n\n"
        "SKILLS\n- Defensive driving\n"
    )
    [(title, organization)] = _jobs(_person(text))
    assert title == "Motorcycle Taxi Rider"
    assert organization is not None and organization.startswith("Angkas Philippines")


def test_dates_set_in_markdown_italics_inside_a_job_line_are_read() -> None:
    # a GitHub profile README: "- **ML Engineer** @ Kuda Bank — _Jun 2021 – Dec 2023_ — ..."
    text = (
        "# Hi, I'm Ada Obi\n\nada.obi@example.dev\n\n### Experience\n\n"
        "- **ML Engineer** @ Paystack — _Jun 2021 – Dec 2023_ — fraud models with XGBoost.\n"
        "- **Data Scientist (contract)** @ Andela — _2019 – 2021_ — churn models in Looker.\n"
    )
    person = _person(text, "README.md")
    dates = [(str(e.start), str(e.end)) for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert dates == [("2021-06-01", "2023-12-01"), ("2019-01-01", "2021-01-01")]


def test_the_job_sought_the_career_figures_and_the_schooling_of_national_forms_are_no_job() -> None:
    # a bio-data's "POSITION DESIRED:", Rozee.pk's "Career Information" table ("Career Level:
    # Experienced Professional") and OCC Mundial's "Escolaridad" hold no job held
    bio = (
        "BIO-DATA\nPOSITION DESIRED: COMPANY DRIVER / DELIVERY DRIVER\nPERSONAL DATA\n"
        "Name: JOEL M. RAMOS\nCellphone No.: 0918 222 3344\nEMPLOYMENT RECORD\n"
        "Northwind Foods Corp.\nCompany Driver\nMay 2019 – Present\n- Delivered frozen goods.\n"
    )
    assert _jobs(_person(bio)) == [("Company Driver", "Northwind Foods Corp")]
    rozee = (
        "Ayesha Siddiqui\nMobile: 0333-1234567\n\nCareer Information\n"
        "Career Level: | Experienced Professional\nTotal Experience: | 4 Years\n"
        "Expected Salary: | PKR 150,000\n\nWork Experience\nAccountant | Jan 2022 - Present\n"
        "Packages Limited | Lahore, Pakistan\n- Prepared monthly bank reconciliations.\n"
    )
    assert _jobs(_person(rozee)) == [("Accountant", "Packages Limited")]
    occ = (
        "MARIA LOPEZ\nTeléfono celular: 33 1234 5678\n\nExperiencia laboral\n"
        "Almacenista\nBodega Aurrera – Zapopan, Jal.\nenero 2019 a febrero 2022\n"
        "- Recibo de mercancía.\n\nEscolaridad\n"
        "Bachillerato técnico terminado – CONALEP Tlaquepaque (2005 - 2008)\n"
    )
    assert _jobs(_person(occ)) == [("Almacenista", "Bodega Aurrera")]


def test_a_work_ua_job_names_its_employer_at_its_town_under_the_dates() -> None:
    # Work.ua: the post, its dates with the duration, then "Employer, Town (sector)" with no
    # legal form and not in capitals
    text = (
        "Ірина Бондар\n+380 50 123 45 67\n\nДосвід роботи\n"
        "Manual QA Engineer\nз травня 2019 по лютий 2022 (2 роки 10 місяців)\n"
        "GlobalLogic, Харків (IT)\n- Функціональне тестування.\n\n"
        "Оператор кол-центру\nз 09.2017 по 04.2019 (1 рік 8 місяців)\n"
        "Лайфселл, Харків (телекомунікації)\n- Консультування абонентів.\n"
    )
    assert [(t, o and o.split(",")[0]) for t, o in _jobs(_person(text))] == [
        ("Manual QA Engineer", "GlobalLogic"), ("Оператор кол-центру", "Лайфселл")
    ]


def test_an_internee_is_a_title_so_the_line_under_it_is_the_employer() -> None:
    # Pakistani and Indian CVs call an intern an "internee"
    text = (
        "Bilal Ahmed\nMobile: 0300-7654321\n\nWORK EXPERIENCE\n\n"
        "**Finance Internee**: Jun 2018 - Aug 2018\nPunjab Revenue Authority (PRA) | Lahore\n\n"
        "• Data entry of tax returns in MS Access.\n"
    )
    assert _jobs(_person(text)) == [("Finance Internee", "Punjab Revenue Authority (PRA)")]


def test_a_legal_form_after_the_employers_comma_stays_with_its_name() -> None:
    # "LBC Express, Inc. – Pasig Hub": the comma before "Inc." parts no name from its place
    text = (
        "JOEL RAMOS\n0918 222 3344\n\nEMPLOYMENT RECORD\n"
        "**2GO Express, Inc. – Pasig Hub**\nDelivery Driver\nJune 2020 – Present\n"
        "- Delivered parcels around Pasig.\n"
    )
    assert _jobs(_person(text)) == [("Delivery Driver", "2GO Express, Inc")]


def test_work_ua_states_the_pay_sought_after_the_post_in_the_headline() -> None:
    # Work.ua heads the CV "QA Engineer, 45 000 грн": the post sought, then the monthly pay
    text = (
        "Резюме від 1 грудня 2026\n\nІрина Бондар\n\nQA Engineer, 45 000 грн\n"
        "Повна зайнятість, дистанційна робота.\nТелефон: +380 50 123 45 67\n\n"
        "Досвід роботи\nQA Engineer\nз 03.2022 по нині\nGlobalLogic, Харків (IT)\n"
        "- Ручне тестування.\n"
    )
    pay = _person(text).pay_stated
    assert pay is not None and (pay.currency, pay.low, pay.period) == ("UAH", 45000, "month")


def test_a_money_emoji_cues_the_rate_in_a_profile_readme() -> None:
    text = (
        "# Hi, I'm Ada Obi\n\n- 📫 ada.obi@example.dev\n"
        "- 💸 Open to remote contracts from **USD 5,500/month**\n\n### Experience\n"
        "- **ML Engineer** @ Paystack — 2021 – 2023 — fraud models with XGBoost.\n"
    )
    pay = _person(text, "README.md").pay_stated
    assert pay is not None and (pay.currency, pay.low, pay.period) == ("USD", 5500, "month")


def test_an_emoji_before_a_readmes_heading_leaves_its_badges_tools() -> None:
    # "### 🛠️ Languages and Tools:" over shields.io badges is the skills heading it is without
    # its emoji (and the variation selector after it), not a spoken-languages one
    text = (
        "<h1 align=\"center\">Hi, I'm Ada Obi</h1>\n\n- 📫 ada.obi@example.dev\n\n"
        "### Experience\n- **ML Engineer** @ Paystack — 2021 – 2023 — fraud models.\n\n"
        "### 🛠️ Languages and Tools:\n<p align=\"left\">\n"
        "<a href=\"https://www.python.org\" target=\"_blank\"><img src=\"https://img.shields.io/"
        "badge/Python-3776AB?style=flat&logo=python\" alt=\"python\"/></a>\n"
        "<a href=\"https://www.docker.com/\" target=\"_blank\"><img src=\"https://img.shields.io/"
        "badge/Docker-2496ED?style=flat&logo=docker\" alt=\"docker\"/></a>\n</p>\n"
    )
    person = _person(text, "README.md")
    link_skills(default_linker(), person)
    assert {"Python", "Docker"} <= {mention.skill.label for mention in person.skills}


def test_a_job_boards_numbered_footer_naming_its_site_is_dropped_whole() -> None:
    # "Резюме з сайту Work.ua · www.work.ua · Сторінка 1 з 1": the board's words are no skill
    # of the person; a person's own running footer keeps their name
    assert without_page_number("Резюме з сайту Work.ua · www.work.ua · Сторінка 1 з 1") == ""
    assert without_page_number("www.occ.com.mx   Página 1 de 2") == ""
    assert without_page_number("Jane Doe – CV – Page 2 of 3") == "Jane Doe – CV"


def test_a_mail_clients_sent_from_line_names_no_skill() -> None:
    # "Dikirim dari Yahoo Mail di Android" under a CV typed in an e-mail body
    text = (
        "Dewi Lestari\n0812-1111-2222\n\nPENGALAMAN KERJA\nPerawat Klinik\n"
        "Klinik Sehat Mulia, Malang\nAgt 2018 - Feb 2021\n- Melakukan triase pasien.\n\n"
        "Hormat saya,\nDewi Lestari\n\nDikirim dari Yahoo Mail di Android\n"
    )
    person = _person(text)
    link_skills(default_linker(), person)
    assert "Android" not in {mention.skill.label for mention in person.skills}


def test_a_line_that_is_only_an_html_tag_names_no_skill() -> None:
    # a profile README's '<p align="left">' opening its badges under "### Tools"
    text = (
        "# Ada Obi\n\nada.obi@example.dev\n\n### Experience\n"
        "- **ML Engineer** @ Paystack — 2021 – 2023 — fraud models.\n\n"
        "### Tools:\n<p align=\"left\">\nPython, Docker\n</p>\n"
    )
    person = _person(text, "README.md")
    link_skills(default_linker(), person)
    assert not any("align" in mention.snippet or "align" in mention.skill.label
                   for mention in person.skills)
