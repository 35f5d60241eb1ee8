"""Regressions from batch anon19-a (bench/data/extraction, even ids 1256...1278) and issue 15's
report on anonymised CVs and job-board exports: an agency's field labels and initials are no
name, a lower-case name wraps in a narrow sidebar, a work-authorisation heading holds no jobs, a
job board's employer line ("Company -", "Company - City") sits under a title that keeps its
dash, an anonymised employer follows the title's dash with an article, a labelled place ends at
the next label on its line, a stated total is told with a verb ("with 5 years helping ..."), and
the languages of South Africa, Kenya and Nigeria are read."""

from __future__ import annotations

from datetime import date

from tests.ingest.conftest import job_rows

from worldhire.core.models import Candidate
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared import fields

D = date


def _read(text: str) -> Candidate:
    return parse_text_resume(text, "cv.txt")


_AGENCY_SIDEBAR = """CANDIDATE NO. KE-1043

Location
Mombasa, Kenya

Position Applied
Inbound Sales Team Leader

Expected Salary
KES 90,000 per month

EXECUTIVE SUMMARY
Team leader with 5 years in inbound sales for a pay-TV account.

WORK HISTORY
Inbound Sales Team Leader
Horizon Contact Centre, Mombasa
Feb 2022 – Present
- Coach 14 agents and run the daily huddle.
"""


def test_an_agencys_field_labels_are_no_name_and_the_cv_is_kept() -> None:
    candidate = _read(_AGENCY_SIDEBAR)
    assert candidate.name == ""
    assert [j[:2] for j in job_rows(candidate)] == [
        ("Inbound Sales Team Leader", "Horizon Contact Centre")
    ]


_INITIALS = """# M. K.
Consultant Profile · Ref. 2290
Location: Rawalpindi, Pakistan

## Experience
**Quantity Surveyor** — Confidential contractor, Islamabad
Mar 2019 – Present
- BOQs and monthly bills for two hospital projects.
"""


def test_initials_alone_are_no_name() -> None:
    candidate = _read(_INITIALS)
    assert candidate.name == ""
    assert candidate.country == "PK"


_WRAPPED_LOWER_CASE_NAME = """lerato
dlamini

Credit Controller

CONTACT
082 550 1934
lerato.dlamini.cc@example.co.za
Midrand, Gauteng
"""


def test_a_lower_case_name_a_narrow_column_wrapped_is_one_name() -> None:
    assert _read(_WRAPPED_LOWER_CASE_NAME).name == "Lerato Dlamini"


_WORK_AUTHORISATION = """Sizwe Ndlovu
Pietermaritzburg · 073 118 4420 · sizwe.ndlovu.hr@example.co.za

WORK AUTHORISATION
Authorized to work in: South Africa, Lesotho

EXPERIENCE
HR Officer
Umgeni Foods (Pty) Ltd
March 2021 – Present
- Recruitment and onboarding for 300 staff.
"""


def test_a_work_authorisation_heading_holds_no_job() -> None:
    candidate = _read(_WORK_AUTHORISATION)
    assert [j[:2] for j in job_rows(candidate)] == [("HR Officer", "Umgeni Foods (Pty) Ltd")]


_JOB_BOARD = """sravani p
Hyderabad, Telangana
Email me on Indeed: indeed.com/r/sravani-p/5d1e9a

WORK EXPERIENCE

Process Associate - Voice
Infosys BPM Limited - Hyderabad, Telangana
August 2022 to Present

Handled billing queries for a US telecom client.

Payroll Executive
Staffing and temporary employment services firm -
June 2020 to July 2022

Prepared monthly payroll for 400 contract staff.

Trainee
Robert Bosch Engineering and Business Solutions - Bengaluru, Karnataka
January 2020 to May 2020
"""


def test_a_job_boards_title_keeps_its_dash_over_the_employers_line() -> None:
    assert job_rows(_read(_JOB_BOARD)) == [
        ("Process Associate - Voice", "Infosys BPM Limited", D(2022, 8, 1), None),
        ("Payroll Executive", "Staffing and temporary employment services firm", D(2020, 6, 1),
         D(2022, 7, 1)),
        ("Trainee", "Robert Bosch Engineering and Business Solutions", D(2020, 1, 1),
         D(2020, 5, 1)),
    ]


_RESPONSABLE = """Perfil del candidato
Ref. 7781 · Valencia

EXPERIENCIA
Responsable de Logística — Cadena de supermercados (Levante)
Abril 2019 – actualidad
- Planificación de rutas y gestión de 3 almacenes.
"""


def test_a_responsable_title_with_its_employer_after_a_dash_is_a_job() -> None:
    assert [j[:2] for j in job_rows(_read(_RESPONSABLE))] == [
        ("Responsable de Logística", "Cadena de supermercados (Levante)")
    ]


_MASKED = """CANDIDATE PROFILE
Location: Accra, Ghana

Experience
**Lead, Risk & Compliance — a pan-African bank (2020 – present)**
- Run the AML transaction-monitoring team.
"""


def test_an_employer_an_agency_masked_with_an_article_follows_the_title() -> None:
    assert [j[:2] for j in job_rows(_read(_MASKED))] == [
        ("Lead, Risk & Compliance", "a pan-African bank")
    ]


def test_a_labelled_place_ends_at_the_next_label_on_its_line() -> None:
    naukri = "Current Location: Pune | Preferred Location: Bengaluru / Hyderabad\n\nrahul verma"
    candidate = _read(f"{naukri}\nrahul.verma.qa@example.in\n")
    assert (candidate.location, candidate.country) == ("Pune", "IN")
    agency = _read("CONSULTANT PROFILE\nLocation: Kisumu, Kenya · Notice period: 1 month\n"
                   "Candidate ID: 3312\n\nData Analyst\nEquity Bank\n2021 – Present\n")
    assert (agency.location, agency.country) == ("Kisumu, Kenya", "KE")


def test_a_total_told_with_a_verb_wins_over_the_dates() -> None:
    text = """Bookkeeper with 6 years helping small businesses close their books.

EXPERIENCE
Bookkeeper
Ledgerly Outsourcing Inc.
January 2015 – Present
"""
    assert _read(text).years_experience == 6
    assert fields.stated_years("I have spent eleven years at the front desk of hotels.") == 11
    assert fields.stated_years("Técnica de laboratorio con 7 años en control de calidad.") == 7
    assert fields.stated_years("Tengo 31 años y llevo seis años en ventas.") == 6


def test_the_languages_of_south_africa_kenya_and_nigeria() -> None:
    assert fields.find_languages("English, Setswana, Sesotho, Sepedi") == [
        "English", "Tswana", "Southern Sotho", "Northern Sotho"
    ]
    assert fields.find_languages("Kiswahili (fluent), Luhya (native), Pidgin (fluent)") == [
        "Swahili (fluent)", "Luhya (native)", "Nigerian Pidgin (fluent)"
    ]
    # a Portuguese "venda" is a sale, not the Venda language
    assert fields.find_languages("Idiomas: inglês. Técnicas de venda consultiva") == ["English"]
