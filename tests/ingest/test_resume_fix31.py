"""Résumé layouts left by earlier rounds (issue 15, helper resumefix31)."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.resume_text import parse_text_resume


def test_a_bullet_whose_dates_open_it_before_a_colon_is_a_job_however_many_its_words() -> None:
    """"- 2019 - 2022: Nhan vien kho tai Cong ty ...": the colon after the dates says the
    rest is what was done then, and a Vietnamese header without its marks runs past twelve
    words (one a syllable); the line indented under it is that job's work, not a job."""
    lines = [
        "- 03/2022 - nay: Nhan vien kinh doanh tai Cong ty TNHH Thuong mai Dich vu Hoa Binh An",
        "  Cham soc khach hang dai ly, lap bao gia va theo doi don hang",
        "- 2019 - 2022: Nhan vien kho van hanh xe nang tai Cong ty TNHH Hoang Long Logistics",
        "  Kiem ke hang hoa, nhap xuat kho tren phan mem Fast",
    ]
    jobs = [(j.header, j.start, j.end) for j in split_jobs(lines)]
    assert jobs == [
        ("Nhan vien kinh doanh tai Cong ty TNHH Thuong mai Dich vu Hoa Binh An",
         date(2022, 3, 1), None),
        ("Nhan vien kho van hanh xe nang tai Cong ty TNHH Hoang Long Logistics",
         date(2019, 1, 1), date(2022, 1, 1)),
    ]


def test_an_employer_right_under_a_wrapped_bullet_heads_its_single_role() -> None:
    """LinkedIn's "Save to PDF" keeps no blank line between the last bullet of a group's role,
    wrapped onto a second line, and the next employer's name over its one role: that name is
    the role's employer, not a word of the bullet, and the group above ends there."""
    lines = [
        "Globe Telecom",
        "3 years 2 months",
        "Billing Specialist",
        "May 2021 - Present (3 years 2 months)",
        "• Reconciled postpaid accounts and closed billing disputes within",
        "the service level",
        "Concentrix",
        "Technical Support Representative",
        "June 2018 - April 2021 (2 years 11 months)",
        "• Resolved modem and router faults over the phone",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Billing Specialist", "Globe Telecom"),
        ("Technical Support Representative", "Concentrix"),
    ]


def test_a_role_under_its_employers_group_keeps_the_words_after_its_dash() -> None:
    """"Team Lead - Collections" under LinkedIn's group "Acme" / "4 years 1 month": the group
    names the employer, so the words after the dash are the title's, not an employer's."""
    lines = [
        "Maybank Philippines",
        "4 years 1 month",
        "Team Lead - Collections",
        "March 2023 - Present (1 year 4 months)",
        "• Coached eleven collectors on payment plans",
        "Collections Agent",
        "June 2020 - February 2023 (2 years 9 months)",
        "• Called overdue card accounts",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Team Lead - Collections", "Maybank Philippines"),
        ("Collections Agent", "Maybank Philippines"),
    ]


def test_a_turkish_name_in_capitals_keeps_its_dotless_and_dotted_i() -> None:
    """"IŞIK ÇELİK": Turkish gives its capital İ a dot, which no other language of the regions
    writes, so the name's I is a dotless ı ("Işık", not "Işik") and its İ an i without a loose
    combining dot ("Çelik", not "Çeli̇k"); lower case the same way ("ilkay ışık")."""
    text = "{}\nİzmir, Türkiye | {} | +90 532 111 22 33\n\nÖZET\nSatış temsilcisi.\n"
    for written, read, email in (
        ("IŞIK ÇELİK", "Işık Çelik", "isik.celik@example.com"),
        ("İLKAY KARAKIŞLA", "İlkay Karakışla", "ilkay.k@example.com"),
        ("ilkay ışık", "İlkay Işık", "ilkay.isik@example.com"),
        ("IVAN PETROV", "Ivan Petrov", "ivan.petrov@example.com"),
    ):
        assert parse_text_resume(text.format(written, email), "cv.txt").name == read


def test_a_pages_h4_entries_stand_under_its_h3_sections() -> None:
    """A JSON Resume theme saved as HTML heads its sections with h3 ("Work") and each employer
    with h4 ("Lojas Vento"): the h4 is an entry of the section, not a section of its own, so
    the employer is the job's."""
    page = (
        "<html><body><h1>Marina Souza</h1><p>marina.souza@example.com.br</p>"
        "<h3>Work</h3>"
        "<section><h4>Lojas Vento</h4><p>Data Analyst Apr 2021 – Present</p>"
        "<ul><li>Built the weekly sales dashboards in Power BI.</li></ul></section>"
        "<section><h4>Banco Serra</h4><p>BI Intern Jan 2020 – Mar 2021</p>"
        "<ul><li>Wrote SQL reports for the credit team.</li></ul></section>"
        "<h3>Education</h3><h4>Universidade Federal do Paraná</h4><p>Statistics · 2016 – 2020</p>"
        "</body></html>"
    )
    [candidate] = parse_resume_bytes(page.encode(), "cv.html")
    jobs = [(e.title, e.organization) for e in candidate.evidence if e.kind.value == "job"]
    assert jobs == [("Data Analyst", "Lojas Vento"), ("BI Intern", "Banco Serra")]


def test_a_europass_sector_line_that_lost_its_colon_closes_the_job_above() -> None:
    """A PDF may drop the cell border, and with it the colon, between Europass's label and its
    value ("Business or sector Wholesale and retail trade"): a label of several words is still
    the label, so the line ends the job above and is no header of the job below."""
    lines = [
        "03/2021–Present | Store Manager",
        "Lidl Romania, Cluj-Napoca (Romania)",
        "▪ Ran a store of 28 staff.",
        "Business or sector Wholesale and retail trade",
        "06/2016–02/2021 | Cashier",
        "Kaufland Romania, Cluj-Napoca (Romania)",
        "▪ Served customers at the tills.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [("Store Manager", "Lidl Romania"), ("Cashier", "Kaufland Romania")]


def test_a_header_closing_on_since_beside_headers_closing_on_ranges_is_a_job() -> None:
    """"Title — Employer, site de Town — Depuis mars 2022" over jobs whose lines close on a
    range: the line ends on its dates after the title and the employer, so it heads the
    current job as the ranged lines head theirs (the words after the employer's comma are
    where, not what was done)."""
    lines = [
        "Responsable d'entrepôt — Label'Vie, plateforme logistique de Skhirat — Depuis mai 2021",
        "- Encadrement de 20 préparateurs",
        "Préparateur de commandes — Aswak Assalam, Rabat — Févr. 2017 – Avr. 2021",
        "- Préparation des commandes",
    ]
    jobs = [(j.title, j.organization, j.start, j.end) for j in split_jobs(lines)]
    assert jobs == [
        ("Responsable d'entrepôt", "Label'Vie", date(2021, 5, 1), None),
        ("Préparateur de commandes", "Aswak Assalam", date(2017, 2, 1), date(2021, 4, 1)),
    ]
