"""Regressions from a user's trial of issue 15 with résumés whose layout is the difficulty (the
`trial24a-a` corpus batch): Canva and sidebar PDFs, Word tables and text boxes, LinkedIn,
Europass and naukri exports from South Asia and Africa."""

from __future__ import annotations

from fpdf import FPDF
from tests.ingest.conftest import read_cv

from worldhire.ingest.extract.cleanup import record_lines
from worldhire.ingest.pdf_text import pdf_text


def test_a_europass_grids_language_on_a_line_of_its_own_keeps_its_levels() -> None:
    # The online Europass editor writes each other language in capitals in a box of its own,
    # centred, so a PDF gives it between blank lines above its two lines of levels.
    person = read_cv(
        "Bilal Ahmed Chaudhry\nbilal.chaudhry@example.pk\n\n"
        "WORK EXPERIENCE\n[ 01/03/2020 – Current ] Cost Accountant\nNishat Mills Limited\n\n"
        "LANGUAGE SKILLS\nMother tongue(s): URDU\nOther language(s):\n\nENGLISH\n\n"
        "Listening B2 Reading C1 Writing B2\nSpoken production B2 Spoken interaction B2\n\n"
        "FRENCH\n\nListening A1 Reading A2 Writing A1\nSpoken production A1 Spoken interaction A1\n"
        "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user\n\n"
        "DIGITAL SKILLS\nSAP FICO | Advanced Excel\n"
    )
    assert person.languages == ["Urdu (native)", "English (B2)", "French (A1)"]


def test_a_table_cells_employer_with_its_area_and_city_stays_in_the_jobs_head() -> None:
    # A Word CV's job row: "title" / "employer, area, city" in one cell, the dates in the next.
    assert record_lines(
        [["Senior Accounts Officer", "Square Pharmaceuticals Ltd., Tejgaon, Dhaka"],
         ["Feb 2021 – Present"]],
        dated=True,
    ) == [
        "Senior Accounts Officer, Square Pharmaceuticals Ltd., Tejgaon, Dhaka | Feb 2021 – Present"
    ]


def test_a_duty_list_under_a_title_is_no_part_of_the_head() -> None:
    assert record_lines(
        [["Data Analyst", "SQL, Python, Tableau"], ["Jan 2020 – Present"]], dated=True
    ) == ["Data Analyst: Jan 2020 – Present", "- SQL, Python, Tableau"]


def _pdf(placed: list[tuple[float, float, str]]) -> bytes:
    """Texts drawn at x, y (mm) in 9-point type, row by row across the page."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for x, y, text in sorted(placed, key=lambda p: (p[1], p[0])):
        pdf.text(x, y, text)
    return bytes(pdf.output())


def test_dates_in_a_right_hand_column_of_their_own_date_the_entries_level_with_them() -> None:
    # A Canva template: each job's dates in a box of their own on the right, level with its
    # title, and the skills sidebar beside the education further down the same column.
    jobs = [("Night Shift Supervisor", "Fresh Distribution Co., Durban", "Mar 2021 - Present"),
            ("Inventory Clerk", "Makro Warehouse, Pinetown", "Feb 2017 - Feb 2021")]
    placed: list[tuple[float, float, str]] = [(20, 20, "EXPERIENCE")]
    y = 30.0
    for title, employer, dates in jobs:
        placed += [(20, y, title), (140, y, dates), (20, y + 4.5, employer),
                   (20, y + 9, "- Counted stock every week and reconciled the variances with"),
                   (20, y + 13.5, "  the finance team before the month-end close.")]
        y += 24
    sidebar = ["SKILLS", "Stock control", "Forklift licence", "MS Excel", "Team leadership",
               "LANGUAGES", "English", "isiZulu (home language)", "Afrikaans (basic)"]
    placed += [(20, y + 10, "EDUCATION"), (20, y + 16, "National Diploma: Logistics (2016)")]
    placed += [(140, y + 17.5 + 4.5 * i, line) for i, line in enumerate(sidebar)]
    lines = [line for line in pdf_text(_pdf(placed)).splitlines() if line.strip()]
    assert "Night Shift Supervisor | Mar 2021 - Present" in lines
    assert "Inventory Clerk | Feb 2017 - Feb 2021" in lines
    assert lines[-len(sidebar) :] == sidebar
