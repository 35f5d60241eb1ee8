"""Regressions from helper trial41's user trial of issue 15: job-board profiles and national CV
forms (Wuzzuf, merojob, Bumeran, PNet, Kariyer.net, a Sri Lankan and a Nepali CV) as people send
them."""

from __future__ import annotations

from tests.ingest.conftest import job_rows, read_cv

from worldhire.core.models import Candidate
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.experience import years_of_experience


def _titles(person: Candidate) -> list[str]:
    return [title for title, *_ in job_rows(person)]


def test_the_work_a_job_board_profile_wants_is_no_job_held() -> None:
    # Wuzzuf's "Career Interests" and merojob's "Job Preference" tables say what work the
    # person looks for ("Career Level: Experienced", "Job Category: Sales"), none they held
    wanted = (
        "Karim Samir Fouad\nkarim.fouad@example.com.eg\n\n{heading}\n"
        "{label}: Experienced (Non-Manager)\nJob Types: Full Time\n"
        "Minimum Salary: 30,000 EGP/Month\n\nWORK EXPERIENCE\n"
        "**Sales Supervisor**\nEl Araby Group · Full Time\nBenha · Mar 2020 - Present\n"
        "- Lead a team of 6 showroom sellers.\n"
    )
    for heading, label in (
        ("CAREER INTERESTS", "Career Level"),
        ("JOB PREFERENCE", "Job Category"),
    ):
        text = wanted.format(heading=heading, label=label)
        assert _titles(read_cv(text)) == ["Sales Supervisor"], heading


def test_jobs_a_saved_spanish_board_page_suggests_and_its_notice_are_no_jobs() -> None:
    page = (
        "<html><body><main><h1>Lucía Huamán Flores</h1><p>Celular: 912 345 678</p>"
        "<h2>Experiencia laboral</h2><h3>Cajera</h3><p>Tottus Perú</p>"
        "<p>Mar. 2022 - Actualidad</p><p>Atención al cliente y arqueo de caja.</p></main>"
        "<aside><h2>Empleos sugeridos para vos</h2><ul>"
        "<li><a href='https://example.pe/1'>Jefa de Tienda</a> - Plaza Vea - Callao</li>"
        "<li><a href='https://example.pe/2'>Supervisora de Cajas</a> - Metro - Lima</li></ul>"
        "</aside><footer><p>© 2026 Portal de Empleo Perú · Términos y condiciones</p></footer>"
        "</body></html>"
    )
    assert _titles(parse_resume_bytes(page.encode(), "cv.html")[0]) == ["Cajera"]


def test_a_citizenship_number_is_no_phone() -> None:
    # Nepal's citizenship certificate number, written with dashes like a phone
    text = "Citizenship No.: | 12-02-76-01987 |\nMobile: 9803-112233"
    assert fields.find_phones(text) == ["9803-112233"]


def test_a_board_named_before_cv_on_the_first_line_leaves_the_name() -> None:
    # PNet and other boards title an exported CV "PNet CV - <name>"
    text = (
        "PNet CV - Lindiwe Grace Khumalo\n\nAccounts Administrator | Germiston, Gauteng\n"
        "Cell: 083 441 2290\n\nWORK EXPERIENCE\nAccounts Administrator\nMassmart - Germiston\n"
        "May 2019 - Current\n* Cycle counts and stock take on SAP.\n"
    )
    assert read_cv(text).name == "Lindiwe Grace Khumalo"


def test_turkish_years_of_experience_with_the_possessive_ending() -> None:
    # "tecrübesi", "deneyimi": the experience of the sentence's subject, the person's own
    assert years_of_experience("Perakende sektöründe 9 yıllık satış ve mağaza tecrübesi.") == 9
    assert years_of_experience("Lojistikte 6 yıllık operasyon deneyimi var.") == 6


def test_a_labelled_duration_and_its_year_date_a_short_job() -> None:
    # merojob: "Duration: 6 months, 2017" under "Title – Employer", as the line's own field
    text = (
        "Bimala Thapa\nMobile: 9812-345678\n\nWork Experience\n"
        "**Accountant** – Gorkha Traders Pvt. Ltd., Pokhara\n"
        "Duration: Jan 2019 – Till now\n- Monthly VAT return.\n\n"
        "**Audit Trainee** – B.K. Joshi & Co., Chartered Accountants, Baneshwor\n"
        "Duration: 8 months, 2018\n- Vouching of expenses for two NGOs.\n"
    )
    trainee = [e for e in read_cv(text).evidence if e.title == "Audit Trainee"]
    assert [(e.start and e.start.year, e.end and e.end.year) for e in trainee] == [(2018, 2018)]


def test_the_courses_an_academic_cv_lists_under_teaching_are_no_jobs() -> None:
    # "Teaching" in an academic CV names the courses taught; the posts are under "Appointments"
    text = (
        "Selam Bekele Tadesse\n\nselam.tadesse@example.et\n\nRESEARCH INTERESTS\n"
        "Low-resource machine translation.\n\nAPPOINTMENTS\n"
        "2023 – now Lecturer, Bahir Dar University\n"
        "Supervise MSc theses on speech and translation.\n\n"
        "2019 – 2023 Graduate Research Assistant, Hawassa Institute of Technology (HiT)\n"
        "Built a parallel corpus for Sidama and Amharic.\n\nSKILLS\n"
        "ML: PyTorch, fairseq, SentencePiece\n\nTEACHING\n"
        "Data Structures (labs), HiT, 2020 – 2021.\n"
    )
    assert _titles(read_cv(text)) == ["Lecturer", "Graduate Research Assistant"]
